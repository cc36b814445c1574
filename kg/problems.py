"""What a build skipped, and why: one ``Problem`` per sentence or document that raised.

A sentence whose extraction raises is left out and its document keeps the rest; a document
whose analysis raises (or whose worker died twice) is left out by id. Nothing is silent: the
build counts the problems in its summary line and writes them to ``problems.tsv`` beside the
outputs, and ``--strict`` turns any of them into a failure.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.types import Problem

__all__ = ["Problem", "describe", "failed_analysis", "is_failed", "write_problems", "PROBLEMS_FILE"]

PROBLEMS_FILE = "problems.tsv"
_HEADER = ("document", "sentence", "stage", "error")


def describe(error: BaseException) -> str:
    """An exception as one line: its class and message."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def failed_analysis(document, stage: str, error: BaseException | str):
    """The stand-in for a document that could not be analysed: no content, one problem."""
    from kg.types import DocumentAnalysis

    text = error if isinstance(error, str) else describe(error)
    return DocumentAnalysis(document, (), (), (), (), problems=(Problem(document.id, None, stage, text),))


def is_failed(analysis) -> bool:
    """True for a ``failed_analysis`` stand-in (the document is left out of the graph)."""
    return any(problem.sentence is None for problem in analysis.problems)


def write_problems(problems: Iterable[Problem], output_dir: Path) -> Path:
    """Write ``problems.tsv`` (a header line, then one row per problem) atomically."""
    from kg.atomic import write_text_atomically

    rows = ["\t".join(_HEADER)]
    for problem in problems:
        sentence = "" if problem.sentence is None else str(problem.sentence)
        fields = (problem.document, sentence, problem.stage, problem.error)
        rows.append("\t".join(" ".join(str(f).split()) for f in fields))
    return write_text_atomically(output_dir / PROBLEMS_FILE, "\n".join(rows) + "\n")
