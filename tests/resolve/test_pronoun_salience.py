"""Pronoun rules of issue 12 for salience and abstention: a fronted description of the
pronoun, an unnamed person between a name and a pronoun, on sentences written for these
tests (real spaCy pipeline)."""

from __future__ import annotations


def _antecedent(links, text, occurrence_start):
    return links.get((text, occurrence_start), ("",))[0]


def test_a_fronted_description_of_the_pronoun_does_not_block_it(links_by_place):
    text = ("Tomas Brenner was a Czech painter. The son of a baker in Prague, he studied "
            "in Vienna.")
    assert _antecedent(links_by_place(text), "he", text.index("he studied")) == "Tomas Brenner"


def test_an_unnamed_person_between_name_and_pronoun_leaves_it_open(links_by_place):
    text = ("When Karl Weber reached the platform the old man beside the bench had put "
            "his hat on the ground.")
    assert ("his", text.index("his")) not in links_by_place(text)


def test_a_tied_pronoun_means_the_person_the_paragraph_opens_with(links_by_place):
    text = ("Ingrid Solberg was a Norwegian chemist. In a letter to her sister Karen, she "
            "complained about the academy.")
    assert links_by_place(text).get(("she", text.index("she"))) == \
        ("Ingrid Solberg", "pronoun:paragraph-topic")


def test_another_woman_leading_a_sentence_ends_the_paragraph_topic(links_by_place):
    text = ("Ingrid Solberg was a Norwegian chemist. Maria Lind ran the laboratory in Oslo. "
            "In a letter to her sister Karen, she complained about the academy.")
    assert ("she", text.index("she")) not in links_by_place(text)


def test_an_unnamed_person_subject_keeps_a_pronoun_from_the_paragraph_topic(links_by_place):
    text = ("Rosa Delgado found Dr Ama Owusu at the station. The registrar had been on the "
            "ward all night, and she looked it.")
    assert ("she", text.index("she")) not in links_by_place(text)


def test_a_noun_with_a_name_in_apposition_is_that_name(links_by_place):
    text = "Their aunt, Samira Haddad, arrived at noon. She kissed Leila on both cheeks."
    assert _antecedent(links_by_place(text), "She", text.index("She")) == "Samira Haddad"


def test_a_person_noun_of_the_other_gender_does_not_block_a_pronoun(links_by_place):
    text = "Lucia Ferrer met the man from the bank, and she said the talks went well."
    assert _antecedent(links_by_place(text), "she", text.index("she")) == "Lucia Ferrer"


def test_two_people_leading_joined_clauses_leave_the_next_pronoun_open(links_by_place):
    text = "Daniel Otieno looked at Brian Kamau, and Brian studied the ceiling. He said nothing."
    assert ("He", text.index("He")) not in links_by_place(text)


def test_the_one_person_leading_the_previous_sentence_is_the_next_pronoun(links_by_place):
    text = "Daniel Otieno looked at Brian Kamau and studied the ceiling. He said nothing."
    assert _antecedent(links_by_place(text), "He", text.index("He")) == "Daniel Otieno"


def test_a_tied_its_means_the_thing_the_paragraph_opens_with(links_by_place):
    text = ("The Ilmena is a river of the Velian plain. It rises in the Sarva Hills and "
            "reaches the sea at Porvessa. For most of its course the river is slow.")
    assert links_by_place(text).get(("its", text.index("its"))) == ("Ilmena", "pronoun:paragraph-topic")


def test_its_with_nobody_near_does_not_reach_for_the_paragraph_topic(links_by_place):
    text = ("The Ilmena is a river of the Velian plain. The plain is flat. Rain is rare. "
            "For most of its course the river is slow.")
    assert ("its", text.index("its")) not in links_by_place(text)


def test_a_fronted_description_in_the_previous_sentence_is_no_unnamed_subject(links_by_place):
    text = ("Tomas Brenner was a Czech painter. The son of a baker in Prague, he studied with "
            "Karel Novak in Vienna. In 1927 a grant allowed him to spend a year in Paris.")
    assert _antecedent(links_by_place(text), "him", text.index("him")) == "Tomas Brenner"


def test_the_paragraph_topic_does_not_win_against_an_object_of_the_sentence(links_by_place):
    text = ("Joe Biden defended his son Hunter Biden on Thursday, a day after a jury in "
            "Delaware convicted him on gun charges.")
    assert _antecedent(links_by_place(text), "him", text.index("him")) != "Joe Biden"


def test_a_name_of_the_pronouns_gender_as_a_modifier_keeps_the_topic_off(links_by_place):
    text = ("Antony Blinken flew to Beijing on Monday.\n\nThe talks between Blinken and Wang Yi "
            "lasted two days.\n\nThe Trump administration had clashed with China toward the end "
            "of his presidency.")
    assert ("his", text.index("his")) not in links_by_place(text)


def test_a_person_noun_after_as_is_no_unnamed_rival(links_by_place):
    text = ("However, Jesus is not accepted as the son by Muslims, who maintain that he was a "
            "human being.")
    assert _antecedent(links_by_place(text), "he", text.index("he was")) == "Jesus"
