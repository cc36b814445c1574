"""Coordination: one fact per conjoined subject, object and verb; "including" lists."""

from __future__ import annotations

from kg.extract import extract_doc

DISCUSSED = """
France NNP nsubj 3
and CC cc 0
Germany NNP conj 0
discussed VBD ROOT 3 discuss
trade NN dobj 3
, , punct 4
energy NN conj 4
and CC cc 6
security NN conj 6
. . punct 3
"""


def test_every_participant_and_topic_gets_a_fact(build):
    doc = build(DISCUSSED, ((0, 1, "GPE"), (2, 3, "GPE")))
    pairs = {(e.subject.text, e.arguments[0].phrase.text) for e in extract_doc(doc)}
    assert pairs == {(s, o) for s in ("France", "Germany") for o in ("trade", "energy", "security")}


def test_conjoined_verbs_share_the_subject(build):
    doc = build("""
He PRP nsubj 1
served VBD ROOT 1 serve
as IN prep 1
minister NN pobj 2
and CC cc 1
became VBD conj 1 become
a DT det 7
judge NN attr 5
. . punct 1
""")
    became = [e for e in extract_doc(doc) if e.predicate.lemma == "become"]
    assert [e.subject.text for e in became] == ["He"]
    assert became[0].arguments[0].phrase.text == "a judge"


def test_name_with_and_is_not_split(build):
    doc = build("""
He PRP nsubj 1
joined VBD ROOT 1 join
Procter NNP dobj 1
and CC cc 2
Gamble NNP conj 2
. . punct 1
""", ((2, 5, "ORG"),))
    objects = [e.arguments[0].phrase.text for e in extract_doc(doc)]
    assert objects == ["Procter and Gamble"]


def test_including_list_members_become_objects(build):
    doc = build("""
They PRP nsubj 1
discussed VBD ROOT 1 discuss
several JJ amod 3
issues NNS dobj 1 issue
, , punct 3
including VBG prep 3 include
trade NN pobj 5
and CC cc 6
energy NN conj 6
. . punct 1
""")
    objects = {e.arguments[0].phrase.text for e in extract_doc(doc)}
    assert {"trade", "energy"} <= objects


def test_conjoined_verb_shares_modality_and_speaker(build):
    doc = build("""
It PRP nsubj 2
could MD aux 2
raise VB ccomp 10
money NN dobj 2
and CC cc 2
seek VB conj 2
a DT det 7
listing NN dobj 5
, , punct 10
sources NNS nsubj 10 source
said VBD ROOT 10 say
. . punct 10
""")
    [seek] = [e for e in extract_doc(doc) if e.predicate.lemma == "seek"]
    assert seek.subject.text == "It"
    assert seek.predicate.modality == "could"
    assert seek.speaker is not None and seek.speaker.text == "sources"


def test_two_subjects_joined_by_and_are_both_kept(build):
    # The parser sometimes hangs both conjuncts from the verb as two nsubj.
    doc = build("""
Blinken NNP nsubj 5
( -LRB- punct 2
left RB parataxis 0
and CC cc 0
Wang NNP nsubj 5
pose VBP ROOT 5
. . punct 5
""")
    subjects = [e.subject.text for e in extract_doc(doc)]
    assert subjects == ["Blinken", "Wang"]


def test_such_as_list_members_become_objects(nlp):
    doc = nlp("They discussed issues such as trade and energy.")
    objects = {e.arguments[0].phrase.text for e in extract_doc(doc) if e.predicate.lemma == "discuss"}
    assert {"trade", "energy"} <= objects



MOVED = """
In IN prep 4
1970 CD pobj 0
, , punct 4
Arad NNP nsubj 4
moved VBD ROOT 4 move
to IN prep 4
Boston NNP pobj 5
and CC cc 4
enrolled VBD conj 4 enroll
at IN prep 8
Hofstra NNP pobj 9
. . punct 4
"""


def test_a_fronted_phrase_scopes_over_every_conjoined_verb(build):
    from kg.extract import extract_doc

    doc = build(MOVED, ((1, 2, "DATE"), (3, 4, "PERSON")))
    [enrolled] = [e for e in extract_doc(doc) if e.predicate.lemma.startswith("enroll")]
    assert [(a.role, a.phrase.text) for a in enrolled.arguments] == [("prep:at", "Hofstra"), ("time", "1970")]
