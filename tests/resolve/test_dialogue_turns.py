"""Turns of a dialogue (issue 12): a speaker is not whom their own words name, an
unattributed turn is spoken by whoever the turn before addressed, and a he or she in a
quotation is neither its speaker nor the one it is spoken to (real spaCy pipeline)."""

from __future__ import annotations


def test_a_speaker_is_not_the_boy_his_words_name(links_by_place):
    text = ('Daniel Otieno and Brian Kamau stood by the desk.\n\n'
            'Daniel looked at Brian, and Brian studied the ceiling. "Off Daniel\'s head," he '
            'said at last.')
    assert links_by_place(text).get(("he", text.index("he said"))) == ("Brian", "pronoun:speaker")


def test_a_speaker_who_calls_the_one_man_named_is_not_him(links_by_place):
    text = 'Daniel Otieno stood by the window.\n\n"Daniel, come here," he said.'
    assert ("he", text.index("he said")) not in links_by_place(text)


def test_an_unattributed_turn_is_spoken_by_the_one_addressed_before(links_by_place):
    text = ('Rosa Delgado and Dr Grace Owusu walked to bed twelve, where Harold Pike was '
            'awake.\n\n'
            '"You\'re not the one from yesterday," he said to Owusu.\n\n'
            '"No, that was Dr Brennan. He\'s off today."\n\n'
            '"I liked him."\n\n'
            '"I\'ll try to be as good," she said.')
    assert links_by_place(text).get(("she", text.index("she said"))) == ("Owusu", "pronoun:turn")


def test_a_quoted_she_is_not_the_one_spoken_to(links_by_place):
    text = ('Nadia Haddad and Leila sat in the kitchen. Their aunt, Samira Khoury, arrived at '
            'noon. She kissed Nadia on both cheeks. Then she turned to Leila.\n\n'
            '"She telephoned me from the airport," she said. "Has she told you?"')
    found = links_by_place(text)
    assert found.get(("she", text.index("she told")), ("",))[0] == "Nadia"
    assert found.get(("She", text.index("She telephoned")), ("",))[0] in {"", "Nadia"}
