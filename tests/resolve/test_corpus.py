"""Resolution across kg's own multi-document corpus: surname traps, titles, aliases."""

from __future__ import annotations

import pytest

from kg.resolve import resolve_entities
from kg.resolve.gazetteer import lookup_known


@pytest.fixture(scope="module")
def resolution(corpus_analyses):
    return resolve_entities(corpus_analyses)


@pytest.fixture(scope="module")
def by_key(resolution):
    return {e.key: e for e in resolution.entities}


def key_of(resolution, analyses, document, surface, nth=0):
    """The entity of the nth mention whose text is exactly ``surface`` in a document."""
    analysis = next(a for a in analyses if a.document.id == document)
    spans = [m for m in analysis.mentions if m.text == surface]
    mention = spans[nth]
    return resolution.entity_at(document, mention.start, mention.end)


def test_father_and_son_stay_two_people(by_key):
    assert by_key["person/joe-biden"].type == "Person"
    assert by_key["person/hunter-biden"].type == "Person"
    assert "Hunter Biden" not in by_key["person/joe-biden"].alt_labels


def test_a_title_tells_which_biden_a_surname_means(resolution, corpus_analyses):
    assert key_of(resolution, corpus_analyses, "01_biden_family.txt",
                  "President Biden") == "person/joe-biden"
    # a document that never gives the first name: the title decides across the corpus
    assert key_of(resolution, corpus_analyses, "02_biden_trip.txt",
                  "President Biden") == "person/joe-biden"
    assert key_of(resolution, corpus_analyses, "02_biden_trip.txt", "Biden") == \
        "person/joe-biden"


def test_two_ministers_sharing_a_surname_stay_apart(resolution, corpus_analyses, by_key):
    assert {"person/ana-costa", "person/rui-costa"} <= set(by_key)
    bare = key_of(resolution, corpus_analyses, "03_costa.txt", "Costa")
    assert bare not in {"person/ana-costa", "person/rui-costa"}
    assert by_key["person/ana-costa"].titles == ("Finance Minister",)
    assert by_key["person/rui-costa"].titles == ("Health Minister",)


def test_honorific_and_surname_in_a_later_document_link_to_the_full_name(resolution,
                                                                         corpus_analyses):
    assert key_of(resolution, corpus_analyses, "05_marsh_interview.txt",
                  "Ms Marsh") == "person/lena-marsh"


def test_short_form_of_a_company_joins_it(by_key):
    assert "Vantor" in by_key["organization/vantor-systems"].alt_labels


@pytest.mark.parametrize("key, forms", [
    ("country/united-kingdom", {"UK", "Britain", "United Kingdom"}),
    ("country/united-states", {"U.S.", "America"}),
    ("organization/european-union", {"EU", "European Union"}),
    ("group/uyghurs", {"Uyghurs", "Uighurs", "Uighur Muslims"}),
])
def test_aliases_are_one_node(resolution, key, forms):
    holders = {e.key for e in resolution.entities
               if forms & {e.label, *e.alt_labels}}
    assert holders == {key}


def test_pronouns_and_role_nouns_attach_to_their_entity(resolution, corpus_analyses):
    assert key_of(resolution, corpus_analyses, "02_biden_trip.txt",
                  "the prime minister") == "person/keir-starmer"
    assert key_of(resolution, corpus_analyses, "04_vantor.txt", "she") == "person/lena-marsh"
    assert key_of(resolution, corpus_analyses, "04_vantor.txt", "it") == \
        "organization/vantor-systems"


def test_credits_and_navigation_are_not_entities(resolution, corpus_analyses):
    analysis = next(a for a in corpus_analyses if a.document.id == "05_marsh_interview.txt")
    credit = analysis.document.text.index("Image Credit")
    assert not [m for m in analysis.mentions if m.start >= credit]
    labels = {form for e in resolution.entities for form in (e.label, *e.alt_labels)}
    assert not {"World News", "Read", "Image Credit"} & labels


def test_merges_say_why(by_key):
    reasons = {(m.surface, m.reason) for m in by_key["country/united-kingdom"].merges}
    assert ("Britain", "alias-table") in reasons
    reasons = {(m.surface, m.reason) for m in by_key["person/lena-marsh"].merges}
    assert ("Marsh", "surname") in reasons


