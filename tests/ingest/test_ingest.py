"""read_documents: folders, files, standard input, ids and order."""

from __future__ import annotations

import io
import sys

import pytest

from kg.errors import InputError
from kg.ingest import read_documents


def test_seed_folder_gives_one_document_per_file_in_sorted_order(seeds_dir):
    documents = list(read_documents([seeds_dir]))
    names = sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert [d.id for d in documents] == names
    assert all(d.text and d.content_hash for d in documents)


def test_folder_is_read_recursively_with_ids_relative_to_it(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("The second minister spoke.")
    (tmp_path / "a.txt").write_text("The first minister spoke.")
    (tmp_path / "notes.md").write_text("Not an input.")
    (tmp_path / ".hidden.txt").write_text("Hidden file.")
    assert [d.id for d in read_documents([tmp_path])] == ["a.txt", "b/two.txt"]


def test_a_file_given_directly_is_named_by_its_file_name(tmp_path):
    path = tmp_path / "sub" / "story"
    path.parent.mkdir()
    path.write_text("The minister spoke on Sunday.")
    (document,) = read_documents([path])
    assert document.id == "story" and document.source == str(path)


def test_bad_files_are_skipped_and_good_ones_still_read(tmp_path):
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text("The minister spoke on Sunday.")
    skipped: list[InputError] = []
    documents = list(read_documents([tmp_path], on_skip=skipped.append))
    assert [d.id for d in documents] == ["good.txt"]
    assert sorted(e.source.rsplit("/", 1)[-1] for e in skipped) == ["bad.txt", "empty.txt"]


def test_without_on_skip_the_first_bad_file_raises(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    with pytest.raises(InputError, match="bad.txt"):
        list(read_documents([tmp_path]))


def test_missing_path_raises_before_reading(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_documents([tmp_path / "nowhere"]))


def test_repeated_document_id_is_skipped(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"id": "a", "text": "First text."}\n{"id": "a", "text": "Second text."}\n')
    skipped: list[InputError] = []
    documents = list(read_documents([tmp_path / "x.jsonl"], on_skip=skipped.append))
    assert [d.text for d in documents] == ["First text."]
    assert "repeats" in str(skipped[0])


def test_dash_reads_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"The minister spoke on Sunday.\n")))
    (document,) = read_documents(["-"])
    assert document.id == "stdin" and document.text == "The minister spoke on Sunday."


def test_symlinks_to_a_parent_folder_are_walked_once(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("The ministers met on Sunday.\n")
    (tmp_path / "news" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "news" / "again").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "link.txt").symlink_to(tmp_path / "news" / "a.txt")
    documents = list(read_documents([tmp_path, tmp_path / "news"]))
    assert [d.id for d in documents] == ["link.txt"]

