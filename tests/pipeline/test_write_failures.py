"""A write that fails (read-only folder, full disk) is one line, and leaves no stray file."""

from __future__ import annotations

import errno
import os

import pytest
from typer.testing import CliRunner

import kg.atomic
from kg.cli import app

TEXT = "Blinken met Wang Yi in Rome on Sunday.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _fail_writes(monkeypatch, code):
    real = os.fdopen

    class Failing:
        def __init__(self, handle, mode):
            self.file = real(handle, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(kg.atomic.os, "fdopen", Failing)


def _leftovers(folder):
    return sorted(p.name for p in folder.rglob(".*.tmp"))


@pytest.mark.parametrize("with_store", [False, True])
def test_a_full_disk_is_one_line_and_leaves_the_old_outputs(monkeypatch, corpus, tmp_path, with_store):
    out = tmp_path / "out"
    store = ["--store", str(tmp_path / "store")] if with_store else []
    first = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--no-html", *store])
    assert first.exit_code == 0, first.output
    before = (out / "graph.ttl").read_bytes()
    (corpus / "b.txt").write_text("Macron visited Berlin in May.\n", encoding="utf-8")
    _fail_writes(monkeypatch, errno.ENOSPC)
    run = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--no-html", *store])
    assert run.exit_code == 1
    assert "no space left" in run.output and "Traceback" not in run.output
    assert len(run.output.strip().splitlines()) == 1
    assert (out / "graph.ttl").read_bytes() == before
    assert _leftovers(tmp_path) == []
    if with_store:
        monkeypatch.undo()
        from kg.store import open_graph_store

        assert len(open_graph_store(tmp_path / "store")) > 0  # the previous graph is still current


def test_a_read_only_output_folder_is_one_line(monkeypatch, corpus, tmp_path):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(kg.atomic.tempfile, "mkstemp", read_only)
    run = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out"), "--no-html"])
    assert run.exit_code == 1
    assert "read-only file system" in run.output and "graph.ttl" in run.output
    assert "Traceback" not in run.output


def test_export_to_a_read_only_folder_is_one_line(monkeypatch, corpus, tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--no-html"]).exit_code == 0

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(kg.atomic.tempfile, "mkstemp", read_only)
    run = CliRunner().invoke(app, ["export", str(out / "graph.ttl"), "-o", str(tmp_path / "g.nt")])
    assert run.exit_code == 1, run.output
    assert "read-only file system" in run.output and "Traceback" not in run.output


def test_stale_temporaries_of_a_killed_build_are_removed(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".graph.ttl.abc123.tmp").write_text("half a graph")
    (out / "notes.txt.tmp").write_text("not ours")
    run = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--no-html"])
    assert run.exit_code == 0, run.output
    assert not (out / ".graph.ttl.abc123.tmp").exists()
    assert (out / "notes.txt.tmp").exists()


def test_a_nonsense_dask_address_is_one_line(corpus, tmp_path):
    run = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out"), "--dask", "nonsense"])
    assert run.exit_code == 1
    assert "nonsense" in run.output and "Traceback" not in run.output
