"""`kg export`: convert a graph file to Turtle, N-Triples, TriG or JSON-LD."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.reporting import one_line_errors


def export_cli(
    graph: Path = typer.Argument(..., help="The graph file to read (Turtle, N-Triples, TriG, JSON-LD)."),
    format: str = typer.Option("turtle", "--format", "-f", help="turtle, ntriples, trig, jsonld, turtle-star or trig-star."),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
) -> None:
    """Write a graph in another RDF format, sorted so two exports diff line by line.

    TriG puts each document's statements in a named graph of its own (named by the
    document's IRI); entities, concepts and documents stay in the default graph.
    turtle-star and trig-star (RDF 1.2) write each statement's fact as one triple term,
    stmt:x rdf:reifies <<( s p o )>>, instead of rdf:subject/predicate/object; kg reads
    them back as the reified form.
    """
    from kg.export import convert_file

    with one_line_errors("export"):
        written = convert_file(graph, output, format)
    typer.echo(f"wrote {written}")


def register(app: typer.Typer) -> None:
    """Add `kg export` to the app."""
    app.command("export")(export_cli)
