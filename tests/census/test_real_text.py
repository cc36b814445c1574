"""A census of real text: the full analysis over thousands of real sentences of several genres.

Hand-built constructions and random Unicode never make the parses real prose does (one such
sentence once aborted whole builds), so every sentence here goes through extraction,
mentions and coreference, and none may raise or take a second.

The genres: encyclopaedia and news (the CaRB dev sentences, from Wikipedia and newswire),
news (the user's seed articles) and legal text (the licences every Debian system ships in
/usr/share/common-licenses, part of the essential ``base-files`` package).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

LICENCES = Path("/usr/share/common-licenses")
SECOND = 1.0


def _paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [" ".join(p.split()) for p in text.split("\n\n") if len(p.split()) >= 3]


def _corpus() -> dict[str, list[str]]:
    shared = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[3] / "shared"))
    carb = (shared / "eval" / "carb" / "dev.txt").read_text(encoding="utf-8").splitlines()
    seeds = [p for path in sorted((shared / "seeds").glob("*.txt")) for p in _paragraphs(path)]
    licences = [p for path in sorted(LICENCES.iterdir()) if path.is_file() for p in _paragraphs(path)]
    return {"carb": [s for s in carb if s.strip()], "seeds": seeds, "licences": licences}


@pytest.fixture(scope="module")
def census(nlp):
    """Per genre: (sentences analysed, failures, the slowest sentence and its seconds)."""
    from kg.coref import resolve_coreference
    from kg.extract import extract_sentence
    from kg.mentions import find_mentions
    from kg.nlp import parse_texts

    figures = {}
    for genre, texts in _corpus().items():
        count, failures, slowest = 0, [], (0.0, "")
        for doc in parse_texts(nlp, texts, batch_size=64):
            for index, sent in enumerate(doc.sents):
                count += 1
                started = time.perf_counter()
                try:
                    extract_sentence(sent, index)
                except Exception as error:  # the census records, then fails below
                    failures.append((sent.text, repr(error)))
                slowest = max(slowest, (time.perf_counter() - started, sent.text))
            started = time.perf_counter()
            try:
                resolve_coreference(doc, list(find_mentions(doc)))
            except Exception as error:
                failures.append((doc.text[:200], repr(error)))
            per_sentence = (time.perf_counter() - started) / max(1, len(list(doc.sents)))
            slowest = max(slowest, (per_sentence, doc.text[:200]))
        figures[genre] = (count, failures, slowest)
    return figures


def test_the_census_is_thousands_of_sentences(census):
    counts = {genre: figures[0] for genre, figures in census.items()}
    assert sum(counts.values()) >= 2500, counts
    assert all(count >= 50 for count in counts.values()), counts


@pytest.mark.parametrize("genre", ["carb", "seeds", "licences"])
def test_no_sentence_raises(census, genre):
    _, failures, _ = census[genre]
    assert failures == []


@pytest.mark.parametrize("genre", ["carb", "seeds", "licences"])
def test_no_sentence_takes_a_second(census, genre):
    _, _, (seconds, sentence) = census[genre]
    assert seconds < SECOND, f"{seconds:.2f} s: {sentence}"
