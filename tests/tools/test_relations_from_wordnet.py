"""The WordNet relation table is generated, and the generator reproduces the shipped file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))

from relations_from_wordnet import majority_class  # noqa: E402


def test_the_shipped_table_is_what_the_generator_writes_from_wordnet():
    # needs Debian's wordnet-base (the README's test command installs it): no skip, so a
    # hand edit of the generated file or a generator change without regenerating fails here
    assert Path("/usr/share/wordnet/data.verb").exists(), "apt-get install wordnet-base"
    written = subprocess.run(
        [sys.executable, str(REPO / "tools" / "relations_from_wordnet.py")],
        check=True, capture_output=True, text=True,
    ).stdout
    shipped = (REPO / "ontology" / "relations_wordnet.tsv").read_text(encoding="utf-8")
    assert written == shipped


def test_a_class_needs_more_than_half_the_tagged_uses():
    assert majority_class([("win", 71), (None, 42), ("win", 2)]) == "win"
    assert majority_class([("assault", 22), ("criticize", 9), (None, 8)]) == "assault"
    assert majority_class([("state", 21), (None, 10), (None, 9)]) == "state"
    assert majority_class([("state", 10), (None, 10), ("urge", 9)]) is None
    assert majority_class([(None, 123), ("lose", 17), (None, 10)]) is None


def test_untagged_senses_need_the_first_two_to_agree():
    assert majority_class([("kill", 0)]) == "kill"
    assert majority_class([("kill", 0), ("kill", 0), (None, 0)]) == "kill"
    assert majority_class([("kill", 0), (None, 0)]) is None
