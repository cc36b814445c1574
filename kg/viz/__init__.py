"""The offline HTML graph: read a kg graph into a view model, lay it out, write one page.

``write_html`` is the whole public surface; ``kg.viz.model`` says which nodes and edges a page
shows, ``kg.viz.budget`` how much of a large graph one page holds (``kg.viz.partial`` reads only
that from Oxigraph), ``kg.viz.community`` which community colours each entity, ``kg.viz.bundle``
how the triples between two nodes become one edge, ``kg.viz.layout`` and ``kg.viz.spacing`` how
nodes are placed and sized, ``kg.viz.style`` how they look, and ``kg.viz.page`` how the page is built.
"""

from __future__ import annotations

import os

from kg.viz.page import ViewStats

__all__ = ["write_html", "render_file", "read_graph", "ViewStats"]


def write_html(graph, path: str | os.PathLike, *, focus: str | None = None, hops: int = 2, title: str | None = None) -> ViewStats:
    """Write an interactive, self-contained HTML view of a kg graph.

    Args:
        graph: an ``rdflib.Graph`` kg built (or one edited since in another tool).
        path: the ``.html`` file to write; written atomically (temporary file, then rename).
        focus: draw only the neighbourhood of the entity with this name (or IRI).
        hops: how many edges away from ``focus`` the neighbourhood reaches.
        title: the page's title; defaults to "Knowledge graph" (with the focus, if any).

    Returns:
        The counts of nodes, edges, statements and documents the page holds, and its size.

    Raises:
        KgError: ``focus`` matches no entity.

    Example:
        >>> from rdflib import Graph
        >>> stats = write_html(Graph().parse("out/graph.ttl"), "out/graph.html")  # doctest: +SKIP
        >>> stats.nodes  # doctest: +SKIP
        42
    """
    from kg.viz.budget import fit_page
    from kg.viz.model import read_view, select_neighbourhood
    from kg.viz.page import write_page
    from kg.viz.partial import read_page_view

    # a corpus of thousands of articles is more than a page holds: read only what it holds
    if focus is None:
        view, trimmed = read_page_view(graph)
    else:  # the neighbourhood is found in the whole view
        view, trimmed = fit_page(select_neighbourhood(read_view(graph), focus, hops))
    if title is None:
        title = "Knowledge graph" + (f" — around {focus}" if focus else "")
    return write_page(view, path, title=title, trimmed=trimmed)


def read_graph(path: str | os.PathLike):
    """Parse an RDF file (Turtle unless the suffix says otherwise) into an ``rdflib.Graph``.

    Raises:
        GraphError: the file is missing or does not parse; the message names the file.
    """
    from pathlib import Path

    from rdflib import Graph
    from rdflib.util import guess_format

    from kg.errors import GraphError

    source = Path(path)
    if not source.is_file():
        raise GraphError(f"{source}: no such file")
    rdf_format = guess_format(source.name) or "turtle"
    try:
        return Graph().parse(source, format=rdf_format)
    except Exception as error:  # rdflib raises many unrelated types for bad input
        reason = " ".join(str(error).split()) or type(error).__name__
        raise GraphError(f"{source}: not valid {rdf_format}: {reason[:300]}") from error


def render_file(graph_path: str | os.PathLike, html_path: str | os.PathLike, *, focus: str | None = None, hops: int = 2, title: str | None = None) -> ViewStats:
    """Read a graph file and write its HTML page (``write_html`` over the file loaded into
    Oxigraph, which reads half a million triples in seconds where rdflib takes most of a minute).

    Example:
        >>> render_file("out/graph.ttl", "out/graph.html", focus="Blinken", hops=1)  # doctest: +SKIP
    """
    from pathlib import Path

    from kg.errors import KgError

    target = Path(html_path)
    if not target.parent.is_dir():
        raise KgError(f"{target}: folder {target.parent} does not exist")
    from kg.export.read import read_store
    from kg.rdf.oxgraph import OxGraph

    return write_html(OxGraph.of_store(read_store(graph_path)), target, focus=focus, hops=hops, title=title)
