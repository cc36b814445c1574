"""Nominal relations: "the Helmut Newton Foundation in Berlin" -> the foundation *is in* Berlin.

A named organisation, building or place followed by "in"/"at" and a named place says where
it is, with no verb; CaRB's gold (and the graph) state it with an inserted "is".
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import Argument, Clause
from kg.extract.phrases import chunk_of

__all__ = ["find_locations"]

_LOCATED_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE_PREPS = frozenset({"in", "at"})


def find_locations(sent: Span) -> list[Clause]:
    """One "X is in Y" clause per named thing located by a prepositional phrase.

    Example:
        >>> [c.lemma for c in find_locations(nlp("the Newton Foundation in Berlin")[:])]  # doctest: +SKIP
        ['be_in']
    """
    clauses = []
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE_PREPS:
            continue
        thing = prep.head
        if thing.ent_type_ not in _LOCATED_LABELS or thing.pos_ != "PROPN":
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None or place.ent_type_ not in _PLACE_LABELS:
            continue
        subject = chunk_of(thing, frozenset({"prep", "relcl", "acl", "appos"}))
        clauses.append(Clause(verb=prep.i, kind="location", subject=subject, predicate=[prep.i],
                              lemma=f"be_{prep.lower_}", arguments=[Argument("place", chunk_of(place))],
                              inserted="is"))
    return clauses
