"""`kg build --merge-rules`: a wrong pronoun link named in merges.tsv is undone by its offset."""

from __future__ import annotations

from rdflib import Graph, URIRef
from typer.testing import CliRunner

from kg.cli import app

ARTICLE = ("Mara Quell chairs the Harbour Trust.\n\n"
           "She told reporters on Monday that the trust would sell the old pier.\n")
PERSON = URIRef("https://w3id.org/kg-builder/entity/person/mara-quell")


def build(inputs, out, *options):
    result = CliRunner().invoke(app, ["build", str(inputs), "-o", str(out), "--no-html", *options])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in (out / "merges.tsv").read_text("utf-8").splitlines()]
    graph = Graph().parse(out / "graph.ttl")
    return [dict(zip(rows[0], row)) for row in rows[1:]], graph


def test_an_unlink_rule_takes_one_pronoun_off_its_entity(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    rows, graph = build(tmp_path / "in", tmp_path / "linked")
    [she] = [row for row in rows if row["surface"] == "She"]
    assert she["entity"] == "person/mara-quell" and she["document"] == "a.txt"
    assert ARTICLE[int(she["offset"]):].startswith("She told")
    told_by_her = {s for s, _, o in graph if o == PERSON}

    rules = tmp_path / "rules.tsv"
    rules.write_text(f"unlink\ta.txt\t{she['offset']}\n", encoding="utf-8")
    rows, graph = build(tmp_path / "in", tmp_path / "unlinked", "--merge-rules", str(rules))
    assert not [row for row in rows if row["surface"] == "She"]
    assert {s for s, _, o in graph if o == PERSON} < told_by_her
