"""Cleaning scraped text: paragraphs, boilerplate, titles and dates."""

from kg.ingest.clean import clean_text, decode_bytes, find_date


def test_headline_stays_its_own_paragraph():
    cleaned = clean_text("Blinken meets Wang Yi in Rome\nUS Secretary of State Antony Blinken met Wang Yi.")
    assert cleaned.text.split("\n\n") == [
        "Blinken meets Wang Yi in Rome",
        "US Secretary of State Antony Blinken met Wang Yi.",
    ]
    assert cleaned.title == "Blinken meets Wang Yi in Rome"


def test_hard_wrapped_prose_is_joined_into_one_paragraph():
    raw = (
        "The minister said on Tuesday that the talks with his counterpart\n"
        "had been useful and that both sides would meet again in the spring\n"
        "to discuss trade.\n"
    )
    assert clean_text(raw).text == (
        "The minister said on Tuesday that the talks with his counterpart had been useful "
        "and that both sides would meet again in the spring to discuss trade."
    )


def test_photo_credits_links_and_lines_without_sentences_are_dropped():
    raw = (
        "Leaders meet in Rome\n\n"
        "3 china\n"
        "The two leaders shake hands. Image Credit: ANI\n\n"
        "The leaders met on Sunday.\n\n"
        "Read more Region and World\n"
        "Home | World | Politics\n"
    )
    assert clean_text(raw).text == "Leaders meet in Rome\n\nThe leaders met on Sunday."


def test_date_is_taken_from_a_dropped_dateline():
    cleaned = clean_text(" date 2021-02-06 Left Menu\n\nThe leaders met on Sunday.")
    assert cleaned.date == "2021-02-06"
    assert cleaned.text == "The leaders met on Sunday."


def test_a_short_sentence_with_a_date_is_kept():
    cleaned = clean_text("They met on March 3, 2021.")
    assert cleaned.text == "They met on March 3, 2021."
    assert cleaned.date is None


def test_repeated_headline_and_glued_name_widget_are_removed():
    raw = (
        "Minister holds call\n\nMinister holds call\n\n"
        "Minister Jane DoeJane DoeOther story headline here - and another one MORE spoke on Friday."
    )
    assert clean_text(raw).text == "Minister holds call\n\nMinister Jane Doe spoke on Friday."


def test_whitespace_and_control_characters_are_normalised():
    cleaned = clean_text("The\u00a0leaders\x07  met\u200b\ttoday.\r\n\r\n\r\n\r\nThey talked.\ud800")
    assert cleaned.text == "The leaders met today.\n\nThey talked."


def test_sentence_ending_first_paragraph_is_not_a_title():
    assert clean_text("The leaders met on Sunday in Rome.").title is None


def test_find_date_reads_common_formats():
    assert find_date("Updated 5 June 2021") == "2021-06-05"
    assert find_date("Oct. 31, 2021") == "2021-10-31"
    assert find_date("2021-13-45 and no other") is None


def test_decode_bytes_rejects_binary_and_invalid_utf8_and_strips_bom():
    assert decode_bytes(b"\xef\xbb\xbfhello") == "hello"
    assert decode_bytes(b"abc\x00def") is None
    assert decode_bytes(b"caf\xe9") is None


def test_a_tail_in_another_script_glued_after_the_last_sentence_is_dropped():
    cleaned = clean_text("Talks between the two sides ended late.اقرأ المزيد هنا")
    assert cleaned.text == "Talks between the two sides ended late."


def test_text_in_one_script_and_a_foreign_name_inside_a_sentence_are_kept():
    kept = ["Talks ended. Both sides left", "Beide Seiten trafen sich in Wien. Die Gespräche endeten",
            "Он сказал это. Потом ушёл", "The minister met Wang Yi (王毅) in Rome on Friday."]
    for text in kept:
        assert clean_text(text).text == text
