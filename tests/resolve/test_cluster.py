"""Cross-document clustering on hand-built mentions (no statistical model involved)."""

from __future__ import annotations

import itertools

from kg.resolve import resolve_entities
from kg.types import CorefLink, Document, DocumentAnalysis, Mention


def name(text, start, label="PERSON", title=None, sentence=0, **features):
    """A name mention whose name is its text (titles given separately)."""
    pairs = tuple(sorted((k, str(v)) for k, v in features.items()))
    return Mention(start=start, end=start + len(text), text=text, kind="name",
                   sentence=sentence, label=label, name=text, title=title, features=pairs)


def analysis(doc_id, *mentions, coref=()):
    text = " " * (max(m.end for m in mentions) + 1)
    document = Document(id=doc_id, text=text, source=doc_id, content_hash=doc_id)
    return DocumentAnalysis(document=document, sentences=(), mentions=tuple(mentions),
                            extractions=(), coref=tuple(coref))


def keys(resolution):
    return {e.key for e in resolution.entities}


def test_surname_joins_the_only_full_name_of_its_document():
    result = resolve_entities([analysis("a", name("Lena Marsh", 0), name("Marsh", 20))])
    assert keys(result) == {"person/lena-marsh"}
    marsh = result.entities[0]
    assert ("Marsh", "surname") in {(m.surface, m.reason) for m in marsh.merges}
    assert marsh.mention_count == 2


def test_surname_with_two_full_names_in_its_document_joins_neither():
    result = resolve_entities([analysis("a", name("Ana Costa", 0), name("Rui Costa", 20),
                                        name("Costa", 40))])
    assert keys(result) == {"person/ana-costa", "person/rui-costa", "person/costa"}


def test_surname_alone_in_a_document_joins_the_corpus_only_person_with_it():
    result = resolve_entities([analysis("a", name("Lena Marsh", 0)),
                               analysis("b", name("Marsh", 0, label="GPE"),
                                        name("Marsh", 10))])
    assert keys(result) == {"person/lena-marsh"}


def test_a_surname_of_two_words_joins_the_only_full_name_ending_with_it():
    res = resolve_entities([
        analysis("a", name("Robert Kilroy-Silk", 0), name("Kilroy-Silk", 40)),
        analysis("b", name("Kilroy-Silk", 0)),  # elsewhere named short only: the same man
    ])
    assert keys(res) == {"person/robert-kilroy-silk"}
    assert {(m.surface, m.reason) for m in res.entities[0].merges} >= {("Kilroy-Silk", "surname")}


def test_a_surname_of_two_words_between_two_full_names_joins_neither():
    res = resolve_entities([analysis("a", name("Andrew Lloyd Webber", 0), name("Julian Lloyd Webber", 30),
                                     name("Lloyd Webber", 60))])
    assert keys(res) == {"person/andrew-lloyd-webber", "person/julian-lloyd-webber", "person/lloyd-webber"}


def test_middle_initials_do_not_split_a_person():
    result = resolve_entities([analysis("a", name("Antony J Blinken", 0)),
                               analysis("b", name("Antony Blinken", 0))])
    assert keys(result) == {"person/antony-blinken"}
    assert result.entities[0].alt_labels == ("Antony J Blinken",)


def test_different_first_names_stay_apart_across_documents():
    result = resolve_entities([analysis("a", name("Joe Biden", 0)),
                               analysis("b", name("Hunter Biden", 0)),
                               analysis("c", name("Biden", 0))])
    assert {"person/joe-biden", "person/hunter-biden"} <= keys(result)
    assert len(keys(result)) == 3  # the bare surname is neither


def test_a_shared_title_picks_the_right_namesake():
    result = resolve_entities([analysis("a", name("Joe Biden", 0, title="President")),
                               analysis("b", name("Hunter Biden", 0)),
                               analysis("c", name("Biden", 0, title="President"))])
    assert keys(result) == {"person/joe-biden", "person/hunter-biden"}


def test_alias_table_joins_country_forms_and_sets_wikidata():
    result = resolve_entities([analysis("a", name("U.S.", 0, "GPE"), name("America", 10, "GPE")),
                               analysis("b", name("United States", 0, "GPE"))])
    (us,) = result.entities
    assert us.key == "country/united-states" and us.type == "Country"
    assert us.same_as == ("http://www.wikidata.org/entity/Q30",)


