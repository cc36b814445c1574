"""`kg query`: run SPARQL on a graph file (or a persistent store) and print the answer."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.errors import KgError


def query_cli(
    graph: Optional[Path] = typer.Argument(
        None, help="The graph file (Turtle, N-Triples, TriG, JSON-LD). Omit it with --store."
    ),
    query: str = typer.Argument(..., help="SPARQL text, or a .rq file holding it."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv, json or tsv."),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Query this Oxigraph store folder instead of a graph file."
    ),
    ontology: bool = typer.Option(
        True, "--ontology/--no-ontology", help="Load kg's ontology so class/property hierarchies can be followed."
    ),
) -> None:
    """Answer a SPARQL query about a graph kg built.

    kg's prefixes (kg:, rel:, ent:, concept:, doc:, rdfs:, skos:, prov:, dcterms:, ...) are
    predeclared. Example: kg query out/graph.ttl examples/queries/who_did_blinken_meet.rq
    """
    from kg.query import format_result, read_query, run_query

    try:
        sparql = read_query(query)
        source = _open_store(store) if store is not None else graph
        if source is None:
            raise KgError("give a graph file or --store DIR")
        result = run_query(source, sparql, ontology=ontology)
        typer.echo(format_result(result, format), nl=False)
    except KgError as error:
        typer.echo(f"kg query: error: {error}", err=True)
        raise typer.Exit(1) from None


def _open_store(path: Path):
    """The Oxigraph store in ``path``, read-only if another process holds it."""
    import pyoxigraph as ox

    from kg.errors import GraphError

    if not path.is_dir():
        raise GraphError(f"{path}: no such store folder")
    try:
        return ox.Store(str(path))
    except OSError:
        try:
            return ox.Store.read_only(str(path))
        except OSError as error:
            raise GraphError(f"{path}: cannot open the store: {error}") from None


def register(app: typer.Typer) -> None:
    """Add `kg query` to the app."""
    app.command("query")(query_cli)