def test_forbid_keeps_names_apart_and_declare_joins_them(corpus_analyses):
    forbidden = resolve_entities(corpus_analyses, forbid=[("Vantor", "Vantor Systems")])
    keys = {e.key for e in forbidden.entities if "Vantor" in (e.label, *e.alt_labels)}
    assert keys and "organization/vantor-systems" not in keys
    declared = resolve_entities(corpus_analyses, declare=[("Tom Hale", "Lena Marsh")])
    marsh = next(e for e in declared.entities if e.key == "person/lena-marsh")
    assert "Tom Hale" in marsh.alt_labels
    assert any(m.reason == "declared" for m in marsh.merges)


def test_same_keys_in_any_document_order(corpus_analyses, resolution):
    again = resolve_entities(list(reversed(corpus_analyses)))
    assert [e.key for e in again.entities] == [e.key for e in resolution.entities]
    assert again == resolution


def test_namesakes_in_different_documents_keep_their_own_surname_mentions(resolution,
                                                                          corpus_analyses):
    assert key_of(resolution, corpus_analyses, "07_johnson_visit.txt", "Mr Johnson") == \
        "person/boris-johnson"
    assert key_of(resolution, corpus_analyses, "09_johnson_film.txt", "Johnson") == \
        "person/dwayne-johnson"


def test_a_surname_that_is_also_a_place_is_the_place_elsewhere(resolution, corpus_analyses):
    assert key_of(resolution, corpus_analyses, "08_washington_award.txt", "Washington") == \
        "person/denzel-washington"
    assert key_of(resolution, corpus_analyses, "07_johnson_visit.txt", "Washington") == \
        "place/washington"


def test_a_capital_tagged_as_a_person_is_typed_a_place(by_key):
    assert by_key["place/kyiv"].type == "Place"
    assert "person/kyiv" not in by_key


def test_a_surname_alone_goes_to_the_person_who_dominates_it(resolution, corpus_analyses):
    # "Harlow" in a document that never gives a first name: Daniel Harlow is named far more
    # often than his wife Miriam across the corpus
    assert key_of(resolution, corpus_analyses, "13_harlow_poll.txt", "Harlow") == \
        "person/daniel-harlow"


def test_an_honorific_tells_which_namesake_a_surname_means(resolution, corpus_analyses):
    assert key_of(resolution, corpus_analyses, "12_harlow_school.txt", "Mrs Harlow") == \
        "person/miriam-harlow"


def test_a_lone_first_name_is_never_an_alias(resolution, corpus_analyses, by_key):
    assert "Daniel" not in by_key["person/daniel-harlow"].alt_labels
    assert key_of(resolution, corpus_analyses, "13_harlow_poll.txt", "Daniel") != \
        "person/daniel-harlow"


def test_a_party_with_and_without_its_head_word_is_one_organisation(resolution, corpus_analyses):
    short = key_of(resolution, corpus_analyses, "10_harlow_party.txt", "Veritas")
    assert short == key_of(resolution, corpus_analyses, "10_harlow_party.txt", "Veritas Party")
    assert short == key_of(resolution, corpus_analyses, "11_harlow_debate.txt", "Veritas")
    assert short.startswith("organization/")


def test_party_nicknames_from_the_data_file_join_their_party(resolution, corpus_analyses, by_key):
    labour = {key_of(resolution, corpus_analyses, "10_harlow_party.txt", "Labour"),
              key_of(resolution, corpus_analyses, "10_harlow_party.txt", "Labour Party"),
              key_of(resolution, corpus_analyses, "11_harlow_debate.txt", "Labour")}
    assert labour == {"organization/labour-party"}
    conservatives = {key_of(resolution, corpus_analyses, "10_harlow_party.txt", "Conservative Party"),
                     key_of(resolution, corpus_analyses, "11_harlow_debate.txt", "Conservatives")}
    assert conservatives == {"organization/conservative-party"}
    assert by_key["organization/conservative-party"].type == "Organization"
    assert lookup_known("the Tories").canonical == "Conservative Party"


def test_a_plural_name_is_no_person(by_key):
    assert not any(e.type == "Person" and "Dems" in e.label for e in by_key.values())
