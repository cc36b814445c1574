"""`kg build` on the command line: summary, bad inputs, and a build killed midway."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import clean_text

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seed_files(seeds_dir):
    """The seed articles' files, in sorted order."""
    return sorted(seeds_dir.glob("*.txt"))


def run_build(*args: str):
    return CliRunner().invoke(app, ["build", *map(str, args)])


def assert_one_line_error(result) -> None:
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert lines and lines[-1].startswith("kg build: error: "), result.stderr
    assert "Traceback" not in result.stderr and result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    "make_input",
    [
        pytest.param(lambda d: (d / "noise.bin").write_bytes(os.urandom(4096)) and d / "noise.bin", id="random-bytes"),
        pytest.param(lambda d: (d / "empty.txt").write_text("") or d / "empty.txt", id="empty-file"),
        pytest.param(lambda d: d / "missing.txt", id="missing-path"),
    ],
)
def test_bad_input_alone_is_a_one_line_error(make_input, tmp_path):
    path = make_input(tmp_path)
    result = run_build(path, "-o", tmp_path / "out")
    assert_one_line_error(result)
    assert str(path) in result.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_one_bad_file_among_good_ones_is_skipped_with_a_message(seed_files, tmp_path):
    noise = tmp_path / "noise.txt"
    noise.write_bytes(b"\x00\x9f\x92\x96" * 100)
    result = run_build(noise, seed_files[0], "-o", tmp_path / "out", "--no-html")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"kg build: skipped {noise}: not UTF-8 text (a binary file?)"
    assert "1 documents, 1 skipped" in result.stdout
    assert (tmp_path / "out" / "graph.ttl").exists() and not (tmp_path / "out" / "graph.html").exists()


def test_summary_names_every_figure(seed_files, tmp_path):
    result = run_build(seed_files[0], "-o", tmp_path / "out", "--format", "ntriples", "--no-html")
    assert result.exit_code == 0, result.stderr
    for word in ("documents", "sentences", "facts", "entities", "triples", "seconds"):
        assert word in result.stdout
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.nt", "merges.tsv", "problems.tsv"]


def test_a_store_in_use_gives_a_one_line_error(seed_files, tmp_path):
    from kg.store import open_store

    with open_store(tmp_path / "store"):
        result = run_build(seed_files[0], "-o", tmp_path / "out", "--store", tmp_path / "store")
    assert_one_line_error(result)
    assert "in use" in result.stderr


def test_a_killed_build_leaves_earlier_outputs_and_the_next_run_completes(seeds_dir, seed_files, tmp_path):
    out, store, corpus = tmp_path / "out", tmp_path / "store", tmp_path / "corpus"
    first = run_build(seed_files[0], "-o", out, "--store", store)
    assert first.exit_code == 0, first.stderr
    earlier = Graph().parse(out / "graph.ttl")
    # Many small documents, so the kill lands while analyses are being stored.
    corpus.mkdir()
    paragraphs = [p for f in seed_files for p in clean_text(f.read_text()).text.split("\n\n") if len(p) > 80]
    for copy in range(3):
        for number, paragraph in enumerate(paragraphs):
            (corpus / f"{copy}-{number:03d}.txt").write_text(paragraph)
    command = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--store", str(store)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _stored_documents(store) <= 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the build ended before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert Graph().parse(out / "graph.ttl").isomorphic(earlier)
    pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    kept = _stored_documents(store)
    assert 1 < kept < 1 + len(list(corpus.iterdir()))  # finished work was committed
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert f"{1 + len(list(corpus.iterdir()))} documents" in again.stdout
    assert "unchanged" in again.stdout
    assert len(Graph().parse(out / "graph.ttl")) > len(earlier)


def _stored_documents(store: Path) -> int:
    try:
        with sqlite3.connect(f"file:{store / 'analyses.sqlite'}?mode=ro", uri=True) as database:
            return database.execute("SELECT count(*) FROM analyses").fetchone()[0]
    except sqlite3.Error:
        return 0
