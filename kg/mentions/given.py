"""People the model never tagged, found by a given name of the name data: "the mayor,
Teodor Rask, who thought ..." (``ontology/data/given_names.tsv``).

A given name followed by one or two capitalised proper nouns, none of them in an entity, is a
person's name when the sentence says a person is meant (a person's role noun in front or in
apposition, a "who" clause, a tagged person in coordination): many given names of the data are
also words ("Will", "West", "Star", "Ask"), so the name data alone would find "the West End"
and "Ask Jeeves". Never in a title-cased headline or caption, a longer capitalised run ("Grace
Road Primary School") or before a last word that says the name is a thing's ("Victoria
Station").

``reads_as_persons_name`` tells a tagged name that reads as a person's ("Anders Krogh Lunde"
tagged ORG), whose surname is then looked for elsewhere.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.mentions.span import NameSpan
from kg.resolve.gazetteer import country_of_demonym, lookup_country, lookup_known
from kg.resolve.names import given_name_gender, honorific_gender, is_common_given_name, \
    name_heads, role_nouns, title_words

__all__ = ["given_name_people", "reads_as_persons_name"]

_WORD = re.compile(r"[^\W\d_]+")
# Share of a sentence's longer words that are capitalised above which it is a headline.
_TITLE_CASE_SHARE = 0.7


def given_name_people(doc: Doc, names: list[NameSpan], debris: set[int]) -> list[NameSpan]:
    """People the model missed, named by a given name and a surname ("Teodor Rask")."""
    taken = {i for n in names for i in range(n.prefix_start if n.prefix_start is not None
                                             else n.start, n.end)}
    found = []
    for token in doc:
        if token.i in taken or token.i in debris or not _is_given_name(token):
            continue
        end = _surname_end(doc, token.i + 1, taken | debris)
        if end is None or _in_capitalised_run(doc, token.i, end) or _is_title_case(token.sent) or \
                _is_thing(doc, end) or not _said_of_a_person(doc, token.i, end):
            continue
        found.append(NameSpan(token.i, end, "PERSON"))
        taken.update(range(token.i, end))
    return found


def _is_given_name(token: Token) -> bool:
    """An untagged, capitalised proper noun that the name data knows as a given name and
    that is not a title, honorific, role, demonym or country."""
    text = token.text
    if token.ent_iob_ != "O" or token.tag_ != "NNP" or not token.is_alpha or \
            not text.istitle() or len(text) < 2 or given_name_gender(text) is None:
        return False
    return not _is_other_word(text)


def _surname_end(doc: Doc, start: int, excluded: set[int]) -> int | None:
    """The end of the one or two surname words from ``start``, or None when there are none."""
    end = start
    while end < len(doc) and end - start < 2 and end not in excluded and _is_surname_word(doc[end]):
        end += 1
    return end if end > start else None


def _is_surname_word(token: Token) -> bool:
    return token.ent_iob_ == "O" and token.tag_ == "NNP" and token.is_alpha and \
        token.text.istitle() and not _is_other_word(token.text)


def _is_other_word(text: str) -> bool:
    """A capitalised word that names something other than a person's own name."""
    folded = text.casefold()
    return folded in title_words() or folded in role_nouns() or \
        honorific_gender(text) is not None or country_of_demonym(text) is not None or \
        lookup_country(text) is not None or (lookup_known(text) is not None and
                                             lookup_known(text).type != "Person")


def _in_capitalised_run(doc: Doc, start: int, end: int) -> bool:
    """Whether the words continue a longer run of capitalised words ("Grace Road Primary
    School", "New York Will ...") or of names, which they are then a part of."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(t is not None and (t.ent_iob_ != "O" or (t.text.istitle() and t.tag_ == "NNP"))
               for t in (before, after))


def _is_thing(doc: Doc, end: int) -> bool:
    """Whether the last word says the name is a thing's ("Victoria Station")."""
    return doc[end - 1].lower_ in name_heads()


def _is_title_case(sentence: Span) -> bool:
    """A headline or caption in title case: most words of four letters or more capitalised."""
    words = [w for w in _WORD.findall(sentence.text) if len(w) >= 4]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) > _TITLE_CASE_SHARE


def _said_of_a_person(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence says the words name a person: a person's role noun in front
    ("nurse Marion Brown") or in apposition ("the mayor, Teodor Rask"; "Theresa May, shadow
    secretary for the family"), a relative clause that only people take ("Teodor Rask, who
    thought ..."), or, for a common given name, a tagged person coordinated with it."""
    root = doc[start:end].root
    if start > 0 and _is_person_noun(doc[start - 1]):
        return True
    if is_common_given_name(doc[start].text) and \
            any(other.ent_type_ == "PERSON" for other in root.conjuncts):
        return True  # "Annette Bening and Ana Geislerova shared"; not "Rain Man and Tootsie"
    if root.dep_ == "appos" and _is_person_noun(root.head):
        return True
    for child in root.children:
        if child.dep_ == "appos" and _is_person_noun(child):
            return True
        if child.dep_ == "relcl" and any(w.lower_ in {"who", "whom"} for w in child.children):
            return True
    return False


def _is_person_noun(token: Token) -> bool:
    noun = role_nouns().get(token.lemma_.lower())
    return noun is not None and noun.type == "Person" and token.pos_ in {"NOUN", "PROPN"}


def reads_as_persons_name(doc: Doc, name: NameSpan) -> bool:
    """A name of two or three capitalised singular proper nouns, the first a common given
    name of one gender, that says nothing else of itself ("Anders Krogh Lunde" tagged ORG);
    not one the gazetteer knows, one with a thing's head word, or a plural ("Beverly
    Hillbillies")."""
    tokens = doc[name.start:name.end]
    first = tokens[0].text
    return 2 <= len(tokens) <= 3 and all(t.is_alpha and t.text.istitle() and t.tag_ == "NNP"
                                         for t in tokens) and \
        is_common_given_name(first) and given_name_gender(first) in {"m", "f"} and \
        not any(_is_other_word(t.text) for t in tokens) and \
        lookup_known(tokens.text) is None and tokens[-1].lower_ not in name_heads()
