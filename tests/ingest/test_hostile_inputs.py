"""Inputs that once lost documents or never finished: loops, odd line ends, own outputs."""

from __future__ import annotations

import json

from kg.ingest import clean_text, read_documents


def test_symlink_loops_are_walked_once(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("Blinken met Wang Yi in Rome.\n", encoding="utf-8")
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    (root / "loop").symlink_to(root, target_is_directory=True)
    documents = list(read_documents([root], on_skip=lambda error: None))
    assert [d.id for d in documents] == ["sub/a.txt"]


def test_jsonl_keeps_line_separators_inside_strings(tmp_path):
    path = tmp_path / "docs.jsonl"
    records = [
        {"id": "one", "text": "Blinken met Wang Yi.\u2028He left on Sunday."},
        {"id": "two", "text": "Macron visited Berlin.\u0085Scholz greeted him."},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    skipped = []
    documents = list(read_documents([path], on_skip=skipped.append))
    assert skipped == []
    assert [d.id for d in documents] == ["one", "two"]
    assert "He left on Sunday" in documents[0].text


def test_excluded_outputs_are_not_read_back(tmp_path):
    root = tmp_path / "in"
    (root / "out").mkdir(parents=True)
    (root / "a.txt").write_text("Blinken met Wang Yi in Rome.\n", encoding="utf-8")
    (root / "out" / "graph.html").write_text("<html><body><p>Old graph page text here.</p></body></html>")
    documents = list(read_documents([root], on_skip=lambda e: None, exclude=[root / "out" / "graph.html"]))
    assert [d.id for d in documents] == ["a.txt"]


def test_prose_mentioning_pictures_by_someone_is_kept():
    prose = (
        "The exhibition, which opens on Friday, brings together 20 pictures by Day, who "
        "photographed the city's markets for three decades before she retired in 2019."
    )
    assert "20 pictures by Day" in clean_text(f"{prose}\n").text


def test_a_short_photo_credit_is_still_dropped():
    text = clean_text("Blinken met Wang Yi in Rome on Sunday.\n\nPhoto by Jane Doe\n").text
    assert "Jane Doe" not in text and "Blinken" in text
