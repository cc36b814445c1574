"""Turn a view model into one self-contained, offline HTML page with pyvis.

pyvis gives the page its vis-network data and script; our template (``assets/page.html``) replaces
pyvis' own, which loads Bootstrap from a CDN, and inlines vis-network, our viewer script and
style, and the evidence as JSON. Nothing on the page is fetched. The pyvis ``Network``'s node and
edge lists are filled directly: its ``add_edge`` scans every node per call, which is quadratic.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from kg.atomic import atomic_output
from kg.viz.layout import compute_layout, rank_nodes
from kg.viz.model import View
from kg.viz.style import kind_colours, legend_order, vis_options

__all__ = ["ViewStats", "build_network", "render_page", "write_page"]

ASSETS = Path(__file__).resolve().parent / "assets"

#: The first view draws at most this many entities, the most important ones; the rest come in
#: through search, "expand neighbours" and the neighbourhood view.
OVERVIEW_LIMIT = 150

@dataclass(frozen=True)
class ViewStats:
    """What a written page shows: nodes, edges (relation triples), the statements their side
    panels quote, the documents those come from, and the file's size in bytes."""

    nodes: int
    edges: int
    statements: int
    documents: int
    bytes: int


def build_network(view: View, *, title: str = "Knowledge graph"):
    """A pyvis ``Network`` holding the view's nodes and edges, laid out and styled.

    Args:
        view: the view model to draw.
        title: shown in the page's header and ``<title>``.

    Returns:
        ``(network, payload)``: the pyvis Network, and the JSON-ready evidence the side panel reads.
    """
    from pyvis.network import Network

    ids = [node.id for node in view.nodes]
    pairs = [(edge.source, edge.target) for edge in view.edges]
    importance = rank_nodes(ids, pairs)
    positions = compute_layout(ids, pairs)
    colours = kind_colours({node.kind for node in view.nodes})
    network = Network(directed=True, cdn_resources="in_line", heading=title)
    overview, loners = _overview(view, importance)
    # The overview gets a layout of its own, so its few hundred nodes fill the screen legibly.
    overview_pairs = [(a, b) for a, b in pairs if a in overview and b in overview]
    positions.update(compute_layout(sorted(overview), overview_pairs))
    every_node = [_vis_node(node, importance[node.id], positions[node.id]) for node in view.nodes]
    every_edge = _vis_edges(view)
    # The page starts with the overview drawn; the rest waits in the payload until it is asked for.
    network.nodes = [node for node in every_node if node["id"] in overview]
    network.node_ids = [node["id"] for node in network.nodes]
    network.node_map = {node["id"]: node for node in network.nodes}
    network.edges = [edge for edge in every_edge if edge["from"] in overview and edge["to"] in overview]
    network.options = vis_options(len(overview), colours)
    payload = _payload(view, colours)
    payload["overview"] = sorted(overview)
    payload["loners"] = loners
    payload["visNodes"] = {node["id"]: node for node in every_node}
    payload["visEdges"] = {edge["id"]: edge for edge in every_edge}
    return network, payload


def render_page(view: View, *, title: str = "Knowledge graph") -> str:
    """The page's HTML text (see ``build_network``)."""
    from jinja2 import Environment, FileSystemLoader

    network, payload = build_network(view, title=title)
    pyvis_templates = Path(network.template_dir)
    # Our template first; pyvis' folder second, for the vis-network files it includes.
    network.templateEnv = Environment(loader=FileSystemLoader([str(ASSETS), str(pyvis_templates)]), autoescape=True)
    network.path = "page.html"
    network.templateEnv.globals.update(kg=payload, kg_title=title)
    return network.generate_html()


def write_page(view: View, path: str | os.PathLike, *, title: str = "Knowledge graph") -> ViewStats:
    """Write the page to ``path`` atomically (a temporary file in the same folder, then a rename).

    Returns:
        The counts of what the page shows.
    """
    html = render_page(view, title=title)
    target = Path(path)
    data = html.encode("utf-8")
    with atomic_output(target) as out:
        out.write(data)
    return ViewStats(len(view.nodes), len(view.edges), len(_shown_statements(view)), len(view.documents), len(data))


def _shown_statements(view: View) -> list[int]:
    """Ids of the statements a shown node or edge refers to (all of them, unless focused)."""
    ids = {i for node in view.nodes for i in node.statements}
    ids.update(i for edge in view.edges for i in edge.statements)
    return sorted(ids)


def _is_be(edge) -> bool:
    """'be' relations (a fifth of a corpus's edges, mostly 'X is Y') start hidden."""
    return edge.predicate.rstrip("/").rsplit("/", 1)[-1] == "be"


