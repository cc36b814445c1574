"""Pre-tokenised input is parsed with exactly the given tokens."""

from __future__ import annotations

from kg.extract.tokenized import parse_tokenized


def test_tokens_are_kept_as_given(nlp):
    lines = ["The `` take-it-or-leave-it '' offer was rejected .", "", "   odd   spacing here  "]
    docs = list(parse_tokenized(nlp, lines))
    assert [t.text for t in docs[0]] == lines[0].split()
    assert len(docs[1]) == 0
    assert [t.text for t in docs[2]] == ["odd", "spacing", "here"]
    assert docs[0][0].dep_  # parsed
