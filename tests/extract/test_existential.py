"""Existential clauses: "there were protests against the war" -> protests *were against* the war."""

from __future__ import annotations

from kg.extract import extract_doc
from kg.extract.carb import carb_fields


def test_there_be_gives_a_fact_about_what_exists(build):
    doc = build("""
There EX expl 1
were VBD ROOT 1 be
several JJ amod 3
protests NNS attr 1 protest
against IN prep 3
the DT det 6
war NN pobj 4
. . punct 1
""")
    found = [carb_fields(doc, e) for e in extract_doc(doc)]
    assert found == [["were against", "several protests", "the war"]]


def test_of_phrase_names_the_thing_and_gives_no_fact(build):
    doc = build("""
There EX expl 1
was VBD ROOT 1 be
a DT det 3
lot NN attr 1
of IN prep 3
noise NN pobj 4
. . punct 1
""")
    assert extract_doc(doc) == []
