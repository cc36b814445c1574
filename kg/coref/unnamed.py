"""Nouns that are no name but may be what a pronoun means ("the man", "the alliance").

A pronoun resolves only to names, so where an unnamed noun is as likely its referent the
pronoun rules abstain instead of taking a name further away. These tests say where.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.coref.clauses import SUBJECTS, clause_subjects, previous_sentence
from kg.resolve.names import feature, read_table, role_nouns
from kg.types import Mention

__all__ = ["may_mean", "named_by_apposition", "thing_between", "unnamed_clause_subject",
           "unnamed_person_between", "unnamed_previous_subject", "unnamed_subject_before"]

_GENDER_OF = {"he": "m", "him": "m", "his": "m", "himself": "m",
              "she": "f", "her": "f", "hers": "f", "herself": "f"}


def unnamed_subject_before(doc: Doc, name_heads: set[int], pronoun: Token) -> bool:
    """Whether the pronoun's sentence has, before it, a singular noun subject that is no
    name we know and could be what the pronoun means ("Gavi, the alliance, said it ...",
    "A spokesman said he ..."; not "Analysts said it ...")."""
    for token in doc[pronoun.sent.start:pronoun.i]:
        if token.dep_ not in SUBJECTS or token.tag_ not in {"NN", "NNP"} or token.i in name_heads:
            continue
        if _fronted_predicate(token, pronoun) or named_by_apposition(token, name_heads):
            continue
        if may_mean(token, pronoun) or (token.tag_ == "NNP" and not token.ent_type_):
            return True
    return False


def named_by_apposition(noun: Token, name_heads: set[int]) -> bool:
    """Whether a noun has a name beside it in apposition ("Their aunt, Samira Khoury, ..."),
    parsed so or only set off by a comma ("the world champion, Caroline Wanjiru of Kenya"
    with the name parsed as a subject): the noun is then that name, not another candidate."""
    if any(c.dep_ == "appos" and c.i in name_heads for c in noun.children):
        return True
    doc, after = noun.doc, noun.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return False
    for token in doc[after + 1:min(len(doc), after + 6)]:
        if token.i in name_heads:
            return True
        if token.pos_ != "PROPN":
            return False
    return False


def _fronted_predicate(noun: Token, pronoun: Token) -> bool:
    """Whether a noun parsed as a second subject of the pronoun's own verb is a fronted
    description of the pronoun ("The son of a church organist, he entered ..."): a clause
    has one subject, so the noun says what the pronoun's referent is."""
    return pronoun.dep_ in SUBJECTS and noun.head.i == pronoun.head.i and noun.i < pronoun.i


def unnamed_clause_subject(doc: Doc, name_heads: set[int], pronoun: Token) -> bool:
    """Whether "it"/"its" sits in a clause whose subject is a singular noun that is no name
    ("hold the [People's Republic of China] accountable for its ..." parsed without a name)."""
    if pronoun.lower_ not in {"it", "its"}:
        return False
    subject = next(iter(clause_subjects(pronoun)), None)
    if subject is None or subject.tag_ not in {"NN", "NNP"}:
        return False
    return subject.i not in name_heads


def unnamed_previous_subject(doc: Doc, name_heads: set[int], pronoun: Token) -> bool:
    """Whether the previous sentence's main subject is a noun that is no name and could be
    what a sentence-opening pronoun means ("The company, based in Leeds, ... Its chairman")."""
    found = previous_sentence(pronoun)
    if found is None:
        return False
    previous = found[0]
    subjects = [c for c in previous.root.children if c.dep_ in SUBJECTS]
    subject = subjects[0] if subjects else None
    if len(subjects) > 1 and _fronted_predicate(subject, subjects[-1]):
        return False  # "The son of an organist, he entered ...": the noun describes "he"
    if subject is None or not (subject.tag_ in {"NN", "NNP"} or (  # "Bluefin" tagged RB
            subject.text[:1].isupper() and subject.pos_ not in {"PRON", "DET"})):
        return False
    if subject.i in name_heads or named_by_apposition(subject, name_heads):
        return False
    return may_mean(subject, pronoun)


@lru_cache(maxsize=1)
def _person_nouns() -> dict[str, str]:
    """Nouns naming a kind of person and the gender each says (``person_nouns.tsv``)."""
    return {row[0].strip(): row[1].strip() if len(row) > 1 else ""
            for row in read_table("person_nouns.tsv")}


def _person_noun_gender(token: Token) -> str | None:
    """The gender a common noun of a person says ("woman" -> "f", "minister" -> ""), or None
    for a noun that names no person."""
    lemma = token.lemma_.lower()
    if lemma in _person_nouns():
        return _person_nouns()[lemma]
    role = role_nouns().get(lemma)
    return "" if role is not None and role.type == "Person" else None


def may_mean(noun: Token, pronoun: Token) -> bool:
    """Whether an unnamed noun could be what a pronoun means: a person noun of a fitting
    gender for he/she ("the man ... his", not "the woman ... his"), a thing for it/its."""
    gender = _person_noun_gender(noun)
    if pronoun.lower_ in {"it", "its"}:
        return gender is None
    return gender is not None and gender in {"", _GENDER_OF.get(pronoun.lower_, "")}


def unnamed_person_between(doc: Doc, name_heads: set[int], mention: Mention,
                            pronoun: Token) -> bool:
    """Whether a "he" or "she" has, between it and a name of its sentence, a definite
    person noun that is no known name, as likely a referent ("by the time Arjun Mehta found
    his compartment the man opposite had spread a newspaper over his knees")."""
    head = int(feature(mention, "head", "-1"))
    if pronoun.lower_ in {"it", "its"} or head < pronoun.sent.start:
        return False
    for token in doc[head + 1:pronoun.i]:  # a relative clause of the name counts too
        if token.tag_ == "NN" and token.i not in name_heads and _definite(token) and \
                token.lemma_.lower() in _person_nouns() and may_mean(token, pronoun) and \
                token.dep_ not in {"attr", "compound"} and not _predicative_as(token):
            return True
    return False


def thing_between(doc: Doc, mention: Mention, pronoun: Token) -> bool:
    """Whether a subject "it" has, between it and a same-sentence name, a definite thing
    that is no name and no person, the likelier referent ("The department sued to stop the
    deal, arguing it would raise fares")."""
    head = int(feature(mention, "head", "-1"))
    if pronoun.lower_ != "it" or pronoun.dep_ not in SUBJECTS or head < pronoun.sent.start:
        return False
    for token in doc[doc[head].right_edge.i + 1:pronoun.i]:  # not in its own apposition
        if token.tag_ == "NN" and not token.ent_type_ and token.dep_ in {"dobj", *SUBJECTS} and \
                _person_noun_gender(token) is None and token.lemma_.lower() not in role_nouns() and \
                _definite(token):
            return True
    return False


def _predicative_as(noun: Token) -> bool:
    """Whether a noun says what someone is taken for ("accepted as the son"), no new person."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _definite(noun: Token) -> bool:
    """Whether a noun has "the", "this" or "that" before it."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)
