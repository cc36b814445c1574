"""``build``: the one place that knows the order of kg's stages.

    read_documents -> analyze (here, in processes, or on Dask) -> [disk] -> resolve_entities
        -> build the graph by document batches (here or in processes) -> write_graph / write_html

Documents stream through reading and analysis. Each analysis goes to disk as it arrives (a
temporary spill file, or the store's SQLite); memory holds only what entity resolution reads
(document ids, mentions, coreference links), because resolution must see every document.
They are put in document-id order before resolution, so the graph depends neither on the
order the paths were given nor on how many workers there were. The graph's per-document part
is then built from the analyses on disk, in ``workers`` processes (``kg.rdf.chunks``), into
Oxigraph: in memory for a small corpus, in a temporary folder past ``ON_DISK_DOCUMENTS``.
With a store, unchanged documents are not analysed again and the graph is rebuilt from every
stored analysis.

>>> result = build(["../shared/seeds"], output_dir="out")  # doctest: +SKIP
>>> result.documents, result.triples
(5, 2817)
"""

from __future__ import annotations

import gc
import itertools
import time
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError
from kg.atomic import remove_stale_temporaries
from kg.problems import is_failed, write_problems
from kg.types import Document, DocumentAnalysis

__all__ = ["build", "BuildResult", "OUTPUT_FILES"]

# Output format -> file name in the output folder.
OUTPUT_FILES = {
    "turtle": "graph.ttl",
    "ntriples": "graph.nt",
    "trig": "graph.trig",
    "jsonld": "graph.jsonld",
}


# The merge report written beside the graph.
MERGE_REPORT = "merges.tsv"
# Past this many documents the graph is built in an on-disk Oxigraph store, not in memory.
ON_DISK_DOCUMENTS = 2000


@dataclass
class BuildResult:
    """What a build made, and its figures.

    ``documents`` counts the documents in the graph (with a store: all stored ones);
    ``analysed`` those parsed in this run, ``unchanged`` those a store already had;
    ``skipped`` holds one message per input that could not be read; ``timings`` the seconds
    spent analysing (reading included), resolving, building the graph, storing and writing.
    ``built`` is the graph as the build wrote it (a ``kg.rdf.oxgraph.OxGraph``); ``graph`` the
    same as an rdflib Graph, made on first use.
    """

    built: object = None  # kg.rdf.oxgraph.OxGraph
    resolution: object = None  # kg.types.Resolution: the entities and why they merged
    documents: int = 0
    analysed: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    sentences: int = 0
    facts: int = 0
    entities: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    problems: list = field(default_factory=list)  # kg.problems.Problem: what analysis skipped
    on_stage: Callable[[str], None] | None = field(default=None, repr=False, compare=False)  # told each stage as it starts
    _rdflib: object = field(default=None, repr=False, compare=False)

    @property
    def graph(self):
        """The built graph as an rdflib Graph (converted once, on first use)."""
        if self._rdflib is None and self.built is not None:
            self._rdflib = self.built.to_rdflib()
        return self._rdflib


