"""`kg validate`: check a graph against kg's SHACL shapes."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.reporting import one_line_errors


def validate_cli(
    graph: Path = typer.Argument(..., help="The graph file to check."),
    shapes: Optional[Path] = typer.Option(None, "--shapes", help="Other SHACL shapes (Turtle) to check against."),
    limit: int = typer.Option(20, "--limit", help="Show at most this many violations."),
) -> None:
    """Check that a graph conforms to kg's SHACL shapes.

    Every statement must carry its sentence, document, offsets and confidence; every entity
    its label; every argument exactly one value.

    Prints a readable report; exits 1 when the graph does not conform.
    """
    from kg.validate import validate_graph

    with one_line_errors("validate"):
        report = validate_graph(graph, shapes)  # the file goes straight into pyoxigraph
    if not report.conforms:
        typer.echo(f"kg validate: {graph}: {report.summary(limit)}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{graph}: {report.summary(limit)}")


def register(app: typer.Typer) -> None:
    """Add `kg validate` to the app."""
    app.command("validate")(validate_cli)
