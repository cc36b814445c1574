"""A plural they/their for one organisation (issue 12), when it leads the pronoun's clause or
the previous sentence and no plural noun between could be meant (real spaCy pipeline)."""

from __future__ import annotations


def test_they_after_a_sentence_led_by_a_company_is_the_company(links_by_place):
    text = "Vaara Packaging was listed in Helsinki in 1987. In the 2000s they closed their last mills."
    links = links_by_place(text)
    assert links.get(("they", text.index("they"))) == ("Vaara Packaging", "pronoun:collective")
    assert links.get(("their", text.index("their")), ("",))[0] == "Vaara Packaging"


def test_their_in_a_clause_led_by_a_team_is_the_team(links_by_place):
    text = "Inter Miami beat Orlando City 3-1 on Saturday, extending their unbeaten run to nine games."
    assert links_by_place(text).get(("their", text.index("their"))) == \
        ("Inter Miami", "pronoun:collective")


def test_a_plural_noun_between_keeps_they_from_the_company(links_by_place):
    text = "Vaara Packaging hired forty engineers in 1987. In the 2000s they closed the last mills."
    assert ("they", text.index("they")) not in links_by_place(text)


def test_they_in_a_quotation_is_not_the_company(links_by_place):
    text = 'Vaara Packaging was listed in 1987. "They took our work," Okafor said.'
    assert ("They", text.index("They")) not in links_by_place(text)


def test_it_takes_no_place_object_while_the_paragraphs_company_was_just_mentioned(links_by_place):
    text = ("Vaara Packaging Oyj is a Finnish manufacturer of cartons.\n\nVaara was listed in "
            "Helsinki in 1987. In the 2000s they closed the last of their board mills in Finland "
            "and moved production to Poland and Estonia, a decision the unions called a betrayal "
            "of the town in which it had grown up.")
    assert links_by_place(text).get(("it", text.index("it had")), ("",))[0] != "Estonia"


def test_its_of_a_country_in_passing_stays_with_the_country(links_by_place):
    text = ('The State Department announced new sanctions on Monday. "We will confront '
            'China\'s economic abuses and counter its coercive action," Antony Blinken said.')
    assert links_by_place(text).get(("its", text.index("its")), ("",))[0] == "China"


def test_their_past_a_person_means_the_country_leading_the_sentence(links_by_place):
    text = "Chasing 287, South Africa had reached 161 for two before John Smith removed their captain."
    assert links_by_place(text).get(("their", text.index("their")), ("",))[0] == "South Africa"
