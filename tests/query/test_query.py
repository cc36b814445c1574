"""run_query answers SPARQL with Oxigraph over a file or a store, and formats the answer."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.errors import GraphError, QueryError
from kg.query import format_result, load_store, read_query, run_query

PEOPLE = "SELECT ?label WHERE { ?x a kg:Person ; rdfs:label ?label }"


def test_select_returns_rows_with_kgs_prefixes_predeclared(small_graph):
    result = run_query(small_graph, PEOPLE)
    assert result.kind == "select" and result.variables == ("label",)
    assert result.values("label") == ['Ann "the" Analyst']


def test_the_ontology_lets_queries_follow_the_class_hierarchy(small_graph):
    places = "SELECT ?x WHERE { ?x a/rdfs:subClassOf* kg:Place } ORDER BY ?x"
    with_ontology = run_query(small_graph, places).values("x")
    without = run_query(small_graph, places, ontology=False).values("x")
    assert [iri.rsplit("/", 1)[1] for iri in with_ontology] == ["b", "c"]  # a country is a place
    assert [iri.rsplit("/", 1)[1] for iri in without] == ["c"]


def test_property_paths_find_every_communication(small_graph):
    query = "SELECT ?p WHERE { ?a ?p ?b . ?p rdfs:subPropertyOf* rel:communicate }"
    assert run_query(small_graph, query).values("p") == ["https://w3id.org/kg-builder/relation/meet"]


def test_ask_and_construct(small_graph):
    assert run_query(small_graph, "ASK { ?a rel:meet ?b }").boolean is True
    graph = run_query(small_graph, "CONSTRUCT { ?b rel:metBy ?a } WHERE { ?a rel:meet ?b }")
    assert graph.kind == "graph" and len(graph.triples) == 1
    assert "rel:metBy" in format_result(graph, "table")


def test_table_shortens_iris_and_counts_rows(small_graph):
    query = "SELECT ?x ?label { ?x rdfs:label ?label } ORDER BY ?x"
    text = format_result(run_query(small_graph, query, ontology=False))
    lines = text.splitlines()
    assert lines[0].split() == ["x", "label"]
    assert lines[2].startswith("ent:a ")
    assert lines[-1] == "(5 rows)"  # three entities and two relation properties


def test_csv_follows_the_sparql_results_format(small_graph):
    query = "SELECT ?x ?label { ?x rdfs:label ?label } ORDER BY ?x"
    text = format_result(run_query(small_graph, query, ontology=False), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["x", "label"]
    assert rows[1] == ["https://w3id.org/kg-builder/entity/a", 'Ann "the" Analyst']
    assert rows[3][1] == "Capital, City"


def test_tsv_writes_terms_in_rdf_syntax(small_graph):
    text = format_result(run_query(small_graph, "SELECT ?x ?n { ?x kg:mentionCount ?n } ORDER BY ?x"), "tsv")
    lines = text.splitlines()
    assert lines[0] == "?x\t?n"
    assert lines[1] == '<https://w3id.org/kg-builder/entity/a>\t"3"^^<http://www.w3.org/2001/XMLSchema#integer>'


def test_json_follows_the_sparql_results_format(small_graph):
    text = format_result(run_query(small_graph, "SELECT ?x ?n { ?x kg:mentionCount ?n } ORDER BY ?x"), "json")
    document = json.loads(text)
    assert document["head"]["vars"] == ["x", "n"]
    first = document["results"]["bindings"][0]
    assert first["x"] == {"type": "uri", "value": "https://w3id.org/kg-builder/entity/a"}
    assert first["n"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    ask = json.loads(format_result(run_query(small_graph, "ASK { ?a rel:visit ?b }"), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_unbound_values_are_empty(small_graph):
    query = "SELECT ?x ?n { ?x a ?c ; rdfs:label ?l OPTIONAL { ?x kg:mentionCount ?n } } ORDER BY ?x"
    result = run_query(small_graph, query, ontology=False)
    assert result.values("n") == ["3", "1", None]
    assert format_result(result, "csv").splitlines()[-1].endswith(",")


def test_a_query_that_does_not_parse_is_a_query_error(small_graph):
    with pytest.raises(QueryError, match="does not parse"):
        run_query(small_graph, "SELEKT ?x")


def test_a_missing_or_broken_graph_file_is_a_graph_error_naming_it(tmp_path):
    with pytest.raises(GraphError, match="no such file"):
        run_query(tmp_path / "missing.ttl", PEOPLE)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="broken.ttl"):
        run_query(broken, PEOPLE)


def test_a_store_is_queried_in_place(small_graph):
    store = load_store(small_graph, ontology=False)
    assert run_query(store, PEOPLE, ontology=False).values("label") == ['Ann "the" Analyst']


def test_a_read_only_store_is_queried_without_the_ontology(small_graph, tmp_path):
    folder = tmp_path / "store"
    store = ox.Store(str(folder))
    store.load(path=str(small_graph), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    read_only = ox.Store.read_only(str(folder))
    assert run_query(read_only, PEOPLE).values("label") == ['Ann "the" Analyst']


def test_trig_named_graphs_are_queried_together(tmp_path):
    trig = tmp_path / "g.trig"
    trig.write_text(
        "<https://e.org/g1> { <https://e.org/a> <https://e.org/p> <https://e.org/b> . }\n"
        "<https://e.org/g2> { <https://e.org/a> <https://e.org/p> <https://e.org/b> . }\n",
        encoding="utf-8",
    )
    assert len(run_query(trig, "SELECT * { ?s <https://e.org/p> ?o }", ontology=False).rows) == 1


def test_read_query_reads_rq_files_and_passes_text_through(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK {}", encoding="utf-8")
    assert read_query(str(path)) == "ASK {}"
    assert read_query("ASK { ?s ?p ?o }") == "ASK { ?s ?p ?o }"
    with pytest.raises(QueryError, match="no such query file"):
        read_query(str(tmp_path / "missing.rq"))


LONG = ("Secretary Blinken met with Yang Jiechi, a senior Chinese Communist Party foreign affairs "
        "official, on Friday to discuss a range of thorny issues facing the two great powers.")


def _long_result():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("https://w3id.org/kg-builder/statement/s1"),
                      ox.NamedNode("https://w3id.org/kg-builder/ontology#sentenceText"), ox.Literal(LONG)))
    return run_query(store, "SELECT ?s ?sentence { ?s kg:sentenceText ?sentence }", ontology=False)


def test_a_table_wraps_long_cells_to_the_terminal_width_and_loses_no_word():
    text = format_result(_long_result(), "table", 60)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert len(lines) > 4  # header, rule, the wrapped sentence on several lines, the count
    cells = " ".join(line[len("stmt:s1") + 2:].strip() for line in lines[2:-1])
    assert " ".join(cells.split()) == LONG


def test_a_piped_table_prints_every_cell_whole_and_csv_stays_exact():
    lines = format_result(_long_result(), "table").splitlines()
    assert any(line.endswith(LONG) for line in lines)
    rows = list(csv.reader(io.StringIO(format_result(_long_result(), "csv"))))
    assert rows[1] == ["https://w3id.org/kg-builder/statement/s1", LONG]

