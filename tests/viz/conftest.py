"""Fixtures for the viz tests: generated graphs, their pages, and one headless Chromium per session."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
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


@dataclass
class OpenPage:
    """A page loaded in the browser, with every non-file request and console error it caused."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


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
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        pages.append(page)
        opened = OpenPage(page)
        page.on("request", lambda r: opened.requests.append(r.url) if not r.url.startswith("file:") else None)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.kgReady === true", timeout=timeout_ms)
        return opened

    yield _open
    for page in pages:
        page.close()
