"""`kg export`: convert a graph file to Turtle, N-Triples, TriG or JSON-LD."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.reporting import one_line_errors


def export_cli(
    graph: Path = typer.Argument(..., help="The graph file to read (Turtle, N-Triples, TriG, JSON-LD)."),
    format: str = typer.Option("turtle", "--format", "-f", help="turtle, ntriples, trig or jsonld."),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
) -> None:
    """Write a graph in another RDF format, sorted so two exports diff line by line.

    TriG puts each document's statements in a named graph of its own (named by the
    document's IRI); entities, concepts and documents stay in the default graph.
    """
    from kg.export import convert_file

    with one_line_errors("export"):
        written = convert_file(graph, output, format)
    typer.echo(f"wrote {written}")


def register(app: typer.Typer) -> None:
    """Add `kg export` to the app."""
    app.command("export")(export_cli)
