"""Entity keys: readable, stable, and safe in an IRI for any Unicode label."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from kg.resolve.keys import entity_key, slugify

SAFE = re.compile(r"^[a-z]+/[a-z0-9%A-F-]+$")


def test_keys_read_like_the_name():
    assert entity_key("Person", "Antony Blinken") == "person/antony-blinken"
    assert entity_key("Country", "United States") == "country/united-states"
    assert entity_key("Organization", "Amnesty International") == \
        "organization/amnesty-international"


def test_accents_fold_and_other_scripts_are_percent_encoded():
    assert slugify("Zürich") == "zurich"
    assert slugify("Øresund") == "%C3%B8resund"
    assert slugify("中国") == "%E4%B8%AD%E5%9B%BD"


def test_apostrophes_vanish_and_punctuation_becomes_one_hyphen():
    assert slugify("People's Republic of China") == "peoples-republic-of-china"
    assert slugify("  U.S. -- <State> \"Dept\" ") == "u-s-state-dept"


@given(st.text(max_size=40))
def test_any_label_gives_a_key_strict_parsers_accept(label):
    key = entity_key("Person", label)
    assert SAFE.match(key), key


def test_unknown_type_falls_back_to_entity():
    assert entity_key("Spaceship", "Enterprise") == "entity/enterprise"
