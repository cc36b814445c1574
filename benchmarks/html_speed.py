"""How fast kg's HTML graph is built and becomes interactive, against pyvis' defaults.

For generated graphs of 500 and 5,000 entities (plus a tenth as many concepts, twice as many
facts), in one run:

* kg: ``kg.viz.write_html`` (precomputed layout, physics off), then the time from opening the
  page in headless Chromium until its first drawing (``window.kgReady``);
* baseline: pyvis 0.3.2 with its default settings, built with ``add_node``/``add_edge``,
  vis-network inlined and the Bootstrap CDN tags stripped so it loads offline; the time from
  opening until vis-network's stabilisation ends (before that the page shows a loading bar).

Ratios are baseline / kg, so bigger is better for kg. The baseline is capped (``--timeout``):
pyvis' default physics needs minutes for thousands of nodes, so a capped time is a lower bound
and its ratio is reported as ``>=``.

Run: ``PYTHONPATH=. python benchmarks/html_speed.py [--sizes 500 5000] [--timeout 180]``
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "viz"))  # the generated graphs the viz tests use

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
HOOK = "network = new vis.Network(container, data, options);"


def build_kg(graph, path: Path) -> float:
    """Seconds to write kg's page."""
    from kg.viz import write_html

    start = time.perf_counter()
    write_html(graph, path)
    return time.perf_counter() - start


def build_pyvis_default(graph, path: Path) -> float:
    """Seconds to write pyvis' default page of the same nodes and edges (the ordinary API)."""
    from pyvis.network import Network

    from kg.viz.model import read_view

    start = time.perf_counter()
    view = read_view(graph)
    network = Network(directed=True, cdn_resources="in_line")
    for node in view.nodes:
        network.add_node(node.id, label=node.label, title=node.kind)
    for edge in view.edges:
        network.add_edge(edge.source, edge.target, label=edge.label)
    html = network.generate_html()
    elapsed = time.perf_counter() - start
    # Offline: drop the Bootstrap tags pyvis always loads from a CDN; signal the end of stabilisation.
    html = re.sub(r"<(link|script)[^>]*cdn\.jsdelivr\.net[^>]*>(\s*</script>)?", "", html)
    html = html.replace(HOOK, HOOK + ' network.once("stabilizationIterationsDone", function () { window.kgReady = true; });')
    path.write_text(html, encoding="utf-8")
    return elapsed


def time_to_interactive(browser, path: Path, timeout: float) -> tuple[float, bool]:
    """Seconds from opening the page until ``window.kgReady``; (timeout, False) if it never came."""
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    requests = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
    start = time.perf_counter()
    try:
        page.goto(path.resolve().as_uri(), timeout=timeout * 1000)
        page.wait_for_function("window.kgReady === true", timeout=timeout * 1000, polling=100)
        done = True
    except Exception:  # playwright's TimeoutError: report the cap as a lower bound
        done = False
    elapsed = time.perf_counter() - start if done else timeout
    page.close()
    if requests:
        raise SystemExit(f"{path.name} made network requests: {requests[:3]}")
    return elapsed, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--timeout", type=float, default=180.0, help="cap on the baseline's wait, seconds")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright
    from viz_graphs import make_graph

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for size in args.sizes:
            graph = make_graph(size, 2 * size, documents=20, seed=size)
            kg_page, pyvis_page = Path(folder, f"kg-{size}.html"), Path(folder, f"pyvis-{size}.html")
            kg_build = build_kg(graph, kg_page)
            kg_ready, _ = time_to_interactive(browser, kg_page, args.timeout)
            pyvis_build = build_pyvis_default(graph, pyvis_page)
            pyvis_ready, finished = time_to_interactive(browser, pyvis_page, args.timeout)
            rows.append((size, kg_build, kg_ready, pyvis_build, pyvis_ready, finished))
            print(f"done {size}", file=sys.stderr)
        browser.close()

    print(f"{'entities':>8} {'kg build':>9} {'kg ready':>9} {'pyvis build':>12} {'pyvis ready':>12} {'ready ratio':>12} {'total ratio':>12}")
    for size, kg_build, kg_ready, pyvis_build, pyvis_ready, finished in rows:
        bound = "" if finished else ">="
        capped = "" if finished else ">"
        print(
            f"{size:>8} {kg_build:>8.2f}s {kg_ready:>8.2f}s {pyvis_build:>11.2f}s {capped + f'{pyvis_ready:.1f}s':>12}"
            f" {bound + f'{pyvis_ready / kg_ready:.1f}x':>12} {bound + f'{(pyvis_build + pyvis_ready) / (kg_build + kg_ready):.1f}x':>12}"
        )


if __name__ == "__main__":
    main()
