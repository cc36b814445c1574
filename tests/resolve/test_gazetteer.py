"""The gazetteer: countries, aliases, demonyms and the shipped Wikidata ids."""

from __future__ import annotations

import pytest

from kg.resolve.gazetteer import country_of_demonym, is_capital, lookup_country, lookup_known


@pytest.mark.parametrize("name, canonical", [
    ("U.S.", "United States"), ("US", "United States"), ("the United States", "United States"),
    ("America", "United States"), ("UK", "United Kingdom"), ("Britain", "United Kingdom"),
    ("PRC", "China"), ("People’s Republic of China", "China"), ("Burma", "Myanmar"),
    ("DPRK", "North Korea"), ("Holland", "Netherlands"),
])
def test_country_aliases_resolve_to_one_name(name, canonical):
    assert lookup_country(name).canonical == canonical


def test_country_converter_regexes_catch_variants_the_tables_lack():
    assert lookup_country("Republic of Korea").canonical == "South Korea"
    assert lookup_country("Federal Republic of Germany").canonical == "Germany"


@pytest.mark.parametrize("name", ["South China Sea", "China Telecom Americas", "Washington",
                                  "United States State", "Blinken"])
def test_names_that_merely_contain_a_country_are_not_countries(name):
    assert lookup_country(name) is None


def test_organisations_and_groups_are_known_with_their_type():
    assert lookup_known("EU").canonical == "European Union"
    assert lookup_known("EU").type == "Organization"
    assert lookup_known("Uighurs").canonical == lookup_known("Uyghurs").canonical
    assert lookup_known("Uighurs").type == "Group"


def test_wikidata_ids_come_with_what_the_data_knows():
    assert lookup_known("United States").wikidata == "Q30"
    assert lookup_known("Amnesty International").wikidata == "Q42970"


def test_demonyms_name_their_country():
    assert country_of_demonym("Chinese") == "China"
    assert country_of_demonym("American") == "United States"
    assert country_of_demonym("Burmese") == "Myanmar"
    assert country_of_demonym("democratic") is None


def test_capitals_are_known():
    assert is_capital("Beijing")
    assert not is_capital("Blinken")
