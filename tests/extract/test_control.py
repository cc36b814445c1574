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
