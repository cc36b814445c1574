"""RDF 1.2 triple terms (`kg export --format turtle-star|trig-star`): fewer triples, the same
graph once converted back."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.export import write_graph
from kg.export.star import to_reification, to_triple_terms

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def export(source, target, format):
    result = CliRunner().invoke(app, ["export", str(source), "-f", format, "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def seed_turtle(seeds_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("star-build")
    result = CliRunner().invoke(app, ["build", str(seeds_dir), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    return out / "graph.ttl"


def raw_triples(path, format=ox.RdfFormat.TURTLE):
    """What the file itself says (pyoxigraph, no conversion)."""
    return list(ox.parse(path=str(path), format=format))


def test_turtle_star_names_each_fact_once_and_converts_back_to_the_same_graph(seed_turtle, tmp_path):
    star = export(seed_turtle, tmp_path / "star.ttl", "turtle-star")
    reified, compact = raw_triples(seed_turtle), raw_triples(star)
    terms = [t for t in compact if t.predicate.value == RDF + "reifies"]
    assert terms and all(isinstance(t.object, ox.Triple) for t in terms)
    # each triple term replaces a statement's rdf:subject, rdf:predicate and rdf:object
    assert len(compact) == len(reified) - 2 * len(terms)
    parts = [{t.subject for t in reified if t.predicate.value == RDF + name}
             for name in ("subject", "predicate", "object")]
    assert {t.subject for t in terms} == set.intersection(*parts)
    back = export(star, tmp_path / "back.ttl", "turtle")
    assert back.read_bytes() == seed_turtle.read_bytes()
    assert isomorphic(Graph().parse(back), Graph().parse(seed_turtle))


def test_trig_star_keeps_each_statement_in_its_document_graph(seed_turtle, tmp_path):
    plain = export(seed_turtle, tmp_path / "plain.trig", "trig")
    star = export(seed_turtle, tmp_path / "star.trig", "trig-star")
    quads = raw_triples(star, ox.RdfFormat.TRIG)
    terms = [q for q in quads if q.predicate.value == RDF + "reifies"]
    assert terms and all(not isinstance(q.graph_name, ox.DefaultGraph) for q in terms)
    back = export(star, tmp_path / "back.trig", "trig")
    assert back.read_bytes() == plain.read_bytes()


def test_a_statement_that_is_not_one_triple_stays_reified():
    s, p, o, o2 = (ox.NamedNode(f"http://e/{n}") for n in ("s", "p", "o", "o2"))
    one, two, half = (ox.NamedNode(f"http://e/stmt{n}") for n in (1, 2, 3))
    part = {name: ox.NamedNode(RDF + name) for name in ("subject", "predicate", "object")}
    quads = [ox.Quad(one, part["subject"], s), ox.Quad(one, part["predicate"], p),
             ox.Quad(one, part["object"], o),
             ox.Quad(two, part["subject"], s), ox.Quad(two, part["predicate"], p),
             ox.Quad(two, part["object"], o), ox.Quad(two, part["object"], o2),
             ox.Quad(half, part["subject"], s), ox.Quad(half, part["predicate"], p)]
    compact = to_triple_terms(quads)
    assert ox.Quad(one, ox.NamedNode(RDF + "reifies"), ox.Triple(s, p, o)) in compact
    assert {q for q in compact if q.subject in (two, half)} == set(quads[3:])
    assert set(to_reification(compact)) == set(quads)


def test_the_nasty_graph_round_trips_through_turtle_star(nasty_graph, tmp_path):
    plain = write_graph(nasty_graph, tmp_path / "plain.ttl", "turtle")
    star = write_graph(nasty_graph, tmp_path / "star.ttl", "turtle-star")
    assert "<<(" in star.read_text(encoding="utf-8")
    assert export(star, tmp_path / "back.ttl", "turtle").read_bytes() == plain.read_bytes()
