"""A clause opened by "if"/"unless" is a condition: its fact carries modality "if"."""

from __future__ import annotations

from kg.extract import extract_doc


def test_if_clause_is_marked_as_a_condition(build):
    doc = build("""
If IN mark 2
Blair NNP nsubj 2
wins VBZ advcl 5 win
, , punct 5
taxes NNS nsubj 5 tax
rise VBP ROOT 5
. . punct 5
""")
    modality = {e.predicate.lemma: e.predicate.modality for e in extract_doc(doc)}
    assert modality == {"win": "if", "rise": None}
