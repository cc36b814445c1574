"""Light verbs: "had a phone call with", "held talks with" -> the relation is the noun.

A light verb carries little meaning of its own; the event is its object noun. The predicate
text keeps the whole phrase (CaRB's gold does), the lemma becomes the noun's lemma ("call",
"talk"), and the noun's preposition ("with") introduces the next argument.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["LIGHT_VERBS", "EVENT_NOUNS", "light_object"]

LIGHT_VERBS = frozenset({"have", "hold", "make", "take", "give", "conduct", "pay", "stage", "launch", "carry"})
# Nouns that name an event or a speech act, so that "<light verb> a <noun>" is that event.
EVENT_NOUNS = frozenset(
    """
    agreement announcement appeal attack attempt bid call change choice comment commitment
    conference consultation contribution conversation deal debate decision demand discussion
    effort exchange inspection interview investigation meeting mistake move negotiation
    offer phone pledge presentation promise proposal protest remark request review speech
    statement step stop summit talk threat tour trip visit vote walk warning
    """.split()
)
# Prepositions under the noun that mark it as relational ("talks with", "an offer on").
_RELATIONAL_PREPS = frozenset({"with", "on", "about", "over", "between", "to", "against", "for"})


def light_object(verb: Token) -> tuple[Token, Token | None] | None:
    """The event noun of a light-verb construction and its preposition, if ``verb`` is one.

    Returns:
        ``(noun, preposition)`` — the preposition (or ``None``) is the first relational
        preposition under the noun, which joins the predicate ("held talks with") — or
        ``None`` when ``verb`` is not used as a light verb.

    Example:
        >>> light_object(nlp("Blinken held talks with Wang.")[1])  # doctest: +SKIP
        (talks, with)
    """
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
            continue
        prep = next(
            (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _RELATIONAL_PREPS
             and any(g.dep_ in ("pobj", "pcomp") for g in c.children)),
            None,
        )
        if noun.lemma_.lower() in EVENT_NOUNS or prep is not None and not noun.ent_type_:
            return noun, prep
    return None
