"""Graphs kg builds conform to its shapes; a broken graph fails with a readable report."""

from __future__ import annotations

import pytest
from rdflib import RDF, Literal

from kg.errors import GraphError, ValidationError
from kg.namespaces import KG
from kg.rdf import build_graph
from kg.validate import check_graph, validate_graph


def test_a_built_graph_conforms(meeting):
    report = validate_graph(build_graph(*meeting))
    assert report.conforms, report.summary()


def test_a_statement_without_its_sentence_is_reported_by_name(meeting):
    graph = build_graph(*meeting).to_rdflib()
    statement = next(graph.subjects(RDF.type, KG.Statement))
    graph.remove((statement, KG.sentenceText, None))
    report = validate_graph(graph)
    assert not report.conforms
    (violation,) = report.violations
    assert violation.path == "kg:sentenceText"
    assert statement.split("/")[-1] in violation.focus
    assert "sentence" in report.summary()


def test_a_missing_direct_triple_and_a_bad_confidence_are_both_reported(meeting):
    graph = build_graph(*meeting).to_rdflib()
    statement = next(
        s for s in graph.subjects(RDF.type, KG.Statement) if graph.value(s, KG.asserted) == Literal(True)
    )
    direct = tuple(graph.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    graph.remove(direct)
    graph.set((statement, KG.confidence, Literal("high")))
    messages = " | ".join(v.message for v in validate_graph(graph).violations)
    assert "direct triple" in messages
    assert "confidence" in messages


def test_an_argument_with_both_a_value_and_a_literal_is_reported(meeting):
    graph = build_graph(*meeting).to_rdflib()
    argument = next(a for a in graph.subjects(RDF.type, KG.Argument) if graph.value(a, KG.value))
    graph.add((argument, KG.literalValue, Literal("Rome")))
    assert not validate_graph(graph).conforms


def test_a_negated_statement_marked_asserted_is_reported(meeting):
    graph = build_graph(*meeting).to_rdflib()
    statement = next(s for s in graph.subjects(KG.negated, Literal(True)))
    graph.set((statement, KG.asserted, Literal(True)))
    messages = " | ".join(v.message for v in validate_graph(graph).violations)
    assert "negated statement is not asserted" in messages


def test_check_graph_raises_with_the_report(meeting):
    graph = build_graph(*meeting).to_rdflib()
    graph.remove((next(graph.subjects(RDF.type, KG.Statement)), KG.sentenceText, None))
    with pytest.raises(ValidationError, match="kg:sentenceText"):
        check_graph(graph)


def test_a_missing_shapes_file_is_a_one_line_error(meeting, tmp_path):
    with pytest.raises(GraphError, match="no such shapes file"):
        validate_graph(build_graph(*meeting).to_rdflib(), tmp_path / "none.ttl")


# --- the SPARQL validator gives pyshacl's verdict and violations --------------------------

from collections import Counter

from rdflib import OWL, RDFS, XSD, BNode, Graph, URIRef
from rdflib.namespace import SKOS

from kg.resources import ontology_file
from kg.validate import with_pyshacl
from kg.validate.shacl_sparql import compile_shapes
from kg.validate.with_pyshacl import validate_with_pyshacl


def _pyshacl(graph, shapes=None):
    shapes_graph = Graph().parse(shapes or ontology_file("shapes.ttl"), format="turtle")
    return validate_with_pyshacl(graph, shapes_graph, Graph().parse(ontology_file("kg.ttl"), format="turtle"))


def _results(report):
    return report.conforms, Counter((v.focus, v.path, v.message, v.severity, v.value) for v in report.violations)


def _fast(graph, shapes=None, monkeypatch=None):
    """validate_graph, made to fail if it reaches pyshacl."""
    def refuse(*_):
        raise AssertionError("validate_graph fell back to pyshacl")

    monkeypatch.setattr(with_pyshacl, "validate_with_pyshacl", refuse)
    import kg.validate

    monkeypatch.setattr(kg.validate, "validate_with_pyshacl", refuse)
    try:
        return validate_graph(graph, shapes)
    finally:
        monkeypatch.undo()


def _statement(graph, **flags):
    """The first statement (in IRI order) whose flags (kg:asserted=True, ...) match."""
    return min(s for s in graph.subjects(RDF.type, KG.Statement)
               if all(graph.value(s, KG[k]) == Literal(v) for k, v in flags.items()))


def _entity(graph):
    return min(graph.subjects(RDF.type, KG.Person))


def _missing_sentence(g):
    g.remove((_statement(g), KG.sentenceText, None))


def _bad_confidence(g):
    g.set((_statement(g), KG.confidence, Literal("high")))


def _confidence_out_of_range(g):
    g.set((_statement(g), KG.confidence, Literal("1.5", datatype=XSD.decimal)))


def _ill_typed_confidence(g):
    g.set((_statement(g), KG.confidence, Literal("lots", datatype=XSD.decimal)))


def _missing_direct_triple(g):
    s = _statement(g, asserted=True)
    g.remove(tuple(g.value(s, p) for p in (RDF.subject, RDF.predicate, RDF.object)))


def _argument_with_two_values(g):
    argument = min(a for a in g.subjects(RDF.type, KG.Argument) if g.value(a, KG.value))
    g.add((argument, KG.literalValue, Literal("Rome")))
    g.add((argument, KG.value, URIRef("https://w3id.org/kg-builder/entity/place/paris")))


def _negated_marked_asserted(g):
    g.set((_statement(g, negated=True), KG.asserted, Literal(True)))


def _wrong_datatype(g):
    s = _statement(g)
    g.set((s, KG.startOffset, Literal(str(g.value(s, KG.startOffset)))))
    g.set((s, KG.negated, Literal("no")))


def _missing_label(g):
    g.remove((_entity(g), RDFS.label, None))


def _two_labels_one_empty(g):
    g.add((_entity(g), RDFS.label, Literal("")))


def _wrong_node_kind(g):
    entity = _entity(g)
    g.add((entity, KG.affiliatedWith, Literal("the State Department")))
    g.add((entity, OWL.sameAs, Literal("Q42")))
    g.add((_statement(g), RDF.subject, Literal("Blinken")))


def _start_after_end(g):
    s = _statement(g)
    g.set((s, KG.startOffset, Literal(g.value(s, KG.endOffset).value + 5)))
    g.add((s, KG.endOffset, Literal(-1)))


def _unknown_factuality(g):
    g.set((_statement(g), KG.factuality, KG.Asserted))  # on a reported or negated one
    g.set((_statement(g, asserted=True), KG.factuality, URIRef("https://w3id.org/kg-builder/ontology#Hoped")))


def _not_a_relation(g):
    s = _statement(g)
    g.set((s, RDF.predicate, SKOS.related))


def _derived_from_no_document(g):
    s = _statement(g)
    g.set((s, PROV_DERIVED, _entity(g)))
    g.add((_statement(g, negated=True), PROV_DERIVED, Literal("news/meeting.txt")))


def _relation_without_label(g):
    relation = g.value(_statement(g), RDF.predicate)
    g.remove((relation, RDFS.label, None))


def _argument_not_an_argument(g):
    s = _statement(g)
    g.add((s, KG.argument, _entity(g)))
    argument = min(g.subjects(RDF.type, KG.Argument))
    g.add((argument, KG.content, Literal("he said so")))
    g.remove((argument, KG.role, None))
    g.add((argument, KG.position, Literal(-2)))


def _bad_mention_count(g):
    entity = _entity(g)
    g.set((entity, KG.mentionCount, Literal("many", datatype=XSD.integer)))
    g.add((min(g.subjects(RDF.type, KG.Country)), KG.mentionCount, Literal(-3)))


def _blank_node_entity(g):
    person = BNode("anonymous")
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal("someone")))


