"""Names the model misses or buries: an organisation in a person's title prefix, a name whose
head word says it is an organisation, people found by a given name the model left untagged.

Rules are checked on hand-parsed Docs, so that a model's prediction cannot make them pass.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.mentions import find_mentions


def parsed_doc(vocab, rows, ents=()):
    """A hand-parsed Doc from (word, tag, pos, head, dep) rows (head: a token index)."""
    words, tags, pos, heads, deps = (list(column) for column in zip(*rows))
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return Doc(vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=iob,
               lemmas=[w.lower() for w in words])


def names(mentions):
    return {m.name: m.label for m in mentions if m.kind == "name"}


def _proper(word, head, dep="compound"):
    return (word, "NNP", "PROPN", head, dep)


def test_an_organisation_in_a_title_prefix_is_a_mention_of_its_own(nlp):
    # "He met European Commission President Ursula von der Leyen ."
    rows = [("He", "PRP", "PRON", 1, "nsubj"), ("met", "VBD", "VERB", 1, "ROOT"),
            _proper("European", 3), _proper("Commission", 4), _proper("President", 8),
            _proper("Ursula", 8), _proper("von", 8), _proper("der", 8),
            _proper("Leyen", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(2, 4, "ORG"), (5, 9, "PERSON")])
    mentions = find_mentions(doc)
    assert names(mentions) == {"European Commission": "ORG", "Ursula von der Leyen": "PERSON"}
    person = next(m for m in mentions if m.name == "Ursula von der Leyen")
    assert person.title == "President"


def test_a_lone_head_word_in_a_title_prefix_is_no_organisation(nlp):
    # "Party leader Michael Howard said ." -- "Party" opens the sentence; it names nothing
    rows = [_proper("Party", 1), ("leader", "NN", "NOUN", 3, "compound"), _proper("Michael", 3),
            _proper("Howard", 4, "nsubj"), ("said", "VBD", "VERB", 4, "ROOT"),
            (".", ".", "PUNCT", 4, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 1, "ORG"), (2, 4, "PERSON")])
    assert names(find_mentions(doc)) == {"Michael Howard": "PERSON"}


def test_a_name_ending_in_an_organisations_head_word_is_an_organisation(nlp):
    # "the World Doping Agency tested him ." tagged FAC
    rows = [("the", "DT", "DET", 3, "det"), _proper("World", 3), _proper("Doping", 3),
            _proper("Agency", 4, "nsubj"), ("tested", "VBD", "VERB", 4, "ROOT"),
            ("him", "PRP", "PRON", 4, "dobj"), (".", ".", "PUNCT", 4, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(1, 4, "FAC")])
    assert names(find_mentions(doc)) == {"World Doping Agency": "ORG"}


def test_a_head_word_before_de_makes_the_name_that_kind(nlp):
    # "He conducted the Orquesta Sinfónica de Jalisco ." tagged FAC; the head comes first
    rows = [("He", "PRP", "PRON", 1, "nsubj"), ("conducted", "VBD", "VERB", 1, "ROOT"),
            ("the", "DT", "DET", 6, "det"), _proper("Orquesta", 6), _proper("Sinfónica", 6),
            _proper("de", 6), _proper("Jalisco", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(3, 7, "FAC")])
    assert names(find_mentions(doc)) == {"Orquesta Sinfónica de Jalisco": "ORG"}


def test_a_place_the_shipped_data_knows_keeps_its_label_whatever_its_head_word(nlp):
    # "Israel built in the West Bank ." : "bank" is an organisation's head word
    rows = [_proper("Israel", 1, "nsubj"), ("built", "VBD", "VERB", 1, "ROOT"),
            ("in", "IN", "ADP", 1, "prep"), ("the", "DT", "DET", 5, "det"), _proper("West", 5),
            _proper("Bank", 2, "pobj"), (".", ".", "PUNCT", 1, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 1, "GPE"), (4, 6, "GPE")])
    assert names(find_mentions(doc))["West Bank"] == "GPE"


def test_a_head_word_first_without_de_is_no_head(nlp):
    # "Foundation Nkosi" has no "of" or "de" after its first word, which says nothing of it
    rows = [_proper("Foundation", 1), _proper("Nkosi", 2, "nsubj"),
            ("won", "VBD", "VERB", 2, "ROOT"),
            (".", ".", "PUNCT", 2, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 2, "PERSON")])
    assert names(find_mentions(doc)) == {"Foundation Nkosi": "PERSON"}


def _mayor_rows(first="Teodor", last="Rask"):
    # "She quarrelled with the mayor , Teodor Rask , who thought ."
    return [("She", "PRP", "PRON", 1, "nsubj"), ("quarrelled", "VBD", "VERB", 1, "ROOT"),
            ("with", "IN", "ADP", 1, "prep"), ("the", "DT", "DET", 4, "det"),
            ("mayor", "NN", "NOUN", 2, "pobj"), (",", ",", "PUNCT", 4, "punct"),
            _proper(first, 7), _proper(last, 4, "appos"), (",", ",", "PUNCT", 7, "punct"),
            ("who", "WP", "PRON", 10, "nsubj"), ("thought", "VBD", "VERB", 7, "relcl"),
            (".", ".", "PUNCT", 1, "punct")]


def test_an_untagged_given_name_and_surname_in_apposition_to_a_role_is_a_person(nlp):
    doc = parsed_doc(nlp.vocab, _mayor_rows())
    assert names(find_mentions(doc)) == {"Teodor Rask": "PERSON"}


def test_an_untagged_given_name_the_model_missed_is_found_on_the_real_pipeline(parse_text):
    doc = parse_text("She quarrelled often with the mayor, Teodor Rask, who thought her plans "
                     "too costly.")
    assert names(find_mentions(doc)).get("Teodor Rask") == "PERSON"


def test_a_word_that_is_no_given_name_makes_no_person(nlp):
    doc = parsed_doc(nlp.vocab, _mayor_rows(first="Porvessa"))
    assert names(find_mentions(doc)) == {}


def test_a_given_name_without_a_sign_of_a_person_makes_no_person(nlp):
    # "They visited the West End ." -- "West" is a given name of the data, but nothing here
    # says a person is meant
    rows = [("They", "PRP", "PRON", 1, "nsubj"), ("visited", "VBD", "VERB", 1, "ROOT"),
            ("the", "DT", "DET", 4, "det"), _proper("West", 4), _proper("End", 1, "dobj"),
            (".", ".", "PUNCT", 1, "punct")]
    assert names(find_mentions(parsed_doc(nlp.vocab, rows))) == {}


def test_a_person_role_noun_in_front_marks_a_person(nlp):
    # "The striker Marion Brown scored ."
    rows = [("The", "DT", "DET", 3, "det"), ("striker", "NN", "NOUN", 3, "compound"),
            _proper("Marion", 3), _proper("Brown", 4, "nsubj"),
            ("scored", "VBD", "VERB", 4, "ROOT"),
            (".", ".", "PUNCT", 4, "punct")]
    mentions = find_mentions(parsed_doc(nlp.vocab, rows))
    assert names(mentions) == {"Marion Brown": "PERSON"}


def test_a_title_cased_headline_makes_no_person(nlp):
    # "The Mayor , Teodor Rask , Who Thought Plans Costly" -- a headline's capitals say nothing
    rows = [("The", "DT", "DET", 1, "det"), ("Mayor", "NN", "NOUN", 1, "ROOT"),
            (",", ",", "PUNCT", 1, "punct"), _proper("Teodor", 4), _proper("Rask", 1, "appos"),
            (",", ",", "PUNCT", 4, "punct"), ("Who", "WP", "PRON", 7, "nsubj"),
            ("Thought", "VBD", "VERB", 4, "relcl"), ("Plans", "NNS", "NOUN", 7, "dobj"),
            ("Costly", "JJ", "ADJ", 7, "oprd")]
    assert names(find_mentions(parsed_doc(nlp.vocab, rows))) == {}


def test_a_longer_capitalised_run_makes_no_person(nlp):
    # "the mayor , Teodor Rask Holm Berg , who ..." -- four capitalised words are more than
    # a given name and a surname: something longer that the model did not tag
    rows = [("She", "PRP", "PRON", 1, "nsubj"), ("quarrelled", "VBD", "VERB", 1, "ROOT"),
            ("with", "IN", "ADP", 1, "prep"), ("the", "DT", "DET", 4, "det"),
            ("mayor", "NN", "NOUN", 2, "pobj"), (",", ",", "PUNCT", 4, "punct"),
            _proper("Teodor", 8), _proper("Rask", 8), _proper("Holm", 4, "appos"),
            _proper("Berg", 8, "npadvmod"), (",", ",", "PUNCT", 8, "punct"),
            ("who", "WP", "PRON", 12, "nsubj"), ("thought", "VBD", "VERB", 8, "relcl"),
            (".", ".", "PUNCT", 1, "punct")]
    assert names(find_mentions(parsed_doc(nlp.vocab, rows))) == {}


def test_a_common_given_name_coordinated_with_a_tagged_person_is_a_person(nlp):
    # "Annette Bening and Ana Geislerova shared the award ."
    rows = [_proper("Annette", 1), _proper("Bening", 5, "nsubj"), ("and", "CC", "CCONJ", 1, "cc"),
            _proper("Ana", 4), _proper("Geislerova", 1, "conj"),
            ("shared", "VBD", "VERB", 5, "ROOT"),
            ("the", "DT", "DET", 7, "det"), ("award", "NN", "NOUN", 5, "dobj"),
            (".", ".", "PUNCT", 5, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 2, "PERSON")])
    assert names(find_mentions(doc)) == {"Annette Bening": "PERSON", "Ana Geislerova": "PERSON"}


def test_a_rare_given_name_coordinated_with_a_person_is_not_enough(nlp):
    # "the star of Rain Man and Tootsie" -- "Rain" is a given name of few people
    rows = [_proper("Rain", 1), _proper("Man", 1, "ROOT"), ("and", "CC", "CCONJ", 1, "cc"),
            _proper("Tootsie", 1, "conj"), (".", ".", "PUNCT", 1, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(3, 4, "PERSON")])
    assert "Rain Man" not in names(find_mentions(doc))


def test_a_lone_honorific_names_nobody(nlp):
    # '"It was open , Miss , " Daniel said .' -- the model tags the vocative "Miss" PERSON
    rows = [("It", "PRP", "PRON", 1, "nsubj"), ("was", "VBD", "AUX", 6, "ccomp"),
            ("open", "JJ", "ADJ", 1, "acomp"), (",", ",", "PUNCT", 1, "punct"),
            _proper("Miss", 1, "npadvmod"), (",", ",", "PUNCT", 1, "punct"),
            _proper("Daniel", 7, "nsubj"), ("said", "VBD", "VERB", 7, "ROOT"),
            (".", ".", "PUNCT", 7, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(4, 5, "PERSON"), (6, 7, "PERSON")])
    assert names(find_mentions(doc)) == {"Daniel": "PERSON"}


def test_an_acronym_that_spells_an_honorific_stays_a_name(nlp):
    # "Thousands have MS ." -- multiple sclerosis, not "Ms"
    rows = [("Thousands", "NNS", "NOUN", 1, "nsubj"), ("have", "VBP", "VERB", 1, "ROOT"),
            _proper("MS", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(2, 3, "ORG")])
    assert names(find_mentions(doc)) == {"MS": "ORG"}


def _surname_doc(nlp, first, last, last_tag="NNP"):
    # "<first> <last> taught her . <last> trained in Leipzig ." -- the model tagged the
    # full name ORG and left the later surname untagged
    rows = [_proper(first, 1), (last, last_tag, "PROPN", 2, "nsubj"),
            ("taught", "VBD", "VERB", 2, "ROOT"),
            ("her", "PRP", "PRON", 2, "dobj"), (".", ".", "PUNCT", 2, "punct"),
            (last, last_tag, "PROPN", 6, "nsubj"), ("trained", "VBD", "VERB", 6, "ROOT"),
            ("in", "IN", "ADP", 6, "prep"), _proper("Leipzig", 7, "pobj"),
            (".", ".", "PUNCT", 6, "punct")]
    return parsed_doc(nlp.vocab, rows, ents=[(0, 2, "ORG"), (8, 9, "GPE")])


def test_the_surname_of_a_name_led_by_a_given_name_is_found_again(nlp):
    mentions = [m for m in find_mentions(_surname_doc(nlp, "Anders", "Lunde")) if m.kind == "name"]
    assert [(m.name, m.label) for m in mentions if m.name == "Lunde"] == [("Lunde", "PERSON")]


def test_a_plural_after_a_given_name_is_no_surname(nlp):
    # "Beverly Hillbillies": a show, whose plural last word names no person
    mentions = find_mentions(_surname_doc(nlp, "Beverly", "Hillbillies", last_tag="NNPS"))
    assert "Hillbillies" not in names(mentions)


def test_a_head_word_after_a_given_name_is_no_surname(nlp):
    # "Clare College": "College" found again is no person
    assert "College" not in names(find_mentions(_surname_doc(nlp, "Clare", "College")))
