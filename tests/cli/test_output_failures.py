"""A folder that cannot be written, a full disk or a bad --dask address: one line, exit 1, and
no partial or left-over file."""

from __future__ import annotations

import errno
import io
import tempfile

import pytest
from typer.testing import CliRunner

from kg import atomic
from kg.cli import app

TEXT = "Antony Blinken met Wang Yi in Rome on Sunday. They discussed climate change.\n"


def invoke(*args: str):
    return CliRunner().invoke(app, [*map(str, args)])


def assert_one_line_error(result, command: str, *words: str) -> None:
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"kg {command}: error: "), result.stderr
    for word in words:
        assert word in last


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "in" / "a.txt"
    path.parent.mkdir()
    path.write_text(TEXT)
    return path


def test_a_read_only_output_folder_is_one_line(article, tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    out = tmp_path / "out"
    result = invoke("build", article, "-o", out)
    assert_one_line_error(result, "build", "graph.ttl", "Read-only file system")
    assert not out.exists() or sorted(p.name for p in out.iterdir()) == []


class _FullDisk(io.BytesIO):
    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("with_store", [False, True], ids=["plain", "store"])
def test_a_full_disk_is_one_line_and_leaves_no_file(article, tmp_path, monkeypatch, with_store):
    real_fdopen = atomic.os.fdopen
    opened = []

    def full(handle, mode="r", *args, **kwargs):
        real_fdopen(handle, mode).close()
        opened.append(handle)
        return _FullDisk()

    monkeypatch.setattr(atomic.os, "fdopen", full)
    out = tmp_path / "out"
    store = ["--store", tmp_path / "store"] if with_store else []
    result = invoke("build", article, "-o", out, *store)
    assert_one_line_error(result, "build", "No space left on device")
    assert opened
    assert not out.exists() or sorted(p.name for p in out.iterdir()) == []  # no partial file, no temporary


def test_kg_export_to_a_read_only_folder_is_one_line(article, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert invoke("build", article, "-o", out, "--no-html").exit_code == 0

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = invoke("export", out / "graph.ttl", "--format", "ntriples", "-o", tmp_path / "x" / "graph.nt")
    assert_one_line_error(result, "export", "Read-only file system")


def test_a_killed_runs_temporary_file_is_removed_by_the_next_write(tmp_path):
    target = tmp_path / "graph.ttl"
    stale = tmp_path / ".graph.ttl.abc123.tmp"
    stale.write_text("half a graph")
    other = tmp_path / ".notes.txt.abc123.tmp"
    other.write_text("not this output's")
    atomic.write_text_atomically(target, "whole")
    assert target.read_text() == "whole"
    assert not stale.exists() and other.exists()


def test_a_dask_address_that_is_no_address_is_one_line(article, tmp_path):
    result = invoke("build", article, "-o", tmp_path / "out", "--dask", "nonsense")
    assert_one_line_error(result, "build", "nonsense")
