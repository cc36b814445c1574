"""Fixtures for the extractor's tests: hand-built parses and running the extractor on them."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "MD": "AUX", "IN": "ADP",
    "DT": "DET", "JJ": "ADJ", "PRP": "PRON", "PRP$": "PRON", "CC": "CCONJ", "RB": "ADV",
    "TO": "PART", "POS": "PART", "CD": "NUM", "WDT": "PRON", "WP": "PRON", "RP": "ADP",
    "VBG": "VERB", "VBN": "VERB", "VBD": "VERB", "VBZ": "VERB", "VBP": "VERB", "VB": "VERB",
}
_AUX_LEMMAS = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might", "must"})


def build_doc(spec: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A parsed Doc from lines "word TAG dep head [lemma]" (head = absolute token index).

    POS comes from the tag ("be"/"have" as auxiliaries or copulas are AUX); the lemma
    defaults to the lower-cased word. ``ents`` are (start, end, label) token spans.
    """
    words, tags, pos, deps, heads, lemmas = [], [], [], [], [], []
    for line in spec.strip().splitlines():
        fields = line.split()
        word, tag, dep, head = fields[:4]
        lemma = fields[4] if len(fields) > 4 else word.lower()
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(lemma)
        if tag.startswith("VB") and lemma in _AUX_LEMMAS and (dep.startswith("aux") or lemma == "be"):
            pos.append("AUX")
        elif word == "not" or word == "n't":
            pos.append("PART")
        else:
            pos.append(_POS.get(tag, "PUNCT"))
    doc = Doc(_english_vocab(), words=words, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@functools.lru_cache(maxsize=1)
def _english_vocab():
    # English lexical attributes (lower case, like_num, is_quote) without a statistical model.
    import spacy

    return spacy.blank("en").vocab


def facts(doc: Doc) -> list[tuple]:
    """The extractions of a doc as (kind, subject, predicate, lemma, ((role, text), ...))."""
    from kg.extract import extract_doc

    return [
        (e.kind, e.subject.text, e.predicate.text, e.predicate.lemma,
         tuple((a.role, a.phrase.text) for a in e.arguments))
        for e in extract_doc(doc)
    ]


@pytest.fixture
def build():
    """``build_doc``: a hand-built parse from "word TAG dep head [lemma]" lines."""
    return build_doc


@pytest.fixture
def facts_of():
    """``facts``: a doc's extractions as comparable tuples."""
    return facts


@pytest.fixture
def fact_and_fields(nlp):
    """``(fact, CaRB fields)`` of the one extraction of a parsed text whose lemma starts with
    ``lemma_start``."""
    from kg.extract import extract_doc
    from kg.extract.carb import carb_fields

    def find(text: str, lemma_start: str):
        doc = nlp(text)
        [fact] = [e for e in extract_doc(doc) if e.predicate.lemma.startswith(lemma_start)]
        return fact, carb_fields(doc, fact)

    return find


@pytest.fixture(scope="session")
def carb_dev() -> Path:
    """The folder of CaRB's scorer and dev split, beside the repository."""
    shared = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
    folder = shared / "eval"
    assert (folder / "carb" / "dev.txt").is_file(), f"CaRB dev split not found under {folder}"
    return folder