def test_coreference_maps_a_pronoun_to_its_antecedent_entity():
    mentions = (name("Lena Marsh", 0),
                Mention(start=20, end=23, text="she", kind="pronoun", sentence=1))
    result = resolve_entities([analysis("a", *mentions,
                                        coref=[CorefLink(1, 0, "pronoun:unique")])])
    assert result.entity_at("a", 20, 23) == "person/lena-marsh"
    assert result.entities[0].mention_count == 2


def test_title_span_name_span_and_head_all_map_to_the_entity():
    mention = name("Secretary Blinken", 0, name_start=10, name_end=17, head_start=10,
                   head_end=17)
    mention = Mention(**{**mention.__dict__, "name": "Blinken", "title": "Secretary"})
    result = resolve_entities([analysis("a", mention)])
    assert result.entity_at("a", 0, 17) == result.entity_at("a", 10, 17) == "person/blinken"


def test_result_does_not_depend_on_document_order():
    docs = [analysis("a", name("Lena Marsh", 0), name("Vantor Systems", 20, "ORG")),
            analysis("b", name("Marsh", 0), name("Vantor", 10, "ORG")),
            analysis("c", name("UK", 0, "GPE"), name("Britain", 10, "GPE"))]
    results = [resolve_entities(list(order)) for order in itertools.permutations(docs)]
    assert all(r == results[0] for r in results)


def test_forbid_wins_over_every_rule():
    docs = [analysis("a", name("UK", 0, "GPE"), name("Britain", 10, "GPE"))]
    result = resolve_entities(docs, forbid=[("UK", "Britain")])
    assert len(result.entities) == 2


def test_a_demonym_only_country_still_becomes_an_entity():
    result = resolve_entities([analysis("a", name("Wang Yi", 0, title="Foreign Minister",
                                                  affiliation="China"))])
    wang = next(e for e in result.entities if e.key == "person/wang-yi")
    assert wang.affiliations == ("country/china",)
    assert "country/china" in keys(result)


def test_nothing_in_gives_nothing_out():
    assert resolve_entities([]).entities == ()


def test_a_plural_name_tagged_person_is_no_person():
    result = resolve_entities([analysis("a", name("Greens", 0, plural=1), name("Greens", 20, plural=1))])
    assert [e.type for e in result.entities] != ["Person"]


def test_he_never_resolves_to_an_organisation():
    pronoun = Mention(start=30, end=32, text="he", kind="pronoun", sentence=1,
                      features=(("gender", "m"), ("number", "sg")))  # as find_pronouns makes it
    result = resolve_entities([analysis("a", name("Vantor Systems", 0, label="ORG"), pronoun,
                                        coref=[CorefLink(mention=1, antecedent=0, reason="pronoun:unique")])])
    assert result.entity_at("a", 30, 32) is None


def _he(start):
    return Mention(start=start, end=start + 2, text="he", kind="pronoun", sentence=1,
                   features=(("gender", "m"), ("number", "sg")))


def test_a_given_name_tagged_org_that_is_then_he_is_a_person():
    """spaCy tags "Tomasz Wrona" ORG; his given name and the "he" that means him outvote it."""
    mentions = (name("Tomasz Wrona", 0, label="ORG"), name("Wrona", 20, label="ORG"),
                name("Wrona", 40, label="ORG"), _he(60))
    result = resolve_entities([analysis("a", *mentions,
                                        coref=[CorefLink(mention=3, antecedent=2,
                                                         reason="pronoun:unique")])])
    assert result.entity_at("a", 0, 12) == result.entity_at("a", 60, 62) == "person/tomasz-wrona"


def test_a_given_name_alone_or_a_he_alone_does_not_make_an_organisation_a_person():
    brand = resolve_entities([analysis("a", name("Hugo Boss", 0, label="ORG"),
                                       name("Hugo Boss", 20, label="ORG"))])
    assert keys(brand) == {"organization/hugo-boss"}
    linked = resolve_entities([analysis("a", name("Vantor Systems", 0, label="ORG"),
                                        name("Vantor Systems", 20, label="ORG"), _he(40),
                                        coref=[CorefLink(mention=2, antecedent=1,
                                                         reason="pronoun:unique")])])
    assert keys(linked) == {"organization/vantor-systems"}


