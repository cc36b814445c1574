"""kg.atomic: an interrupted write leaves the previous file, and no temporary file behind."""

from __future__ import annotations

import pytest

from kg.atomic import atomic_output, write_text_atomically


def test_interrupted_write_leaves_the_previous_file(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("previous")
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(target) as out:
            out.write(b"half of the new")
            raise KeyboardInterrupt
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_completed_write_replaces_the_file_with_the_usual_mode(tmp_path):
    target = tmp_path / "merges.tsv"
    target.write_text("previous")
    write_text_atomically(target, "entity\tsurface\n")
    assert target.read_text(encoding="utf-8") == "entity\tsurface\n"
    assert target.stat().st_mode & 0o044  # readable by others, not mkstemp's private 0600
