"""Into another store: the seed graph pushed to an Oxigraph server over the SPARQL Graph Store
Protocol answers every example query exactly as `kg query` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.errors import GraphError
from kg.export import read_graph, write_graph
from kg.push import push_graph
from kg.query import format_result, run_query
from kg.resources import ontology_file
from servers import free_port, oxigraph_command, stop, wait_for_port

QUERIES = Path(__file__).resolve().parents[2] / "examples" / "queries"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """An Oxigraph server (the CLI from PyPI, beside this Python) on a free local port."""
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-store")
    process = subprocess.Popen(
        [oxigraph_command(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "RUST_BACKTRACE": "0"},
    )
    try:
        wait_for_port(port, process, "oxigraph serve", timeout=20)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process, timeout=10)


@pytest.fixture(scope="module")
def loaded_server(server, seed_graph_file):
    """The server with the seed graph and kg's ontology in its default graph, pushed by `kg push`."""
    for source in (seed_graph_file, ontology_file("kg.ttl")):
        pushed = subprocess.run(
            [sys.executable, "-m", "kg", "push", str(source), "--endpoint", server + "/store"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert pushed.returncode == 0, pushed.stderr
        assert "HTTP 204" in pushed.stdout or "HTTP 200" in pushed.stdout or "HTTP 201" in pushed.stdout
    return server


def ask_server(server: str, sparql: str, default_graph: str | None = None) -> dict:
    """The server's answer in the SPARQL 1.1 JSON results format."""
    fields = {"query": sparql}
    if default_graph:
        fields["default-graph-uri"] = default_graph
    request = urllib.request.Request(
        server + "/query",
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def normalised(answer: dict) -> list:
    """Rows as sorted tuples of (variable, type, value, datatype, language): order-free."""
    rows = []
    for binding in answer["results"]["bindings"]:
        row = []
        for variable, term in sorted(binding.items()):
            datatype = term.get("datatype")
            if datatype == XSD_STRING:
                datatype = None  # a plain literal may come with or without its implicit datatype
            row.append((variable, term["type"], term["value"], datatype or "", term.get("xml:lang", "")))
        rows.append(tuple(row))
    return sorted(rows)


@pytest.mark.parametrize("query_file", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_the_server_answers_each_example_like_kg_query(loaded_server, seed_graph_file, query_file):
    sparql = query_file.read_text(encoding="utf-8")
    local = json.loads(format_result(run_query(seed_graph_file, sparql), "json"))
    remote = ask_server(loaded_server, sparql)
    assert remote["head"]["vars"] == local["head"]["vars"]
    assert normalised(remote) == normalised(local)
    assert local["results"]["bindings"], "the example should have an answer on the seeds"


def test_the_server_holds_every_triple_pushed(loaded_server, seed_graph_file):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    local = run_query(seed_graph_file, count).values("n")[0]
    remote = ask_server(loaded_server, count)["results"]["bindings"][0]["n"]["value"]
    assert remote == local


def test_push_into_a_named_graph(server, seed_graph_file):
    name = "https://example.org/graphs/seeds"
    result = push_graph(seed_graph_file, server + "/store", graph=name, replace=True)
    assert result.status in (201, 204)
    answer = ask_server(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=name)
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == len(read_graph(seed_graph_file))


def test_push_a_trig_file_keeps_one_graph_per_document(server, seed_graph_file, tmp_path):
    trig = write_graph(read_graph(seed_graph_file), tmp_path / "seeds.trig", "trig")
    push_graph(trig, server + "/store")
    answer = ask_server(
        server,
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/kg-builder/ontology#Statement> } "
        "FILTER(STRSTARTS(STR(?g), \"https://w3id.org/kg-builder/document/\")) }",
    )
    documents = run_query(seed_graph_file, "SELECT (COUNT(*) AS ?n) { ?d a kg:Document }").values("n")[0]
    assert answer["results"]["bindings"][0]["n"]["value"] == documents


def test_the_endpoint_refusing_bad_turtle_is_one_line(server, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    pushed = subprocess.run(
        [sys.executable, "-m", "kg", "push", str(bad), "--endpoint", server + "/store"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert pushed.returncode == 1
    assert pushed.stderr.startswith("kg push: error:") and "400" in pushed.stderr
    assert len(pushed.stderr.strip().splitlines()) == 1


def test_an_unreachable_endpoint_is_a_graph_error(seed_graph_file):
    with pytest.raises(GraphError, match="cannot reach"):
        push_graph(seed_graph_file, f"http://127.0.0.1:{free_port()}/store", timeout=5)


def test_only_http_endpoints_are_accepted(seed_graph_file):
    with pytest.raises(GraphError, match="http"):
        push_graph(seed_graph_file, "file:///etc/passwd")


def test_a_dataset_file_cannot_be_pushed_into_one_named_graph(server, tmp_path):
    trig = tmp_path / "x.trig"
    trig.write_text("", encoding="utf-8")
    with pytest.raises(GraphError, match="names its own graphs"):
        push_graph(trig, server + "/store", graph="https://example.org/g")
