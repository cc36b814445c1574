"""Control verbs: "urged Iran to return to the talks" -> urged Iran; Iran to return to the talks.

The infinitive (``xcomp``) has no subject of its own: an object of the governing verb controls
it ("urged Iran to return"), otherwise its subject does ("Iran wants to return").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["controller", "governor_words"]

_OBJECT_DEPS = frozenset({"dobj", "dative"})
_CONTROL_PREPS = frozenset({"on", "upon", "to"})


def controller(verb: Token) -> tuple[Token | None, bool]:
    """The token that controls the open complement ``verb``, and whether it is an object.

    Returns:
        ``(token, True)`` for object control, ``(None, False)`` for subject control (the
        caller then uses the governing verb's subject).

    Example:
        >>> controller(nlp("They urged Iran to return.")[4])  # doctest: +SKIP
        (Iran, True)
    """
    governor = verb.head
    for child in governor.children:
        if child.i > verb.i:
            continue
        if child.dep_ in _OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child, True
        if child.dep_ == "prep" and child.lower_ in _CONTROL_PREPS:
            # "called on Beijing to end", "appealed to Iran to return"
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                return obj, True
    return None, False


def governor_words(verb: Token) -> tuple[list[int], bool]:
    """The governing verb's predicate words ("did not agree") and whether they negate.

    A subject-controlled infinitive reads with them: "X did not agree to sell Y" gives the
    predicate "did not agree to sell"; the governing verb's lemma becomes the modality, so
    the fact is never read as "X sold Y".
    """
    governor = verb.head
    words = [governor.i] + [c.i for c in governor.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    negated = any(c.dep_ == "neg" for c in governor.children)
    return words, negated
