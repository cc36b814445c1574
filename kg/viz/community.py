"""Communities of the view's entities, each named by its most important members.

The split is ``kg.analytics.communities`` (seeded Louvain over weighted PageRank), run on the same
entity graph ``kg stats`` reads: one node per entity, one edge per pair of entities sharing
statements, weighted by how many. So the page's legend and ``kg stats`` name the same groups, and
a rebuild of the same corpus colours it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.viz.model import OTHER_KIND, View

__all__ = ["Community", "find_communities", "pick_named", "NAMED_LIMIT"]

#: Communities beyond this many share one neutral colour: a legend of hundreds of two-entity
#: communities would name nothing.
NAMED_LIMIT = 10


@dataclass(frozen=True)
class Community:
    """One community: its index (its rank in the list it belongs to), name and member node ids,
    most important first."""

    index: int
    name: str
    members: tuple[int, ...]


def find_communities(view: View) -> list[Community]:
    """The view's entity communities, largest first, each named by its top 2-3 entities.

    Args:
        view: the view model; concepts and untyped nodes take part in no community.

    Returns:
        Every community of two or more entities (isolated entities belong to none).

    Example:
        >>> [c.name for c in find_communities(read_view(graph))][:1]  # doctest: +SKIP
        ['Antony Blinken, Yang Jiechi, China']
    """
    from kg.analytics import communities

    ids = {node.iri: node.id for node in view.nodes}
    labels = {node.id: node.label for node in view.nodes}
    groups = [[ids[iri] for iri in group] for group in communities(_entity_graph(view))]
    return [Community(i, ", ".join(labels[m] for m in group[:3]), tuple(group)) for i, group in enumerate(groups)]


def pick_named(communities: list[Community], shown: set[int], limit: int = NAMED_LIMIT) -> list[Community]:
    """The communities the legend names and colours: those with most members in ``shown``.

    The first view draws a few hundred central entities; on a large corpus the largest
    communities are not always the ones it draws, and a legend of communities one cannot see
    would leave the picture grey. Ties go to the larger community, then kg stats' order.

    Returns:
        At most ``limit`` communities, re-indexed 0, 1, ... in legend order.
    """
    ranked = sorted(communities, key=lambda c: (-len(shown.intersection(c.members)), -len(c.members), c.index))
    return [Community(i, c.name, c.members) for i, c in enumerate(ranked[:limit])]


def _entity_graph(view: View):
    """``kg.analytics.entity_graph``'s graph, read from the view instead of a SPARQL store.

    Keyed by IRI and filled in IRI order: Louvain's seeded shuffle depends on the order nodes and
    edges were added, and the view's order follows rdflib's, which may differ between runs.
    """
    import networkx as nx

    entity = {node.id: node for node in view.nodes if not node.is_concept and node.kind != OTHER_KIND}
    weights: dict[tuple[str, str], int] = {}
    for st in view.statements:
        if st.subject in entity and st.object in entity and st.subject != st.object:
            pair = tuple(sorted((entity[st.subject].iri, entity[st.object].iri)))
            weights[pair] = weights.get(pair, 0) + 1
    graph = nx.Graph()
    for node in sorted(entity.values(), key=lambda n: n.iri):
        graph.add_node(node.iri, mentions=node.mentions)
    for (a, b), count in sorted(weights.items()):
        graph.add_edge(a, b, weight=count)
    return graph
