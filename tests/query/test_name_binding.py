"""`kg query --name x=NAME` binds ?x to the entity that owns a name, by label or alias."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.query import load_store
from kg.query.names import bind_name, parse_name

runner = CliRunner()
LABEL_OF_X = "SELECT ?x ?label WHERE { ?x rdfs:label ?label }"


def test_a_label_finds_its_entity(small_graph):
    binding = bind_name(load_store(small_graph), "x=Borduria")
    assert binding.variable == "x"
    assert binding.entity.value == "https://w3id.org/kg-builder/entity/b"
    assert "Borduria, Country, 1 mention" in binding.report


def test_a_surname_finds_the_person_in_the_seed_graph(seed_graph_file):
    result = runner.invoke(app, ["query", str(seed_graph_file), LABEL_OF_X, "--name", "x=blinken", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == ["https://w3id.org/kg-builder/entity/person/antony-blinken,Antony Blinken"]
    assert result.stderr.startswith("?x = person:antony-blinken (Antony Blinken, Person,")


def test_an_alias_finds_its_entity_and_the_runners_up_are_named(tmp_path):
    graph = tmp_path / "aliases.ttl"
    graph.write_text("""
        @prefix kg: <https://w3id.org/kg-builder/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://w3id.org/kg-builder/entity/person/tony-blair> a kg:Person ; rdfs:label "Tony Blair" ;
            skos:altLabel "Mr Blair" ; kg:mentionCount 796 .
        <https://w3id.org/kg-builder/entity/person/cherie-blair> a kg:Person ; rdfs:label "Cherie Blair" ;
            kg:mentionCount 12 .
    """, encoding="utf-8")
    store = load_store(graph)
    assert bind_name(store, "who=mr blair").entity.value.endswith("/tony-blair")
    binding = bind_name(store, "who=Blair")  # in both names: the most mentioned wins
    assert binding.entity.value.endswith("/tony-blair")
    assert "also called so: person:cherie-blair (Cherie Blair, Person, 12 mentions)" in binding.report


@pytest.mark.parametrize("text", ["Blair", "=Blair", "x=", "1x=Blair", "x y=Blair"])
def test_a_malformed_name_is_refused(text):
    with pytest.raises(QueryError, match="VARIABLE=NAME"):
        parse_name(text)


@pytest.mark.parametrize("arguments, message", [
    (["--name", "x=Nobody Atall"], "no entity is called 'Nobody Atall'"),
    (["--name", "Borduria"], "VARIABLE=NAME"),
])
def test_a_name_problem_is_one_line_and_exit_1(small_graph, arguments, message):
    result = runner.invoke(app, ["query", str(small_graph), LABEL_OF_X, *arguments])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg query: error:") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("query", [
    "SELECT ?label WHERE { ?x rdfs:label ?label }",  # ?x not projected: bound by a VALUES block
    "SELECT (COUNT(*) AS ?n) (SAMPLE(?l) AS ?label) WHERE { ?x rdfs:label ?l }",
    "# a { in a comment\nSELECT ?label WHERE { ?x rdfs:label ?label FILTER(?label != \"{\") }",
])
def test_a_name_binds_a_variable_the_query_does_not_select(small_graph, query):
    result = runner.invoke(app, ["query", str(small_graph), query, "--name", "x=Borduria", "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [row["label"]["value"] for row in rows] == ["Borduria"]


def test_ctrl_c_stops_a_running_query_at_once(seed_graph_file):
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    process = subprocess.Popen([sys.executable, "-m", "kg", "query", "--no-cache", str(seed_graph_file), endless],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    time.sleep(4)  # well into the query: it never ends by itself
    assert process.poll() is None, process.communicate()
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=3)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("kg query was still running 3 s after Ctrl-C")
    assert process.returncode == -signal.SIGINT
