"""How every command reports a problem the user can fix: one line on stderr, exit status 1."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from kg.errors import KgError

__all__ = ["fail", "one_line_errors"]


def fail(command: str, message: str) -> None:
    """Print ``kg COMMAND: error: MESSAGE`` on stderr and exit with status 1."""
    typer.echo(f"kg {command}: error: {message}", err=True)
    raise typer.Exit(1)


@contextmanager
def one_line_errors(command: str) -> Iterator[None]:
    """Turn any ``KgError`` raised inside the block into ``fail(command, ...)``, never a traceback."""
    try:
        yield
    except KgError as error:
        fail(command, str(error))
