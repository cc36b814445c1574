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