def _document_broken(g):
    document = min(g.subjects(RDF.type, KG.Document))
    g.remove((document, KG.contentHash, None))
    g.set((document, URIRef("http://purl.org/dc/terms/date"), Literal("31 October 2021")))


PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
BREAKAGES = [
    _missing_sentence, _bad_confidence, _confidence_out_of_range, _ill_typed_confidence,
    _missing_direct_triple, _argument_with_two_values, _negated_marked_asserted, _wrong_datatype,
    _missing_label, _two_labels_one_empty, _wrong_node_kind, _start_after_end, _unknown_factuality,
    _not_a_relation, _derived_from_no_document, _relation_without_label, _argument_not_an_argument,
    _bad_mention_count, _blank_node_entity, _document_broken,
]


def test_kg_shapes_compile_to_sparql():
    checks = compile_shapes(Graph().parse(ontology_file("shapes.ttl"), format="turtle"))
    assert len(checks) > 50
    assert all("?this" in check.query and check.messages for check in checks)


def test_the_built_graph_conforms_for_both_validators(meeting, monkeypatch):
    graph = build_graph(*meeting)
    fast = _fast(graph, monkeypatch=monkeypatch)
    assert fast.conforms and _results(fast) == _results(_pyshacl(graph.to_rdflib()))


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_a_broken_graph_gets_pyshacls_violations(meeting, breakage, monkeypatch):
    graph = build_graph(*meeting).to_rdflib()
    breakage(graph)
    expected = _pyshacl(graph)
    assert not expected.conforms  # the breakage really breaks a shape
    assert _results(_fast(graph, monkeypatch=monkeypatch)) == _results(expected)


