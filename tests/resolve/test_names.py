"""Name normalisation and the title, honorific and role-noun tables."""

from __future__ import annotations

from kg.resolve.names import (
    canonical_title, clean_surface, drop_initials, honorific_gender, match_key, role_nouns,
    strip_possessive,
)


def test_match_key_ignores_case_dots_articles_and_possessives():
    assert match_key("the U.S.") == match_key("US") == "us"
    assert match_key("China’s") == "china"
    assert match_key("Agence France-Presse") == "agence france presse"
    assert match_key("Zürich") == "zurich"


def test_clean_surface_keeps_case_and_normalises_quotes_and_spaces():
    assert clean_surface(" People’s   Republic ") == "People's Republic"


def test_possessive_endings_are_stripped():
    assert strip_possessive("Hong Kong's") == "Hong Kong"
    assert strip_possessive("Blinkens'") == "Blinkens"


def test_middle_initials_are_dropped_but_not_first_or_last_words():
    assert drop_initials(["Antony", "J", "Blinken"]) == ["Antony", "Blinken"]
    assert drop_initials(["J.", "K.", "Rowling"]) == ["J.", "Rowling"]


def test_title_variants_map_to_one_canonical_title():
    assert canonical_title("State Secretary") == "Secretary of State"
    assert canonical_title("secretary of state") == "Secretary of State"
    assert canonical_title("Minister of Foreign Affairs") == "Foreign Minister"
    assert canonical_title("Blinken") is None


def test_honorifics_carry_gender():
    assert honorific_gender("Mr") == "m"
    assert honorific_gender("Ms.") == "f"
    assert honorific_gender("Dr") == "-"
    assert honorific_gender("Smith") is None


def test_role_nouns_say_what_they_describe():
    assert role_nouns()["company"].type == "Organization"
    assert "secretary of state" in role_nouns()["diplomat"].title_words


def test_no_country_name_counts_as_a_title_word():
    from kg.resolve.gazetteer import lookup_known
    from kg.resolve.names import title_words

    countries = [w for w in title_words() if lookup_known(w) and lookup_known(w).type == "Country"]
    assert countries == []
