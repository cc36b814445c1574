"""The merge report."""

from __future__ import annotations

from kg.resolve import format_merge_report, resolve_entities, write_merge_report
from kg.types import Document, DocumentAnalysis, Mention


def corpus():
    mentions = (Mention(0, 10, "Lena Marsh", "name", 0, "PERSON", "Lena Marsh"),
                Mention(20, 25, "Marsh", "name", 0, "PERSON", "Marsh"),
                Mention(30, 37, "Britain", "name", 0, "GPE", "Britain"))
    document = Document(id="a.txt", text=" " * 40, source="a.txt", content_hash="")
    return [DocumentAnalysis(document, (), mentions, ())]


def test_report_lists_each_absorbed_surface_with_its_reason():
    lines = format_merge_report(resolve_entities(corpus())).splitlines()
    assert lines[0] == "entity\tlabel\tsurface\treason\tdocument"
    assert "person/lena-marsh\tLena Marsh\tMarsh\tsurname\ta.txt" in lines
    assert "country/united-kingdom\tUnited Kingdom\tBritain\talias-table\ta.txt" in lines


def test_report_is_written_whole_and_nothing_else_is_left(tmp_path):
    path = write_merge_report(resolve_entities(corpus()), tmp_path / "merges.tsv")
    assert path.read_text(encoding="utf-8").startswith("entity\t")
    assert [p.name for p in tmp_path.iterdir()] == ["merges.tsv"]
