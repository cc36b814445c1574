"""`kg show` and `kg stats` on the seed graph, through the command line as a user runs them;
and what `kg build` tells the user while and after it builds that graph."""

from __future__ import annotations

import re

import pyoxigraph
import pytest
from typer.testing import CliRunner

from kg.cli import app

WIDE = {"COLUMNS": "240"}


@pytest.fixture(scope="module")
def seed_build(seeds_dir, tmp_path_factory):
    """The seeds built once with `kg build`: its output folder and what it printed."""
    out = tmp_path_factory.mktemp("show-stats")
    result = CliRunner().invoke(app, ["build", str(seeds_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.stdout


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    return seed_build[0] / "graph.ttl"


def test_build_closes_by_naming_every_file_written_and_the_next_command(seed_build):
    out, printed = seed_build
    written = sorted(path.name for path in out.iterdir())
    lines = printed.strip().splitlines()
    assert sorted(line.split("/")[-1] for line in lines if line.startswith("  wrote ")) == written
    assert lines[-1].startswith(f"Next: kg stats {out / 'graph.ttl'}")


def test_build_progress_shows_each_stage_with_the_document_total(seeds_dir):
    import io

    from rich.console import Console

    from kg.cli.build import _progress_bar
    from kg.pipeline import build

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100, color_system=None)
    with _progress_bar([str(seeds_dir)], console=console) as bar:
        build([seeds_dir], progress=bar.document, on_stage=bar.stage)
    shown = screen.getvalue()
    documents = len(list(seeds_dir.glob("*.txt")))
    assert f"{documents}/{documents}" in shown
    for stage in ("parse", "resolve", "graph"):
        assert stage in shown
    assert "eta" in shown


def run(*args: str):
    return CliRunner().invoke(app, [*map(str, args)], env=WIDE)


def test_show_prints_the_card_of_the_entity_a_partial_name_names(seed_graph):
    result = run("show", seed_graph, "blinken")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Antony Blinken" in out and "Person" in out
    assert "Secretary of State" in out  # kg:holdsTitle
    assert "affiliations: United States" in out
    assert re.search(r"Antony Blinken\s+Person · \d+ mentions", out)
    assert "shares facts with: Yang Jiechi" in out


def test_show_gives_each_fact_its_sentence_document_and_date(seed_graph):
    store = pyoxigraph.Store()
    store.load(path=str(seed_graph), format=pyoxigraph.RdfFormat.TURTLE)
    # A dated fact about Blinken, read straight from the graph.
    row = next(iter(store.query("""
        PREFIX kg: <https://w3id.org/kg-builder/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?date ?title WHERE {
            ?st rdf:subject <https://w3id.org/kg-builder/entity/person/antony-blinken> ;
                prov:wasDerivedFrom ?doc .
            ?doc dcterms:date ?date ; dcterms:title ?title .
        } LIMIT 1""")))
    result = run("show", seed_graph, "Antony Blinken", "--all")
    assert result.exit_code == 0, result.output
    assert row["date"].value in result.output
    assert row["title"].value.split()[0] in result.output
    assert "asserted" in result.output


def test_show_lists_facts_by_date_with_undated_ones_last(seed_graph):
    result = run("show", seed_graph, "Antony Blinken", "--all")
    for table in result.output.split("┏")[1:]:
        dates = re.findall(r"│ (\d{4}-\d\d-\d\d|—) +│", table)
        dated = [d for d in dates if d != "—"]
        assert dated == sorted(dated)
        if "—" in dates:
            assert all(d == "—" for d in dates[dates.index("—"):])


def test_show_of_an_unknown_name_is_one_line_and_exit_1(seed_graph):
    result = run("show", seed_graph, "Nobody Atall")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"kg show: error: {seed_graph}: no entity named 'Nobody Atall' (try `kg stats {seed_graph}` for the main ones)"
    ]


def test_stats_counts_documents_and_entities_by_type(seed_graph, seeds_dir):
    result = run("stats", seed_graph)
    assert result.exit_code == 0, result.output
    documents = len(list(seeds_dir.glob("*.txt")))
    assert result.output.startswith(f"{documents} documents")
    store = pyoxigraph.Store()
    store.load(path=str(seed_graph), format=pyoxigraph.RdfFormat.TURTLE)
    people = len(list(store.quads_for_pattern(None, pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                              pyoxigraph.NamedNode("https://w3id.org/kg-builder/ontology#Person"))))
    assert re.search(rf"│ Person +│ +{people} │", result.output)


def test_stats_names_top_entities_relations_and_communities(seed_graph):
    result = run("stats", seed_graph, "--top", "5")
    out = result.output
    top = out.split("Top entities")[1].split("Top relations")[0]
    assert "Antony Blinken" in top and "China" in top
    assert len(re.findall(r"│ (Person|Country|Place|Organization|Group|Event) ", top)) == 5
    assert re.search(r"│ say +│ +\d+ │", out.split("Top relations")[1])
    communities = out.split("Communities")[1]
    assert re.search(r"│ 1 │ \w", communities)


def test_stats_of_a_missing_file_is_one_line(tmp_path):
    result = run("stats", tmp_path / "none.ttl")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"kg stats: error: {tmp_path / 'none.ttl'}: no such file"
