"""`kg query`: run SPARQL on a graph file (or a persistent store) and print the answer."""

from __future__ import annotations

import shutil
import signal
import sys
import threading
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
    names: list[str] = typer.Option(
        [], "--name", "-n", metavar="VAR=NAME",
        help="Bind ?VAR to the entity called NAME by label or alias (the most mentioned wins; the pick is reported). Repeatable.",
    ),
    cache: bool = typer.Option(
        True, "--cache/--no-cache",
        help="Keep an on-disk copy of a graph file over 1 MB (in $KG_CACHE_DIR or ~/.cache/kg) so the next query on it starts at once.",
    ),
) -> None:
    """Answer a SPARQL query about a graph kg built.

    kg's prefixes (kg:, rel:, ent:, concept:, doc:, rdfs:, skos:, prov:, dcterms:, ...) are
    predeclared. Examples: kg query out/graph.ttl examples/queries/who_did_blinken_meet.rq;
    kg query out/graph.ttl 'SELECT ?x ?p ?o WHERE { ?x ?p ?o }' --name x=Blinken
    """
    if store is not None and query is None:
        graph, query = None, graph  # `kg query --store DIR QUERY`: the one argument is the query
    # Oxigraph evaluates in native code that never returns to Python's signal handler, so
    # Ctrl-C would wait for the query to finish: let it end the process at once instead.
    # Nothing is written but stdout and an atomically renamed cache copy.
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_DFL) if in_main_thread else None
    try:
        _answer(graph, query, format, store, ontology, names, cache)
    finally:
        if in_main_thread:
            signal.signal(signal.SIGINT, previous)


def _answer(graph, query, format, store, ontology, names, cache) -> None:
    """Read, bind, run and print: the body of `kg query`."""
    from kg.query import format_result, load_store, read_query, run_query
    from kg.query.cache import cached_store
    from kg.query.names import bind_name
    from kg.store import open_graph_store

    with one_line_errors("query"):
        if query is None:
            raise KgError("give a graph file and a query (SPARQL text or a .rq file)")
        sparql = read_query(query)
        if store is not None:
            source = open_graph_store(store)
        elif cache:
            source = cached_store(Path(graph), ontology=ontology)
        else:
            source = load_store(Path(graph), ontology=ontology)
        bindings = {}
        for text in names:
            binding = bind_name(source, text)
            typer.echo(binding.report, err=True)
            bindings[binding.variable] = binding.entity
        result = run_query(source, sparql, ontology=ontology and store is not None, bindings=bindings)
        # a terminal gets a table that fits it; a pipe or file gets every cell whole
        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        typer.echo(format_result(result, format, width), nl=False)


def register(app: typer.Typer) -> None:
    """Add `kg query` to the app."""
    app.command("query")(query_cli)
