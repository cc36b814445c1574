"""Distinct document ids mint distinct document IRIs, whatever percent signs they hold."""

from __future__ import annotations

import json

from kg.pipeline import build
from kg.rdf.iris import document_iri


def test_ids_that_look_like_escapes_stay_apart():
    pairs = [("a b", "a%20b"), (".", "%2E"), ("..", "%2E%2E"), ("x/y", "x%2Fy")]
    for one, other in pairs:
        assert document_iri(one) != document_iri(other), (one, other)


def test_two_documents_whose_ids_differ_by_an_escape_are_two_documents(tmp_path):
    path = tmp_path / "docs.jsonl"
    records = [
        {"id": "a b", "text": "Blinken met Wang Yi in Rome."},
        {"id": "a%20b", "text": "Macron visited Berlin in May."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = build([path], html=False)
    turtle = result.graph.serialize(format="nt")
    assert result.documents == 2
    assert str(document_iri("a b")) in turtle and str(document_iri("a%20b")) in turtle
