"""Opening a kg page in headless Chromium and recording what it asked the network and logged."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class OpenPage:
    """A page loaded in the browser, with every non-file request and console error it caused."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def load_page(browser, path: Path, timeout_ms: int = 60_000) -> OpenPage:
    """Open ``path`` from file:// in a new page and wait until the graph is interactive."""
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    opened = OpenPage(page)
    page.on("request", lambda r: opened.requests.append(r.url) if not r.url.startswith("file:") else None)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgReady === true", timeout=timeout_ms)
    return opened


def search_for(page, text: str) -> str:
    """Type ``text`` in the page's search box, press Enter, and return the heading of the
    entity panel that opens."""
    page.fill("#kg-search", text)
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-panel:not([hidden])")
    return page.inner_text("#kg-panel h2")
