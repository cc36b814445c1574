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
    assert lines[0] == "entity\tlabel\tsurface\treason\tdocument\toffset"
    assert "person/lena-marsh\tLena Marsh\tMarsh\tsurname\ta.txt\t" in lines
    assert "country/united-kingdom\tUnited Kingdom\tBritain\talias-table\ta.txt\t" in lines


def test_report_is_written_whole_and_nothing_else_is_left(tmp_path):
    path = write_merge_report(resolve_entities(corpus()), tmp_path / "merges.tsv")
    assert path.read_text(encoding="utf-8").startswith("entity\t")
    assert [p.name for p in tmp_path.iterdir()] == ["merges.tsv"]


def two_documents():
    from kg.types import CorefLink

    first = (Mention(0, 10, "Lena Marsh", "name", 0, "PERSON", "Lena Marsh"),
             Mention(20, 25, "Marsh", "name", 0, "PERSON", "Marsh"),
             Mention(30, 32, "he", "pronoun", 0))
    second = (Mention(0, 10, "Lena Marsh", "name", 0, "PERSON", "Lena Marsh"),
              Mention(20, 25, "Marsh", "name", 0, "PERSON", "Marsh"),
              Mention(30, 39, "the chair", "description", 0))
    links = (CorefLink(mention=2, antecedent=1, reason="pronoun:subject"),)
    return [DocumentAnalysis(Document(id=name, text=" " * 40, source=name, content_hash=""),
                             (), mentions, (), coref)
            for name, mentions, coref in (("a.txt", first, links), ("b.txt", second, ()))]


def test_report_lists_a_merge_in_every_document_it_happened():
    lines = format_merge_report(resolve_entities(two_documents())).splitlines()
    assert "person/lena-marsh\tLena Marsh\tMarsh\tsurname\ta.txt\t" in lines
    assert "person/lena-marsh\tLena Marsh\tMarsh\tsurname\tb.txt\t" in lines


def test_report_names_the_coreference_rule_of_a_pronoun_or_description():
    lines = format_merge_report(resolve_entities(two_documents())).splitlines()
    assert "person/lena-marsh\tLena Marsh\the\tcoreference:pronoun:subject\ta.txt\t30" in lines
    assert not any("\tthe chair\t" in line for line in lines)  # no link, no merge


def test_an_unlink_rule_undoes_one_pronoun_link_and_keeps_the_rest():
    from kg.types import CorefLink

    analyses = two_documents()
    first = analyses[0]
    she = Mention(35, 38, "she", "pronoun", 0)
    analyses[0] = DocumentAnalysis(first.document, (), (*first.mentions, she), (),
                                   (*first.coref, CorefLink(mention=3, antecedent=1,
                                                            reason="pronoun:unique")))
    linked = resolve_entities(analyses)
    assert linked.entity_at("a.txt", 30, 32) == linked.entity_at("a.txt", 35, 38) == \
        "person/lena-marsh"
    undone = resolve_entities(analyses, unlink=[("a.txt", 30)])
    assert undone.entity_at("a.txt", 30, 32) is None
    assert undone.entity_at("a.txt", 35, 38) == "person/lena-marsh"
    lines = format_merge_report(undone).splitlines()
    assert not any(line.endswith("\ta.txt\t30") for line in lines)
    assert any(line.endswith("\tshe\tcoreference:pronoun:unique\ta.txt\t35") for line in lines)
