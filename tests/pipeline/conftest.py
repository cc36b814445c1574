"""Fixtures for pipeline tests: the seeds built once, serially, in this process."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def seed_result(seeds_dir):
    """The seed articles built serially with no store and no output files."""
    from kg.pipeline import build

    return build([seeds_dir], html=False)


@pytest.fixture(scope="session")
def seed_files(seeds_dir):
    """The seed articles' files, in sorted order."""
    return sorted(seeds_dir.glob("*.txt"))
