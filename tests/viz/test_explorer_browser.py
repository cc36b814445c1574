"""The explorer's promises in headless Chromium, on a generated 20,000-entity graph and on the
seed graph: a readable first view, search over everything, expanding, and the evidence panel.

The time to interactive is printed (a benchmark figure, `-s` shows it), never asserted.
"""

from __future__ import annotations

import time

import pytest
from browser_pages import load_page, search_for
from viz_graphs import make_graph

from kg.viz import write_html

# Drawn nodes, and how many of them vis-network draws a label for at the current zoom, with
# the smallest such label's size on screen in CSS pixels.
FIRST_VIEW = """() => {
    const drawn = nodes.getIds({filter: n => !n.hidden});
    const labelled = drawn.filter(id => network.body.nodes[id].labelModule.visible());
    const sizes = labelled.map(id => network.body.nodes[id].labelModule.fontOptions.size * network.getScale());
    return [drawn.length, labelled.length, sizes.length ? Math.min(...sizes) : 0];
}"""


def _load(browser, path):
    started = time.perf_counter()
    opened = load_page(browser, path, 90_000)
    return opened.page, opened.requests, opened.errors, time.perf_counter() - started


@pytest.fixture(scope="module")
def huge(browser, tmp_path_factory):
    """A page over 20,000 entities (and 2,000 concepts, 30,000 facts), loaded once."""
    path = tmp_path_factory.mktemp("explorer") / "huge.html"
    write_html(make_graph(20000, 30000, documents=40, seed=11), path)
    page, requests, errors, seconds = _load(browser, path)
    print(f"\n20,000-entity page ({path.stat().st_size / 1e6:.1f} MB): interactive {seconds:.2f} s after navigation")
    yield page, requests, errors
    page.close()


@pytest.fixture(scope="module")
def seeds(browser, seeds_dir, tmp_path_factory):
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("explorer-seeds")
    build([seeds_dir], output_dir=out)
    page, requests, errors, seconds = _load(browser, out / "graph.html")
    print(f"\nseed page: interactive {seconds:.2f} s after navigation")
    yield page, requests, errors
    page.close()


@pytest.fixture(params=["huge", "seeds"])
def loaded(request):
    return request.getfixturevalue(request.param)


def test_first_view_draws_at_most_500_nodes_most_of_them_labelled_legibly(loaded):
    page, requests, errors = loaded
    drawn, labelled, smallest = page.evaluate(FIRST_VIEW)
    total = page.evaluate("Object.keys(kgData.nodes).length")
    assert 0 < drawn <= 500 < total or (0 < drawn <= total <= 500)
    assert labelled >= min(drawn, 20)
    assert smallest >= 6  # px on screen: vis-network itself drops labels below its threshold
    assert requests == [] and errors == []


def test_search_finds_an_entity_outside_the_first_view_and_draws_it(huge):
    page, _, errors = huge
    hidden = page.evaluate("Object.keys(kgData.nodes).map(Number).filter(id => nodes.get(id) === null && kgData.nodes[id].kind !== 'Concept')")
    assert len(hidden) > 19000
    target = hidden[len(hidden) // 2]
    label = page.evaluate("(id) => kgData.nodes[id].label", target)
    page.fill("#kg-search", label)
    started = time.perf_counter()
    page.press("#kg-search", "Enter")
    page.wait_for_function("(label) => document.querySelector('#kg-panel:not([hidden]) h2')?.textContent === label", arg=label)
    print(f"\nsearch + draw + panel: {time.perf_counter() - started:.2f} s")
    assert page.evaluate("(id) => nodes.get(id) !== null && !nodes.get(id).hidden", target)
    assert page.evaluate("network.getSelectedNodes()") == [target]
    assert errors == []


def test_expanding_a_node_draws_its_neighbours(loaded):
    page, _, errors = loaded
    page.click("#kg-reset")
    node, around = page.evaluate("""() => {
        const edgesOf = {};
        Object.values(kgData.edges).forEach(e => { (edgesOf[e.from] = edgesOf[e.from] || new Set()).add(e.to);
                                                   (edgesOf[e.to] = edgesOf[e.to] || new Set()).add(e.from); });
        const id = kgData.overview.find(i => [...(edgesOf[i] || [])].some(o => nodes.get(o) === null));
        return [id, [...edgesOf[id]]];
    }""")
    assert any(page.evaluate("(id) => nodes.get(id) === null", other) for other in around)
    page.evaluate("(id) => kg.selectNode(id, false)", node)
    page.click("#kg-panel button:has-text('Expand neighbours')")
    drawn = page.evaluate("(ids) => ids.filter(id => nodes.get(id) !== null && !nodes.get(id).hidden).length", around)
    assert drawn == len(around)
    assert errors == []


def test_entity_panel_lists_facts_by_date_with_their_evidence(seeds):
    page, _, errors = seeds
    assert search_for(page, "Blinken") == "Antony Blinken"
    facts = page.evaluate("""() => [...document.querySelectorAll('#kg-panel .kg-fact')].map(li => {
        const s = kgData.statements[li.dataset.statement];
        const d = s.doc === null ? null : kgData.documents[s.doc];
        return [d ? d.date : '', li.querySelector('.kg-sentence')?.textContent || '', li.querySelector('.kg-source').textContent, d ? d.title : ''];
    })""")
    assert len(facts) > 10
    dates = [date for date, *_ in facts]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[: len(dated)] == dated  # by date, undated last
    assert all(sentence for _, sentence, _, _ in facts)
    assert all(title in source for _, _, source, title in facts if title)
    assert errors == []


def test_concepts_are_folded_into_their_entity_and_drawn_on_demand(seeds):
    page, _, errors = seeds
    page.click("#kg-reset")
    assert page.evaluate("nodes.get().filter(n => kgData.nodes[n.id].kind === 'Concept').length") == 0
    assert search_for(page, "Blinken") == "Antony Blinken"
    concepts = page.locator("#kg-panel .kg-concepts li button")
    assert concepts.count() > 3
    name = concepts.first.inner_text()
    concept = page.evaluate("(name) => Number(Object.keys(kgData.nodes).find(id => kgData.nodes[id].label === name && kgData.nodes[id].kind === 'Concept'))", name)
    assert page.evaluate("(id) => nodes.get(id) === null", concept)
    concepts.first.click()
    page.wait_for_function("(id) => nodes.get(id) !== null && !nodes.get(id).hidden", arg=concept)
    assert page.inner_text("#kg-panel h2") == name
    assert errors == []
