"""`kg viz`: render a graph file as an interactive, offline HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.reporting import one_line_errors


def register(app: typer.Typer) -> None:
    """Add `kg viz` to the app."""

    @app.command("viz")
    def viz_command(
        graph: Path = typer.Argument(..., help="Graph file kg wrote (Turtle, or any RDF format rdflib reads)."),
        output: Optional[Path] = typer.Option(None, "-o", "--output", help="HTML file to write [default: GRAPH with .html]."),
        focus: Optional[str] = typer.Option(None, "--focus", help="Show only the neighbourhood of this entity (name or IRI)."),
        hops: int = typer.Option(2, "--hops", min=0, help="How many relations away from --focus to reach."),
        title: Optional[str] = typer.Option(None, "--title", help="Title shown on the page."),
    ) -> None:
        """Draw a knowledge graph as one self-contained HTML page that works offline.

        Click an entity or a relation to read its facts with the sentence and document they come
        from; search, filter by type, document or confidence, and focus on a neighbourhood.
        """
        from kg.viz import render_file

        target = output if output is not None else graph.with_suffix(".html")
        with one_line_errors("viz"):
            stats = render_file(graph, target, focus=focus, hops=hops, title=title)
        typer.echo(f"wrote {target}: {stats.nodes} nodes, {stats.edges} relations, {stats.statements} statements")
