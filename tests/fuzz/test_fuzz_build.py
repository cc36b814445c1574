"""Property-based tests: arbitrary Unicode through the whole build gives strict Turtle."""

from __future__ import annotations

import shutil
import subprocess

import pyoxigraph
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.pipeline import build

RAPPER = shutil.which("rapper")

# Words that give the parser something to chew on, mixed with hostile characters.
WORDS = st.sampled_from(
    ["Blinken", "met", "Wang", "Yi", "in", "Rome", "on", "Sunday", ".", ",", "said", "the", "US", "\"", "’s", "(", ")"]
)
HOSTILE = st.sampled_from(
    ["\x00", "\x07", "\x1b", "\t", "\r", "\u0085", "\u2028", "\u200b", "\ufeff", "\ufffe", "\U0001f600",
     "\U0001f1fa\U0001f1f8", "שלום", "مرحبا", "\u202e", "\u0301", "<", ">", "\\", "{", "}", "@", "^^", "\"\"\""]
)
TOKENS = st.one_of(WORDS, WORDS, HOSTILE, st.text(min_size=1, max_size=8))
PARAGRAPH = st.lists(TOKENS, min_size=3, max_size=40).map(" ".join)
DOCUMENT = st.lists(st.one_of(PARAGRAPH, PARAGRAPH, st.just(""), st.just("   ")), min_size=1, max_size=6).map("\n\n".join)
# Any name a folder walk reads: not hidden, ending in .txt.
FILE_NAME = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=20).filter(
    lambda name: not name.startswith(".")
).map(lambda name: name + ".txt")

# A 100,000-character line of many sentences, and a line with no sentence end at all (kept
# shorter: the extractor's and linker's cost grows faster than linearly with phrase length).
LONG_LINE = ("Blinken met Wang Yi in Rome on Sunday \U0001f600 and they discussed مرحبا trade. " * 2000)[:100_000]
RUN_ON_LINE = ("Blinken met Wang Yi in Rome \U0001f600 مرحبا " * 100)[:3_000]


def check_turtle(path) -> None:
    """The Turtle parses in pyoxigraph and, when installed, in rapper."""
    quads = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert quads
    if RAPPER:
        checked = subprocess.run([RAPPER, "-q", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr


def build_or_nothing_to_read(paths, out):
    """Build; no readable text at all is the one error allowed."""
    try:
        build(paths, output_dir=out, html=False, on_skip=lambda error: None)
    except InputError as error:
        assert "no readable documents" in str(error)
        return False
    return True


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=DOCUMENT, name=FILE_NAME)
@example(text=LONG_LINE, name="long.txt")
@example(text=RUN_ON_LINE, name="run-on.txt")
@example(text="\n\n\n\n\n\n", name="blank.txt")
def test_any_text_builds_to_strict_turtle(tmp_path_factory, text, name):
    folder = tmp_path_factory.mktemp("fuzz")
    try:
        (folder / name).write_text(text, encoding="utf-8", errors="surrogateescape")
    except OSError:
        return  # a name this file system refuses is not kg's to read
    out = folder / "out"
    if build_or_nothing_to_read([folder], out):
        check_turtle(out / "graph.ttl")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(DOCUMENT, min_size=1, max_size=4), ids=st.lists(st.text(max_size=12), min_size=4, max_size=4))
def test_any_jsonl_builds_to_strict_turtle(tmp_path_factory, texts, ids):
    import json

    folder = tmp_path_factory.mktemp("fuzz-jsonl")
    lines = [json.dumps({"id": doc_id, "text": text, "title": doc_id, "date": doc_id}) for doc_id, text in zip(ids, texts)]
    (folder / "docs.jsonl").write_text("\n".join(lines), encoding="utf-8")
    out = folder / "out"
    if build_or_nothing_to_read([folder], out):
        check_turtle(out / "graph.ttl")
