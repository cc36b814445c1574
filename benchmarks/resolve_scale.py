"""How resolve_entities scales: time per document at 1x and 4x corpus size (ratio ~1 = linear).

Usage::

    PYTHONPATH=. python benchmarks/resolve_scale.py [--documents 500]

The corpus is synthetic (hand-built mentions, no spaCy): every document names people from a
pool with shared surnames, by full name and by surname, plus countries and organisations, so
every clustering rule runs. Both sizes run in one process; the figure is their ratio.
"""

from __future__ import annotations

import argparse
import random
import time

from kg.resolve import resolve_entities
from kg.types import Document, DocumentAnalysis, Mention

_FIRST = ["Ana", "Rui", "Lena", "Tom", "Joe", "Hunter", "Maria", "Ahmed", "Priya", "Kota"]
_LAST = ["Costa", "Marsh", "Hale", "Biden", "Okafor", "Khan", "Natarajan", "Yuzawa", "Reyes"]
_PLACES = ["US", "U.S.", "United States", "China", "PRC", "Burma", "Myanmar", "UK", "Britain"]
_ORGS = ["Vantor Systems", "Vantor", "Reuters", "EU", "European Union", "Amnesty International"]


def make_corpus(documents: int, seed: int = 1) -> list[DocumentAnalysis]:
    """Synthetic analyses with about 30 name mentions each."""
    rng = random.Random(seed)
    corpus = []
    for number in range(documents):
        mentions, offset = [], 0
        for _ in range(30):
            kind = rng.random()
            if kind < 0.4:
                text, label = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "PERSON"
            elif kind < 0.6:
                text, label = rng.choice(_LAST), rng.choice(["PERSON", "GPE"])
            elif kind < 0.8:
                text, label = rng.choice(_PLACES), "GPE"
            else:
                text, label = rng.choice(_ORGS), "ORG"
            mentions.append(Mention(start=offset, end=offset + len(text), text=text, kind="name",
                                    sentence=offset // 200, label=label, name=text))
            offset += len(text) + 20
        document = Document(id=f"doc{number:06d}", text=" " * offset, source="", content_hash="")
        corpus.append(DocumentAnalysis(document=document, sentences=(), mentions=tuple(mentions),
                                       extractions=()))
    return corpus


def seconds_per_document(documents: int) -> float:
    corpus = make_corpus(documents)
    start = time.perf_counter()
    resolve_entities(corpus)
    return (time.perf_counter() - start) / documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=500)
    args = parser.parse_args()
    resolve_entities(make_corpus(20))  # load the gazetteer tables before timing
    small = seconds_per_document(args.documents)
    large = seconds_per_document(4 * args.documents)
    print(f"{args.documents} docs: {small * 1e3:.2f} ms/doc; {4 * args.documents} docs: "
          f"{large * 1e3:.2f} ms/doc; ratio {large / small:.2f} (1.0 = linear)")


if __name__ == "__main__":
    main()
