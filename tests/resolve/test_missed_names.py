"""Names the model misses or buries: an organisation in a person's title prefix, a name whose
head word says it is an organisation, people found by a given name the model left untagged.

Rules are checked on hand-parsed Docs, so that a model's prediction cannot make them pass.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.mentions import find_mentions


def parsed_doc(vocab, rows, ents=()):
    """A hand-parsed Doc from (word, tag, pos, head, dep) rows (head: a token index)."""
    words, tags, pos, heads, deps = (list(column) for column in zip(*rows))
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return Doc(vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=iob,
               lemmas=[w.lower() for w in words])


def names(mentions):
    return {m.name: m.label for m in mentions if m.kind == "name"}


def _proper(word, head, dep="compound"):
    return (word, "NNP", "PROPN", head, dep)


def test_an_organisation_in_a_title_prefix_is_a_mention_of_its_own(nlp):
    # "He met European Commission President Ursula von der Leyen ."
    rows = [("He", "PRP", "PRON", 1, "nsubj"), ("met", "VBD", "VERB", 1, "ROOT"),
            _proper("European", 3), _proper("Commission", 4), _proper("President", 8),
            _proper("Ursula", 8), _proper("von", 8), _proper("der", 8),
            _proper("Leyen", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(2, 4, "ORG"), (5, 9, "PERSON")])
    mentions = find_mentions(doc)
    assert names(mentions) == {"European Commission": "ORG", "Ursula von der Leyen": "PERSON"}
    person = next(m for m in mentions if m.name == "Ursula von der Leyen")
    assert person.title == "President"


def test_a_lone_head_word_in_a_title_prefix_is_no_organisation(nlp):
    # "Party leader Michael Howard said ." -- "Party" opens the sentence; it names nothing
    rows = [_proper("Party", 1), ("leader", "NN", "NOUN", 3, "compound"), _proper("Michael", 3),
            _proper("Howard", 4, "nsubj"), ("said", "VBD", "VERB", 4, "ROOT"),
            (".", ".", "PUNCT", 4, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 1, "ORG"), (2, 4, "PERSON")])
    assert names(find_mentions(doc)) == {"Michael Howard": "PERSON"}


def test_a_name_ending_in_an_organisations_head_word_is_an_organisation(nlp):
    # "the World Doping Agency tested him ." tagged FAC
    rows = [("the", "DT", "DET", 3, "det"), _proper("World", 3), _proper("Doping", 3),
            _proper("Agency", 4, "nsubj"), ("tested", "VBD", "VERB", 4, "ROOT"),
            ("him", "PRP", "PRON", 4, "dobj"), (".", ".", "PUNCT", 4, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(1, 4, "FAC")])
    assert names(find_mentions(doc)) == {"World Doping Agency": "ORG"}


def test_a_head_word_before_de_makes_the_name_that_kind(nlp):
    # "He conducted the Orquesta Sinfónica de Jalisco ." tagged FAC; the head comes first
    rows = [("He", "PRP", "PRON", 1, "nsubj"), ("conducted", "VBD", "VERB", 1, "ROOT"),
            ("the", "DT", "DET", 6, "det"), _proper("Orquesta", 6), _proper("Sinfónica", 6),
            _proper("de", 6), _proper("Jalisco", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(3, 7, "FAC")])
    assert names(find_mentions(doc)) == {"Orquesta Sinfónica de Jalisco": "ORG"}


def test_a_head_word_first_without_de_is_no_head(nlp):
    # "Foundation Nkosi" has no "of" or "de" after its first word, which says nothing of it
    rows = [_proper("Foundation", 1), _proper("Nkosi", 2, "nsubj"), ("won", "VBD", "VERB", 2, "ROOT"),
            (".", ".", "PUNCT", 2, "punct")]
    doc = parsed_doc(nlp.vocab, rows, ents=[(0, 2, "PERSON")])
    assert names(find_mentions(doc)) == {"Foundation Nkosi": "PERSON"}