def test_a_built_graph_is_validated_in_its_own_store_and_left_unchanged(meeting, monkeypatch):
    graph = build_graph(*meeting)
    graph.add((_statement(graph.to_rdflib()), KG.confidence, Literal("high")))
    size = len(graph)
    report = _fast(graph, monkeypatch=monkeypatch)
    assert len(graph) == size and len(graph.flushed_store()) == size
    assert _results(report) == _results(_pyshacl(graph.to_rdflib()))


def test_a_graph_file_is_validated_from_pyoxigraph(meeting, tmp_path, monkeypatch):
    graph = build_graph(*meeting).to_rdflib()
    _missing_direct_triple(graph)
    path = tmp_path / "graph.ttl"
    graph.serialize(path, format="turtle")
    assert _results(_fast(path, monkeypatch=monkeypatch)) == _results(_pyshacl(graph))


def test_the_seed_graph_and_its_breakages_get_pyshacls_violations(seed_graph, monkeypatch):
    assert _results(_fast(seed_graph, monkeypatch=monkeypatch)) == _results(_pyshacl(seed_graph))
    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    for breakage in (_missing_sentence, _bad_confidence, _missing_direct_triple, _negated_marked_asserted,
                     _wrong_node_kind, _missing_label, _start_after_end):
        breakage(broken)
    expected = _pyshacl(broken)
    assert len(expected.violations) >= 7
    assert _results(_fast(broken, monkeypatch=monkeypatch)) == _results(expected)


SHAPES_WITH_A_PATTERN = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/kg-builder/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:shape> a sh:NodeShape ; sh:targetClass kg:Entity ;
    sh:property [ sh:path rdfs:label ; sh:pattern "^[a-z]" ; sh:message "labels start lower-case" ] .
"""


def test_shapes_beyond_the_compiled_subset_go_to_pyshacl(meeting, tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(SHAPES_WITH_A_PATTERN, encoding="utf-8")
    graph = build_graph(*meeting)
    report = validate_graph(graph, shapes)
    assert not report.conforms and {v.message for v in report.violations} == {"labels start lower-case"}
    assert _results(report) == _results(_pyshacl(graph.to_rdflib(), shapes))


def test_other_shapes_in_the_subset_take_the_fast_path(meeting, tmp_path, monkeypatch):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(SHAPES_WITH_A_PATTERN.replace('sh:pattern "^[a-z]"', "sh:maxLength 5"), encoding="utf-8")
    graph = build_graph(*meeting).to_rdflib()
    report = _fast(graph, shapes, monkeypatch=monkeypatch)
    assert not report.conforms and _results(report) == _results(_pyshacl(graph, shapes))
