"""`kg query`: run SPARQL on a graph file (or a persistent store) and print the answer."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Optional

import typer

from kg.cli.reporting import one_line_errors
from kg.errors import KgError


def query_cli(
    graph: str = typer.Argument(..., help="The graph file (Turtle, N-Triples, TriG, JSON-LD); omit it with --store."),
    query: Optional[str] = typer.Argument(None, help="SPARQL text, or a .rq file holding it."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv, json or tsv."),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Query the graph of this kg store folder (kg build --store) instead of a file."
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
    from kg.store import open_graph_store

    if store is not None and query is None:
        graph, query = None, graph  # `kg query --store DIR QUERY`: the one argument is the query
    with one_line_errors("query"):
        if query is None:
            raise KgError("give a graph file and a query (SPARQL text or a .rq file)")
        sparql = read_query(query)
        source = open_graph_store(store) if store is not None else Path(graph)
        result = run_query(source, sparql, ontology=ontology)
        # a terminal gets a table that fits it; a pipe or file gets every cell whole
        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        typer.echo(format_result(result, format, width), nl=False)


def register(app: typer.Typer) -> None:
    """Add `kg query` to the app."""
    app.command("query")(query_cli)
