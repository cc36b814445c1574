"""Relation properties: one per normalised predicate, under kg's hierarchy of relations.

``ontology/relations.tsv`` (curated) maps a verb lemma to the relation it specialises
(``meet`` -> ``communicate`` -> ``kg:relation``) and declares the few dozen coarse relations;
``ontology/relations_wordnet.tsv``, generated from WordNet by
``tools/relations_from_wordnet.py``, maps the other verbs and event nouns of any news to them
(``buy`` -> ``trade``), so a query for every communication needs no verb list. The curated
table wins. A lemma neither knows falls under its verb's relation (``warn_against`` ->
``warn``) or straight under ``kg:relation``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, Literal, URIRef

from kg.namespaces import KG
from kg.rdf.iris import relation_iri, relation_name
from kg.resources import ontology_file

__all__ = ["read_table", "load_hierarchy", "load_wordnet", "parent_in", "parent_of",
           "ancestors_of", "relation_triples"]

TOP = "relation"  # the tables' name for kg:relation


def read_table(path: Path) -> dict[str, str]:
    """A relation table: relation name -> parent relation name (``"relation"`` at the top)."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, parent = line.split("\t")[:2]
        table[relation_name(lemma)] = relation_name(parent)
    return table


@lru_cache(maxsize=1)
def load_hierarchy() -> dict[str, str]:
    """The curated table, which also declares every coarse relation and its parent."""
    return read_table(ontology_file("relations.tsv"))


@lru_cache(maxsize=1)
def load_wordnet() -> dict[str, str]:
    """The generated table: WordNet's verbs and event nouns -> a coarse relation."""
    return read_table(ontology_file("relations_wordnet.tsv"))


def parent_in(name: str, tables: Sequence[dict[str, str]]) -> str:
    """The parent of relation ``name`` in the first of ``tables`` that has it, else its verb."""
    for table in tables:
        if name in table:
            return table[name]
    verb = name.split("_")[0]
    if verb != name and any(verb in table for table in tables):
        return verb
    return TOP


def parent_of(lemma: str) -> str:
    """The name of the relation that ``lemma``'s property specialises.

    >>> parent_of("meet"), parent_of("warn_against"), parent_of("buy"), parent_of("frobnicate")
    ('communicate', 'warn', 'trade', 'relation')
    """
    return parent_in(relation_name(lemma), (load_hierarchy(), load_wordnet()))


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
