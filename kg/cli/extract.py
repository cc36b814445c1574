"""`kg extract`: print the facts of text files, as JSON lines or in CaRB's tab format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from kg.cli.reporting import one_line_errors
from kg.errors import KgError


def register(app: typer.Typer) -> None:
    """Add `kg extract` to the app."""
    app.command("extract")(extract)


def extract(
    files: list[Path] = typer.Argument(..., help="Text files to read.", show_default=False),
    tokenized: bool = typer.Option(
        False, "--tokenized", help="One sentence per line, tokens separated by spaces; parse as given."
    ),
    fmt: str = typer.Option(
        "json", "--format", help="json: one extraction per line; carb: sentence, confidence, predicate, args (tabs)."
    ),
    model: Optional[str] = typer.Option(None, "--model", help="Another installed spaCy pipeline."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero if any sentence could not be analysed."),
) -> None:
    """Print the facts of every sentence of FILES: who did what to whom, when and where.

    Each fact is one line: by default a JSON object (subject, predicate with its lemma,
    negation and modality, arguments with their roles, confidence, kind, speaker, and the
    sentence). With --tokenized --format carb the output is the CaRB benchmark's tab format,
    e.g. `kg extract --tokenized --format carb sentences.txt > out.tab`.
    """
    from kg.extract.command import FORMATS, extract_files

    with one_line_errors("extract"):
        if fmt not in FORMATS:
            raise KgError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
        problems: list = []
        extract_files(list(files), sys.stdout, tokenized=tokenized, fmt=fmt, model=model, problems=problems)
        for problem in problems:
            typer.echo(f"kg extract: skipped sentence {problem.sentence} of {problem.document!r}: {problem.error}", err=True)
        if strict and problems:
            raise KgError(f"{len(problems)} sentences could not be analysed (--strict)")
