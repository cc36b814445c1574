"""Communities and bundled edges in headless Chromium: the colours drawn, the legend, the panel."""

from __future__ import annotations

import pytest
from browser_pages import load_page
from test_page_browser import EDGE_MIDDLE, REDRAWN
from viz_graphs import BLINKEN, YANG, make_fact_graph

from kg.namespaces import REL
from kg.viz import write_html

# The fill vis-network draws each drawn node with, and the community it belongs to.
FILLS = """() => nodes.getIds().filter(id => kgData.nodes[id].kind !== 'Concept').map(id =>
    [kgData.nodes[id].c, network.body.nodes[id].options.color.background])"""


@pytest.fixture(scope="module")
def seeds(browser, seeds_dir, tmp_path_factory):
    from kg.pipeline import build

    path = tmp_path_factory.mktemp("communities") / "seed.html"
    write_html(build([seeds_dir], html=False).graph, path)
    opened = load_page(browser, path)
    yield opened
    opened.page.close()


def test_communities_get_distinct_colours_and_the_legend_names_their_top_entities(seeds):
    page = seeds.page
    fills = page.evaluate(FILLS)
    colour_of = {}
    for community, fill in fills:
        if community is not None:
            assert colour_of.setdefault(community, fill) == fill  # one colour per community
    assert len(colour_of) >= 2 and len(set(colour_of.values())) == len(colour_of)
    legend = page.evaluate("[...document.querySelectorAll('#kg-community-items .kg-community-name')].map(e => e.textContent)")
    expected = page.evaluate("kgData.communities.map(c => c.name)")
    assert legend == expected and len(legend) >= 2
    # Each named community is named by its members: 2-3 labels of entities coloured with it.
    members = page.evaluate("(c) => Object.keys(kgData.nodes).filter(id => kgData.nodes[id].c === c).map(id => kgData.nodes[id].label)", 0)
    names = legend[0].split(", ")
    assert 2 <= len(names) <= 3 and set(names) <= set(members)
    assert "Antony Blinken" in legend[0] or "Yang Jiechi" in legend[0]
    assert seeds.errors == [] and seeds.requests == []


def test_clicking_a_community_shows_only_it_and_a_second_click_all_again(seeds):
    page = seeds.page
    before = page.evaluate("nodes.get({filter: n => !n.hidden}).length")
    page.click("#kg-community-items button[data-community='0']")
    shown = page.evaluate("nodes.get({filter: n => !n.hidden}).map(n => kgData.nodes[n.id].c)")
    assert shown and set(shown) == {0}
    page.click("#kg-community-items button[data-community='0']")
    assert page.evaluate("nodes.get({filter: n => !n.hidden}).length") == before
    # The type filter still works with the community colours.
    page.uncheck("#kg-legend-items input[data-kind='Person']")
    kinds = page.evaluate("nodes.get({filter: n => !n.hidden}).map(n => kgData.nodes[n.id].kind)")
    assert kinds and "Person" not in kinds
    page.check("#kg-legend-items input[data-kind='Person']")
    assert seeds.errors == []


def test_a_pair_with_several_facts_draws_one_edge_whose_panel_lists_them_all(browser, tmp_path):
    graph = make_fact_graph()
    graph.add((YANG, REL.warn, BLINKEN))  # a second relation, the other way round
    write_html(graph, tmp_path / "pair.html")
    opened = load_page(browser, tmp_path / "pair.html")
    page = opened.page
    pair = page.evaluate(
        "(iris) => edges.get().filter(e => { const a = kgData.nodes[e.from].iri, b = kgData.nodes[e.to].iri;"
        " return iris.includes(a) && iris.includes(b); }).map(e => e.id)",
        [str(BLINKEN), str(YANG)],
    )
    assert len(pair) == 1
    x, y = page.evaluate(EDGE_MIDDLE, pair[0])
    page.evaluate(REDRAWN)
    page.mouse.click(x, y)
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.get_attribute("#kg-panel-body", "data-edge") == str(pair[0])
    relations = page.locator("#kg-panel .kg-relations li .kg-pred").all_inner_texts()
    assert relations[0] == "met" and len(relations) == 2
    sentences = page.locator("#kg-panel .kg-sentence").all_inner_texts()
    assert sentences == ['Blinken met Yang, "warmly" & <briefly>.', "They met again."]
    assert page.evaluate("edges.get(%d).width || edges.get(%d).value" % (pair[0], pair[0])) == 2
    assert opened.errors == [] and opened.requests == []
    page.close()