def _overview(view: View, importance: dict[int, float]) -> tuple[set[int], list[int]]:
    """The entities the first view draws, and the entities without any relation (listed, not drawn).

    Drawn: entities (not concepts) that share a relation other than 'be' with another entity,
    the ``OVERVIEW_LIMIT`` most important (degree centrality, then mentions). A graph with no
    such entity draws every node, as before.
    """
    concept = {node.id for node in view.nodes if node.is_concept}
    linked: set[int] = set()
    touched: set[int] = set()
    for edge in view.edges:
        touched.update((edge.source, edge.target))
        if not _is_be(edge) and edge.source not in concept and edge.target not in concept and edge.source != edge.target:
            linked.update((edge.source, edge.target))
    loners = sorted((node for node in view.nodes if node.id not in touched and not node.is_concept), key=lambda n: (-n.mentions, n.label))
    if not linked:
        return {node.id for node in view.nodes}, []
    mentions = {node.id: node.mentions for node in view.nodes}
    ranked = sorted(linked, key=lambda i: (-importance[i], -mentions[i], i))
    return set(ranked[:OVERVIEW_LIMIT]), [node.id for node in loners]


def _vis_node(node, importance: float, position: tuple[float, float]) -> dict:
    """One vis-network node: label, plain-text tooltip, size, class (its group) and position."""
    value = 1.0 + 10.0 * math.sqrt(importance)
    if node.is_concept:
        value *= 0.4
    return {
        "id": node.id,
        "label": _shorten(node.label, 40),
        "title": _node_tooltip(node),
        "group": node.kind,
        "value": round(value, 3),
        "x": round(position[0], 1),
        "y": round(position[1], 1),
    }


def _vis_edges(view: View) -> list[dict]:
    """vis-network edges; parallel edges between one pair of nodes bend apart so all stay visible."""
    labels = {node.id: node.label for node in view.nodes}
    seen_per_pair: dict[frozenset, int] = {}
    edges = []
    for edge in view.edges:
        pair = frozenset((edge.source, edge.target))
        rank = seen_per_pair.get(pair, 0)
        seen_per_pair[pair] = rank + 1
        vis = {
            "id": edge.id,
            "from": edge.source,
            "to": edge.target,
            "label": _shorten(edge.label, 30),
            "title": _edge_tooltip(view, edge, labels),
            "value": len(edge.statements) or 1,
            "hidden": _is_be(edge),
        }
        if rank:
            vis["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.25 * rank, 2)}
        edges.append(vis)
    return edges


def _payload(view: View, colours: dict[str, str]) -> dict:
    """The evidence the side panel, search and filters read, in compact lists keyed by id."""
    kinds: dict[str, int] = {}
    for node in view.nodes:
        kinds[node.kind] = kinds.get(node.kind, 0) + 1
    return {
        "kinds": [{"name": k, "colour": colours[k], "count": n} for k, n in sorted(kinds.items(), key=legend_order)],
        "nodes": {
            node.id: {
                "label": node.label,
                "kind": node.kind,
                "iri": node.iri,
                "alt": node.alt_labels,
                "details": node.details,
                "mentions": node.mentions,
                "statements": node.statements,
            }
            for node in view.nodes
        },
        "edges": {
            edge.id: {"from": edge.source, "to": edge.target, "label": edge.label, "statements": edge.statements, "be": _is_be(edge)}
            for edge in view.edges
        },
        "statements": {
            i: {
                "s": st.subject,
                "sl": st.subject_label,
                "p": st.predicate_label,
                "o": st.object,
                "ol": st.object_label,
                "text": st.sentence,
                "doc": st.document,
                "conf": st.confidence,
                "neg": st.negated,
                "mod": st.modality,
                "args": st.arguments,
            }
            for i, st in ((i, view.statements[i]) for i in _shown_statements(view))
        },
        "documents": [{"title": d.title, "date": d.date, "iri": d.iri} for d in view.documents],
    }


def _node_tooltip(node) -> str:
    lines = [node.label, node.kind + (f" · {node.mentions} mentions" if node.mentions else "")]
    if node.alt_labels:
        lines.append("also: " + ", ".join(node.alt_labels[:6]))
    lines.extend(f"{name}: {value}" for name, value in node.details[:4])
    lines.append(_count(len(node.statements), "fact") + " — click for the evidence")
    return "\n".join(lines)


def _edge_tooltip(view: View, edge, labels: dict[int, str]) -> str:
    lines = [f"{labels[edge.source]} — {edge.label} → {labels[edge.target]}", _count(len(edge.statements), "statement")]
    if edge.statements:
        lines.append("“" + _shorten(view.statements[edge.statements[0]].sentence, 160) + "”")
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
