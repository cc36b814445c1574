"""Fixtures for the viz tests: generated graphs, their pages, and one headless Chromium per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_pages import OpenPage, load_page
from viz_graphs import make_graph

from kg.viz import write_html

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def small_graph():
    """30 entities, 3 concepts, 45 facts in 4 documents."""
    return make_graph(30, 45, documents=4, seed=3)


@pytest.fixture(scope="session")
def big_graph():
    """5,000 entities, 500 concepts, 10,000 facts."""
    return make_graph(5000, 10000, documents=20, seed=5)


@pytest.fixture(scope="session")
def small_page(small_graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "small.html"
    write_html(small_graph, path, title="Small graph")
    return path


@pytest.fixture(scope="session")
def big_page(big_graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "big.html"
    write_html(big_graph, path)
    return path


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole session (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """Open an HTML file from file:// and wait until the graph is interactive."""
    pages = []

    def _open(path: Path, timeout_ms: int = 60_000) -> OpenPage:
        opened = load_page(browser, path, timeout_ms)
        pages.append(opened.page)
        return opened

    yield _open
    for page in pages:
        page.close()
