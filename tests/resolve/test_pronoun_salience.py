"""Pronoun rules of issue 12 for salience and abstention: a fronted description of the
pronoun, an unnamed person between a name and a pronoun, on sentences written for these
tests (real spaCy pipeline)."""

from __future__ import annotations

import pytest

from kg.coref import resolve_coreference
from kg.mentions import find_mentions


@pytest.fixture
def links_of(parse_text):
    def links(text):
        doc = parse_text(text)
        mentions = find_mentions(doc)
        return {(mentions[l.mention].text, mentions[l.mention].start):
                (mentions[l.antecedent].name, l.reason)
                for l in resolve_coreference(doc, mentions)}
    return links


def _antecedent(links, text, occurrence_start):
    return links.get((text, occurrence_start), ("",))[0]


def test_a_fronted_description_of_the_pronoun_does_not_block_it(links_of):
    text = ("Tomas Brenner was a Czech painter. The son of a baker in Prague, he studied "
            "in Vienna.")
    assert _antecedent(links_of(text), "he", text.index("he studied")) == "Tomas Brenner"


def test_an_unnamed_person_between_name_and_pronoun_leaves_it_open(links_of):
    text = ("When Karl Weber reached the platform the old man beside the bench had put "
            "his hat on the ground.")
    assert ("his", text.index("his")) not in links_of(text)
