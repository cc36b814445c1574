"""Existential clauses: "there were several protests against the war" -> the protests
*were against* the war.

"there" fills the subject slot and says nothing; the noun after "be" is what exists, and each
prepositional phrase hanging from it (other than "of", which names it) is a fact about it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.arguments import prep_argument
from kg.extract.drafts import Clause
from kg.extract.phrases import chunk_of

__all__ = ["find_existentials"]

# What is cut from the existing thing's phrase: its own facts, and the phrase stated about it.
_THING_CUTS = frozenset({"prep", "relcl", "acl", "appos"})


def find_existentials(sent: Span) -> list[Clause]:
    """One clause per prepositional phrase on the thing a "there is/are" clause introduces.

    Example:
        >>> [c.lemma for c in find_existentials(nlp("There were protests against it.")[:])]  # doctest: +SKIP
        ['be_against']
    """
    clauses = []
    for verb in sent:
        if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
            continue
        thing = next((c for c in verb.children if c.dep_ in ("attr", "nsubj")), None)
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        clauses.extend(_facts_about(verb, thing))
    return clauses


def _facts_about(verb: Token, thing: Token) -> list[Clause]:
    subject = chunk_of(thing, _THING_CUTS)
    clauses = []
    for prep in thing.children:
        if prep.dep_ != "prep" or prep.lower_ == "of":
            continue
        argument = prep_argument(prep)
        if argument is None:
            continue
        predicate = sorted([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg")), prep.i])
        negated = any(c.dep_ == "neg" for c in verb.children)
        clauses.append(Clause(verb=verb.i, kind="copula", subject=subject, predicate=predicate,
                              lemma=f"be_{prep.lower_}", arguments=[argument], negated=negated))
    return clauses
