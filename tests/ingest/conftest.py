"""Fixtures for ingest tests: a small HTML article page."""

from __future__ import annotations

import pytest

ARTICLE_HTML = """<!doctype html>
<html><head><title>Ministers meet in Rome | World News</title>
<meta name="date" content="2021-10-31"><link rel="canonical" href="https://news.example/rome"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a></nav>
<article><h1>Ministers meet in Rome</h1>
<p>The foreign minister of Italy met her Spanish counterpart on Sunday in Rome to discuss trade and migration across the Mediterranean.</p>
<p>Both ministers said the talks had been useful and agreed to meet again in Madrid next spring.</p>
</article><footer>Copyright 2021 World News. All rights reserved.</footer></body></html>
"""


@pytest.fixture()
def article_html() -> str:
    """An HTML news page with navigation and a footer around the article."""
    return ARTICLE_HTML
