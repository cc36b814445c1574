"""Coreference: precision on the annotated set, and rules on small parsed sentences."""

from __future__ import annotations

import pytest

from kg.coref import resolve_coreference
from kg.mentions import find_mentions


@pytest.fixture
def links_of(parse_text):
    return lambda text: _links(parse_text(text))


def _links(doc):
    mentions = find_mentions(doc)
    return {mentions[l.mention].text: mentions[l.antecedent].name
            for l in resolve_coreference(doc, mentions)}


def test_annotated_set_has_enough_items(coref_eval, data_dir):
    items = [a for path in (data_dir / "coref").rglob("*.txt")
             for a in coref_eval.read_annotated(path)[1]]
    assert len(items) >= 30


@pytest.fixture(scope="module")
def scores(nlp, coref_eval, data_dir):
    return coref_eval.score_coreference(nlp, data_dir / "coref")


def test_precision_is_at_least_90_percent_on_news_and_business(scores):
    for genre in ("news", "business"):
        assert scores["by_genre"][genre]["precision"] >= 0.9, (genre, scores["by_genre"][genre])


def test_every_genre_keeps_its_floor(scores):
    # floors under today's figures, not the goal (0.90 precision and 0.75 recall in every
    # genre, issue 12): fiction and encyclopaedia text are below it
    assert scores["precision"] >= 0.85, scores
    assert scores["recall"] >= 0.55, scores  # so precision is not bought with silence
    assert set(scores["by_genre"]) >= {"news", "business", "sport", "encyclopaedia", "fiction"}
    for genre, row in scores["by_genre"].items():
        assert row["precision"] >= 0.85 and row["recall"] >= 0.45, (genre, row)


def test_read_annotated_strips_marks_and_keeps_offsets(tmp_path, coref_eval):
    path = tmp_path / "a.txt"
    path.write_text("Kim said {she=Kim} would go.", encoding="utf-8")
    text, annotations = coref_eval.read_annotated(path)
    assert text == "Kim said she would go."
    assert text[annotations[0].start:annotations[0].end] == "she"
    assert annotations[0].gold == "Kim"


def test_pronoun_with_one_agreeing_candidate_is_resolved(links_of):
    links = links_of("Maria Okafor runs the plant. She said the cuts were painful.")
    assert links == {"She": "Maria Okafor"}


def test_gender_learned_from_a_pronoun_blocks_a_later_mismatch(links_of):
    links = links_of("Sarah Holt met Ahmed Khan. She said the shop was closed.\n\n"
                          "Khan said he would reopen it.")
    assert links.get("She") is None or links["She"] == "Sarah Holt"
    assert links.get("he") == "Khan"


def test_pleonastic_it_stays_unresolved(links_of):
    links = links_of("Nvidia reported record revenue. It is clear that demand is growing.")
    assert "It" not in links


def test_role_noun_matches_the_only_person_holding_that_title(links_of):
    text = ("German Chancellor Olaf Scholz met French President Emmanuel Macron on Wednesday.\n\n"
            "The chancellor later flew to Brussels.")
    assert links_of(text).get("The chancellor") == "Olaf Scholz"


def test_role_noun_with_two_holders_stays_unresolved(links_of):
    text = ("French President Emmanuel Macron met US President Joe Biden.\n\n"
            "The president said talks went well.")
    assert "The president" not in links_of(text)


def test_company_needs_evidence_before_it_is_linked(links_of):
    text = ("Reuters reported that the rideshare company Didi Chuxing filed for a listing.\n\n"
            "The company is backed by SoftBank.")
    assert links_of(text).get("The company") == "Didi Chuxing"
    text = "Reuters reported the news on Friday.\n\nThe company declined to comment."
    assert "The company" not in links_of(text)


@pytest.mark.parametrize("text, pronoun", [
    ("Blinken praised him warmly.", "him"),
])
def test_object_pronoun_is_not_its_own_clause_subject(links_of, text, pronoun):
    assert links_of(text).get(pronoun) != "Blinken"


def test_a_description_in_apposition_is_the_name_beside_it(links_of):
    links = links_of("Mary Ng met her Japanese counterpart, Ken Saito, in Ottawa on Tuesday.")
    assert links["her Japanese counterpart"] == "Ken Saito"


@pytest.mark.parametrize("text, description, name", [
    ("The striker joined Valmont on Friday. His agent, Karim Haddou, said the deal was done.", "His agent", "Karim Haddou"),
    ("Rafael Nadal withdrew with an injury. His coach, Carlos Moya, said he would return.", "His coach", "Carlos Moya"),
    ("Bluefin makes mobile games. Its founder, Mikko Laine, said he would stay.", "Its founder", "Mikko Laine"),
])
def test_a_relational_noun_in_apposition_is_the_name_beside_it(links_of, text, description, name):
    assert links_of(text)[description] == name


