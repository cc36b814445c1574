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
from kg.viz.budget import Trimmed
from kg.viz.bundle import Bundle, bundle_edges, is_be
from kg.viz.community import Community, find_communities, pick_named
from kg.viz.layout import compute_layout, rank_nodes
from kg.viz.model import View
from kg.viz.spacing import node_boxes, separate_boxes
from kg.viz.style import LABEL_SIZES, NODE_SIZES, community_colour, group_name, kind_shape, legend_order, vis_options

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
    bundles = bundle_edges(view)
    network = Network(directed=True, cdn_resources="in_line", heading=title)
    overview, loners = _overview(view, importance)
    communities = pick_named(find_communities(view), overview)
    named = {member: c.index for c in communities for member in c.members}
    # The overview gets a layout of its own, so its few hundred nodes fill the screen legibly.
    overview_pairs = [(a, b) for a, b in pairs if a in overview and b in overview]
    positions.update(compute_layout(sorted(overview), overview_pairs))
    every_node = [_vis_node(node, importance[node.id], positions[node.id], named.get(node.id)) for node in view.nodes]
    _spread_overview(every_node, overview)
    every_edge = _vis_edges(view, bundles)
    # The page starts with the overview drawn; the rest waits in the payload until it is asked for.
    network.nodes = [node for node in every_node if node["id"] in overview]
    network.node_ids = [node["id"] for node in network.nodes]
    network.node_map = {node["id"]: node for node in network.nodes}
    network.edges = [edge for edge in every_edge if edge["from"] in overview and edge["to"] in overview]
    network.options = vis_options(len(overview), {node["group"] for node in every_node})
    payload = _payload(view, bundles, named)
    payload["communities"] = _legend(communities, named, view)
    payload["overview"] = sorted(overview)
    payload["loners"] = loners
    payload["visNodes"] = {node["id"]: node for node in every_node}
    payload["visEdges"] = {edge["id"]: edge for edge in every_edge}
    return network, payload


def render_page(view: View, *, title: str = "Knowledge graph", trimmed: Trimmed | None = None) -> str:
    """The page's HTML text (see ``build_network``)."""
    from jinja2 import Environment, FileSystemLoader

    network, payload = build_network(view, title=title)
    if trimmed is not None:
        payload["trimmed"] = {"nodes": trimmed.nodes, "of": trimmed.of_nodes}
    pyvis_templates = Path(network.template_dir)
    # Our template first; pyvis' folder second, for the vis-network files it includes.
    network.templateEnv = Environment(loader=FileSystemLoader([str(ASSETS), str(pyvis_templates)]), autoescape=True)
    network.path = "page.html"
    network.templateEnv.globals.update(kg=payload, kg_title=title)
    return network.generate_html()


def write_page(view: View, path: str | os.PathLike, *, title: str = "Knowledge graph",
               trimmed: Trimmed | None = None) -> ViewStats:
    """Write the page to ``path`` atomically (a temporary file in the same folder, then a rename).

    ``trimmed`` says that ``view`` is the part of a larger one that fits a page (``kg.viz.budget``).

    Returns:
        The counts of what the page shows.
    """
    html = render_page(view, title=title, trimmed=trimmed)
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
        if not is_be(edge) and edge.source not in concept and edge.target not in concept and edge.source != edge.target:
            linked.update((edge.source, edge.target))
    loners = sorted((node for node in view.nodes if node.id not in touched and not node.is_concept), key=lambda n: (-n.mentions, n.label))
    if not linked:
        return {node.id for node in view.nodes}, []
    mentions = {node.id: node.mentions for node in view.nodes}
    ranked = sorted(linked, key=lambda i: (-importance[i], -mentions[i], i))
    return set(ranked[:OVERVIEW_LIMIT]), [node.id for node in loners]


def _spread_overview(vis_nodes: list[dict], overview: set[int]) -> None:
    """Move the overview's nodes apart until no two labels overlap (see ``kg.viz.spacing``)."""
    drawn = {node["id"]: node for node in vis_nodes if node["id"] in overview}
    boxes = node_boxes({i: n["label"] for i, n in drawn.items()}, {i: n["value"] for i, n in drawn.items()}, NODE_SIZES, LABEL_SIZES)
    moved = separate_boxes({i: (n["x"], n["y"]) for i, n in drawn.items()}, boxes)
    for node_id, (x, y) in moved.items():
        drawn[node_id]["x"], drawn[node_id]["y"] = x, y


