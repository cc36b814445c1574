"""A page holds at most a budget of statements: the most mentioned nodes, each quoting its first few."""

from __future__ import annotations

from browser_pages import search_for

from kg.viz import budget, write_html
from kg.viz.budget import fit_page
from kg.viz.model import read_view


def _quoted(view) -> set[int]:
    return {i for node in view.nodes for i in node.statements} | {i for edge in view.edges for i in edge.statements}


def test_a_view_within_the_budget_is_left_whole(small_graph):
    view = read_view(small_graph)
    fitted, trimmed = fit_page(view)
    assert trimmed is None
    assert fitted is view


def test_a_view_past_the_budget_keeps_the_most_mentioned_nodes_and_counts_what_it_left_out(small_graph):
    view = read_view(small_graph)
    whole = {node.id: node for node in view.nodes}
    fitted, trimmed = fit_page(view, budget=12, per_item=3)
    assert len(_quoted(fitted)) <= 12
    assert 0 < trimmed.nodes == len(fitted.nodes) < trimmed.of_nodes == len(view.nodes)
    kept = {node.id for node in fitted.nodes}
    least_kept = min(node.mentions for node in fitted.nodes)
    assert all(node.mentions <= least_kept for node in view.nodes if node.id not in kept)
    for node in fitted.nodes:
        assert node.statements == whole[node.id].statements[:3]
        assert node.left_out == len(whole[node.id].statements) - len(node.statements)
    assert all(edge.source in kept and edge.target in kept for edge in fitted.edges)


def test_a_trimmed_page_says_how_much_it_holds_and_what_a_panel_left_out(open_page, small_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(budget, "STATEMENT_BUDGET", 12)
    monkeypatch.setattr(budget, "QUOTED_PER_ITEM", 1)
    path = tmp_path / "trimmed.html"
    stats = write_html(small_graph, path)
    fitted, trimmed = fit_page(read_view(small_graph))
    assert stats.nodes == trimmed.nodes < trimmed.of_nodes
    opened = open_page(path)
    page = opened.page
    header = page.inner_text("#kg-stats")
    assert f"the {trimmed.nodes} most mentioned of {trimmed.of_nodes} nodes" in header
    busiest = max(fitted.nodes, key=lambda node: node.left_out)
    assert busiest.left_out > 0
    assert search_for(page, busiest.label) == busiest.label
    panel = page.inner_text("#kg-panel-body")
    assert f"facts ({busiest.left_out + 1})" in panel.casefold()  # the heading is styled upper-case
    assert "more fact" in panel and "kg show" in panel
    assert opened.errors == []

