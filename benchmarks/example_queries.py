"""Time of each example query in `kg query`'s engine (in-memory pyoxigraph) on a built graph.

Loads the graph once, as `kg query` does (with kg's ontology), then runs every query in
examples/queries and prints its rows and seconds. Issue 15's goal: each under a second on a
BBC-sized graph (417 articles, about 800,000 triples) once loaded.

Usage::

    PYTHONPATH=. python benchmarks/example_queries.py GRAPH.ttl [MORE.rq ...]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path, help="a graph kg built (Turtle)")
    parser.add_argument("queries", nargs="*", type=Path, help="more .rq files to time")
    args = parser.parse_args()
    from kg.query import load_store, run_query

    started = time.perf_counter()
    store = load_store(args.graph)
    print(f"loaded {args.graph} in {time.perf_counter() - started:.1f} s\n")
    print("| query | rows | seconds |\n|---|---:|---:|")
    for query in sorted((REPO / "examples" / "queries").glob("*.rq")) + args.queries:
        started = time.perf_counter()
        result = run_query(store, query.read_text(encoding="utf-8"))
        print(f"| {query.stem} | {len(result.rows)} | {time.perf_counter() - started:.2f} |", flush=True)


if __name__ == "__main__":
    main()