def _vis_node(node, importance: float, position: tuple[float, float], community: int | None) -> dict:
    """One vis-network node: label, plain-text tooltip, size, group (community colour and class
    shape) and position."""
    value = 1.0 + 10.0 * math.sqrt(importance)
    if node.is_concept:
        value *= 0.4
    return {
        "id": node.id,
        "label": _shorten(node.label, 40),
        "title": _node_tooltip(node),
        "group": group_name(community, node.kind),
        "value": round(value, 3),
        "x": round(position[0], 1),
        "y": round(position[1], 1),
    }


def _vis_edges(view: View, bundles: list[Bundle]) -> list[dict]:
    """One vis-network edge per bundle, as wide as its statements are many; a 'be' bundle beside
    another bundle of the same pair bends away from it."""
    labels = {node.id: node.label for node in view.nodes}
    seen_per_pair: dict[frozenset, int] = {}
    edges = []
    for bundle in bundles:
        pair = frozenset((bundle.source, bundle.target))
        rank = seen_per_pair.get(pair, 0)
        seen_per_pair[pair] = rank + 1
        vis = {
            "id": bundle.id,
            "from": bundle.source,
            "to": bundle.target,
            "label": _shorten(bundle.label, 30),
            "title": _edge_tooltip(view, bundle, labels),
            "value": len(bundle.statements) or len(bundle.edges),
            "hidden": bundle.be,
        }
        if bundle.both_ways:
            vis["arrows"] = "to, from"
        if rank:
            vis["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.25 * rank, 2)}
        edges.append(vis)
    return edges


def _legend(communities: list[Community], named: dict[int, int], view: View) -> list[dict]:
    """The community legend: each named community's name, colour and size, then the rest (in
    smaller communities, or in none)."""
    entries = [{"index": c.index, "name": c.name, "colour": community_colour(c.index), "count": len(c.members)} for c in communities]
    rest = sum(1 for node in view.nodes if not node.is_concept and node.id not in named)
    if rest and entries:
        entries.append({"index": None, "name": "smaller communities and unconnected", "colour": community_colour(None), "count": rest})
    return entries


def _payload(view: View, bundles: list[Bundle], named: dict[int, int]) -> dict:
    """The evidence the side panel, search and filters read, in compact lists keyed by id."""
    kinds: dict[str, int] = {}
    for node in view.nodes:
        kinds[node.kind] = kinds.get(node.kind, 0) + 1
    return {
        "kinds": [{"name": k, "shape": kind_shape(k), "count": n} for k, n in sorted(kinds.items(), key=legend_order)],
        "nodes": {
            node.id: {
                "label": node.label,
                "kind": node.kind,
                "c": named.get(node.id),
                "iri": node.iri,
                "alt": node.alt_labels,
                "details": node.details,
                "mentions": node.mentions,
                "statements": node.statements,
                **({"more": node.left_out} if node.left_out else {}),
            }
            for node in view.nodes
        },
        "edges": {
            bundle.id: {
                "from": bundle.source,
                "to": bundle.target,
                "label": bundle.label,
                "both": bundle.both_ways,
                "statements": bundle.statements,
                "be": bundle.be,
                # Each triple: its relation, its ends and how many statements restate it.
                "triples": [[e.label, e.source, e.target, len(e.statements)] for e in bundle.triples],
            }
            for bundle in bundles
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


def _edge_tooltip(view: View, bundle: Bundle, labels: dict[int, str]) -> str:
    arrow = "↔" if bundle.both_ways else "→"
    lines = [f"{labels[bundle.source]} {arrow} {labels[bundle.target]}"]
    for edge in bundle.triples[:6]:
        lines.append(f"{edge.label}: {_count(len(edge.statements), 'statement')}")
    if len(bundle.edges) > 6:
        lines.append(f"… and {len(bundle.edges) - 6} more relations")
    if bundle.statements:
        lines.append("“" + _shorten(view.statements[bundle.statements[0]].sentence, 160) + "”")
    lines.append("click for every statement")
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
