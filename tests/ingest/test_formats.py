"""The readers of each input format: text, JSON lines, HTML."""

from __future__ import annotations

import json

from kg.errors import InputError
from kg.ingest.formats import read_html, read_jsonl, read_text


def collect(reader, data: bytes, doc_id: str = "doc"):
    skipped: list[InputError] = []
    documents = list(reader(data, doc_id, "input", skipped.append))
    return documents, skipped


def test_text_document_has_hash_of_cleaned_text_and_its_title():
    documents, skipped = collect(read_text, b"Ministers meet\n\nThe ministers met on Sunday.\n")
    (document,) = documents
    assert not skipped
    assert document.text == "Ministers meet\n\nThe ministers met on Sunday."
    assert document.title == "Ministers meet"
    import hashlib

    assert document.content_hash == hashlib.sha256(document.text.encode()).hexdigest()


def test_binary_and_empty_text_files_are_skipped_with_a_message():
    for data in (b"\x89PNG\r\n\x1a\n\x00\x00\x00", b"", b"\n \n"):
        documents, skipped = collect(read_text, data)
        assert documents == []
        assert len(skipped) == 1 and str(skipped[0]).startswith("input: ")


def test_jsonl_lines_become_documents_with_their_metadata():
    lines = [
        {"id": "a", "text": "The ministers met on Sunday.", "title": "Meeting", "date": "2021-10-31T09:00:00Z", "url": "https://x.example/a"},
        {"id": 7, "text": "Talks ended on Monday."},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    documents, skipped = collect(read_jsonl, data)
    assert not skipped
    assert [d.id for d in documents] == ["a", "7"]
    assert (documents[0].title, documents[0].date, documents[0].url) == ("Meeting", "2021-10-31", "https://x.example/a")
    assert documents[1].date is None


def test_malformed_jsonl_line_is_reported_with_its_number_and_the_rest_is_read():
    data = b'{"id": "a", "text": "One sentence here."}\n{"id": "b", "text": \n["not", "an", "object"]\n{"text": "no id"}\n{"id": "c", "text": "Another sentence."}\n'
    documents, skipped = collect(read_jsonl, data)
    assert [d.id for d in documents] == ["a", "c"]
    assert [error.line for error in skipped] == [2, 3, 4]
    assert all(str(error).startswith(f"input:{error.line}: ") for error in skipped)


def test_html_page_gives_article_text_title_date_and_url(article_html):
    documents, skipped = collect(read_html, article_html.encode())
    (document,) = documents
    assert not skipped
    assert "met her Spanish counterpart on Sunday in Rome" in document.text
    assert "Home" not in document.text and "Copyright" not in document.text
    assert document.title.startswith("Ministers meet in Rome")
    assert document.date == "2021-10-31"
    assert "\n\n" in document.text  # paragraphs stay apart


def test_html_without_article_text_is_skipped():
    documents, skipped = collect(read_html, b"<html><body><nav>Home</nav></body></html>")
    assert documents == [] and len(skipped) == 1


def test_jsonl_string_holding_raw_line_separators_is_one_document():
    lines = [{"id": "a", "text": "The ministers met on Sunday.\u2028They talked\u0085for an hour."}, {"id": "b", "text": "The talks ended on Monday."}]
    data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()
    documents, skipped = collect(read_jsonl, data)
    assert not skipped
    assert [d.id for d in documents] == ["a", "b"]
