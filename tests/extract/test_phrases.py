"""Chunks of a parse and their Phrase records: trimming, cut pieces, heads, literals."""

from __future__ import annotations

from kg.extract.phrases import Chunk, chunk_of, core_of, inner_nouns, literal_of, make_phrase

NOUN_PHRASE = """
the DT det 1
reforms NNS nsubj 8 reform
, , punct 1
which WDT nsubj 4
failed VBD relcl 1 fail
, , punct 1
and CC cc 8
so RB advmod 8
ended VBD ROOT 8 end
"""


def test_cut_relative_clause_takes_its_commas_along(build):
    doc = build(NOUN_PHRASE)
    chunk = chunk_of(doc[1], frozenset({"relcl"}))
    assert chunk == Chunk((0, 1), 1)


def test_phrase_offsets_and_text_follow_the_tokens(build):
    doc = build(NOUN_PHRASE)
    phrase = make_phrase(doc, Chunk((0, 1), 1))
    assert phrase.text == "the reforms"
    assert doc.text[phrase.start:phrase.end] == "the reforms"
    assert doc.text[phrase.head_start:phrase.head_end] == "reforms"
    assert phrase.tokens == (0, 1)


def test_named_apposition_heads_the_phrase(build):
    doc = build("""
his PRP$ poss 1
counterpart NN dobj 4
Yang NNP compound 3
Jiechi NNP appos 1
met VBD ROOT 4 meet
""", ((2, 4, "PERSON"),))
    chunk = chunk_of(doc[1], frozenset({"appos"}))
    assert chunk.tokens == (0, 1, 2, 3)
    assert doc[chunk.head].text == "Jiechi"


def test_values_are_literals(build):
    doc = build("""
It PRP nsubj 1
cost VBD ROOT 1
$ $ nmod 3
5 CD dobj 1
in IN prep 1
2020 CD pobj 4
""", ((2, 4, "MONEY"), (5, 6, "DATE")))
    assert literal_of(doc[3]) == "money"
    assert literal_of(doc[5]) == "date"
    assert literal_of(doc[0]) is None


OFFERING = """
Didi NNP nsubj 1
filed VBD ROOT 1 file
an DT det 5
initial JJ amod 5
public JJ amod 5
offering NN dobj 1
of IN prep 5
shares NNS pobj 6 share
. . punct 1
"""


def test_core_is_the_head_with_its_adjectives_and_compounds(build):
    doc = build(OFFERING)
    phrase = make_phrase(doc, chunk_of(doc[5]))
    assert phrase.text == "an initial public offering of shares"
    assert phrase.core.text == "initial public offering"
    assert doc.text[phrase.core.head_start:phrase.core.head_end] == "offering"


def test_core_drops_possessors_and_pointing_adjectives(build):
    doc = build("""
the DT det 1
EU NNP poss 5
's POS case 1
other JJ amod 5
arms NNS compound 5 arm
embargo NN ROOT 5
""")
    assert [doc[i].text for i in core_of(doc[5]).tokens] == ["arms", "embargo"]


def test_a_verb_has_no_core_and_the_nouns_inside_it_are_found(build):
    doc = build("""
lifting VBG ROOT 0 lift
the DT det 3
arms NNS compound 3 arm
embargo NN dobj 0
on IN prep 3
Iran NNP pobj 4
""")
    assert core_of(doc[0]) is None
    nouns = [" ".join(doc[i].text for i in n.tokens) for n in inner_nouns(doc, chunk_of(doc[0]))]
    assert nouns == ["arms embargo", "Iran"]


QUOTED = """
He PRP nsubj 1
promised VBD ROOT 1 promise
`` `` punct 3
reform NN dobj 1
'' '' punct 1
. . punct 1
"""


def test_a_phrase_that_opens_a_quote_takes_the_closing_quote_after_it(build):
    doc = build(QUOTED)
    assert chunk_of(doc[3]).tokens == (2, 3, 4)


def test_a_closing_quote_is_not_taken_without_an_opening_one(build):
    doc = build(QUOTED.replace("`` `` punct 3", "the DT det 3"))
    assert chunk_of(doc[3]).tokens == (2, 3)
