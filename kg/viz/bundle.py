"""Bundle the relation triples between one pair of nodes into the one edge the page draws.

Between two well-known entities a corpus states many facts ("met", "warned", "criticized", ...);
drawn one by one they become a fan of curves with unreadable labels. A bundle is drawn once,
as wide as it has statements, labelled with its relation if it has one, else "N facts"; its
panel lists every statement. 'be' triples ("X is Y") bundle apart, because the page hides them
until asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.viz.model import Edge, View, reading_order

__all__ = ["Bundle", "bundle_edges", "is_be"]


@dataclass
class Bundle:
    """The triples between one unordered pair of nodes (and of one 'be'-ness)."""

    id: int
    source: int  # the first triple's ends; ``both_ways`` says if some triple runs back
    target: int
    edges: list[int] = field(default_factory=list)  # triple ids, commonest relation first
    triples: list[Edge] = field(default_factory=list, repr=False)  # the same triples
    statements: list[int] = field(default_factory=list)  # every triple's, in reading order
    label: str = ""
    both_ways: bool = False
    be: bool = False


def is_be(edge: Edge) -> bool:
    """'be' relations (a fifth of a corpus's edges, mostly 'X is Y') start hidden."""
    return edge.predicate.rstrip("/").rsplit("/", 1)[-1] == "be"


def bundle_edges(view: View) -> list[Bundle]:
    """One bundle per unordered node pair (and 'be' or not), in the order of their first triple.

    Args:
        view: the view model; its statements' order is the reading order bundles keep.

    Returns:
        The bundles; every triple of ``view.edges`` is in exactly one.

    Example:
        >>> [(b.label, len(b.edges)) for b in bundle_edges(view)]  # doctest: +SKIP
        [('3 facts', 2), ('raised', 1)]
    """
    bundles: dict[tuple, Bundle] = {}
    for edge in view.edges:
        key = (frozenset((edge.source, edge.target)), is_be(edge))
        if key not in bundles:
            bundles[key] = Bundle(len(bundles), edge.source, edge.target, be=key[1])
        bundle = bundles[key]
        bundle.edges.append(edge.id)
        bundle.both_ways |= (edge.source, edge.target) != (bundle.source, bundle.target)
    # by id, not position: a neighbourhood or a page's share of a graph keeps some edges only
    edge_of = {edge.id: edge for edge in view.edges}
    for bundle in bundles.values():
        triples = [edge_of[i] for i in bundle.edges]
        # Commonest relation first; ties by label, so rebuilds agree.
        triples.sort(key=lambda e: (-len(e.statements), e.label, e.id))
        bundle.edges, bundle.triples = [e.id for e in triples], triples
        bundle.statements = sorted({s for e in triples for s in e.statements}, key=lambda s: (reading_order(view.statements, view.documents, s), s))
        labels = {e.label for e in triples}
        bundle.label = triples[0].label if len(labels) == 1 else f"{max(len(bundle.statements), len(triples))} facts"
    return list(bundles.values())

