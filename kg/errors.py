"""kg's exceptions: one tree, so the CLI can turn any of them into a one-line message.

    KgError
    ├── InputError        a file or line kg cannot read (names the file, and the line if any)
    ├── ModelError        the spaCy pipeline asked for is not installed
    ├── GraphError        a graph file that does not parse, or a store that cannot be opened
    ├── OutputError       an output file that cannot be written (read-only folder, full disk)
    ├── QueryError        SPARQL that does not parse or fails
    └── ValidationError   a graph that does not conform to the shapes
"""

from __future__ import annotations

__all__ = ["KgError", "InputError", "ModelError", "GraphError", "OutputError", "QueryError", "ValidationError"]


class KgError(Exception):
    """Base of every error kg reports to the user as one line."""


class InputError(KgError):
    """An input file, or a line of it, cannot be read."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class ModelError(KgError):
    """The requested spaCy pipeline cannot be loaded."""


class GraphError(KgError):
    """A graph file or store cannot be read or written."""


class OutputError(KgError, OSError):
    """An output file cannot be written: a read-only folder, a full disk, no permission.

    Also an ``OSError``, so callers that handled the raw error keep working."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class QueryError(KgError):
    """A SPARQL query cannot be parsed or evaluated."""


class ValidationError(KgError):
    """A graph does not conform to kg's SHACL shapes."""
