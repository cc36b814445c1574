"""A he or she inside a quotation (issue 12): not the quotation's speaker, but the one other
person of its gender named before, when the speaker is known (real spaCy pipeline)."""

from __future__ import annotations


def test_a_quotation_continuing_a_report_means_the_person_reported_on(links_by_place):
    text = ('Coach Tom Ellery said he had watched Marco Benali play twice. "He is quick and '
            'brave," Ellery said.')
    assert links_by_place(text).get(("He", text.index("He is"))) == \
        ("Marco Benali", "pronoun:quoted-other")


def test_a_speaker_of_the_other_gender_leaves_the_one_woman_named(links_by_place):
    text = ('John Tadesse has trained Maria Alemu since 2019.\n\n'
            '"She listens to me now," he said, laughing.')
    assert links_by_place(text).get(("She", text.index("She")), ("",))[0] == "Maria Alemu"


def test_a_pronoun_in_a_quotation_is_not_its_speaker(links_by_place):
    text = 'Tomasz Wrona mended the nets.\n\n"He counts," Wrona said.'
    assert ("He", text.index("He")) not in links_by_place(text)


def test_an_unnamed_person_before_leaves_a_quoted_pronoun_open(links_by_place):
    text = ('Leila Haddad looked at her sister across the table. "No," Leila said. '
            '"But I thought she might be."')
    assert ("she", text.index("she might")) not in links_by_place(text)


def test_an_unknown_speaker_leaves_a_quoted_pronoun_open(links_by_place):
    text = 'Tomasz Wrona mended the nets with Piotr Bielski.\n\n"He counts."'
    assert ("He", text.index("He")) not in links_by_place(text)


def test_an_open_pronoun_in_a_quotation_does_not_block_the_attribution(links_by_place):
    text = 'Jan Kos was waiting on the jetty.\n\n"Was he any use?" he asked.'
    assert links_by_place(text).get(("he", text.index("he asked")), ("",))[0] == "Jan Kos"


def test_a_description_set_off_beside_a_name_is_no_unnamed_rival(links_by_place):
    text = ('Maria Alemu held off the world champion, Caroline Wanjiru of Kenya, in the final '
            'straight.\n\n"I went too early," Wanjiru said. "She was sitting on my shoulder."')
    assert links_by_place(text).get(("She", text.index("She")), ("",))[0] == "Maria Alemu"


def test_a_gender_learned_later_in_the_document_holds_from_the_start(links_by_place):
    text = ('Tigist Alemu trained with Kebede Tola in Oslo.\n\n"She was quick," Tola said.\n\n'
            'Alemu has now won three of her four races.')
    assert links_by_place(text).get(("She", text.index("She")), ("",))[0] == "Tigist Alemu"


def test_a_bare_honorific_of_address_names_nobody(links_by_place):
    text = ('Grace Mwangi looked at the two boys.\n\n"It was open, Miss," Daniel Otieno said. '
            '"Mostly."\n\nShe sent them along the corridor.')
    assert links_by_place(text).get(("She", text.index("She")), ("",))[0] == "Grace Mwangi"
