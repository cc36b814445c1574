"""A page over an Oxigraph graph past the budget reads only what it holds, and is the same page."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV
from viz_graphs import make_graph

from kg.namespaces import ENTITY, KG, STATEMENT
from kg.rdf.oxgraph import OxGraph
from kg.viz import budget
from kg.viz.budget import fit_page
from kg.viz.model import read_view
from kg.viz.page import render_page
from kg.viz.partial import read_page_view


@pytest.fixture(scope="module")
def graphs():
    """A generated graph whose arguments name nodes, as rdflib and as Oxigraph."""
    graph = make_graph(60, 150, documents=6, seed=11)
    _add_node_arguments(graph)
    return graph, _oxgraph(graph)


def _add_node_arguments(graph) -> None:
    """Every third statement gains an argument naming a node: another entity, its own subject
    (which read_view leaves out), or a namesake of its subject (left out too: same text); one
    statement in ten loses its document."""
    statements = sorted(graph.subjects(RDF.type, KG.Statement), key=str)
    entities = sorted({s for s in graph.subjects(KG.mentionCount, None)}, key=str)
    for number, statement in enumerate(statements):
        subject = graph.value(statement, RDF.subject)
        if number % 10 == 5:
            graph.remove((statement, PROV.wasDerivedFrom, None))
        if number % 3:
            continue
        value = (entities[number % len(entities)], subject, _namesake(graph, subject, number))[number % 4 % 3]
        argument = STATEMENT[f"extra-{number}"]
        graph.add((statement, KG.argument, argument))
        graph.add((argument, RDF.type, KG.Argument))
        graph.add((argument, KG.role, Literal("with")))
        graph.add((argument, KG.value, value))
        graph.add((argument, KG.position, Literal(2)))


def _namesake(graph, term, number: int):
    """A new person labelled as ``term`` is, mentioned often enough to be kept."""
    namesake = ENTITY[f"person/namesake-{number}"]
    graph.add((namesake, RDF.type, KG.Person))
    graph.add((namesake, KG.mentionCount, Literal(40 + number % 7)))
    graph.add((namesake, RDFS.label, Literal(str(graph.value(term, RDFS.label)))))
    return namesake


def _oxgraph(graph) -> OxGraph:
    copy = OxGraph()
    for triple in graph:
        copy.add(triple)
    return copy


def _shown(view) -> list[int]:
    return sorted({i for n in view.nodes for i in n.statements} | {i for e in view.edges for i in e.statements})


def _weighed(view) -> list[tuple]:
    """What the page's communities read of every statement: its two ends, where both are kept."""
    kept = {node.id for node in view.nodes}
    return [(i, s.subject, s.object) for i, s in enumerate(view.statements) if s.subject in kept and s.object in kept]


@pytest.mark.parametrize("statement_budget, per_item", [(40, 300), (120, 5), (60, 2), (1, 300)])
def test_a_page_past_the_budget_reads_what_fit_page_keeps_of_the_whole_view(graphs, monkeypatch, statement_budget, per_item):
    graph, oxgraph = graphs
    monkeypatch.setattr(budget, "STATEMENT_BUDGET", statement_budget)
    monkeypatch.setattr(budget, "QUOTED_PER_ITEM", per_item)
    whole, whole_trimmed = fit_page(read_view(graph))
    view, trimmed = read_page_view(oxgraph)
    assert whole_trimmed is not None and trimmed == whole_trimmed
    assert view.nodes == whole.nodes
    assert view.edges == whole.edges
    assert _shown(view) == _shown(whole)
    assert [view.statements[i] for i in _shown(view)] == [whole.statements[i] for i in _shown(whole)]
    assert view.documents == whole.documents
    assert _weighed(view) == _weighed(whole)
    assert render_page(view, trimmed=trimmed) == render_page(whole, trimmed=whole_trimmed)


def test_a_page_within_the_budget_is_the_whole_view(graphs, monkeypatch):
    graph, oxgraph = graphs
    monkeypatch.setattr(budget, "STATEMENT_BUDGET", 10_000)
    view, trimmed = read_page_view(oxgraph)
    assert trimmed is None
    assert view == read_view(graph)


def test_more_statements_than_the_budget_but_fewer_quoted_is_the_whole_view(graphs, monkeypatch):
    """Statements that touch no node count in the graph, not on the page."""
    graph, _ = graphs
    quoted = len(_shown(read_view(graph)))
    padded = _oxgraph(graph)
    for i in range(20):  # about something no node is: read_view lists them nowhere
        loose = STATEMENT[f"loose-{i}"]
        padded.add((loose, RDF.type, KG.Statement))
        padded.add((loose, RDF.subject, URIRef(f"http://example.org/nothing-{i}")))
        padded.add((loose, KG.sentenceText, Literal("nothing")))
    monkeypatch.setattr(budget, "STATEMENT_BUDGET", quoted + 10)
    view, trimmed = read_page_view(padded)
    assert trimmed is None
    assert len(_shown(view)) == quoted


def test_the_statement_counts_oxigraph_groups_are_the_lengths_of_read_views_lists(graphs):
    """The ranking's second key: a namesake's argument, which read_view leaves out, is not counted."""
    from kg.viz.partial import _PageReader

    graph, oxgraph = graphs
    reader = _PageReader(oxgraph)
    reader.read_nodes()
    counts = reader._statement_counts()
    whole = read_view(graph)
    assert [counts.get(node.id, 0) for node in reader.nodes] == [len(node.statements) for node in whole.nodes]
