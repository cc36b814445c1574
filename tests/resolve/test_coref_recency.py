"""Coreference rules of issue 12: recent organisations, name heads, role words before a name,
and cataphora, on sentences written for these tests (real spaCy pipeline)."""

from __future__ import annotations

import pytest


def test_the_company_is_the_one_recent_organisation(links_by_text):
    links = links_by_text("Halden Freight lost its biggest contract in March.\n\n"
                          "The company will cut 200 jobs, a union official said.")
    assert links.get("The company") == ("Halden Freight", "description:recent-org")


def test_two_recent_organisations_leave_the_company_unresolved(links_by_text):
    links = links_by_text("Halden Freight sued Morvik Shipping over a missed delivery.\n\n"
                          "The company wants compensation.")
    assert "The company" not in links


def test_a_repeated_unnamed_noun_is_what_the_description_means(links_by_text):
    links = links_by_text("Halden Freight borrowed 40 million euros from a bank in Oslo.\n\n"
                          "The bank said the loan was secured.")
    assert "The bank" not in links


def test_a_description_of_another_kind_stays_unresolved(links_by_text):
    # an observatory is no agency, and a wire that reports a story is not "the company"
    assert "The agency" not in links_by_text("Astronomers at the Kessler Observatory found a comet.\n\n"
                                             "The agency will publish the orbit next week.")
    assert "The firm" not in links_by_text("Reuters reported the merger on Friday.\n\n"
                                           "The firm declined to comment.")


def test_the_description_may_not_be_its_own_clause_subject(links_by_text):
    links = links_by_text("Halden Freight missed its filing deadline. The Transport Commission "
                          "said it could fine the operator.")
    assert links.get("the operator", ("",))[0] != "Transport Commission"


def test_a_linked_description_lets_its_possessive_follow(links_by_text):
    links = links_by_text("Corvane Foods had a weak year.\n\n"
                          "The company kept its dividend unchanged.")
    assert links.get("The company", ("",))[0] == "Corvane Foods"
    assert links.get("its", ("",))[0] == "Corvane Foods"


def test_an_organisation_head_word_makes_a_name_an_organisation(links_by_text):
    links = links_by_text("Tessaly Robotics opened a plant in Porto. Tessaly said it would hire "
                          "300 people.")
    assert links.get("it", ("",))[0] in {"Tessaly", "Tessaly Robotics"}


@pytest.mark.parametrize("text, description, name", [
    ("Ruiz signed the goalkeeper Tomas Vidmar on Monday.", "the goalkeeper", "Tomas Vidmar"),
    ("In 1950 she married the architect Pavel Hruby.", "the architect", "Pavel Hruby"),
])
def test_a_role_word_before_a_name_describes_it(links_by_text, text, description, name):
    assert links_by_text(text).get(description) == (name, "description:apposition")


def test_a_pronoun_in_a_fronted_clause_means_the_subject_after_it(links_by_text):
    links = links_by_text("Before she boarded the ferry, Greta Lindahl called Tom Berg.")
    assert links.get("she") == ("Greta Lindahl", "pronoun:cataphora")
