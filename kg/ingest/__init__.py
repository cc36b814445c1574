"""Reading input documents: files, folders, JSON lines, HTML pages and standard input.

``read_documents`` streams ``Document`` records one file at a time, so memory does not grow
with the corpus. Files and folders are read in a fixed order (folders recursively, sorted), and
every document gets a stable id: its path relative to the folder given, the file name for a
file given directly, or the ``id`` of its JSON line.

>>> docs = list(read_documents(["../shared/seeds"]))  # doctest: +SKIP
>>> docs[0].id
'000_28a8914d097a9b97.txt'
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import CleanText, clean_text
from kg.ingest.formats import READERS, read_text
from kg.types import Document

__all__ = ["read_documents", "list_inputs", "clean_text", "CleanText", "STDIN"]

STDIN = "-"


def read_documents(
    paths: Iterable[str | Path],
    *,
    on_skip: Callable[[InputError], None] | None = None,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Document]:
    """Read documents from files, folders (recursively) and ``-`` (standard input).

    Args:
        paths: files, folders, or ``"-"``. Folders yield their ``.txt``, ``.jsonl``, ``.html``
            and ``.htm`` files, sorted; a file given directly is read whatever its name
            (as plain text unless its suffix says otherwise).
        on_skip: called with an ``InputError`` for each file or line that cannot be read
            (binary, empty, malformed JSON, a repeated document id); reading goes on. Without
            it the first such error is raised.
        exclude: files never to read from a folder (a build's own outputs, when ``-o`` is
            inside an input folder).

    Returns:
        An iterator of documents in input order.

    Raises:
        InputError: a path that does not exist (at once, before anything is read).

    Example:
        >>> for document in read_documents(["articles/"], on_skip=print):  # doctest: +SKIP
        ...     print(document.id, document.title)
    """
    paths = [str(path) for path in paths]
    for path in paths:
        if path != STDIN and not Path(path).exists():
            raise InputError(path, "no such file or folder")
    return _read(paths, on_skip or _raise, {Path(p).resolve() for p in exclude})


def _read(paths: list[str], report: Callable[[InputError], None], exclude: set[Path]) -> Iterator[Document]:
    seen: dict[str, str] = {}
    for source, doc_id, reader in list_inputs(paths, exclude):
        data = sys.stdin.buffer.read() if source == STDIN else _read_bytes(source, report)
        if data is None:
            continue
        name = "<stdin>" if source == STDIN else source
        for document in reader(data, doc_id, name, report):
            if document.id in seen:
                report(InputError(document.source, f"document id {document.id!r} repeats {seen[document.id]}"))
                continue
            seen[document.id] = document.source
            yield document


def list_inputs(paths: Iterable[str], exclude: set[Path] = frozenset()) -> Iterator[tuple[str, str, Callable]]:
    """The files to read, in order, as ``(path, document id, reader)``; folders skip the
    files in ``exclude`` (resolved paths). Each real file is listed once, however many links
    or overlapping paths lead to it."""
    listed: set[Path] = set()
    for path in paths:
        if path == STDIN:
            yield STDIN, "stdin", read_text
            continue
        root = Path(path)
        if root.is_dir():
            for file in _walk(root, set(), exclude):
                if _first_time(file, listed):
                    yield str(file), file.relative_to(root).as_posix(), READERS[file.suffix.lower()]
        elif _first_time(root, listed):
            yield str(root), root.name, READERS.get(root.suffix.lower(), read_text)


def _first_time(file: Path, listed: set[Path]) -> bool:
    real = file.resolve()
    if real in listed:
        return False
    listed.add(real)
    return True


def _walk(root: Path, visited: set[Path], exclude: set[Path]) -> Iterator[Path]:
    """Readable files under ``root``, recursively, sorted; hidden files and folders skipped.

    Each real folder is entered once, so symlinks that loop back to a parent end the walk.
    """
    real = root.resolve()
    if real in visited:
        return
    visited.add(real)
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, visited, exclude)
        elif entry.is_file() and entry.suffix.lower() in READERS and entry.resolve() not in exclude:
            yield entry


def _read_bytes(path: str, report: Callable[[InputError], None]) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        report(InputError(path, f"cannot be read ({error.strerror or error})"))
        return None


def _raise(error: InputError) -> None:
    raise error
