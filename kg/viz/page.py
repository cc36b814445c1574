"""Turn a view model into one self-contained, offline HTML page with pyvis.

pyvis gives the page its vis-network data and script; our template (``assets/page.html``) replaces
pyvis' own, which loads Bootstrap from a CDN, and inlines vis-network, our viewer script and
style, and the evidence as JSON. Nothing on the page is fetched. The pyvis ``Network``'s node and
edge lists are filled directly: its ``add_edge`` scans every node per call, which is quadratic.
"""

from __future__ import annotations

import colorsys
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kg.viz.layout import compute_layout, rank_nodes
from kg.viz.model import View

__all__ = ["ViewStats", "KIND_COLOURS", "PHYSICS_LIMIT", "build_network", "render_page", "write_page"]

ASSETS = Path(__file__).resolve().parent / "assets"

#: Fill colour per ontology class (Tableau 10); classes not listed take EXTRA_COLOURS in turn.
KIND_COLOURS = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "Country": "#e15759",
    "Place": "#76b7b2",
    "Group": "#59a14f",
    "Event": "#edc948",
    "Work": "#b07aa1",
    "Product": "#ff9da7",
    "Law": "#9c755f",
    "Entity": "#86bcb6",
    "Other": "#79706e",
    "Concept": "#c3c8cf",
}
EXTRA_COLOURS = ("#8cd17d", "#b6992d", "#499894", "#d37295", "#a0cbe8", "#ffbe7d")

#: Graphs up to this many nodes keep vis-network's physics on (a short stabilisation from the
#: precomputed layout, then live dragging); larger ones start still and fast.
PHYSICS_LIMIT = 300


@dataclass(frozen=True)
class ViewStats:
    """What a written page shows."""

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
    colours = _kind_colours(view)
    network = Network(directed=True, cdn_resources="in_line", heading=title)
    network.nodes = [_vis_node(node, importance[node.id], positions[node.id], colours[node.kind]) for node in view.nodes]
    network.node_ids = ids
    network.node_map = {node["id"]: node for node in network.nodes}
    network.edges = _vis_edges(view)
    network.options = _vis_options(len(view.nodes))
    return network, _payload(view, colours)


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
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return ViewStats(len(view.nodes), len(view.edges), len(_shown_statements(view)), len(view.documents), len(data))


def _shown_statements(view: View) -> list[int]:
    """Ids of the statements a shown node or edge refers to (all of them, unless focused)."""
    ids = {i for node in view.nodes for i in node.statements}
    ids.update(i for edge in view.edges for i in edge.statements)
    return sorted(ids)


def _vis_node(node, importance: float, position: tuple[float, float], colour: str) -> dict:
    """One vis-network node: label, plain-text tooltip, size, colour and fixed start position."""
    value = 1.0 + 10.0 * math.sqrt(importance)
    if node.is_concept:
        value *= 0.4
    border = _shade(colour, 0.72)
    vis = {
        "id": node.id,
        "label": _shorten(node.label, 40),
        "title": _node_tooltip(node),
        "value": round(value, 3),
        "x": round(position[0], 1),
        "y": round(position[1], 1),
        "color": {
            "background": colour,
            "border": border,
            "highlight": {"background": _shade(colour, 1.15), "border": "#1a202c"},
            "hover": {"background": _shade(colour, 1.1), "border": "#1a202c"},
        },
    }
    if node.is_concept:
        vis["font"] = {"color": "#616e7c", "size": 12}
    return vis


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
        }
        if rank:
            vis["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.25 * rank, 2)}
        edges.append(vis)
    return edges


def _vis_options(node_count: int) -> dict:
    """vis-network options: physics only for small graphs, edges hidden while dragging big ones."""
    big = node_count > PHYSICS_LIMIT
    physics = (
        {"enabled": False}
        if big
        else {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -70, "springLength": 130, "avoidOverlap": 0.5},
            "stabilization": {"enabled": True, "iterations": 200, "fit": True},
        }
    )
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "font": {"size": 14, "face": font, "color": "#1f2933", "strokeWidth": 4, "strokeColor": "#ffffff"},
            "scaling": {"min": 7, "max": 34, "label": {"enabled": True, "min": 11, "max": 30, "drawThreshold": 8, "maxVisible": 24}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": "#a3acb9", "highlight": "#2f6fb3", "hover": "#2f6fb3", "inherit": False},
            "font": {"size": 11, "face": font, "color": "#52606d", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
            "scaling": {"min": 1, "max": 5, "label": {"enabled": False, "drawThreshold": 6}},
            "smooth": False,
            "selectionWidth": 1.5,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "physics": physics,
    }


def _payload(view: View, colours: dict[str, str]) -> dict:
    """The evidence the side panel, search and filters read, in compact lists keyed by id."""
    kinds: dict[str, int] = {}
    for node in view.nodes:
        kinds[node.kind] = kinds.get(node.kind, 0) + 1
    return {
        "kinds": [{"name": k, "colour": colours[k], "count": n} for k, n in sorted(kinds.items(), key=_kind_order)],
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
            edge.id: {"from": edge.source, "to": edge.target, "label": edge.label, "statements": edge.statements}
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
        "physics": len(view.nodes) <= PHYSICS_LIMIT,
    }


def _kind_order(item: tuple[str, int]) -> tuple:
    """Legend order: known classes as listed in KIND_COLOURS (Concept last), then the rest by name."""
    known = list(KIND_COLOURS)
    return (known.index(item[0]) if item[0] in known else len(known) - 1, item[0])


def _kind_colours(view: View) -> dict[str, str]:
    colours = dict(KIND_COLOURS)
    extra = sorted({node.kind for node in view.nodes} - set(colours))
    for i, kind in enumerate(extra):
        colours[kind] = EXTRA_COLOURS[i % len(EXTRA_COLOURS)]
    return colours


def _node_tooltip(node) -> str:
    lines = [node.label, node.kind + (f" · {node.mentions} mentions" if node.mentions else "")]
    if node.alt_labels:
        lines.append("also: " + ", ".join(node.alt_labels[:6]))
    lines.extend(f"{name}: {value}" for name, value in node.details[:4])
    lines.append(f"{len(node.statements)} facts — click for evidence")
    return "\n".join(lines)


def _edge_tooltip(view: View, edge, labels: dict[int, str]) -> str:
    lines = [f"{labels[edge.source]} — {edge.label} → {labels[edge.target]}", f"{len(edge.statements)} statements"]
    if edge.statements:
        lines.append("“" + _shorten(view.statements[edge.statements[0]].sentence, 160) + "”")
    return "\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _shade(colour: str, factor: float) -> str:
    """The colour with its lightness scaled by ``factor`` (darker below 1)."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    r, g, b = colorsys.hls_to_rgb(h, max(0.0, min(1.0, lightness * factor)), s)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))
