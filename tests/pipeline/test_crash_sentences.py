"""Sentences whose parses once crashed the argument finder build like any other."""

from __future__ import annotations

import pytest

from kg.pipeline import build

# A stranded "to" parsed as a dative with no object once put None among the arguments.
CRASHED = [
    "We are giving serious consideration to.",
    "A spokesman said the firm has paid two of the three banks it owed interest to in March.",
]


@pytest.mark.parametrize("sentence", CRASHED)
def test_sentence_builds(tmp_path, sentence):
    (tmp_path / "doc.txt").write_text(sentence + "\n", encoding="utf-8")
    result = build([tmp_path / "doc.txt"], html=False)
    assert result.documents == 1
    assert result.sentences == 1
    assert result.triples > 0


def test_find_arguments_has_no_empty_slot(nlp):
    from kg.extract.arguments import find_arguments

    for sentence in CRASHED:
        for token in nlp(sentence):
            if token.pos_ in ("VERB", "AUX"):
                assert all(argument is not None for argument in find_arguments(token))
