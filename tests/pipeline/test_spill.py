"""Analyses kept on disk during a build come back whole, here and in a forked worker."""

from __future__ import annotations

import multiprocessing

from kg.analyze import analyze_documents
from kg.ingest import read_documents
from kg.spill import AnalysisSpill


def _read_ids(spill, ids, queue):
    queue.put([analysis.document.id for analysis in spill.read(ids)] + [spill.read(ids) == spill.read(ids)])


def test_spilled_analyses_read_back_equal_in_any_order_and_in_a_forked_process(seeds_dir):
    analyses = list(analyze_documents(read_documents([seeds_dir])))
    with AnalysisSpill() as spill:
        for analysis in analyses:
            spill.add(analysis)
        spill.finish()
        ids = [analysis.document.id for analysis in reversed(analyses)]
        assert spill.read(ids) == list(reversed(analyses))
        queue = multiprocessing.get_context("fork").Queue()
        child = multiprocessing.get_context("fork").Process(target=_read_ids, args=(spill, ids[:2], queue))
        child.start()
        assert queue.get(timeout=60) == [*ids[:2], True]
        child.join()
        assert spill.read(ids[:1]) == [analyses[-1]]  # the child's reads moved nothing here


def test_a_later_analysis_of_the_same_document_replaces_the_earlier(seeds_dir):
    first, second = list(analyze_documents(read_documents([seeds_dir])))[:2]
    with AnalysisSpill() as spill:
        spill.add(first)
        spill.add(type(second)(**{**second.__dict__, "document": first.document}))
        spill.finish()
        [read] = spill.read([first.document.id])
        assert read.mentions == second.mentions
