"""Atomic file output: every file kg writes appears whole or not at all.

A run killed while writing (Ctrl-C, kill) leaves the previous file as it was, because the new
content goes to a temporary file in the same folder and is renamed over the target only once
it is complete.
"""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kg.errors import KgError

__all__ = ["atomic_output", "write_text_atomically"]


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Open a binary file that replaces ``path`` when the block ends without an error.

    A file that cannot be written (read-only folder, full disk) raises a ``KgError`` naming
    it, and leaves neither a partial file nor a temporary one.

    Example:
        >>> with atomic_output("graph.ttl") as out:  # doctest: +SKIP
        ...     out.write(b"...")
    """
    target = Path(path)
    _remove_stale_temporaries(target)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise _output_error(target, error) from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes the file private; outputs are not
        os.replace(temporary, target)
    except OSError as error:  # a full disk (ENOSPC) while writing, a folder gone read-only
        Path(temporary).unlink(missing_ok=True)
        raise _output_error(target, error) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_stale_temporaries(target: Path) -> None:
    """Delete the temporary files of ``target`` that a killed run left behind (kg's own
    ``.NAME.*.tmp`` pattern only). One output folder takes one build at a time."""
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        try:
            stale.unlink()
        except OSError:
            pass  # not ours to remove (permissions): it does no harm


def _output_error(target: Path, error: OSError) -> KgError:
    return KgError(f"{target}: cannot write ({error.strerror or error})")


def write_text_atomically(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; returns the path."""
    with atomic_output(path) as out:
        out.write(text.encode("utf-8"))
    return Path(path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
