"""A description with a name set off by commas right before the main clause's subject
("a letter from the harbourmaster, Jan Kos, Wrona read it"): the name is in apposition, not
the first of a list (real spaCy pipeline)."""

from __future__ import annotations

from kg.coref import resolve_coreference
from kg.mentions import find_mentions


def _links(parse_text, text):
    doc = parse_text(text)
    mentions = find_mentions(doc)
    return {mentions[l.mention].text: (mentions[l.antecedent].name, l.reason)
            for l in resolve_coreference(doc, mentions)}


def test_a_name_before_the_main_subject_is_in_apposition(parse_text):
    text = ("When Piotr Bielski came in with a note from the harbourmaster, Jan Kos, "
            "Tomasz Wrona had already left.")
    assert _links(parse_text, text).get("the harbourmaster") == \
        ("Jan Kos", "description:apposition")


def test_a_list_of_names_is_no_apposition(parse_text):
    text = ("Piotr Bielski wrote to the harbourmaster, Jan Kos, Tomasz Wrona and Adam Nowak, "
            "asking for a boat.")
    assert "the harbourmaster" not in _links(parse_text, text)