def test_a_relational_noun_without_a_name_beside_it_stays_open(links_of):
    links = links_of("Karim Haddou met the club on Friday. Later his agent said the deal was done.")
    assert "his agent" not in links  # whose agent, and who: the text does not say


def test_a_headline_description_names_the_only_person_of_its_country(links_of):
    links = links_of("Ng presses Japanese counterpart on car tariffs\n\n"
                     "Canadian Trade Minister Mary Ng met Japanese Trade Minister Ken Saito "
                     "in Ottawa on Tuesday.")
    assert links["Japanese counterpart"] == "Ken Saito"


def test_a_country_description_whose_title_fits_no_one_stays_open(links_of):
    links = links_of("Chinese President Xi Jinping hosted the summit in Beijing on Monday.\n\n"
                     "The Chinese foreign minister did not attend, a spokesperson said.")
    assert "The Chinese foreign minister" not in links


def test_a_bare_office_word_fits_a_longer_title_of_that_office(links_of):
    links = links_of("Canadian Trade Minister Mary Ng met Japanese Trade Minister Ken Saito "
                     "in Ottawa.\n\nThe Canadian minister declined to comment.")
    assert links["The Canadian minister"] == "Mary Ng"


def test_a_counterpart_without_a_country_or_a_name_beside_it_stays_open(links_of):
    links = links_of("French President Emmanuel Macron met Chinese President Xi Jinping.\n\n"
                     "Macron later spoke with his counterpart about Ukraine.")
    assert "his counterpart" not in links


def test_a_name_apposed_after_the_description_s_place_is_the_description_s(links_of):
    links = links_of("Blinken spoke with his counterpart in Tokyo, Yoko Kamikawa, on Monday.")
    assert links["his counterpart"] == "Yoko Kamikawa"


def test_a_former_office_holder_is_not_the_current_one(links_of):
    links = links_of("US President Joe Biden spoke in Ohio on Monday.\n\n"
                     "The former president had warned of the same risks.")
    assert "The former president" not in links


def test_it_after_an_unnamed_thing_is_left_open(links_of):
    links = links_of("The Justice Department had sued to stop the deal, arguing it would raise "
                     "fares.")
    assert "it" not in links


def test_a_possessive_in_a_fronted_phrase_means_the_subject_after_it(links_of):
    links = links_of("In his first speech as leader, Harold Smith promised lower taxes.")
    assert links.get("his") == "Harold Smith"


def test_a_reflexive_means_the_subject_of_its_sentence(links_of):
    links = links_of("Maria Lopez met Peter Grant in Lima. Maria Lopez praised herself for the deal.")
    assert links.get("herself") == "Maria Lopez"


def test_hers_is_a_pronoun(parse_text):
    mentions = find_mentions(parse_text("His notebooks, together with hers, are kept in Oslo."))
    assert "hers" in {m.text for m in mentions if m.kind == "pronoun"}


def test_a_first_name_says_the_gender_when_two_people_are_named(links_of):
    links = links_of("Ingrid Halvorsen thanked Olav Strand at the ceremony. She said the prize was shared.")
    assert links.get("She") == "Ingrid Halvorsen"


def test_a_surname_the_model_left_untagged_is_still_the_person(parse_text):
    doc = parse_text("Tomás Arreguín Solís was a Mexican composer. Arreguín went home in 1933.")
    names = [m.name for m in find_mentions(doc) if m.kind == "name"]
    assert "Arreguín" in names


def test_a_gendered_pronoun_reaches_back_to_the_one_person_of_its_gender(links_of):
    links = links_of("Ingrid Halvorsen studied chemistry in Oslo. The work was slow. "
                     "The laboratory had no funds. The war came. After the war she directed the institute.")
    assert links.get("she") == "Ingrid Halvorsen"


def test_a_gendered_pronoun_abstains_between_two_people_of_its_gender(links_of):
    links = links_of("Ingrid Halvorsen wrote to Karen Berg in Oslo. The work was slow. "
                     "The laboratory had no funds. The war came. After the war she directed the institute.")
    assert "she" not in links


def test_a_pronoun_of_the_narrative_never_means_a_name_inside_a_quotation(links_of):
    links = links_of('Brian Kamau stood by the door. "Daniel Otieno threw the ball," he said.')
    assert links.get("he") == "Brian Kamau"
    links = links_of('Brian Kamau stood by the door. “Daniel Otieno threw the ball,” he said.')
    assert links.get("he") == "Brian Kamau"


def test_a_pronoun_in_a_quotation_is_not_the_narratives_nearest_person(links_of):
    links = links_of('Tomasz Wrona looked at the water. "Kos owes me money," Wrona said. '
                     '"He thinks this makes us even."')
    assert links.get("He") not in {"Wrona", "Tomasz Wrona"}


def test_a_pronoun_in_a_quotation_takes_a_name_of_the_same_quotation(links_of):
    links = links_of('"I met Anna Berg in Oslo and she told me everything," the driver said.')
    assert links["she"] == "Anna Berg"
