"""Build time against document length, as a ratio to the parse time of the same text.

Each document is real text (the seed articles' paragraphs and the CaRB dev sentences,
shuffled and repeated up to the size), written as one file. For each size, in this process:

* parse: ``kg.nlp.parse_texts`` over the text (spaCy, line by line, long lines in pieces);
* build: ``kg.pipeline.build`` of the file with no outputs (reading, parsing, extraction,
  mentions, coreference, resolution, graph);
* coref: ``kg.coref.resolve_coreference`` alone on the parsed text, to show its share.

The goal is build / parse <= 3 at every size. ``--one-line`` writes each document as a
single line (a page scraped without line breaks).

Usage::

    PYTHONPATH=. python benchmarks/document_length.py [--sizes 10000,100000,1000000] [--one-line]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="document sizes in characters, comma-separated")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="folder with seeds/ and eval/carb/")
    parser.add_argument("--one-line", action="store_true", help="write each document as one line")
    args = parser.parse_args()

    from kg.coref import resolve_coreference
    from kg.mentions import find_mentions
    from kg.nlp import load_pipeline, parse_texts
    from kg.pipeline import build

    nlp = load_pipeline()
    paragraphs = load_paragraphs(args.shared)
    print("| characters | parse s | build s | build / parse | coref s | analyse s | resolve s | graph s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="kg-length-") as scratch:
        for size in (int(s) for s in args.sizes.split(",")):
            text = make_text(paragraphs, size, one_line=args.one_line)
            started = time.perf_counter()
            [doc] = parse_texts(nlp, [text])
            parse = time.perf_counter() - started
            started = time.perf_counter()
            resolve_coreference(doc, list(find_mentions(doc)))
            coref = time.perf_counter() - started
            del doc
            path = Path(scratch) / f"doc-{size}.txt"
            path.write_text(text, encoding="utf-8")
            started = time.perf_counter()
            result = build([path], html=False)
            total = time.perf_counter() - started
            timings = result.timings
            print(
                f"| {len(text):,} | {parse:.1f} | {total:.1f} | {total / parse:.2f} | {coref:.1f} "
                f"| {timings.get('analyse', 0):.1f} | {timings.get('resolve', 0):.1f} | {timings.get('graph', 0):.1f} |",
                flush=True,
            )


def load_paragraphs(shared: Path) -> list[str]:
    """The seed articles' paragraphs and the CaRB dev sentences."""
    paragraphs = []
    for path in sorted((shared / "seeds").glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    carb = shared / "eval" / "carb" / "dev.txt"
    paragraphs += [line.strip() for line in carb.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not paragraphs:
        sys.exit(f"no text found under {shared}")
    return paragraphs


def make_text(paragraphs: list[str], size: int, one_line: bool) -> str:
    """About ``size`` characters of shuffled paragraphs (fixed seed)."""
    rng = random.Random(size)
    pieces, length = [], 0
    while length < size:
        piece = rng.choice(paragraphs)
        pieces.append(piece)
        length += len(piece) + 2
    return (" " if one_line else "\n\n").join(pieces) + "\n"


if __name__ == "__main__":
    main()
