"""`kg push`: upload a graph to a triple store over the SPARQL Graph Store Protocol."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from kg.cli.reporting import one_line_errors


def push_cli(
    graph: Path = typer.Argument(..., help="The graph file to upload (.ttl, .nt, .trig, .nq, .jsonld)."),
    endpoint: str = typer.Option(
        ..., "--endpoint", help="The store's Graph Store Protocol URL, e.g. http://localhost:7878/store."
    ),
    graph_iri: Optional[str] = typer.Option(
        None, "--graph", help="Write into this named graph (default: the default graph)."
    ),
    replace: bool = typer.Option(False, "--replace", help="Replace the graph's content (PUT) instead of adding."),
    user: Optional[str] = typer.Option(
        None, "--user", help="User name for HTTP authentication; the password is read from $KG_PUSH_PASSWORD."
    ),
) -> None:
    """Upload a graph to a triple store over the SPARQL Graph Store Protocol.

    Works with Oxigraph, Fuseki, GraphDB, Virtuoso and any other store that speaks the
    SPARQL 1.1 Graph Store HTTP Protocol.

    Example: kg push out/graph.ttl --endpoint http://localhost:3030/kg/data
    """
    from kg.push import push_graph

    with one_line_errors("push"):
        result = push_graph(
            graph,
            endpoint,
            graph=graph_iri,
            replace=replace,
            user=user,
            password=os.environ.get("KG_PUSH_PASSWORD"),
        )
    typer.echo(f"pushed {result.size} bytes to {result.url} (HTTP {result.status})")


def register(app: typer.Typer) -> None:
    """Add `kg push` to the app."""
    app.command("push")(push_cli)
