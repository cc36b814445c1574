"""Atomic file output: every file kg writes appears whole or not at all.

A run killed while writing (Ctrl-C, kill) leaves the previous file as it was, because the new
content goes to a temporary file in the same folder and is renamed over the target only once
it is complete. A write that fails (read-only folder, full disk) removes its temporary file
and raises ``OutputError`` naming the file, and a later build removes the temporary files a
killed one left (``remove_stale_temporaries``).
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kg.errors import OutputError

__all__ = ["atomic_output", "write_text_atomically", "remove_stale_temporaries"]


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Open a binary file that replaces ``path`` when the block ends without an error.

    Example:
        >>> with atomic_output("graph.ttl") as out:  # doctest: +SKIP
        ...     out.write(b"...")
    """
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise _output_error(target, error) from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes the file private; outputs are not
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _output_error(target, error) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path, names: list[str]) -> None:
    """Remove the temporary files (``.NAME.*.tmp``) that a killed run left for ``names``."""
    for name in names:
        for stale in folder.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)


def _output_error(target: Path, error: OSError) -> OutputError:
    reasons = {
        errno.EROFS: "the folder is on a read-only file system",
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "disk quota exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "the folder does not exist",
    }
    reason = reasons.get(error.errno, error.strerror or str(error))
    return OutputError(f"{target}: cannot write ({reason}); any earlier file there is unchanged")


def write_text_atomically(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; returns the path."""
    with atomic_output(path) as out:
        out.write(text.encode("utf-8"))
    return Path(path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
