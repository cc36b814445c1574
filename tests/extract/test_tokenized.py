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


TOKENS = ["the", "minister", "met", "said", "that", "who", "and", ",", ".", "``", "''", "(", ")", "--",
          "'s", "not", "to", "in", "Rome", "1990", "$", "%", "is", "was", "by", "Blinken", "-", ";", ":"]


def test_any_token_sequence_extracts_without_error(nlp):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from kg.extract import extract_doc
    from kg.extract.carb import format_carb

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from(TOKENS), min_size=0, max_size=25))
    def check(words):
        line = " ".join(words)
        [doc] = parse_tokenized(nlp, [line])
        for row in format_carb(line, doc, extract_doc(doc)):
            fields = row.split("\t")
            assert fields[0] == line
            assert len(fields) >= 4 and all(fields[2:4])

    check()
