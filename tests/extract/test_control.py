"""Control verbs: the object (or subject) of the governing verb is the infinitive's subject."""

from __future__ import annotations

from kg.extract import extract_doc

URGED = """
The DT det 1
minister NN nsubj 2
urged VBD ROOT 2 urge
Iran NNP dobj 2
to TO aux 5
return VB xcomp 2
to IN prep 5
the DT det 8
talks NNS pobj 6 talk
. . punct 2
"""


def test_object_controls_the_infinitive(build):
    facts = extract_doc(build(URGED))
    [urged] = [e for e in facts if e.predicate.lemma == "urge"]
    [ret] = [e for e in facts if e.predicate.lemma.startswith("return")]
    assert urged.arguments[0] .phrase.text == "Iran"
    assert ret.kind == "control"
    assert ret.subject.text == "Iran"
    assert ret.arguments[0].phrase.text == "the talks"


def test_subject_controls_without_an_object(build):
    doc = build("""
Iran NNP nsubj 1
wants VBZ ROOT 1 want
to TO aux 3
return VB xcomp 1
. . punct 1
""")
    [ret] = [e for e in extract_doc(doc) if e.predicate.lemma == "return"]
    assert ret.subject.text == "Iran"


def test_negated_infinitive_stays_negated(nlp):
    doc = nlp("Yang warned the US not to cross a red line.")
    crossed = [e for e in extract_doc(doc) if e.predicate.lemma == "cross"]
    assert crossed and crossed[0].predicate.negated
    assert crossed[0].subject.text == "the US"


def test_object_of_on_controls_the_infinitive(build):
    doc = build("""
The DT det 1
minister NN nsubj 2
called VBD ROOT 2 call
on IN prep 2
Iran NNP pobj 3
to TO aux 6
return VB xcomp 2
. . punct 2
""")
    [ret] = [e for e in extract_doc(doc) if e.predicate.lemma == "return"]
    assert ret.subject.text == "Iran"
    assert ret.predicate.text == "to return"  # not "called to return": Iran is to return
    assert ret.predicate.modality == "call"


def test_a_gerund_after_for_is_wanted_not_done(build):
    doc = build("""
The DT det 1
minister NN nsubj 2
called VBD ROOT 2 call
for IN prep 2
lifting VBG pcomp 3 lift
the DT det 7
arms NNS compound 7 arm
embargo NN dobj 4
. . punct 2
""")
    facts = extract_doc(doc)
    [called] = [e for e in facts if e.predicate.lemma == "call_for"]
    [lifted] = [e for e in facts if e.predicate.lemma == "lift"]
    assert lifted.subject.text == "The minister" and lifted.predicate.modality == "call"
    (argument,) = called.arguments
    assert argument.clause and [n.text for n in argument.nouns] == ["arms embargo"]


def test_a_gerund_after_a_time_preposition_was_done(build):
    doc = build("""
After IN prep 5
meeting VBG pcomp 0 meet
Wang NNP dobj 1
, , punct 5
Lee NNP nsubj 5
left VBD ROOT 5 leave
. . punct 5
""")
    [met] = [e for e in extract_doc(doc) if e.predicate.lemma == "meet"]
    assert met.subject.text == "Lee" and met.predicate.modality is None


def test_a_conjoined_infinitive_shares_the_governing_verb(build):
    doc = build("""
They PRP nsubj 1
urged VBD ROOT 1 urge
Iran NNP dobj 1
to TO aux 4
end VB xcomp 1
talks NNS dobj 4 talk
and CC cc 4
resolve VB conj 4
disputes NNS dobj 7 dispute
. . punct 1
""")
    [resolved] = [e for e in extract_doc(doc) if e.predicate.lemma == "resolve"]
    assert resolved.subject.text == "Iran" and resolved.predicate.modality == "urge"


ABLE = """
The DT det 1
firm NN nsubj 3
will MD aux 3
be VB ROOT 3 be
not RB neg 3
able JJ acomp 3
to TO aux 7
pay VB xcomp 5
its PRP$ poss 9
debt NN dobj 7
. . punct 3
"""


def test_the_copulas_subject_controls_an_infinitive_under_an_adjective(build):
    [pay] = [e for e in extract_doc(build(ABLE)) if e.predicate.lemma == "pay"]
    assert (pay.kind, pay.subject.text, pay.predicate.text) == ("control", "The firm", "will be not able to pay")
    assert (pay.predicate.modality, pay.predicate.negated) == ("able", True)
    assert [a.phrase.text for a in pay.arguments] == ["its debt"]


def test_an_infinitive_under_an_adjective_end_to_end(nlp):
    from kg.extract.carb import carb_fields

    doc = nlp("His father was able to start a business in Hoboken.")
    [start] = [e for e in extract_doc(doc) if e.predicate.lemma == "start"]
    assert carb_fields(doc, start) == ["was able to start", "His father", "a business in Hoboken"]


def test_too_before_the_adjective_gives_the_infinitive_no_fact(nlp):
    doc = nlp("He was too tired to continue.")
    assert not [e for e in extract_doc(doc) if e.predicate.lemma == "continue"]
