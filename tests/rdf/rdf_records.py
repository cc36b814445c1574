"""Builders of hand-made analyses for the RDF tests: plain records, no spaCy."""

from __future__ import annotations

import hashlib

from kg.types import (
    Document,
    DocumentAnalysis,
    Mention,
    Phrase,
    Predicate,
    Sentence,
)


def phrase(text: str, words: str, head: str | None = None) -> Phrase:
    """The phrase ``words`` found in ``text``; its head is the word ``head`` (default: all)."""
    start = text.index(words)
    head_start = text.index(head, start) if head else start
    head_end = head_start + len(head) if head else start + len(words)
    return Phrase(words, start, start + len(words), head_start, head_end)


def predicate(text: str, words: str, lemma: str, **kwargs) -> Predicate:
    """The predicate ``words`` found in ``text``."""
    start = text.index(words)
    return Predicate(words, lemma, start, start + len(words), **kwargs)


def make_analysis(doc_id: str, text: str, extractions, mentions=(), title=None, date=None):
    """A one-sentence-per-paragraph analysis of ``text``."""
    sentences = []
    offset = 0
    for index, paragraph in enumerate(text.split("\n\n")):
        sentences.append(Sentence(index, offset, offset + len(paragraph), paragraph))
        offset += len(paragraph) + 2
    document = Document(
        id=doc_id,
        text=text,
        source=f"/data/{doc_id}",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=title,
        date=date,
    )
    return DocumentAnalysis(document, tuple(sentences), tuple(mentions), tuple(extractions))


MEETING = (
    "Blinken met Wang Yi in Rome on 30 October 2021.\n\n"
    "Blinken raised Xinjiang with Yang.\n\n"
    "Yang warned the United States against interference.\n\n"
    "The US will not tolerate the arms embargo, Blinken said.\n\n"
    "China pledged $1.5 billion to the fund."
)


def mention(text: str, words: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Mention(start, start + len(words), words, "name", 0, label=label, name=words)
