"""A job run in a forked process gives back its result, its error as one line, or how it died."""

from __future__ import annotations

import os

import pytest

from kg.errors import KgError
from kg.forked import start_forked


def test_the_result_comes_back_from_another_process_that_shares_memory():
    shared = {"words": ["Blinken", "Yang"]}
    assert start_forked(lambda: len(shared["words"]) + os.getpid())() != len(shared["words"]) + os.getpid()


def test_an_error_comes_back_as_one_kg_error():
    def job():
        raise OSError(28, "No space left on device")

    with pytest.raises(KgError, match="OSError: .*No space left on device"):
        start_forked(job)()


def test_a_process_that_dies_says_how_it_ended():
    with pytest.raises(KgError, match="ended with code 3"):
        start_forked(lambda: os._exit(3))()
