"""Verb + bare noun + preposition as one predicate: "filed charges against", "took part in".

ReVerb's verb-noun-preposition pattern (Fader et al., 2011): when a verb's direct object is a
bare noun (no determiner but "a"/"an", no modifier but compounds) and its own preposition
follows it at once, the noun is part of the relation, not a thing in it, and the
preposition's object is the argument ("Lee filed charges against the firm" relates Lee to the
firm). A definite or modified object ("filed the charges", "filed new charges") names a thing
and stays an argument; "of" joins a noun to its own complement ("a series of attacks"), so
that phrase stays one argument too.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import prep_argument

__all__ = ["bare_object"]

_INDEFINITE = frozenset({"a", "an"})
# Prepositions that make the noun phrase's own complement, not the relation's next argument.
_NOUN_INTERNAL = frozenset({"of"})


def bare_object(verb: Token) -> tuple[Token, Token] | None:
    """The bare object noun of ``verb`` and the preposition right after it, if any.

    Example:
        >>> bare_object(nlp("Lee filed charges against the firm.")[1])  # doctest: +SKIP
        (charges, against)
    """
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ or noun.i < verb.i:
        return None
    if not all(_is_bare_modifier(c) for c in noun.lefts):
        return None
    prep = next(noun.rights, None)
    if prep is None or prep.dep_ != "prep" or prep.i != noun.i + 1 or prep.lower_ in _NOUN_INTERNAL:
        return None
    argument = prep_argument(prep)
    # a time or a place is an adjunct of any verb ("began an investigation in 1995")
    if argument is None or not argument.role.startswith("prep:"):
        return None
    # a conjoined object ("charges and fines against") is two things, not one relation
    if any(c.dep_ in ("conj", "cc", "appos", "relcl", "acl") for c in noun.rights):
        return None
    return noun, prep


def _is_bare_modifier(token: Token) -> bool:
    """"a", "an" or a compound noun of one word: "a 9.85 % stake" is measured, so a thing."""
    if token.dep_ == "det":
        return token.lower_ in _INDEFINITE
    return token.dep_ == "compound" and token.pos_ == "NOUN" and token.n_lefts + token.n_rights == 0
