"""Analysis in worker processes and on a Dask cluster gives the serial build's graph."""

from __future__ import annotations

from rdflib.compare import isomorphic

from kg.ingest import read_documents
from kg.parallel import analyze_in_parallel
from kg.pipeline import build


def test_two_worker_processes_build_the_same_graph_as_one(seed_result, seeds_dir):
    parallel = build([seeds_dir], workers=2, html=False)
    assert isomorphic(parallel.graph, seed_result.graph)


def test_analyses_come_back_in_input_order_across_workers(seeds_dir):
    documents = list(read_documents([seeds_dir]))
    analyses = analyze_in_parallel(documents, workers=2, batch_size=1)
    assert [a.document.id for a in analyses] == [d.id for d in documents]


def test_a_local_dask_cluster_builds_the_seeds_to_the_same_graph(seed_result, seeds_dir):
    on_dask = build([seeds_dir], dask="local:2", html=False)
    assert isomorphic(on_dask.graph, seed_result.graph)


def test_an_on_disk_graph_built_and_written_by_two_processes_gives_the_serial_files(monkeypatch, seed_result, seeds_dir, tmp_path):
    import kg.pipeline
    from kg.export import write_graph
    from kg.viz import write_html

    monkeypatch.setattr(kg.pipeline, "ON_DISK_DOCUMENTS", 0)  # the seeds' graph goes to disk
    parallel = build([seeds_dir], workers=2, output_dir=tmp_path / "parallel")
    assert parallel.built.path is not None  # on disk
    assert (tmp_path / "parallel" / "graph.ttl").read_bytes() == write_graph(seed_result.built, tmp_path / "serial.ttl").read_bytes()
    write_html(seed_result.built, tmp_path / "serial.html")
    assert (tmp_path / "parallel" / "graph.html").read_bytes() == (tmp_path / "serial.html").read_bytes()


def test_two_workers_write_the_page_of_one(seed_result, seeds_dir, tmp_path):
    from kg.viz import write_html

    build([seeds_dir], workers=2, output_dir=tmp_path / "parallel")  # the page written by a forked process
    write_html(seed_result.built, tmp_path / "serial.html")
    assert (tmp_path / "parallel" / "graph.html").read_bytes() == (tmp_path / "serial.html").read_bytes()
