"""Pronoun rules of issue 12 that read the clause: an "it" standing for an action, and a
possessive that does not repeat an earlier one across a new subject (real spaCy pipeline)."""

from __future__ import annotations


def test_it_as_the_object_of_do_stands_for_an_action(links_by_place):
    text = ("Grace Mwangi had taught at Riverside Primary for eleven years, long enough to "
            "know that neither of the boys had done it.")
    assert ("it", text.index("it.")) not in links_by_place(text)


def test_a_possessive_after_a_new_subject_is_not_the_earlier_possessive(links_by_place):
    text = "Youssef Benali will sign on Friday. His agent, Karim Haddou, said his client was happy."
    assert links_by_place(text).get(("his", text.index("his client")), ("",))[0] == "Karim Haddou"


def test_a_closing_quotation_mark_split_off_as_a_sentence_is_skipped(links_by_place):
    text = '"No, that was Dr Brennan. He\'s off today."\n\n"I liked him. He didn\'t poke."'
    assert links_by_place(text).get(("him", text.index("him")), ("",))[0] == "Brennan"


def test_it_continuing_an_open_it_stays_open(links_by_place):
    text = '"It was too hot in Marseille for long hair."\n\n"It suits you."'
    assert ("It", text.index("It suits")) not in links_by_place(text)


def test_a_possessive_whose_name_is_given_means_that_name(links_by_place):
    text = 'Sergeant Claire Dunmore came in. "Her name is Siobhan Kerrigan. She is nineteen."'
    assert links_by_place(text).get(("Her", text.index("Her"))) == ("Siobhan Kerrigan", "pronoun:cataphora")


def test_its_after_an_unnamed_subject_is_not_a_place_it_visited(links_by_place):
    text = "The orchestra toured the United States twice, and its recordings sold well."
    assert ("its", text.index("its")) not in links_by_place(text)


def test_an_object_pronoun_is_no_mention_of_its_clause_subjects_group(links_by_place):
    text = ("China held drills near Taiwan on Monday.\n\nChina claims the self-governing "
            "island as its own, and vows it will retake it one day.")
    assert links_by_place(text).get(("it", text.index("it one")), ("",))[0] != "China"


def test_a_name_inside_a_hyphenated_modifier_is_no_antecedent(links_by_place):
    text = ("China claims the self-governing, US-allied island as its own, and vows it will "
            "retake it one day.")
    assert links_by_place(text).get(("it", text.index("it one")), ("",))[0] != "US"
