"""Fixtures for ingest tests: a small HTML article page."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture()
def article_html() -> str:
    """An HTML news page with navigation and a footer around the article."""
    return (DATA / "article.html").read_text()
