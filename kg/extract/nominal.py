"""Nominal relations: "the Helmut Newton Foundation in Berlin" -> the foundation *is in* Berlin.

A named organisation, building or place followed by "in"/"at" and a named place says where
it is, with no verb; CaRB's gold (and the graph) state it with an inserted "is". So does an
address: a place name, a comma and a larger place ("Monroe , Conn.", "Salt Lake City ,
Utah") puts the first inside the second.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.drafts import Argument, Clause
from kg.extract.phrases import Chunk, chunk_of

__all__ = ["find_locations", "find_addresses", "address_parts"]

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


def find_addresses(sent: Span) -> list[Clause]:
    """One "X is in Y" clause per address "X , Y" of two place names in ``sent``.

    Example:
        >>> [c.lemma for c in find_addresses(nlp("He was born in Salt Lake City , Utah .")[:])]  # doctest: +SKIP
        ['be_in']
    """
    clauses = []
    for comma in sent:
        parts = address_parts(comma)
        if parts is None:
            continue
        town, region = parts
        clauses.append(Clause(verb=comma.i, kind="location", subject=_name_chunk(town), predicate=[],
                              lemma="be_in", arguments=[Argument("place", _name_chunk(region))],
                              inserted="is in"))
    return clauses


def address_parts(comma: Token) -> tuple[Span, Span] | None:
    """The two place names around ``comma`` when they form an address, else None.

    The second place must not be a conjunct: "Quanzhou , Xiamen and Zhangzhou" is a list.
    """
    doc = comma.doc
    if comma.text != "," or comma.i == 0 or comma.i + 1 >= len(doc):
        return None
    before, after = doc[comma.i - 1], doc[comma.i + 1]
    if before.ent_type_ != "GPE" or after.ent_type_ != "GPE" or after.ent_iob_ != "B":
        return None
    town = next(e for e in doc.ents if e.start <= before.i < e.end)
    region = next(e for e in doc.ents if e.start <= after.i < e.end)
    if region.end < len(doc) and doc[region.end].dep_ == "cc":
        return None
    if town.root.dep_ == "conj" or region.root.dep_ == "conj":
        return None
    return town, region


def _name_chunk(name: Span) -> Chunk:
    return Chunk(tuple(range(name.start, name.end)), name.root.i)