def build(
    paths: Iterable[str | Path],
    *,
    output_dir: str | Path | None = None,
    formats: Iterable[str] = ("turtle",),
    html: bool = True,
    model: str | None = None,
    workers: int = 1,
    dask: str | None = None,
    store: str | Path | None = None,
    progress: Callable[[DocumentAnalysis], None] | None = None,
    merge_rules: str | Path | None = None,
    on_skip: Callable[[InputError], None] | None = None,
    strict: bool = False,
    prune: bool = False,
    on_stage: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the knowledge graph of the documents at ``paths``.

    Args:
        paths: files, folders and ``"-"`` (see ``kg.ingest.read_documents``).
        output_dir: where to write ``graph.ttl`` (and the other formats) and ``graph.html``;
            ``None`` writes nothing.
        formats: output formats among ``turtle``, ``ntriples``, ``trig``, ``jsonld``.
        html: also write the interactive ``graph.html``.
        model: the installed spaCy pipeline (``None``: kg's default).
        workers: analyse, build the graph and write in this many processes.
        dask: a Dask scheduler address, or ``local:N`` (see ``kg.parallel``).
        store: a store folder to add the documents to; the graph then covers every document
            in the store.
        progress: called with each analysis as it arrives.
        merge_rules: a file of extra entity merge rules for resolution.
        on_skip: called with each input that cannot be read (it is also listed in
            ``BuildResult.skipped``).
        strict: fail (``KgError``) when any sentence or document had to be skipped.
        prune: with a store, drop the stored documents that are not among the inputs.
        on_stage: called with each stage's name (analyse, resolve, graph, store, write) as it starts.

    Returns:
        The graph and the build's figures.

    Raises:
        InputError: a missing path, or no readable document at all.
        KgError: any other problem the user can fix (model, store, Dask address).
    """
    from kg.ingest import read_documents
    from kg.nlp import DEFAULT_MODEL

    started = time.perf_counter()
    formats = tuple(formats)
    for name in formats:
        if name not in OUTPUT_FILES:
            raise KgError(f"unknown output format {name!r}; choose from {', '.join(OUTPUT_FILES)}")
    paths = [str(path) for path in paths]
    if not paths:
        raise InputError("kg build", "no input paths given")
    result = BuildResult(on_stage=on_stage)

    def skip(error: InputError) -> None:
        result.skipped.append(str(error))
        if on_skip is not None:
            on_skip(error)

    documents = read_documents(paths, on_skip=skip, exclude=_own_outputs(output_dir))
    analyse = dict(model=model or DEFAULT_MODEL, workers=workers, dask=dask, progress=progress)
    graph_work = dict(merge_rules=merge_rules, workers=workers)
    if store is None:
        from kg.spill import AnalysisSpill

        with AnalysisSpill() as spill:
            with _timed(result, "analyse"):
                kept = _kept(_analyse(documents, result, **analyse), spill.add, result)
            spill.finish()
            _check_problems(result, output_dir, strict)
            _check_some(kept, paths)
            with _collector_paused():
                graph = _make_graph(spill, kept, result, **graph_work)
                del kept  # the entities are resolved: free the mention records before writing
                _write(graph, output_dir, formats, html, result, workers)
    else:
        from kg.store import open_store

        with open_store(store) as opened:
            with _timed(result, "analyse"):
                kept = _analyse_into_store(opened, documents, result, prune=prune, **analyse)
            _check_problems(result, output_dir, strict)
            _check_some(kept, paths)
            with _collector_paused():
                graph = _make_graph(opened.reader(), kept, result, **graph_work)
                del kept
                with _timed(result, "store"):
                    opened.replace_graph(graph)
                _write(graph, output_dir, formats, html, result, workers)
    result.seconds = time.perf_counter() - started
    return result


def _write(graph, output_dir, formats: tuple[str, ...], html: bool, result: BuildResult, workers: int) -> None:
    """Write the outputs and the merge report, when there is an output folder."""
    if output_dir is not None:
        with _timed(result, "write"):
            result.outputs = write_outputs(graph, Path(output_dir), formats, html, workers=workers)
            result.outputs.append(_write_merge_report(result.resolution, Path(output_dir)))
            result.outputs.append(write_problems(result.problems, Path(output_dir)))


def _check_problems(result: BuildResult, output_dir, strict: bool) -> None:
    """With ``strict``, stop before building when anything was skipped (listed in problems.tsv)."""
    if strict and result.problems:
        if output_dir is not None:
            Path(output_dir).mkdir(parents=True, exist_ok=True)
            write_problems(result.problems, Path(output_dir))
        first = result.problems[0]
        raise KgError(
            f"{len(result.problems)} sentences or documents could not be analysed (first: "
            f"{first.document}: {first.error}); see problems.tsv; nothing built because of --strict"
        )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the graph is built and written.

    Those stages make millions of long-lived objects and almost no reference cycles, and
    every full collection walks all of them again: it took ~45% of their time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyse(documents, result: BuildResult, *, model, workers, dask, progress) -> Iterator[DocumentAnalysis]:
    """Analyse the documents as a stream, counting them and reporting progress."""
    from kg.parallel import analyze_in_parallel

    for analysis in analyze_in_parallel(documents, model, workers=workers, dask=dask):
        result.problems.extend(analysis.problems)
        if is_failed(analysis):
            continue  # left out by id; listed in problems.tsv
        result.analysed += 1
        if progress is not None:
            progress(analysis)
        yield analysis


def _analyse_into_store(store, documents, result: BuildResult, prune: bool = False, **analyse) -> list[DocumentAnalysis]:
    """Analyse the new and changed documents into the store; every stored analysis, by id.

    Stored documents that another pipeline or kg version analysed are analysed again in the
    same stream, so the graph never mixes two extractors' work.
    """
    from kg.store import analyzer_key

    key = analyzer_key(analyse["model"])
    seen: set[str] = set()
    fresh = _new_or_changed(documents, store.content_hashes(), key, seen, result)
    stale = _stale(store, key, seen)
    for _ in store.save_analyses(_analyse(itertools.chain(fresh, stale), result, **analyse), key):
        pass
    if not seen:
        return []  # nothing readable was given, whatever the store holds
    if prune:
        store.remove_documents(set(store.content_hashes()) - seen)
    return [_for_resolution(analysis, result) for analysis in store.iter_analyses()]


def _stale(store, key: str, seen: set[str]) -> Iterator[Document]:
    """Stored documents not read in this run whose analysis another analyser made.

    Runs once the input is exhausted; with no readable input it yields nothing.
    """
    if seen:
        yield from (document for document in store.stale_documents(key) if document.id not in seen)


def _own_outputs(output_dir) -> list[Path]:
    """The files a build writes, never read back as input when ``-o`` is inside a folder given."""
    if output_dir is None:
        return []
    names = [*OUTPUT_FILES.values(), "graph.html", MERGE_REPORT, "problems.tsv"]
    return [Path(output_dir) / name for name in names]


def _check_some(analyses: list[DocumentAnalysis], paths: list[str]) -> None:
    if not analyses:
        raise InputError(" ".join(paths), "no readable documents to build from")


@contextmanager
def _timed(result: BuildResult, stage: str) -> Iterator[None]:
    started = time.perf_counter()
    if result.on_stage is not None:
        result.on_stage(stage)
    try:
        yield
    finally:
        result.timings[stage] = result.timings.get(stage, 0.0) + time.perf_counter() - started


def write_outputs(graph, output_dir: Path, formats: Iterable[str], html: bool, workers: int = 1) -> list[Path]:
    """Write the graph in each format, and the HTML view, each file atomically.

    With ``workers`` above 1 and a graph in memory, the HTML page is written in a forked
    process while this one writes the graph files.
    """
    from kg.export import write_graph
    from kg.forked import can_fork, start_forked
    from kg.viz import write_html

    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KgError(f"{output_dir}: cannot create the output folder ({error.strerror or error})") from None
    remove_stale_temporaries(output_dir, [*OUTPUT_FILES.values(), "graph.html", MERGE_REPORT, "problems.tsv"])
    page = output_dir / "graph.html"
    reader = graph.for_forked_reader() if workers > 1 and html and formats and can_fork() else None
    beside = reader is not None
    if beside:
        wait = start_forked(lambda: write_html(reader, page) and None)
    written = []
    for name in formats:
        target = output_dir / OUTPUT_FILES[name]
        write_graph(graph, target, name)  # atomic: kg.atomic
        written.append(target)
    if beside:
        wait()
    elif html:
        write_html(graph, page)  # atomic: kg.atomic
    if html:
        written.append(page)
    return written


def _make_graph(source, kept: list[DocumentAnalysis], result: BuildResult, *, merge_rules, workers: int):
    """Resolve entities across the kept analyses, then build the graph of every document from
    ``source`` (the full analyses, on disk), in ``workers`` processes; fill in the figures."""
    from kg.rdf.chunks import build_graph_from
    from kg.resolve import resolve_entities

    with _timed(result, "resolve"):
        resolution = _resolve(resolve_entities, kept, merge_rules)
    with _timed(result, "graph"):
        ids = [analysis.document.id for analysis in kept]
        graph = build_graph_from(source, ids, resolution, workers=workers, path=_graph_folder(len(ids)))
    result.built = graph
    result.resolution = resolution
    result.documents = len(kept)
    result.entities = len(resolution.entities)
    result.triples = len(graph)
    return graph


def _graph_folder(documents: int) -> str | None:
    """A temporary folder for an on-disk graph past ``ON_DISK_DOCUMENTS`` documents (removed at
    exit), else ``None``: in memory, Oxigraph takes about 560 bytes a triple, ~1 MB an article."""
    if documents <= ON_DISK_DOCUMENTS:
        return None
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="kg-graph-")
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _kept(analyses: Iterable[DocumentAnalysis], keep: Callable[[DocumentAnalysis], None],
          result: BuildResult) -> list[DocumentAnalysis]:
    """Hand each analysis to ``keep`` (on disk) and hold only what resolution reads, by id."""
    kept = [_for_resolution(analysis, result, keep) for analysis in analyses]
    return sorted(kept, key=lambda analysis: analysis.document.id)


def _for_resolution(analysis: DocumentAnalysis, result: BuildResult,
                    keep: Callable[[DocumentAnalysis], None] | None = None) -> DocumentAnalysis:
    """The analysis without its text, sentences and facts (entity resolution reads only the
    document id, mentions and coreference links), counting its sentences and facts."""
    from dataclasses import replace

    if keep is not None:
        keep(analysis)
    result.sentences += len(analysis.sentences)
    result.facts += len(analysis.extractions)
    document = analysis.document
    return replace(analysis, document=Document(document.id, "", document.source, document.content_hash),
                   sentences=(), extractions=())


def _write_merge_report(resolution, output_dir: Path) -> Path:
    """Write ``merges.tsv``: every surface form an entity absorbed, and why, so a bad merge
    can be seen and undone with ``--merge-rules``."""
    from kg.resolve import write_merge_report

    target = output_dir / MERGE_REPORT
    return write_merge_report(resolution, target)


def _resolve(resolve_entities, analyses, merge_rules):
    if merge_rules is None:
        return resolve_entities(analyses)
    return resolve_entities(analyses, rules=merge_rules)


def _new_or_changed(
    documents: Iterable[Document],
    stored: dict[str, tuple[str, str]],
    key: str,
    seen: set[str],
    result: BuildResult,
) -> Iterator[Document]:
    """The documents the store does not hold with the same text and analyser.

    Adds every document id read to ``seen``.
    """
    for document in documents:
        seen.add(document.id)
        if stored.get(document.id) == (document.content_hash, key):
            result.unchanged += 1
            continue
        yield document
