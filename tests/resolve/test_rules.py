"""Merge rules files: format, errors."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.resolve import load_merge_rules


def test_rules_file_gives_forbid_and_declare_pairs_and_links_to_undo(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("# my overrides\nmerge\tTony Blinken\tAntony Blinken\n\n"
                    "forbid\tJoe Biden\tHunter Biden\nunlink\t002.txt\t1184\n", encoding="utf-8")
    rules = load_merge_rules(path)
    assert rules.forbid == (("Joe Biden", "Hunter Biden"),)
    assert rules.declare == (("Tony Blinken", "Antony Blinken"),)
    assert rules.unlink == (("002.txt", 1184),)


def test_an_unlink_rule_needs_a_character_offset(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("unlink\t002.txt\the\n", encoding="utf-8")
    with pytest.raises(InputError, match="character offset") as caught:
        load_merge_rules(path)
    assert str(caught.value).startswith(f"{path}:1: ")


def test_a_bad_line_is_a_one_line_error_naming_file_and_line(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("merge\tonly one name\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_merge_rules(path)
    assert str(caught.value).startswith(f"{path}:1: ")
    assert "\n" not in str(caught.value)


def test_an_unknown_rule_and_a_missing_file_are_errors(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("join\ta\tb\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown rule"):
        load_merge_rules(path)
    with pytest.raises(InputError, match="cannot read"):
        load_merge_rules(tmp_path / "missing.tsv")
