"""One reader per input format: plain text, JSON lines and HTML pages.

Each reader takes the raw bytes of one file (or of standard input), the document id to give it
and the name to report it under, and yields ``Document`` records. A problem with the whole
file or with one line is an ``InputError`` handed to ``on_skip``; the reader then goes on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator

from kg.errors import InputError
from kg.ingest.clean import CleanText, clean_text, decode_bytes, find_date
from kg.types import Document

__all__ = ["read_text", "read_jsonl", "read_html", "make_document", "READERS"]

SkipHandler = Callable[[InputError], None]


def make_document(
    doc_id: str,
    cleaned: CleanText,
    source: str,
    *,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
) -> Document:
    """A Document from cleaned text; explicit metadata wins over what cleaning found."""
    return Document(
        id=doc_id,
        text=cleaned.text,
        source=source,
        content_hash=hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest(),
        title=title or cleaned.title,
        date=date or cleaned.date,
        url=url,
    )


def read_text(data: bytes, doc_id: str, source: str, on_skip: SkipHandler) -> Iterator[Document]:
    """A plain-text file: one document."""
    text = _decode(data, source, on_skip)
    if text is None:
        return
    cleaned = clean_text(text)
    if not cleaned.text:
        on_skip(InputError(source, "no text to read (the file is empty or only boilerplate)"))
        return
    yield make_document(doc_id, cleaned, source)


def read_jsonl(data: bytes, doc_id: str, source: str, on_skip: SkipHandler) -> Iterator[Document]:
    """JSON lines: one document per line with ``id`` and ``text``, optional ``title``,
    ``date`` and ``url``. ``doc_id`` is unused: each line names its own document."""
    text = _decode(data, source, on_skip)
    if text is None:
        return
    found = False
    # Lines end at "\n" only: JSON strings may hold U+2028, U+0085 and other characters
    # that str.splitlines would also cut at.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            document = _parse_jsonl_line(line, source, number)
        except InputError as error:
            on_skip(error)
            continue
        found = True
        yield document
    if not found:
        on_skip(InputError(source, "no documents in this JSON lines file"))


def read_html(data: bytes, doc_id: str, source: str, on_skip: SkipHandler) -> Iterator[Document]:
    """An HTML page: the article's text, title and date, taken out by trafilatura."""
    import trafilatura

    html = _decode(data, source, on_skip)
    if html is None:
        return
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = extracted.text if extracted is not None else None
    if not body or not body.strip():
        on_skip(InputError(source, "no article text found in this HTML page"))
        return
    # trafilatura puts one paragraph per line; kg separates paragraphs by blank lines.
    cleaned = clean_text("\n\n".join(body.splitlines()))
    if not cleaned.text:
        on_skip(InputError(source, "no article text found in this HTML page"))
        return
    yield make_document(
        doc_id,
        cleaned,
        source,
        title=extracted.title or None,
        date=find_date(extracted.date or ""),
        url=extracted.url or None,
    )


def _decode(data: bytes, source: str, on_skip: SkipHandler) -> str | None:
    text = decode_bytes(data)
    if text is None:
        on_skip(InputError(source, "not UTF-8 text (a binary file?)"))
    return text


def _parse_jsonl_line(line: str, source: str, number: int) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(source, f"not valid JSON ({error.msg})", line=number) from None
    if not isinstance(record, dict):
        raise InputError(source, "expected a JSON object with 'id' and 'text'", line=number)
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or str(doc_id).strip() == "":
        raise InputError(source, "missing or empty 'id'", line=number)
    if not isinstance(text, str):
        raise InputError(source, "missing 'text' (a string)", line=number)
    cleaned = clean_text(text)
    if not cleaned.text:
        raise InputError(source, "no text to read in 'text'", line=number)
    title, date, url = (record.get(key) for key in ("title", "date", "url"))
    return make_document(
        str(doc_id).strip(),
        cleaned,
        f"{source}:{number}",
        title=title.strip() or None if isinstance(title, str) else None,
        date=find_date(date) if isinstance(date, str) else None,
        url=url if isinstance(url, str) and url else None,
    )


# File name suffix -> reader; anything else is read as plain text.
READERS = {
    ".txt": read_text,
    ".jsonl": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
}
