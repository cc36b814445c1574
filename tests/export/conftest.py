"""A graph built from text full of what breaks RDF writers: quotes, backslashes, emoji,
right-to-left script, newlines and control characters, in names, ids and sentences."""

from __future__ import annotations

import hashlib

import pytest

from kg.rdf import build_graph
from kg.types import (
    Argument,
    Document,
    DocumentAnalysis,
    Entity,
    Extraction,
    Phrase,
    Predicate,
    Resolution,
    Sentence,
)

NASTY_TEXT = (
    'The "Minister" said \\n isn\'t a newline\t🚀🇨🇳 and שלום עליכם met السلام عليكم today.\x00\x07\x1b'
)


def _phrase(text: str, words: str) -> Phrase:
    start = text.index(words)
    return Phrase(words, start, start + len(words), start, start + len(words))


@pytest.fixture
def nasty_graph():
    """A two-document graph whose every string is hostile to RDF syntaxes."""
    analyses = []
    table = {}
    for doc_id in ('odd dir/quote"d file\\name 🚀.txt', "עברית/../x.txt"):
        text = NASTY_TEXT + "\n\nSecond line\r\nwith CRLF and \u202eRTL override\u202c."
        document = Document(
            id=doc_id,
            text=text,
            source="/tmp/" + doc_id,
            content_hash=hashlib.sha256(text.encode("utf-8", "replace")).hexdigest(),
            title='Title with "quotes" and \\ backslash\nand newline',
            date="2021-02-06",
        )
        first = Sentence(0, 0, len(NASTY_TEXT), NASTY_TEXT)
        second_start = len(NASTY_TEXT) + 2
        second = Sentence(1, second_start, len(text), text[second_start:])
        subject = _phrase(text, '"Minister"')
        obj = _phrase(text, "שלום עליכם")
        other = _phrase(text, "السلام عليكم")
        table[(doc_id, subject.start, subject.end)] = 'person/the "minister" \\ 🚀'
        extractions = (
            Extraction(subject, Predicate("met", "meet", text.index("met"), text.index("met") + 3),
                       (Argument("object", obj), Argument("prep:with", other)), 0.5, "verb", sentence=0),
            Extraction(_phrase(text, "Second line"), Predicate("with", "be_with", 0, 0),
                       (Argument("object", _phrase(text, "CRLF and \u202eRTL override\u202c")),), 0.4, "copula",
                       sentence=1),
        )
        analyses.append(DocumentAnalysis(document, (first, second), (), extractions))
    entities = (
        Entity('person/the "minister" \\ 🚀', 'The "Minister" \\ 🚀\x00', "Person",
               alt_labels=("line\nbreak", "tab\there", "שלום"), titles=("Minister of \"Things\"",)),
    )
    return build_graph(analyses, Resolution(entities, table))
