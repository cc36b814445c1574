"""Restatements: the less confident bracketing of the same words ranks low."""

from __future__ import annotations

from kg.extract import extract_doc, find_drafts
from kg.extract.carb import carb_fields


def test_the_two_bracketings_of_one_fact_are_kept_and_one_is_restated(nlp):
    doc = nlp("The university refused to recognize the club.")
    drafts = {c.lemma: c for c in find_drafts(doc[:])}
    assert {"refuse", "recognize"} <= set(drafts)
    assert drafts["refuse"].restated != drafts["recognize"].restated
    fields = {tuple(carb_fields(doc, e)): e.confidence for e in extract_doc(doc)}
    governing = fields[("refused", "The university", "to recognize the club")]
    controlled = fields[("refused to recognize", "The university", "the club")]
    assert min(governing, controlled) < 0.35 < max(governing, controlled)


def test_facts_with_other_words_are_not_restatements(nlp):
    doc = nlp("The university refused the request and closed the club.")
    assert not any(c.restated for c in find_drafts(doc[:]))
