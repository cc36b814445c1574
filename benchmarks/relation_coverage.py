"""Share of a graph's statements whose relation lands under a coarse class, not just kg:relation.

Reads the relation of every kg:Statement in a graph kg built and places it twice: with the
curated table alone (``relations.tsv``, or ``--curated FILE``, e.g. an older version of it)
and with the curated table over the WordNet one (``relations_wordnet.tsv``), as kg does now.
A relation is covered when it is a coarse class itself or has one among its ancestors. The
graph's own rdfs:subPropertyOf triples are not read, so one graph measures both tables.
Copulas and possession (``be``, ``be_in``, ``have``, ...), which no class should take, are
also left out in a second pair of figures.

Usage::

    PYTHONPATH=. python benchmarks/relation_coverage.py GRAPH.ttl [--curated OLD.tsv]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.rdf.relations import TOP, load_hierarchy, load_wordnet, parent_in, read_table

_PREDICATES = """
PREFIX kg: <https://w3id.org/kg-builder/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?p (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement ; rdf:predicate ?p } GROUP BY ?p
"""

_COPULAS = frozenset({"be", "have"})


def statement_counts(graph: Path) -> Counter:
    """Relation name -> how many statements have it as their predicate."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    return Counter({row["p"].value.rsplit("/", 1)[1]: int(row["n"].value)
                    for row in store.query(_PREDICATES)})


def coarse_class(name: str, tables: list[dict[str, str]]) -> str | None:
    """The topmost class below kg:relation that ``name`` is a kind of, or ``None``."""
    classes = {parent for table in tables for parent in table.values()} - {TOP}
    chain = [name]
    while (parent := parent_in(chain[-1], tables)) != TOP and parent not in chain:
        chain.append(parent)
    found = [n for n in chain if n in classes]
    return found[-1] if found else None


def coverage(counts: Counter, tables: list[dict[str, str]]) -> tuple[Counter, Counter]:
    """Statements per top class (``None``: only under kg:relation), and distinct relations."""
    statements, relations = Counter(), Counter()
    for name, n in counts.items():
        cls = coarse_class(name, tables)
        statements[cls] += n
        relations[cls] += 1
    return statements, relations


def _share(counter: Counter) -> str:
    total = sum(counter.values())
    covered = total - counter[None]
    return f"{covered:,} / {total:,} ({100 * covered / total:.1f}%)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path, help="a graph kg built (Turtle)")
    parser.add_argument("--curated", type=Path, help="the curated table for 'before' (default: this kg's)")
    parser.add_argument("--top", type=int, default=15, help="how many uncovered relations to list")
    args = parser.parse_args()
    counts = statement_counts(args.graph)
    before = [read_table(args.curated) if args.curated else load_hierarchy()]
    after = [load_hierarchy(), load_wordnet()]
    content = Counter({name: n for name, n in counts.items()
                       if name.split("_")[0] not in _COPULAS})
    results = {}
    for label, tables in (("curated only", before), ("curated + WordNet", after)):
        results[label] = coverage(counts, tables)
        results[f"{label}, without be/have"] = coverage(content, tables)
    print("| tables | statements under a coarse class | relations under a coarse class |")
    print("|---|---:|---:|")
    for label, (statements, relations) in results.items():
        print(f"| {label} | {_share(statements)} | {_share(relations)} |")
    statements = results["curated + WordNet"][0]
    print("\nstatements per top class:", ", ".join(
        f"{cls} {n:,}" for cls, n in statements.most_common() if cls is not None))
    uncovered = [(name, n) for name, n in counts.most_common() if coarse_class(name, after) is None]
    print("most frequent uncovered:", ", ".join(f"{name} {n:,}" for name, n in uncovered[:args.top]))


if __name__ == "__main__":
    main()
