"""Mentions: names repaired and stripped of titles, debris dropped, pronouns, descriptions.

Rules are checked on hand-built Docs where a model's prediction would make the test brittle;
title handling is checked end to end on the real pipeline.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.mentions import find_mentions
from kg.resolve.names import feature


def make_doc(vocab, words, ents=(), tags=None):
    """A Doc with a flat parse (every word hangs off the first) and the given entities."""
    tags = tags or ["NNP" if w[:1].isupper() else "NN" for w in words]
    pos = ["PROPN" if t == "NNP" else "PUNCT" if t in {".", ","} else "NOUN" for t in tags]
    heads = [0] * len(words)
    deps = ["ROOT"] + ["dep"] * (len(words) - 1)
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return Doc(vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=iob)


def names_of(mentions):
    return [m.name for m in mentions if m.kind == "name"]


def test_glued_link_text_is_cut_at_the_repeat_and_dropped_up_to_more(nlp):
    words = ["Antony", "BlinkenAntony", "BlinkenSunday", "shows", "Fauci", "MORE", "spoke", "."]
    doc = make_doc(nlp.vocab, words, ents=[(0, 2, "PERSON"), (4, 5, "PERSON")])
    mentions = find_mentions(doc)
    assert names_of(mentions) == ["Antony Blinken"]
    assert mentions[0].end == doc.text.index("Antony", 1)


def test_camel_case_names_are_not_mistaken_for_glued_links(nlp):
    doc = make_doc(nlp.vocab, ["SoftBank", "backed", "Didi", "."], ents=[(0, 1, "ORG")],
                   tags=["NNP", "VBD", "NNP", "."])
    assert names_of(find_mentions(doc)) == ["SoftBank"]


def test_credited_names_are_not_mentions(nlp):
    words = ["Blinken", "met", "Wang", ".", "Image", "Credit", ":", "ANI"]
    doc = make_doc(nlp.vocab, words, ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (7, 8, "ORG")])
    assert names_of(find_mentions(doc)) == ["Blinken", "Wang"]


def test_lowercase_debris_and_demonym_adjectives_are_not_names(nlp):
    doc = make_doc(nlp.vocab, ["3", "china", "Chinese", "envoy", "."],
                   ents=[(1, 2, "GPE"), (2, 3, "NORP")], tags=["CD", "NN", "JJ", "NN", "."])
    assert names_of(find_mentions(doc)) == []


@pytest.fixture(scope="module")
def seedlike(nlp):
    from kg.nlp import parse_texts

    text = ("US Secretary of State Antony J Blinken spoke with Chinese Foreign Minister Wang Yi "
            "on Friday.\n\nMr Blinken said he raised Xinjiang with Wang.\n\n"
            "Read more Region and World\n")
    return next(parse_texts(nlp, [text]))


def test_titles_are_stripped_from_names_and_kept_with_their_country(seedlike):
    mentions = {m.name: m for m in find_mentions(seedlike) if m.kind == "name"}
    blinken = mentions["Antony J Blinken"]
    assert blinken.title == "Secretary of State"
    assert feature(blinken, "title_country") == "United States"
    assert blinken.text.startswith("US Secretary of State")
    wang = mentions["Wang Yi"]
    assert wang.title == "Foreign Minister"
    assert feature(wang, "affiliation") == "China"


def test_honorific_is_stripped_and_gives_gender(seedlike):
    mr = next(m for m in find_mentions(seedlike) if m.text == "Mr Blinken")
    assert mr.name == "Blinken" and mr.label == "PERSON"
    assert feature(mr, "gender") == "m"


def test_pronouns_and_navigation(seedlike):
    mentions = find_mentions(seedlike)
    he = next(m for m in mentions if m.kind == "pronoun")
    assert he.text == "he" and feature(he, "gender") == "m" and feature(he, "number") == "sg"
    navigation = seedlike.text.index("Read more")
    assert not [m for m in mentions if m.start >= navigation]


def test_definite_descriptions_carry_their_head_and_title(nlp):
    from kg.nlp import parse_texts

    doc = next(parse_texts(nlp, ["The secretary of state met the company's chief.\n"]))
    description = next(m for m in find_mentions(doc) if m.kind == "description")
    assert description.text == "The secretary of state"
    assert description.title == "Secretary of State"
    assert feature(description, "head_lemma") == "secretary"


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "ü中 !!", "MORE MORE"])
def test_degenerate_texts_give_no_error(nlp, text):
    from kg.nlp import parse_texts

    doc = next(parse_texts(nlp, [text]))
    assert find_mentions(doc) == []


def parsed_doc(vocab, rows, ents=()):
    """A hand-parsed Doc from (word, tag, pos, head, dep[, lemma]) rows (head: a token index)."""
    given = {i: row[5] for i, row in enumerate(rows) if len(row) > 5}
    words, tags, pos, heads, deps = (list(column) for column in zip(*(row[:5] for row in rows)))
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    lemmas = [given.get(i) or (w.lower().removesuffix("s") if t == "NNS" else w.lower())
              for i, (w, t) in enumerate(zip(words, tags))]
    return Doc(vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=iob,
               lemmas=lemmas)


def name_mention_of(mentions, name):
    return next(m for m in mentions if m.kind == "name" and m.name == name)


def test_an_acronym_used_as_a_common_noun_is_no_name(nlp):
    # "It is the largest BTR ." -- an unknown acronym with a superlative is a common noun
    doc = parsed_doc(nlp.vocab, [("It", "PRP", "PRON", 1, "nsubj"), ("is", "VBZ", "AUX", 1, "ROOT"),
                                 ("the", "DT", "DET", 4, "det"), ("largest", "JJS", "ADJ", 4, "amod"),
                                 ("BTR", "NN", "NOUN", 1, "attr"), (".", ".", "PUNCT", 1, "punct")],
                     ents=[(4, 5, "ORG")])
    assert names_of(find_mentions(doc)) == []


def test_a_listed_common_acronym_is_no_name(nlp):
    doc = make_doc(nlp.vocab, ["IPO", "raised", "cash", "."], ents=[(0, 1, "ORG")],
                   tags=["NNP", "VBD", "NN", "."])
    assert names_of(find_mentions(doc)) == []


def test_the_first_half_of_a_coordinated_name_is_no_name(nlp):
    # "the East and South China Seas": "East" shares "China Seas" with "South"
    rows = [("the", "DT", "DET", 5, "det"), ("East", "NNP", "PROPN", 5, "nmod"),
            ("and", "CC", "CCONJ", 1, "cc"), ("South", "NNP", "PROPN", 4, "compound"),
            ("China", "NNP", "PROPN", 5, "compound"), ("Seas", "NNP", "PROPN", 5, "ROOT")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(1, 2, "LOC")])
    assert names_of(find_mentions(doc)) == []


def test_a_name_coordinated_before_a_common_noun_stays(nlp):
    # "Apple and Google shares": the shared head is a common noun, Apple is a name
    rows = [("Apple", "NNP", "PROPN", 3, "compound"), ("and", "CC", "CCONJ", 0, "cc"),
            ("Google", "NNP", "PROPN", 0, "conj"), ("shares", "NNS", "NOUN", 3, "ROOT")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 1, "ORG"), (2, 3, "ORG")])
    assert names_of(find_mentions(doc)) == ["Apple", "Google"]


def _listing(nlp, first_label):
    # "talks with Apple , Zorblax and Samsung" with Zorblax tagged GPE
    rows = [("talks", "NNS", "NOUN", 0, "ROOT"), ("with", "IN", "ADP", 0, "prep"),
            ("Apple", "NNP", "PROPN", 1, "pobj"), (",", ",", "PUNCT", 2, "punct"),
            ("Zorblax", "NNP", "PROPN", 2, "conj"), ("and", "CC", "CCONJ", 4, "cc"),
            ("Samsung", "NNP", "PROPN", 4, "conj")]
    return parsed_doc(nlp.vocab, rows, ents=[(2, 3, first_label), (4, 5, "GPE"), (6, 7, "ORG")])


def test_a_place_listed_among_organisations_is_an_organisation(nlp):
    assert name_mention_of(find_mentions(_listing(nlp, "ORG")), "Zorblax").label == "ORG"


def test_a_place_listed_beside_a_place_keeps_its_label(nlp):
    assert name_mention_of(find_mentions(_listing(nlp, "GPE")), "Zorblax").label == "GPE"


def test_names_listing_a_plural_role_noun_take_its_role(nlp):
    # "backed by firms , Zorblax , and Quux": both names are firms
    rows = [("backed", "VBN", "VERB", 0, "ROOT"), ("by", "IN", "ADP", 0, "agent"),
            ("firms", "NNS", "NOUN", 1, "pobj"), (",", ",", "PUNCT", 2, "punct"),
            ("Zorblax", "NNP", "PROPN", 2, "conj"), (",", ",", "PUNCT", 4, "punct"),
            ("and", "CC", "CCONJ", 4, "cc"), ("Quux", "NNP", "PROPN", 4, "conj")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(4, 5, "GPE"), (7, 8, "GPE")])
    mentions = find_mentions(doc)
    for name in ("Zorblax", "Quux"):
        mention = name_mention_of(mentions, name)
        assert (mention.label, feature(mention, "role")) == ("ORG", "firm")


def test_a_name_modifying_an_epidemic_noun_is_an_event(nlp):
    # "the Zika virus spread": Zika is a virus, not the organisation the model may guess
    rows = [("the", "DT", "DET", 2, "det"), ("Zika", "NNP", "PROPN", 2, "compound"),
            ("virus", "NN", "NOUN", 3, "nsubj"), ("spread", "VBD", "VERB", 3, "ROOT")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(1, 2, "ORG")])
    mention = name_mention_of(find_mentions(doc), "Zika")
    assert (mention.label, feature(mention, "role")) == ("EVENT", "virus")


def test_a_place_modifying_an_epidemic_noun_stays_a_place(nlp):
    rows = [("the", "DT", "DET", 2, "det"), ("Wuhan", "NNP", "PROPN", 2, "compound"),
            ("outbreak", "NN", "NOUN", 3, "nsubj"), ("spread", "VBD", "VERB", 3, "ROOT")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(1, 2, "GPE")])
    assert name_mention_of(find_mentions(doc), "Wuhan").label == "GPE"


def test_a_person_that_is_where_something_happens_is_a_place(nlp):
    # "She visited Bologna , where she met ..."
    rows = [("She", "PRP", "PRON", 1, "nsubj"), ("visited", "VBD", "VERB", 1, "ROOT", "visit"),
            ("Bologna", "NNP", "PROPN", 1, "dobj"), (",", ",", "PUNCT", 2, "punct"),
            ("where", "WRB", "SCONJ", 6, "advmod"), ("she", "PRP", "PRON", 6, "nsubj"),
            ("met", "VBD", "VERB", 2, "relcl", "meet")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(2, 3, "PERSON")])
    assert name_mention_of(find_mentions(doc), "Bologna").label == "GPE"


def test_a_person_one_flies_to_is_a_place(nlp):
    rows = [("She", "PRP", "PRON", 1, "nsubj"), ("flew", "VBD", "VERB", 1, "ROOT", "fly"),
            ("to", "IN", "ADP", 1, "prep"), ("Bologna", "NNP", "PROPN", 2, "pobj")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(3, 4, "PERSON")])
    assert name_mention_of(find_mentions(doc), "Bologna").label == "GPE"


def _reported(nlp, name):
    rows = [(name, "NNP", "PROPN", 1, "nsubj"), ("reported", "VBD", "VERB", 1, "ROOT", "report"),
            ("record", "JJ", "ADJ", 3, "amod"), ("revenue", "NN", "NOUN", 1, "dobj")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 1, "GPE")])
    return name_mention_of(find_mentions(doc), name).label


def test_an_unknown_place_that_reports_revenue_is_an_organisation(nlp):
    assert _reported(nlp, "Zorblax") == "ORG"


def test_a_known_subdivision_that_reports_stays_a_place(nlp):
    assert _reported(nlp, "Texas") == "GPE"  # pycountry's ISO 3166-2 knows Texas


def test_a_name_ending_in_an_instrument_word_is_no_person(nlp):
    rows = [("the", "DT", "DET", 4, "det"), ("James", "NNP", "PROPN", 4, "compound"),
            ("Webb", "NNP", "PROPN", 4, "compound"), ("Space", "NNP", "PROPN", 4, "compound"),
            ("Telescope", "NNP", "PROPN", 4, "ROOT")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(1, 5, "PERSON")])
    assert name_mention_of(find_mentions(doc), "James Webb Space Telescope").label == "PRODUCT"


def test_an_unknown_place_that_announces_a_plan_stays_a_place(nlp):
    # cities act through their councils: "Austin announced a plan" is no company
    rows = [("Austin", "NNP", "PROPN", 1, "nsubj"), ("announced", "VBD", "VERB", 1, "ROOT", "announce"),
            ("a", "DT", "DET", 3, "det"), ("plan", "NN", "NOUN", 1, "dobj")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 1, "GPE")])
    assert name_mention_of(find_mentions(doc), "Austin").label == "GPE"


def test_a_one_word_person_listed_among_organisations_is_an_organisation(nlp):
    from spacy.tokens import Span

    doc = _listing(nlp, "ORG")  # "talks with Apple , Zorblax and Samsung", Zorblax a "person"
    doc.ents = [Span(doc, 2, 3, "ORG"), Span(doc, 4, 5, "PERSON"), Span(doc, 6, 7, "ORG")]
    assert name_mention_of(find_mentions(doc), "Zorblax").label == "ORG"


def test_a_demonym_tagged_as_an_organisation_is_no_name(nlp):
    # "his Ugandan counterpart Yoweri Museveni" with "Ugandan" tagged ORG
    rows = [("his", "PRP$", "PRON", 2, "poss"), ("Ugandan", "NNP", "PROPN", 2, "compound"),
            ("counterpart", "NN", "NOUN", 2, "ROOT"), ("Yoweri", "NNP", "PROPN", 4, "compound"),
            ("Museveni", "NNP", "PROPN", 2, "appos")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(1, 2, "ORG"), (3, 5, "PERSON")])
    assert names_of(find_mentions(doc)) == ["Yoweri Museveni"]


def _match(nlp, first, second, first_label="GPE"):
    # "<first> beat <second> 2 - 1"
    rows = [(first, "NNP", "PROPN", 1, "nsubj"), ("beat", "VBD", "VERB", 1, "ROOT", "beat"),
            (second, "NNP", "PROPN", 1, "dobj"), ("2", "CD", "NUM", 1, "npadvmod"),
            ("-", "SYM", "PUNCT", 5, "punct"), ("1", "CD", "NUM", 1, "dobj")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 1, first_label), (2, 3, "GPE")])
    mentions = find_mentions(doc)
    return name_mention_of(mentions, first).label, name_mention_of(mentions, second).label


def test_the_sides_of_a_scored_match_are_clubs(nlp):
    assert _match(nlp, "Zorblax", "Barcelona") == ("ORG", "ORG")


def test_countries_in_a_scored_match_stay_countries(nlp):
    assert _match(nlp, "Brazil", "Argentina") == ("GPE", "GPE")


def test_an_acronym_defined_in_brackets_is_a_name_and_so_are_its_later_uses(parse_text):
    from kg.mentions import find_mentions

    mentions = find_mentions(parse_text(
        "Talks with the Palestinian Authority (PA) resumed on Monday. The PA said it would attend."))
    names = [(m.text, dict(m.features).get("alias_of")) for m in mentions if m.kind == "name"]
    assert ("PA", "Palestinian Authority") in names
    assert names.count(("PA", None)) == 1


def test_a_word_in_brackets_that_is_no_acronym_is_no_alias(parse_text):
    from kg.mentions import find_mentions

    mentions = find_mentions(parse_text("Mr Smith (pictured) said the plan would work."))
    assert not any(dict(m.features).get("alias_of") for m in mentions)


@pytest.mark.parametrize("words, name, title", [
    (["Tory", "Liam", "Fox", "said", "so", "."], "Liam Fox", None),
    (["Lib", "Dem", "MP", "Lembit", "Opik", "said", "so", "."], "Lembit Opik", "Member of Parliament"),
    (["Labour", "Treasurer", "Jack", "Dromey", "spoke", "."], "Jack Dromey", "Treasurer"),
])
def test_a_party_before_a_persons_name_is_no_part_of_it(nlp, words, name, title):
    doc = make_doc(nlp.vocab, words, ents=[(0, words.index("said") if "said" in words else 4, "PERSON")])
    person = next(m for m in find_mentions(doc) if m.kind == "name")
    assert (person.name, person.title) == (name, title)


def test_a_name_that_is_itself_a_party_keeps_its_words(nlp):
    doc = make_doc(nlp.vocab, ["Lib", "Dems", "won", "."], ents=[(0, 2, "PERSON")])
    assert names_of(find_mentions(doc)) == ["Lib Dems"]


def test_a_partys_members_are_a_plural_name_not_a_person_called_mps(nlp):
    doc = nlp("Many Lib Dem MPs opposed it.")
    members = next(m for m in find_mentions(doc) if m.kind == "name")
    assert members.name == "Lib Dem MPs"
    assert feature(members, "plural") == "1"


@pytest.mark.parametrize("text", ["MPs voted for the Bill on Tuesday.", "The Bill was passed by the Lords."])
def test_a_given_name_after_the_is_no_person(nlp, text):
    assert "Bill" not in names_of(find_mentions(nlp(text)))


def test_a_given_name_with_its_surname_stays_a_person(nlp):
    assert names_of(find_mentions(nlp("Bill Clinton met the Pope."))) == ["Bill Clinton"]


@pytest.mark.parametrize("text, name", [
    ("Club Atlético Bellavista is a football club from the Prado district of Montevideo. "
     "It was founded in 1911 by clerks.", "Club Atlético Bellavista"),
    ("Vaara Oyj is a Finnish maker of cartons with headquarters in Tampere.", "Vaara Oyj"),
])
def test_a_name_the_sentence_says_is_an_organisation_is_one(nlp, text, name):
    mention = next(m for m in find_mentions(nlp(text)) if m.text == name)
    assert mention.label == "ORG"


def test_a_person_the_sentence_says_is_a_minister_stays_a_person(nlp):
    mention = next(m for m in find_mentions(nlp("Ruth Kelly is the education secretary.")) if m.kind == "name")
    assert mention.label == "PERSON"
