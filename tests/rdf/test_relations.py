"""Relation properties sit under kg's curated hierarchy."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDFS, Graph, Literal

from kg.namespaces import KG, REL
from kg.rdf.relations import (
    TOP, ancestors_of, load_hierarchy, load_wordnet, parent_of, relation_triples,
)
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


def test_verbal_attacks_are_criticism():
    for verb in ("attack", "slam", "condemn", "denounce", "criticise"):
        assert "criticize" in ancestors_of(verb), verb


def test_general_news_verbs_land_in_their_class():
    classes = {
        "trade": ("buy", "sell", "purchase"),
        "win": ("win", "score", "beat", "defeat"),
        "resign": ("resign", "step_down", "retire"),
        "arrest": ("arrest", "detain", "jail"),
        "kill": ("kill", "murder"),
        "fund": ("finance", "pay", "invest"),
        "decrease": ("reduce", "cut"),
        "elect": ("elect",),
        "assault": ("bomb", "invade"),
    }
    for cls, verbs in classes.items():
        for verb in verbs:
            assert cls in ancestors_of(verb), verb


def test_wordnet_alone_puts_condemnation_and_buying_in_their_class():
    table = load_wordnet()
    assert table["condemn"] == table["denounce"] == "criticize"
    assert table["buy"] == table["sell"] == "trade"
    assert table["score"] == "win"
    assert table["attack"] == "assault"  # WordNet's first sense: relations.tsv corrects it


def test_an_event_noun_takes_the_class_of_its_verb():
    assert parent_of("criticism") == "criticize"
    assert parent_of("resignation") == "resign"
    assert parent_of("accusation") == "accuse"


def test_a_preposition_wordnet_reads_as_a_phrasal_verb_is_left_to_the_verb():
    # WordNet's work_in is "mix in" (an increase); kg's work_in is "worked in hospitals"
    assert "work_in" not in load_wordnet()
    assert parent_of("talk_about") == "communicate"


def test_verbs_outside_both_tables_stay_under_the_top():
    for verb in ("be", "have", "frobnicate"):
        assert ancestors_of(verb) == [verb]


def test_the_hierarchy_is_acyclic():
    tables = load_hierarchy() | load_wordnet()
    for name in tables:
        chain = [name]
        while (parent := parent_of(chain[-1])) != TOP:
            assert parent not in chain, chain + [parent]
            chain.append(parent)


def test_every_wordnet_class_is_a_curated_category():
    curated = load_hierarchy()
    assert set(load_wordnet().values()) <= set(curated)


def test_every_parent_is_declared_in_the_ontology_under_its_curated_parent():
    ontology = Graph().parse(ontology_file("kg.ttl"))
    curated = load_hierarchy()
    for parent in (set(curated.values()) | set(load_wordnet().values())) - {TOP}:
        prop = REL[parent]
        assert (prop, RDFS.label, None) in ontology, parent
        assert (prop, RDFS.comment, None) in ontology, parent
        expected = KG.relation if curated[parent] == TOP else REL[curated[parent]]
        assert set(ontology.objects(prop, RDFS.subPropertyOf)) == {expected}, parent


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


def test_kind_of_closes_over_wordnet_and_curated_parents():
    graph = Graph()
    for lemma in ("buy", "pledge"):
        for triple in relation_triples(lemma):
            graph.add(triple)
    assert set(graph.objects(REL.buy, KG.kindOf)) == {REL.buy, REL.trade, KG.relation}
    assert set(graph.objects(REL.pledge, KG.kindOf)) == {REL.pledge, REL.promise, REL.agree, KG.relation}


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
