"""Control verbs: "urged Iran to return to the talks" -> urged Iran; Iran to return to the talks.

The infinitive (``xcomp``) has no subject of its own: an object of the governing verb controls
it ("urged Iran to return"), otherwise its subject does ("Iran wants to return"); under an
adjective complement the copula's subject does ("the firm was able to pay").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["controller", "governor_words", "is_adjective_governor", "prepositional_governor"]

_OBJECT_DEPS = frozenset({"dobj", "dative"})
_CONTROL_PREPS = frozenset({"on", "upon", "to"})
# Prepositions before a gerund that only say when or how its subject did it ("after meeting
# Wang", "by raising tariffs"): the subject really did it.
_CIRCUMSTANCE_PREPS = frozenset(
    "after before since upon on while during by through in without despite".split()
)


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
    words = []
    if is_adjective_governor(verb):  # "was not able to pay": the copula's words and the adjective
        words.append(governor.i)
        governor = governor.head
    words += [governor.i] + [c.i for c in governor.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    negated = any(c.dep_ == "neg" for c in governor.children)
    return words, negated


def is_adjective_governor(verb: Token) -> bool:
    """True for an infinitive under an adjective complement ("was able to pay", "is likely to
    rise"): the adjective governs it, and the copula's subject controls it."""
    adjective = verb.head
    # "too tired to continue" says the act did not happen
    return (verb.dep_ == "xcomp" and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp"
            and adjective.head.pos_ in ("VERB", "AUX")
            and not any(c.lower_ == "too" for c in adjective.children))


def prepositional_governor(verb: Token) -> str | None:
    """The verb that governs a gerund through a preposition, when the gerund is what that
    verb asks for or is about rather than something its subject did ("called for lifting the
    embargo" -> ``"call"``; "accused Iran of violating" -> ``"accuse"``); None for a gerund
    that only says when or how ("after meeting Wang", "by raising tariffs").

    The caller records it as the fact's modality, so "called for lifting the embargo" never
    reads as "lifted the embargo".
    """
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ in _CIRCUMSTANCE_PREPS:
        return None
    governor = prep.head
    return governor.lemma_.lower() if governor.pos_ in ("VERB", "AUX") else None
