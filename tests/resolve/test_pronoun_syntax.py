"""Pronoun rules of issue 12 that read the clause: an "it" standing for an action, and a
possessive that does not repeat an earlier one across a new subject (real spaCy pipeline)."""

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


def test_it_as_the_object_of_do_stands_for_an_action(links_of):
    text = ("Grace Mwangi had taught at Riverside Primary for eleven years, long enough to "
            "know that neither of the boys had done it.")
    assert ("it", text.index("it.")) not in links_of(text)


def test_a_possessive_after_a_new_subject_is_not_the_earlier_possessive(links_of):
    text = "Youssef Benali will sign on Friday. His agent, Karim Haddou, said his client was happy."
    assert links_of(text).get(("his", text.index("his client")), ("",))[0] == "Karim Haddou"
