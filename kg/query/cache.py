"""The on-disk Oxigraph copy of a graph file that ``kg query`` keeps, so the next query starts at once.

Parsing a corpus graph takes seconds (a 29 MB Turtle file of 800,000 triples: 3 s), opening
its Oxigraph copy a hundredth of one. The copy is keyed by the file's content hash and kg's
ontology, so an edited graph or a newer kg gets a fresh copy and a stale one is never read.
It lives in ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg/graphs`` (``~/.cache/kg/graphs``);
the ``KEEP`` most recently used copies stay, older ones are removed. A copy is built in a
hidden folder and renamed into place when complete, so a killed query never leaves a
half-loaded copy to be read. Where the cache cannot be written, the graph is read into memory
as before.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError
from kg.query.run import add_ontology, fill_store, load_store
from kg.resources import ontology_file

__all__ = ["cache_folder", "cached_store", "KEEP", "SMALLEST_CACHED"]

KEEP = 4  # graph copies kept; each is about 4x its Turtle's size
SMALLEST_CACHED = 1_000_000  # bytes: a smaller file parses faster than a copy opens and fills
_COMPLETE = "complete"  # the marker a copy gets when fully loaded; its mtime is the last use
_STORE = "store"


def cache_folder() -> Path:
    """Where graph copies are kept: ``$KG_CACHE_DIR``, else the user's cache folder."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg" / "graphs"


def cached_store(path: str | os.PathLike, *, ontology: bool = True,
                 smallest: int | None = None) -> ox.Store:
    """The graph file at ``path`` (with kg's ontology) as a store that queries can read.

    A file of ``smallest`` bytes (default ``SMALLEST_CACHED``) or more is read from its cached copy, made on first use;
    a smaller one, or any file when the cache cannot be written, is read into memory.

    Raises:
        GraphError: the file is missing or does not parse (the message names it).
    """
    source = Path(path)
    if not source.is_file():
        raise GraphError(f"{source}: no such file")
    if source.stat().st_size < (SMALLEST_CACHED if smallest is None else smallest):
        return load_store(source, ontology=ontology)
    try:
        root = cache_folder()
        root.mkdir(parents=True, exist_ok=True)
        copy = root / _key(source, ontology)
        if not (copy / _COMPLETE).exists():
            _fill(copy, source, ontology)
        (copy / _COMPLETE).touch()
        store = ox.Store.read_only(str(copy / _STORE))
    except OSError:  # no writable cache (read-only home, full disk): read it as before
        return load_store(source, ontology=ontology)
    _remove_old_copies(root)
    return store


def _key(source: Path, ontology: bool) -> str:
    """The copy's name: a hash of the file, of kg's ontology when it rides along, and of
    pyoxigraph's version (its on-disk format may change)."""
    digest = hashlib.blake2b(digest_size=16)
    with open(source, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    digest.update(ox.__version__.encode())
    if ontology:
        digest.update(ontology_file("kg.ttl").read_bytes())
    return digest.hexdigest() + ("" if ontology else "-bare")


def _fill(copy: Path, source: Path, ontology: bool) -> None:
    """Load ``source`` into a new copy at ``copy``, built aside and renamed when complete."""
    partial = copy.parent / f".{copy.name}.{os.getpid()}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        partial.mkdir()
        store = ox.Store(str(partial / _STORE))
        fill_store(store, source)
        if ontology:
            add_ontology(store)
        store.flush()
        del store  # closes the folder before it moves
        (partial / _COMPLETE).touch()
        try:
            partial.rename(copy)
        except OSError:
            if not (copy / _COMPLETE).exists():  # not another query's copy of the same file
                raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _remove_old_copies(root: Path) -> None:
    """Keep the ``KEEP`` most recently used copies; remove the others and any partial copy
    whose query is no longer running."""
    copies = [folder for folder in root.iterdir() if (folder / _COMPLETE).exists()]
    copies.sort(key=lambda folder: (folder / _COMPLETE).stat().st_mtime, reverse=True)
    for folder in copies[KEEP:]:
        shutil.rmtree(folder, ignore_errors=True)
    for folder in root.glob(".*.partial"):
        if not _running(folder.name.split(".")[-2]):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:  # another user's live process
        return True
    return True