def test_it_still_resolves_to_an_organisation():
    pronoun = Mention(start=30, end=32, text="it", kind="pronoun", sentence=1,
                      features=(("gender", "n"), ("number", "sg")))
    result = resolve_entities([analysis("a", name("Vantor Systems", 0, label="ORG"), pronoun,
                                        coref=[CorefLink(mention=1, antecedent=0, reason="pronoun:unique")])])
    assert result.entity_at("a", 30, 32) == "organization/vantor-systems"


def _many(doc_id, full, times):
    return analysis(doc_id, *[name(full, 20 * i) for i in range(times)])


def test_a_surname_goes_to_a_namesake_named_five_times_as_often():
    result = resolve_entities([_many("a", "Tony Blair", 10), _many("b", "Cherie Blair", 2),
                               analysis("c", name("Blair", 0))])
    assert result.entity_at("c", 0, 5) == "person/tony-blair"


def test_a_surname_between_two_namesakes_of_like_weight_stays_apart():
    result = resolve_entities([_many("a", "Tony Blair", 4), _many("b", "Cherie Blair", 2),
                               analysis("c", name("Blair", 0))])
    assert result.entity_at("c", 0, 5) == "person/blair"


def test_an_honorific_gender_overrules_frequency():
    result = resolve_entities([_many("a", "Tony Blair", 10), _many("b", "Cherie Blair", 2),
                               analysis("c", name("Blair", 0, honorific="Mrs", gender="f"))])
    assert result.entity_at("c", 0, 5) == "person/cherie-blair"


def test_a_first_name_alone_in_another_document_is_not_the_person():
    result = resolve_entities([_many("a", "Michael Howard", 3), analysis("b", name("Michael", 0))])
    assert result.entity_at("b", 0, 7) == "person/michael"


def test_a_first_name_in_the_document_links_but_is_no_alias():
    result = resolve_entities([analysis("a", name("Michael Howard", 0), name("Michael", 30))])
    howard = next(e for e in result.entities if e.key == "person/michael-howard")
    assert result.entity_at("a", 30, 37) == "person/michael-howard"
    assert "Michael" not in howard.alt_labels
    assert ("Michael", "first-name") in {(m.surface, m.reason) for m in howard.merges}


def test_an_organisation_without_its_head_word_is_the_same_organisation():
    result = resolve_entities([analysis("a", name("Veritas Party", 0, label="ORG")),
                               analysis("b", name("Veritas", 0, label="ORG"))])
    assert keys(result) == {"organization/veritas-party"}


def test_a_short_name_already_of_another_organisation_does_not_chain_two_parties():
    result = resolve_entities([analysis("a", name("Liberal Democrats", 0, label="ORG"),
                                        name("Liberal", 30, label="ORG")),
                               analysis("b", name("Liberal Party", 0, label="ORG"))])
    assert result.entity_at("b", 0, 13) != result.entity_at("a", 0, 17)


def test_a_short_name_defined_in_brackets_joins_its_name_here_and_elsewhere():
    result = resolve_entities([
        analysis("a", name("Palestinian Authority", 0, label="ORG"),
                 name("PA", 23, label="ORG", alias_of="Palestinian Authority")),
        analysis("b", name("PA", 0, label="ORG"))])
    assert keys(result) == {"organization/palestinian-authority"}
    merges = {(m.surface, m.reason) for m in result.entities[0].merges}
    assert ("PA", "defined-alias") in merges


def test_a_short_form_used_elsewhere_for_two_organisations_joins_neither():
    result = resolve_entities([
        analysis("a", name("Vantor Systems", 0, label="ORG"), name("Vantor", 20, label="ORG")),
        analysis("b", name("Vantor Foods", 0, label="ORG"), name("Vantor", 20, label="ORG")),
        analysis("c", name("Vantor", 0, label="ORG"))])
    assert result.entity_at("c", 0, 6) not in {"organization/vantor-systems",
                                              "organization/vantor-foods"}
