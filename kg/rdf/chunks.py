"""The graph of a whole build, its per-document part made by document batches in worker processes.

Everything a document contributes (its node, its statements and arguments, the direct facts
they assert, the relation properties they use) depends on the rest of the corpus only
through the resolver's mention -> entity table. So once entities are resolved, the documents
are split into batches: each worker reads its batch's analyses from disk (``source``: a
``kg.spill.AnalysisSpill`` or a store's ``kg.store.StoredAnalyses``), builds their triples
with ``kg.rdf.build.add_analysis`` and hands them back as one N-Triples chunk, which the
owning process loads into the graph's Oxigraph store in Rust. A triple two documents both
make (a relation's declaration, a direct fact) is one triple in the store. Entities and
concepts, which belong to the corpus, are added by the owning process.

The workers are forked after resolution, so they inherit the mention table rather than
receive it; where processes cannot be forked (macOS, Windows) the batches run here.

>>> graph = build_graph_from(source, ids, resolution, workers=2)  # doctest: +SKIP
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from rdflib import URIRef

from kg.rdf.build import add_analysis, finish_graph, start_graph
from kg.rdf.oxgraph import OxGraph
from kg.types import Resolution

__all__ = ["build_graph_from", "BATCH_DOCUMENTS"]

BATCH_DOCUMENTS = 32  # documents per chunk a worker builds
# What a forked worker inherits: the analyses' source, the mention indexes and its own graph.
_JOB: dict = {}


def build_graph_from(source, ids: Sequence[str], resolution: Resolution, *, workers: int = 1,
                     path: str | Path | None = None) -> OxGraph:
    """The graph of the documents ``ids`` (read from ``source``) under ``resolution``.

    Args:
        source: anything with ``read(ids) -> list[DocumentAnalysis]`` that works in a forked
            process too.
        ids: the documents, in a stable order (the graph does not depend on it).
        resolution: the entities and the mention -> entity table of every document.
        workers: processes that build the documents' triples (1: this process).
        path: a folder for an on-disk Oxigraph store; ``None`` keeps the graph in memory.

    Returns:
        The same graph as ``kg.rdf.build_graph`` of those analyses.
    """
    graph, mentions = start_graph(resolution, path)
    concepts: dict[URIRef, set[str]] = defaultdict(set)
    batches = [list(ids[start:start + BATCH_DOCUMENTS]) for start in range(0, len(ids), BATCH_DOCUMENTS)]
    if workers <= 1 or not sys.platform.startswith("linux"):
        for batch in batches:
            for analysis in source.read(batch):
                add_analysis(graph, analysis, mentions.get(analysis.document.id), concepts)
    else:
        for chunk, labels in _in_workers(source, mentions, batches, workers):
            graph.add_ntriples(chunk)
            for concept, names in labels.items():
                concepts[URIRef(concept)].update(names)
    finish_graph(graph, concepts)
    return graph


def _in_workers(source, mentions: dict, batches: list[list[str]], workers: int) -> Iterator[tuple[bytes, dict]]:
    """Each batch's (N-Triples chunk, concept labels), built in ``workers`` forked processes."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _JOB.update(source=source, mentions=mentions)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield from pool.map(_build_batch, batches)
    finally:
        _JOB.clear()


def _build_batch(ids: list[str]) -> tuple[bytes, dict[str, set[str]]]:
    """The task a worker runs: one batch of documents' triples, and the concepts they met."""
    graph = _JOB.get("graph")
    if graph is None:  # one per worker process, so its term caches serve every batch
        graph = _JOB["graph"] = OxGraph()
    concepts: dict[URIRef, set[str]] = defaultdict(set)
    mentions = _JOB["mentions"]
    for analysis in _JOB["source"].read(ids):
        add_analysis(graph, analysis, mentions.get(analysis.document.id), concepts)
    return graph.take_ntriples(), {str(concept): labels for concept, labels in concepts.items()}
