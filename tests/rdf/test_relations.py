"""Relation properties sit under kg's curated hierarchy."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDFS, Graph, Literal

from kg.namespaces import KG, REL
from kg.rdf.relations import ancestors_of, load_hierarchy, parent_of, relation_triples
from kg.resources import ontology_file


def test_meeting_verbs_are_communications():
    for verb in ("meet", "talk", "call", "speak", "discuss"):
        assert "communicate" in ancestors_of(verb), verb


def test_each_curated_family_has_its_parent():
    families = {
        "state": ("say", "tell", "stress", "raise"),
        "warn": ("threaten",),
        "criticize": ("criticise", "accuse", "condemn"),
        "urge": ("press", "call_for"),
        "support": ("back",),
        "agree": ("sign",),
    }
    for parent, verbs in families.items():
        for verb in verbs:
            assert parent in ancestors_of(verb), verb


def test_an_unknown_lemma_falls_under_its_verb_or_the_top():
    assert parent_of("warn_against") == "warn"
    assert parent_of("frobnicate") == "relation"


def test_every_parent_is_declared_in_the_ontology():
    ontology = Graph().parse(ontology_file("kg.ttl"))
    for parent in set(load_hierarchy().values()) - {"relation"}:
        prop = REL[parent]
        assert (prop, RDFS.label, None) in ontology, parent
        assert (prop, RDFS.subPropertyOf, None) in ontology, parent


def test_relation_triples_declare_the_property_and_its_ancestors():
    graph = Graph()
    for triple in relation_triples("call_for"):
        graph.add(triple)
    assert (REL.call_for, RDFS.subPropertyOf, REL.urge) in graph
    assert (REL.urge, RDFS.subPropertyOf, KG.relation) in graph
    assert (REL.call_for, RDFS.label, Literal("call for")) in graph
    assert (REL.call_for, KG.verbLemma, Literal("call")) in graph
    assert (REL.call_for, KG.particle, Literal("for")) in graph


def test_kind_of_is_the_hierarchy_closed_so_one_triple_pattern_needs_no_path():
    graph = Graph()
    for triple in relation_triples("call_for"):
        graph.add(triple)
    assert set(graph.objects(REL.call_for, KG.kindOf)) == {REL.call_for, REL.urge, KG.relation}
    assert set(graph.objects(REL.urge, KG.kindOf)) == {REL.urge, KG.relation}


def test_the_hierarchy_answers_a_sparql_query_for_every_communication():
    store = ox.Store()
    triples = [t for lemma in ("meet", "phone", "say") for t in relation_triples(lemma)]
    for s, p, o in triples:
        store.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o) if not isinstance(o, Literal) else ox.Literal(str(o))))
    found = {
        row["p"].value
        for row in store.query(
            f"SELECT ?p {{ ?p <{RDFS.subPropertyOf}>+ <{REL.communicate}> }}"
        )
    }
    assert found == {str(REL.meet), str(REL.phone)}
