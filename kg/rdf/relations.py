"""Relation properties: one per normalised predicate, under kg's curated hierarchy.

``ontology/relations.tsv`` maps a verb lemma to the relation it specialises (``meet`` ->
``communicate`` -> ``kg:relation``), so a query for every communication needs no verb list.
A lemma the table does not know falls under its verb's relation (``warn_against`` ->
``warn``) or straight under ``kg:relation``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rdflib import RDF, RDFS, Literal, URIRef

from kg.namespaces import KG
from kg.rdf.iris import relation_iri, relation_name
from kg.resources import ontology_file

__all__ = ["load_hierarchy", "parent_of", "ancestors_of", "relation_triples"]

TOP = "relation"  # the table's name for kg:relation


@lru_cache(maxsize=1)
def load_hierarchy() -> dict[str, str]:
    """The curated table: relation name -> parent relation name (``"relation"`` at the top)."""
    table: dict[str, str] = {}
    path = ontology_file("relations.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, parent = line.split("\t")[:2]
        table[relation_name(lemma)] = relation_name(parent)
    return table


def parent_of(lemma: str) -> str:
    """The name of the relation that ``lemma``'s property specialises.

    >>> parent_of("meet"), parent_of("warn_against"), parent_of("frobnicate")
    ('communicate', 'warn', 'relation')
    """
    name = relation_name(lemma)
    table = load_hierarchy()
    if name in table:
        return table[name]
    verb = name.split("_")[0]
    if verb != name and verb in table:
        return verb
    return TOP


def ancestors_of(lemma: str) -> list[str]:
    """``lemma``'s relation name followed by every parent up to (not including) the top."""
    chain = [relation_name(lemma)]
    while (parent := parent_of(chain[-1])) != TOP and parent not in chain:
        chain.append(parent)
    return chain


def _term(name: str) -> URIRef:
    return KG.relation if name == TOP else relation_iri(name)


def relation_triples(lemma: str) -> Iterator[tuple]:
    """The triples declaring ``lemma``'s property and each of its ancestors.

    Each property is an ``rdf:Property`` with an ``rdfs:label`` ("call for"),
    ``kg:verbLemma`` ("call"), ``kg:particle`` ("for") when it has one,
    ``rdfs:subPropertyOf`` its parent, and ``kg:kindOf`` itself and every ancestor.
    """
    chain = ancestors_of(lemma)
    for depth, name in enumerate(chain):
        prop = relation_iri(name)
        for kind in (*chain[depth:], TOP):
            yield prop, KG.kindOf, _term(kind)
        verb, _, particle = name.partition("_")
        yield prop, RDF.type, RDF.Property
        yield prop, RDFS.label, Literal(name.replace("_", " "))
        yield prop, RDFS.subPropertyOf, _term(parent_of(name))
        yield prop, KG.verbLemma, Literal(verb)
        if particle:
            yield prop, KG.particle, Literal(particle.replace("_", " "))
