"""Worker-side analysis: what kg learns from one document alone.

A document is parsed (line by line, see ``kg.nlp``), then its facts are extracted, its mentions
found and its pronouns and descriptions linked to antecedents within the document. The result is
a ``DocumentAnalysis`` of plain values, so it can cross process boundaries and be stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg.nlp import DEFAULT_MODEL, load_pipeline, parse_texts
from kg.types import Document, DocumentAnalysis, Sentence

__all__ = ["analyze_documents", "analyze_doc"]


def analyze_documents(
    documents: Iterable[Document], model: str = DEFAULT_MODEL, batch_size: int = 256
) -> Iterator[DocumentAnalysis]:
    """Parse and analyse documents as a stream, yielding their analyses in input order.

    Args:
        documents: any iterable of documents; it is consumed lazily.
        model: the installed spaCy pipeline to use.
        batch_size: lines per spaCy batch.

    Example:
        >>> text = "Blinken met Wang Yi in Rome."
        >>> [a] = analyze_documents([Document("d1", text, source="d1.txt", content_hash="")])
        >>> a.sentences[0].text
        'Blinken met Wang Yi in Rome.'
    """
    nlp = load_pipeline(model)
    pending: list[Document] = []

    def texts() -> Iterator[str]:
        for document in documents:
            pending.append(document)
            yield document.text

    for doc in parse_texts(nlp, texts(), batch_size=batch_size):
        yield analyze_doc(pending.pop(0), doc)


def analyze_doc(document: Document, doc: Doc) -> DocumentAnalysis:
    """Analyse one parsed document: sentences, extractions, mentions and coreference."""
    from kg.coref import resolve_coreference
    from kg.extract import extract_doc
    from kg.mentions import find_mentions

    sentences = tuple(_sentence(index, sent) for index, sent in enumerate(doc.sents))
    mentions = tuple(find_mentions(doc))
    return DocumentAnalysis(
        document=document,
        sentences=sentences,
        mentions=mentions,
        extractions=tuple(extract_doc(doc)),
        coref=tuple(resolve_coreference(doc, list(mentions))),
    )


def _sentence(index: int, sent) -> Sentence:
    """A sentence record whose offsets and text leave out surrounding whitespace."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    return Sentence(index, start, start + len(stripped), stripped)
