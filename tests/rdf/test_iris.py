"""IRIs are safe for the strictest parsers and stable across builds."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.rdf.iris import (
    argument_iri,
    concept_iri,
    concept_slug,
    document_iri,
    entity_iri,
    relation_iri,
    relation_name,
    statement_iri,
)
from kg.types import Document, Extraction, Phrase, Predicate, Sentence

NASTY = [
    'He said "no" \\ twice',
    "line\nbreak\ttab\r",
    "emoji 🚀🇺🇸 flags",
    "עברית וערבית العربية",
    "nul\x00bell\x07 del\x7f",
    "a/../b/./c",
    "%zz %41 100%",
    "<angle> {brace} |pipe| ^caret^ `tick`",
    "",
    "..",
]


def strict_iri_ok(iri: str) -> bool:
    """pyoxigraph refuses IRIs that rapper, Jena and Oxigraph refuse."""
    ox.NamedNode(iri)
    return " " not in iri and "\n" not in iri


def test_nasty_names_give_valid_iris():
    for text in NASTY:
        for mint in (entity_iri, document_iri, concept_iri, relation_iri):
            assert strict_iri_ok(str(mint(text))), (mint.__name__, text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_valid_iri(text):
    for mint in (entity_iri, document_iri, concept_iri, relation_iri):
        assert strict_iri_ok(str(mint(text)))


def test_document_iri_has_no_dot_segments_a_parser_would_collapse():
    iri = str(document_iri("a/../b/./c"))
    assert "/../" not in iri and "/./" not in iri
    assert document_iri("a/../b") != document_iri("b")


@pytest.mark.parametrize("one, other", [("a b", "a%20b"), (".", "%2E"), ("x/..", "x/%2E%2E"), ("100%", "100%25")])
def test_two_document_ids_never_share_an_iri(one, other):
    assert document_iri(one) != document_iri(other)


@given(st.lists(st.text(alphabet=st.sampled_from(list("ab._%/2E0 é?\ud800")), max_size=8), min_size=2, max_size=2, unique=True))
@settings(max_examples=300, deadline=None)
def test_document_iris_are_distinct_for_distinct_ids(ids):
    assert document_iri(ids[0]) != document_iri(ids[1])


def test_document_iri_keeps_folders_readable():
    assert str(document_iri("news/2021/blinken call.txt")).endswith("/document/news/2021/blinken%20call.txt")


def test_existing_percent_escapes_are_kept_not_doubled():
    assert str(entity_iri("person/caf%C3%A9")).endswith("/person/caf%C3%A9")
    assert str(entity_iri("100%")).endswith("/100%25")


def test_concept_slug_joins_words_with_hyphens():
    assert concept_slug("arms embargo") == "arms-embargo"
    assert concept_slug("Human Rights") == concept_slug("human rights")


def test_concept_slug_of_a_label_without_words_is_a_hash():
    assert concept_slug("🚀") != concept_slug("🎉")
    assert concept_slug("🚀").startswith("c-")


def test_relation_names_are_ascii_identifiers():
    assert relation_name("call for") == "call_for"
    assert relation_name("Criticise") == "criticise"
    assert relation_name("señalar") == "senalar"
    assert relation_name("3d") == "r_3d"


def _extraction(lemma="meet", object_text="Wang", start=12):
    subject = Phrase("Blinken", 0, 7, 0, 7)
    argument_phrase = Phrase(object_text, start, start + len(object_text), start, start + len(object_text))
    from kg.types import Argument

    return Extraction(subject, Predicate("met", lemma, 8, 11), (Argument("object", argument_phrase),), 0.9, "verb")


def test_statement_iri_is_stable_and_depends_on_what_the_fact_says():
    document = Document("d.txt", "Blinken met Wang.", "d.txt", "h")
    sentence = Sentence(0, 0, 17, "Blinken met Wang.")
    first = statement_iri(document, sentence, _extraction())
    assert first == statement_iri(document, sentence, _extraction())
    assert first != statement_iri(document, sentence, _extraction(lemma="see"))
    assert first != statement_iri(document, sentence, _extraction(object_text="Yang"))
    other_document = Document("e.txt", "Blinken met Wang.", "e.txt", "h")
    assert first != statement_iri(other_document, sentence, _extraction())


def test_argument_iris_extend_their_statement_iri():
    statement = relation_iri("x")
    assert str(argument_iri(statement, 2)) == str(statement) + "-a2"
