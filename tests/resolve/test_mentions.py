"""Mentions: names repaired and stripped of titles, debris dropped, pronouns, descriptions.

Rules are checked on hand-built Docs where a model's prediction would make the test brittle;
title handling is checked end to end on the real pipeline.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.mentions import find_mentions
from kg.resolve.names import feature


def make_doc(vocab, words, ents=(), tags=None):
    """A Doc with a flat parse (every word hangs off the first) and the given entities."""
    tags = tags or ["NNP" if w[:1].isupper() else "NN" for w in words]
    pos = ["PROPN" if t == "NNP" else "PUNCT" if t in {".", ","} else "NOUN" for t in tags]
    heads = [0] * len(words)
    deps = ["ROOT"] + ["dep"] * (len(words) - 1)
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return Doc(vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=iob)


def names_of(mentions):
    return [m.name for m in mentions if m.kind == "name"]


def test_glued_link_text_is_cut_at_the_repeat_and_dropped_up_to_more(nlp):
    words = ["Antony", "BlinkenAntony", "BlinkenSunday", "shows", "Fauci", "MORE", "spoke", "."]
    doc = make_doc(nlp.vocab, words, ents=[(0, 2, "PERSON"), (4, 5, "PERSON")])
    mentions = find_mentions(doc)
    assert names_of(mentions) == ["Antony Blinken"]
    assert mentions[0].end == doc.text.index("Antony", 1)


def test_camel_case_names_are_not_mistaken_for_glued_links(nlp):
    doc = make_doc(nlp.vocab, ["SoftBank", "backed", "Didi", "."], ents=[(0, 1, "ORG")],
                   tags=["NNP", "VBD", "NNP", "."])
    assert names_of(find_mentions(doc)) == ["SoftBank"]


def test_credited_names_are_not_mentions(nlp):
    words = ["Blinken", "met", "Wang", ".", "Image", "Credit", ":", "ANI"]
    doc = make_doc(nlp.vocab, words, ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (7, 8, "ORG")])
    assert names_of(find_mentions(doc)) == ["Blinken", "Wang"]


def test_lowercase_debris_and_demonym_adjectives_are_not_names(nlp):
    doc = make_doc(nlp.vocab, ["3", "china", "Chinese", "envoy", "."],
                   ents=[(1, 2, "GPE"), (2, 3, "NORP")], tags=["CD", "NN", "JJ", "NN", "."])
    assert names_of(find_mentions(doc)) == []


@pytest.fixture(scope="module")
def seedlike(nlp):
    from kg.nlp import parse_texts

    text = ("US Secretary of State Antony J Blinken spoke with Chinese Foreign Minister Wang Yi "
            "on Friday.\n\nMr Blinken said he raised Xinjiang with Wang.\n\n"
            "Read more Region and World\n")
    return next(parse_texts(nlp, [text]))


def test_titles_are_stripped_from_names_and_kept_with_their_country(seedlike):
    mentions = {m.name: m for m in find_mentions(seedlike) if m.kind == "name"}
    blinken = mentions["Antony J Blinken"]
    assert blinken.title == "Secretary of State"
    assert feature(blinken, "title_country") == "United States"
    assert blinken.text.startswith("US Secretary of State")
    wang = mentions["Wang Yi"]
    assert wang.title == "Foreign Minister"
    assert feature(wang, "affiliation") == "China"


def test_honorific_is_stripped_and_gives_gender(seedlike):
    mr = next(m for m in find_mentions(seedlike) if m.text == "Mr Blinken")
    assert mr.name == "Blinken" and mr.label == "PERSON"
    assert feature(mr, "gender") == "m"


def test_pronouns_and_navigation(seedlike):
    mentions = find_mentions(seedlike)
    he = next(m for m in mentions if m.kind == "pronoun")
    assert he.text == "he" and feature(he, "gender") == "m" and feature(he, "number") == "sg"
    navigation = seedlike.text.index("Read more")
    assert not [m for m in mentions if m.start >= navigation]


def test_definite_descriptions_carry_their_head_and_title(nlp):
    from kg.nlp import parse_texts

    doc = next(parse_texts(nlp, ["The secretary of state met the company's chief.\n"]))
    description = next(m for m in find_mentions(doc) if m.kind == "description")
    assert description.text == "The secretary of state"
    assert description.title == "Secretary of State"
    assert feature(description, "head_lemma") == "secretary"


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "ü中 !!", "MORE MORE"])
def test_degenerate_texts_give_no_error(nlp, text):
    from kg.nlp import parse_texts

    doc = next(parse_texts(nlp, [text]))
    assert find_mentions(doc) == []
