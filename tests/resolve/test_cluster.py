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
