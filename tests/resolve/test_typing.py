"""Type voting."""

from __future__ import annotations

from collections import Counter

from kg.resolve.typing import vote_type


def test_titles_outvote_a_majority_of_place_labels():
    assert vote_type(known=Counter(), labels=Counter({"GPE": 4, "PERSON": 1}), titled=1,
                     roles=Counter()) == "Person"


def test_the_gazetteer_outvotes_everything():
    assert vote_type(known=Counter({"Country": 1}), labels=Counter({"PERSON": 3}), titled=0,
                     roles=Counter()) == "Country"


def test_role_nouns_type_a_mislabelled_company():
    assert vote_type(known=Counter(), labels=Counter({"PERSON": 1}), titled=0,
                     roles=Counter({"Organization": 1})) == "Organization"


def test_majority_label_decides_without_other_evidence():
    assert vote_type(known=Counter(), labels=Counter({"ORG": 2, "GPE": 1}), titled=0,
                     roles=Counter()) == "Organization"
    assert vote_type(known=Counter(), labels=Counter(), titled=0, roles=Counter()) == "Entity"
