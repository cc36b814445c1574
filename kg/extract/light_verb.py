"""Light verbs: "had a phone call with", "held talks with" -> the relation is the noun.

A light verb carries little meaning of its own; the event is its object noun. The predicate
text keeps the whole phrase (CaRB's gold does), the lemma becomes the noun's lemma ("call",
"talk"), and the noun's preposition ("with") introduces the next argument.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import ARGUMENT_CUTS, prep_argument
from kg.extract.drafts import Argument
from kg.extract.phrases import chunk_of

__all__ = ["LIGHT_VERBS", "EVENT_NOUNS", "light_object", "absorb_light_noun"]

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


def absorb_light_noun(noun: Token, prep: Token | None, arguments: list[Argument],
                       predicate: list[int]) -> tuple[list[Argument], list[int]]:
    """Move "a phone call (with)" from the object into the predicate; the noun's object follows."""
    # the noun's own phrases come back below ("with Yang" may already be a party argument)
    kept = [a for a in arguments
            if a.chunk.head != noun.i and (a.prep is None or noun.doc[a.prep].head != noun)]
    cut = {c.i for c in noun.children if c.dep_ in ("prep", "relcl", "acl", "appos")}
    noun_tokens = [i for i in chunk_of(noun, frozenset({"prep", "relcl", "acl", "appos", "punct"})).tokens]
    predicate = predicate + noun_tokens
    if prep is not None:
        predicate.append(prep.i)
        obj = next(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
        kept.insert(0, Argument(f"prep:{prep.lower_}", chunk_of(obj, ARGUMENT_CUTS), prep=prep.i))
    for child in noun.rights:
        if child.i in cut and (prep is None or child.i != prep.i) and child.dep_ == "prep":
            extra = prep_argument(child)
            if extra is not None:
                kept.append(extra)
    return kept, predicate
