"""Fixtures for entity resolution: parse texts paragraph by paragraph, build analyses."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.coref import resolve_coreference
from kg.mentions import find_mentions
from kg.types import Document, DocumentAnalysis

DATA = Path(__file__).resolve().parents[1] / "data"


def parse(nlp, text: str):
    """Parse a text the way kg's nlp stage does (line by line, no sentence across lines)."""
    from kg.nlp import parse_texts

    return next(parse_texts(nlp, [text]))


def analyse(nlp, doc_id: str, text: str) -> DocumentAnalysis:
    """A DocumentAnalysis with mentions and coreference (no extractions needed here)."""
    doc = parse(nlp, text)
    mentions = find_mentions(doc)
    links = resolve_coreference(doc, mentions)
    document = Document(id=doc_id, text=text, source=doc_id,
                        content_hash=hashlib.sha256(text.encode()).hexdigest())
    return DocumentAnalysis(document=document, sentences=(), mentions=tuple(mentions),
                            extractions=(), coref=tuple(links))


@pytest.fixture(scope="session")
def seed_analyses(nlp, seeds_dir):
    """The seed articles, analysed."""
    return [analyse(nlp, path.name, path.read_text(encoding="utf-8"))
            for path in sorted(seeds_dir.glob("*.txt"))]


@pytest.fixture(scope="session")
def corpus_analyses(nlp):
    """kg's own multi-document test corpus (tests/data/resolve/*.txt), analysed."""
    return [analyse(nlp, path.name, path.read_text(encoding="utf-8"))
            for path in sorted((DATA / "resolve").glob("*.txt"))]


@pytest.fixture(scope="session")
def parse_text(nlp):
    """Parse a text as kg does (blank lines break sentences)."""
    return lambda text: parse(nlp, text)


def _coref_links(doc, key):
    mentions = find_mentions(doc)
    return {key(mentions[link.mention]): (mentions[link.antecedent].name, link.reason)
            for link in resolve_coreference(doc, mentions)}


@pytest.fixture(scope="session")
def links_by_text(parse_text):
    """``text -> {mention text: (antecedent's name, rule)}`` of kg's coreference links."""
    return lambda text: _coref_links(parse_text(text), lambda mention: mention.text)


@pytest.fixture(scope="session")
def links_by_place(parse_text):
    """``text -> {(mention text, start): (antecedent's name, rule)}``: for a text whose
    pronoun occurs more than once."""
    return lambda text: _coref_links(parse_text(text), lambda mention: (mention.text, mention.start))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data."""
    return DATA


@pytest.fixture(scope="session")
def coref_eval():
    """benchmarks/coref_eval.py, loaded by path (benchmarks/ is not a package)."""
    import importlib.util
    import sys

    path = DATA.parents[1] / "benchmarks" / "coref_eval.py"
    spec = importlib.util.spec_from_file_location("coref_eval", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
