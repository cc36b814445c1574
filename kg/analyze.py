"""Worker-side analysis: what kg learns from one document alone.

A document is parsed (line by line, see ``kg.nlp``), then its facts are extracted, its mentions
found and its pronouns and descriptions linked to antecedents within the document. The result is
a ``DocumentAnalysis`` of plain values, so it can cross process boundaries and be stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg.nlp import DEFAULT_MODEL, doc_text, load_pipeline, parse_texts
from kg.problems import Problem, describe, failed_analysis
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
        document = pending.pop(0)
        try:
            yield analyze_doc(document, doc)
        except Exception as error:  # one document's failure must not cost the others
            yield failed_analysis(document, "analyse", error)


def analyze_doc(document: Document, doc: Doc) -> DocumentAnalysis:
    """Analyse one parsed document: sentences, extractions, mentions and coreference.

    A sentence whose extraction raises is left out of the extractions and recorded in
    ``problems``; the rest of the document is kept.
    """
    from kg.coref import resolve_coreference
    from kg.mentions import find_mentions

    sentences = tuple(_sentence(index, sent) for index, sent in enumerate(doc.sents))
    mentions = tuple(find_mentions(doc))
    extractions, problems = _extract_isolated(document, doc)
    return DocumentAnalysis(
        document=document,
        sentences=sentences,
        mentions=mentions,
        extractions=tuple(extractions),
        coref=tuple(resolve_coreference(doc, list(mentions))),
        problems=tuple(problems),
    )


def _extract_isolated(document: Document, doc: Doc) -> tuple[list, list[Problem]]:
    """Every sentence's extractions, and a ``Problem`` for each sentence that raised."""
    from kg.extract import extract_sentence

    extractions: list = []
    problems: list[Problem] = []
    for index, sent in enumerate(doc.sents):
        try:
            extractions.extend(extract_sentence(sent, index))
        except Exception as error:
            problems.append(Problem(document.id, index, "extract", describe(error)))
    return extractions, problems


def _sentence(index: int, sent) -> Sentence:
    """A sentence record whose offsets and text leave out surrounding whitespace."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # sent.text, not rebuilt
    start = sent.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    return Sentence(index, start, start + len(stripped), stripped)
