"""The written page in headless Chromium: offline, complete, searchable, and showing evidence."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS, PROV
from browser_pages import load_page, search_for
from viz_graphs import view_counts

from kg.namespaces import KG, STATEMENT
from kg.viz import write_html

NODE_POSITION = """(iri) => {
    const id = Number(Object.keys(kgData.nodes).find(k => kgData.nodes[k].iri === iri));
    network.moveTo({position: network.getPosition(id), scale: 1.5});
    const p = network.canvasToDOM(network.getPosition(id));
    const box = document.getElementById("mynetwork").getBoundingClientRect();
    return [box.left + p.x, box.top + p.y];
}"""

EDGE_MIDDLE = """(id) => {
    const edge = edges.get(id);
    const a = network.getPosition(edge.from), b = network.getPosition(edge.to);
    const middle = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
    network.moveTo({position: middle, scale: 1.2});
    const p = network.canvasToDOM(middle);
    const box = document.getElementById("mynetwork").getBoundingClientRect();
    return [box.left + p.x, box.top + p.y];
}"""

# Resolves once the canvas has been redrawn (after a moveTo), so a click hits what is drawn.
REDRAWN = "() => new Promise(done => { network.once('afterDrawing', () => done(true)); network.redraw(); })"

# Every node and relation triple the page holds (drawn or waiting to be, the triples bundled per
# pair of nodes), as opposed to the drawn DataSets.
ALL_IN_PAGE = "[Object.keys(kgData.visNodes).length, Object.values(kgData.edges).reduce((n, e) => n + e.triples.length, 0)]"

VISIBLE = "() => [nodes.get({filter: n => !n.hidden}).length, edges.get({filter: e => !e.hidden}).length]"


def _steady_position(page, script: str, arg):
    """Move the view onto a node or edge until it stays put (a search's focus animation may
    still be running) and return its DOM position."""
    position = None
    for _ in range(20):
        previous, position = position, page.evaluate(script, arg)
        page.evaluate(REDRAWN)
        if position == previous:
            break
    return position


def _click_node(page, iri: str) -> None:
    # A node outside the first view is brought in the way a user would: expanding around it.
    page.evaluate("""(iri) => {
        const id = Number(Object.keys(kgData.nodes).find(k => kgData.nodes[k].iri === iri));
        if (nodes.get(id) === null) kg.expandNeighbours(id);
    }""", iri)
    x, y = _steady_position(page, NODE_POSITION, iri)
    page.mouse.click(x, y)
    page.wait_for_function("(iri) => document.querySelector('#kg-panel .kg-iri')?.textContent === iri", arg=iri)


def _evidence(graph, statement):
    """(subject IRI, sentence, document title) of one statement node, read with rdflib."""
    document = graph.value(statement, PROV.wasDerivedFrom)
    return (
        str(graph.value(statement, RDF.subject)),
        str(graph.value(statement, KG.sentenceText)),
        str(graph.value(document, DCTERMS.title)),
    )


@pytest.fixture(scope="module")
def big(browser, big_page):
    """The 5,000-node page, loaded once for this module."""
    opened = load_page(browser, big_page, 90_000)
    page, requests, errors = opened.page, opened.requests, opened.errors
    yield page, requests, errors
    page.close()


def test_big_page_loads_offline_without_errors_and_holds_every_node_and_edge(big, big_graph):
    page, requests, errors = big
    assert requests == []
    assert errors == []
    assert tuple(page.evaluate(ALL_IN_PAGE)) == view_counts(big_graph)


def test_search_finds_and_selects_an_entity_in_the_big_page(big):
    page, _, errors = big
    assert search_for(page, "organization 4321") == "Organization 4321"
    selected = page.evaluate("network.getSelectedNodes()")
    assert [page.evaluate("(id) => kgData.nodes[id].label", selected[0])] == ["Organization 4321"]
    assert errors == []


def test_clicking_a_node_of_the_big_page_shows_its_evidence(big, big_graph):
    page, _, errors = big
    subject, sentence, title = _evidence(big_graph, STATEMENT["s1-0"])
    _click_node(page, subject)
    panel = page.inner_text("#kg-panel-body")
    assert subject in panel
    assert sentence in panel  # the sentence, with its <script> and quotes, as text
    assert title in panel
    assert page.locator("#kg-panel script, #kg-panel .kg-sentence *").count() == 0
    assert errors == []


def test_clicking_an_edge_lists_its_statements(open_page, small_page, small_graph):
    opened = open_page(small_page)
    page = opened.page
    edge_id, count = page.evaluate(
        "() => { const e = edges.get().find(e => !e.smooth && kgData.edges[e.id].statements.length === 2);"
        " return [e.id, kgData.edges[e.id].statements.length]; }"
    )
    x, y = page.evaluate(EDGE_MIDDLE, edge_id)
    page.evaluate(REDRAWN)
    page.mouse.click(x, y)
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.get_attribute("#kg-panel-body", "data-edge") == str(edge_id)
    assert page.locator("#kg-panel .kg-fact").count() == count
    assert page.locator("#kg-panel .kg-sentence").count() == count
    assert opened.errors == []


def test_hover_tooltip_is_plain_text(open_page, small_page):
    opened = open_page(small_page)
    page = opened.page
    iri, label = page.evaluate("() => { const n = kgData.nodes[nodes.getIds()[0]]; return [n.iri, n.label]; }")
    x, y = page.evaluate(NODE_POSITION, iri)
    page.evaluate(REDRAWN)
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert page.inner_text("div.vis-tooltip").startswith(label + "\n")
    # innerText turns line breaks into <br>; nothing else may become markup
    tags = page.evaluate("[...document.querySelector('div.vis-tooltip').children].map(c => c.tagName)")
    assert set(tags) <= {"BR"}


def test_filters_hide_by_type_document_and_confidence(open_page, small_page, small_graph):
    opened = open_page(small_page)
    page = opened.page
    total = tuple(page.evaluate(VISIBLE))
    # The first view: the overview's entities, and the non-'be' edges between them.
    in_overview = "(e) => { const o = new Set(kgData.overview); return o.has(e.from) && o.has(e.to) && !kgData.edges[e.id].be; }"
    assert total[0] == len(page.evaluate("kgData.overview")) and 0 < total[0] < view_counts(small_graph)[0]
    assert total[1] == page.evaluate(f"edges.get().filter({in_overview}).length")

    page.uncheck("#kg-legend-items input[data-kind='Person']")
    nodes, _ = page.evaluate(VISIBLE)
    people = page.evaluate("nodes.get().filter(n => kgData.nodes[n.id].kind === 'Person').length")
    assert nodes == total[0] - people
    page.check("#kg-legend-items input[data-kind='Person']")

    page.select_option("#kg-document", "0")
    shown_edges = page.evaluate("edges.get({filter: e => !e.hidden}).map(e => e.id)")
    in_document = page.evaluate(
        f"edges.get().filter({in_overview}).filter(e => kgData.edges[e.id].statements.some(s => kgData.statements[s].doc === 0)).map(e => e.id)"
    )
    assert 0 < len(shown_edges) < total[1]
    assert sorted(shown_edges) == sorted(in_document)
    page.select_option("#kg-document", "")

    page.fill("#kg-confidence", "0.8")
    page.dispatch_event("#kg-confidence", "input")
    confident = page.evaluate(
        f"edges.get().filter({in_overview}).filter(e => kgData.edges[e.id].statements.some(s => kgData.statements[s].conf >= 0.8)).length"
    )
    assert page.evaluate(VISIBLE)[1] == confident < total[1]

    page.click("#kg-reset")
    assert tuple(page.evaluate(VISIBLE)) == total
    assert opened.errors == []


def test_neighbourhood_view_keeps_only_nodes_within_the_hops(open_page, small_page):
    opened = open_page(small_page)
    page = opened.page
    hub = page.evaluate("nodes.getIds().sort((a, b) => network.getConnectedNodes(b).length - network.getConnectedNodes(a).length)[0]")
    page.select_option("#kg-hops", "1")
    page.evaluate("(id) => kg.selectNode(id, false)", hub)
    page.click("text=Show neighbourhood")
    visible = page.evaluate("nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    expected = page.evaluate("(id) => [id].concat(network.getConnectedNodes(id))", hub)
    assert sorted(visible) == sorted(set(expected))
    assert page.is_visible("#kg-focus-banner")
    assert opened.errors == []


def test_seed_graph_page(open_page, seeds_dir, tmp_path):
    """The real pipeline's graph of the user's articles: offline, complete, searchable, evidenced."""
    from kg.pipeline import build

    graph = build([seeds_dir]).graph
    write_html(graph, tmp_path / "seed.html")
    opened = open_page(tmp_path / "seed.html")
    page = opened.page
    assert opened.requests == []
    assert opened.errors == []
    assert tuple(page.evaluate(ALL_IN_PAGE)) == view_counts(graph)

    # the entity with most mentions, found by its name, and one fact about it with its sentence
    entity = max(graph.subjects(KG.mentionCount, None), key=lambda e: int(graph.value(e, KG.mentionCount)))
    name = str(graph.value(entity, RDFS.label))
    page.fill("#kg-search", name)
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.inner_text("#kg-panel h2") == name
    statement = next(s for s in graph.subjects(RDF.subject, entity) if graph.value(s, KG.sentenceText))
    _, sentence, _ = _evidence(graph, statement)
    _click_node(page, str(entity))
    assert sentence in page.inner_text("#kg-panel-body")


def test_empty_graph_gives_a_working_empty_page(open_page, tmp_path):
    from rdflib import Graph

    write_html(Graph(), tmp_path / "empty.html")
    opened = open_page(tmp_path / "empty.html")
    assert opened.page.evaluate("[nodes.length, edges.length]") == [0, 0]
    opened.page.fill("#kg-search", "anything")
    opened.page.press("#kg-search", "Enter")
    assert opened.page.inner_text("#kg-search-status") == "No entity matches."
    assert opened.errors == []
