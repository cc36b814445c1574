"""How much of a large graph one page holds, so that a page opens whatever the corpus.

A page embeds the evidence (sentence, document, arguments) of every statement its nodes and
edges quote, about 600 bytes each: a corpus of 10,000 articles would make a page of hundreds
of megabytes, which no browser opens. Past ``STATEMENT_BUDGET`` statements the page keeps
the most mentioned nodes first, each quoting at most ``QUOTED_PER_ITEM`` statements in
reading order (as many as its panel lists), while the statements they quote together stay
within the budget. Each node counts the statements it left out, and the page says how many
nodes it holds of how many; ``kg viz --focus NAME`` draws the neighbourhood of any entity
(within the same budget).

Example:
    >>> view, trimmed = fit_page(read_view(graph))  # doctest: +SKIP
    >>> trimmed  # None: the whole view fits  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.viz.model import Node, View

__all__ = ["STATEMENT_BUDGET", "QUOTED_PER_ITEM", "Trimmed", "fit_page"]

#: Statements one page quotes at most (about 25 MB of page).
STATEMENT_BUDGET = 40_000
#: Statements one node or relation quotes at most: what its side panel lists.
QUOTED_PER_ITEM = 300


@dataclass(frozen=True)
class Trimmed:
    """What a page left out: it holds ``nodes`` of the view's ``of_nodes``."""

    nodes: int
    of_nodes: int


def fit_page(view: View, budget: int | None = None, per_item: int | None = None) -> tuple[View, Trimmed | None]:
    """``view`` cut down to quote at most ``budget`` statements (default ``STATEMENT_BUDGET``),
    each node at most ``per_item`` (``QUOTED_PER_ITEM``), and what was cut (None: nothing).

    Nodes are taken in ``page_rank`` order until the next would take the page past the
    budget; an edge stays when both its ends do.
    """
    budget = STATEMENT_BUDGET if budget is None else budget
    per_item = QUOTED_PER_ITEM if per_item is None else per_item
    quoted = {i for node in view.nodes for i in node.statements} | {i for edge in view.edges for i in edge.statements}
    if len(quoted) <= budget:
        return view, None
    ranked = sorted(view.nodes, key=lambda node: page_rank(node, len(node.statements)))
    kept_nodes, taken = [], set()
    for node in ranked:
        own = node.statements[:per_item]
        new = len(taken) + sum(1 for i in own if i not in taken)
        if new > budget and kept_nodes:
            break
        taken.update(own)
        kept_nodes.append(_capped(node, per_item))
    kept = {node.id for node in kept_nodes}
    kept_nodes.sort(key=lambda node: node.id)
    # an edge between two kept nodes quotes what they quote (its statements name both ends)
    edges = [replace(edge, statements=[i for i in edge.statements if i in taken])
             for edge in view.edges if edge.source in kept and edge.target in kept]
    return replace(view, nodes=kept_nodes, edges=edges), Trimmed(len(kept_nodes), len(view.nodes))


def page_rank(node: Node, quoted: int) -> tuple:
    """The order nodes are taken in: most mentioned, then most quoted (``quoted`` statements),
    then by label and IRI, so the cut does not depend on the order the graph was read in."""
    return -node.mentions, -quoted, node.label, node.iri


def _capped(node: Node, per_item: int) -> Node:
    """``node`` quoting its first ``per_item`` statements, counting those it leaves out."""
    return replace(node, statements=node.statements[:per_item],
                   left_out=max(0, len(node.statements) - per_item))
