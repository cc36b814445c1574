"""Attribution: the speech fact and the embedded fact with its speaker."""

from __future__ import annotations

from kg.extract import extract_doc

TOLD = """
The DT det 1
spokesman NN nsubj 2
told VBD ROOT 2 tell
reporters NNS dobj 2 reporter
that IN mark 8
the DT det 6
talks NNS nsubj 8 talk
would MD aux 8
resume VB ccomp 2
. . punct 2
"""


def test_speech_fact_keeps_recipient_and_content(build):
    facts = extract_doc(build(TOLD))
    [speech] = [e for e in facts if e.predicate.lemma == "tell"]
    assert speech.kind == "attribution"
    assert [(a.role, a.phrase.text) for a in speech.arguments] == [
        ("object", "reporters"), ("complement", "the talks would resume")]


def test_embedded_fact_has_the_speaker(build):
    facts = extract_doc(build(TOLD))
    [embedded] = [e for e in facts if e.predicate.lemma == "resume"]
    assert embedded.subject.text == "the talks"
    assert embedded.predicate.modality == "would"
    assert embedded.speaker is not None and embedded.speaker.text == "The spokesman"


def test_according_to_names_the_speaker(nlp):
    doc = nlp("According to the ministry, the treaty was signed on Monday.")
    [signed] = [e for e in extract_doc(doc) if e.predicate.lemma == "sign"]
    assert signed.speaker is not None and signed.speaker.text == "the ministry"


def test_parenthetical_said_names_the_speaker(nlp):
    doc = nlp("The talks will resume next week, the spokesman said.")
    [resume] = [e for e in extract_doc(doc) if e.predicate.lemma == "resume"]
    assert resume.speaker is not None and resume.speaker.text == "the spokesman"
