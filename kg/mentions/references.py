"""Pronouns and definite descriptions ("the secretary", "the company") as mentions."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.mentions.span import NAME_LABELS
from kg.resolve.gazetteer import country_of_demonym, lookup_country
from kg.resolve.names import canonical_title, role_nouns
from kg.types import Mention

__all__ = ["PRONOUNS", "REFLEXIVES", "find_pronouns", "find_descriptions"]

# pronoun -> (number, gender); gender "m", "f", "n" (neuter) or "" (any)
PRONOUNS = {
    "he": ("sg", "m"), "him": ("sg", "m"), "his": ("sg", "m"),
    "she": ("sg", "f"), "her": ("sg", "f"),
    "it": ("sg", "n"), "its": ("sg", "n"),
    "they": ("pl", ""), "them": ("pl", ""), "their": ("pl", ""),
    "hers": ("sg", "f"), "theirs": ("pl", ""),
    "himself": ("sg", "m"), "herself": ("sg", "f"), "itself": ("sg", "n"),
    "themselves": ("pl", ""),
}
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# pronouns whatever the tagger says ("together with hers" is tagged NNS)
_UNAMBIGUOUS = frozenset({"hers", "theirs", *REFLEXIVES})
_POSSESSIVE_PRONOUNS = {"his", "its", "their", "her"}
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def find_pronouns(doc: Doc, debris: set[int], sentence_of: list[int]) -> list[Mention]:
    mentions = []
    for token in doc:
        if token.i in debris or token.lower_ not in PRONOUNS or (
                token.tag_ not in {"PRP", "PRP$"} and token.lower_ not in _UNAMBIGUOUS):
            continue
        number, gender = PRONOUNS[token.lower_]
        features = {"number": number, "gender": gender, "dep": token.dep_,
                    "head_lemma": token.lower_, "head": str(token.i),
                    "head_start": str(token.idx), "head_end": str(token.idx + len(token)),
                    "possessive": "1" if token.tag_ == "PRP$" or token.lower_ in {"his", "its", "their"} else "0"}
        if _is_pleonastic(token):
            features["pleonastic"] = "1"
        if token.lower_ in REFLEXIVES:
            features["reflexive"] = "1"
        mentions.append(Mention(start=token.idx, end=token.idx + len(token), text=token.text,
                                kind="pronoun", sentence=sentence_of[token.i],
                                features=tuple(sorted(features.items()))))
    return mentions


def _is_pleonastic(token: Token) -> bool:
    """"It is time to ...", "it seems that ...": an "it" that refers to nothing."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ in {"be", "seem", "appear", "remain", "take"}:
        return any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in head.children) or \
            any(c.dep_ == "acomp" and any(g.dep_ in {"xcomp", "ccomp"} for g in c.children)
                for c in head.children)
    return head.lemma_ in {"rain", "snow"}


def find_descriptions(doc: Doc, excluded: set[int], sentence_of: list[int],
                      prefixes: set[int] = frozenset()) -> list[Mention]:
    """"the secretary", "the company", "the senior US diplomat", "the secretary of state".

    A role noun in ``prefixes`` (the words in front of a name, "the striker Youssef Benali")
    is a description only with an article or a possessive of its own."""
    mentions = []
    nouns = role_nouns()
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"} or (token.i in excluded and token.i not in prefixes):
            continue
        lemma = token.lemma_.lower()
        if lemma not in nouns:
            continue
        if token.ent_type_ and token.ent_type_ in NAME_LABELS:
            continue
        left = [c for c in token.lefts]
        anchor, country = _determiner(token, left)
        if anchor is None or (anchor.tag_ == "PRP$" and nouns[lemma].type != "Person"):
            continue  # "his counterpart", but not "their country" (whose? too often unclear)
        if token.i in prefixes and (anchor.dep_ not in {"det", "poss"} or anchor.i in excluded):
            continue  # "Chief Executive Tim Cook", "US Secretary of State Antony Blinken"
        start_token = min([anchor, *[c for c in left if c.i > anchor.i]], key=lambda t: t.i)
        start_token = doc[start_token.left_edge.i] if start_token.dep_ == "poss" else start_token
        owned = anchor.dep_ == "poss" and not country and _is_name_owner(anchor)
        words_from = anchor.i + 1 if owned else start_token.i  # the owner is a name of its own
        if any(i in excluded and doc[i].ent_type_ not in {"GPE", "NORP"}
               for i in range(words_from, token.i)):  # "the senior US diplomat" is fine
            continue
        bare = anchor.dep_ not in {"det", "poss"}  # a headline's "Chinese foreign minister"
        end_token, title = _description_title(doc, token, start_token.i + (0 if bare else 1))
        features = {"number": "pl" if token.tag_ in {"NNS", "NNPS"} else "sg",
                    "head_lemma": lemma, "dep": token.dep_, "head": str(token.i),
                    "head_start": str(token.idx), "head_end": str(token.idx + len(token)),
                    "type": nouns[lemma].type}
        modifiers = [c for c in left if c.i > anchor.i or (bare and c.i == anchor.i)]
        for modifier in modifiers:
            country = _country_of(modifier) or country
        if country:
            features["country"] = country
        if modifiers:
            features["modifiers"] = " ".join(m.lower_ for m in modifiers)
        if anchor.dep_ == "poss":
            features["possessor"] = anchor.lower_
        if owned:
            features["possessor_name"] = "1"
        start = start_token.idx
        end = end_token.idx + len(end_token)
        mentions.append(Mention(start=start, end=end, text=doc[start_token.i:end_token.i + 1].text,
                                kind="description",
                                sentence=sentence_of[token.i], title=title,
                                features=tuple(sorted(features.items()))))
    return mentions


def _determiner(head: Token, left: list[Token]) -> tuple[Token | None, str | None]:
    """What makes a role noun a description, and the country its possessor names.

    A definite article ("the minister"), a possessive pronoun ("his counterpart"), a country's
    possessive ("China's top diplomat", which gives the country), or, in a headline's bare
    style, nothing but a country's demonym ("Chinese foreign minister"). Returns
    ``(None, None)`` for other nouns ("a minister", "Blinken's spokesman").
    """
    det = [c for c in left if c.dep_ == "det" and c.lower_ in _DEFINITE]
    poss = [c for c in left if c.dep_ == "poss"]
    if poss:
        owner = poss[0]
        if owner.tag_ == "PRP$" and owner.lower_ in _POSSESSIVE_PRONOUNS | {"my", "our", "your"}:
            return owner, None
        country = _country_of(owner) if owner.ent_type_ == "GPE" else None
        if country or _is_name_owner(owner) and role_nouns()[head.lemma_.lower()].type == "Person":
            return owner, country  # "Brevant's sports director": only a name beside it says who
        return None, None
    if det:
        return det[0], None
    if head.tag_ == "NN" and not any(c.dep_ == "det" for c in left) and \
            any(_country_of(c) for c in left):
        return min(left, key=lambda t: t.i), None
    return None, None


def _is_name_owner(owner: Token) -> bool:
    """A proper name that owns a description ("Brevant's", "Okapi's"), not a common noun."""
    return (owner.tag_ in {"NNP", "NNPS"} or owner.ent_type_ != "") and \
        owner.text[:1].isupper() and any(c.tag_ == "POS" for c in owner.children)


def _country_of(token: Token) -> str | None:
    """The country a modifier names: a demonym ("Chinese") or a country's name ("US")."""
    return country_of_demonym(token.text) or (
        lookup_country(token.text).canonical if token.ent_type_ == "GPE" and
        lookup_country(token.text) else None)


def _description_title(doc: Doc, head: Token, first: int) -> tuple[Token, str | None]:
    """The description's last token and the title it spells ("the prime minister",
    "the secretary of state")."""
    best: tuple[Token, str | None] = (head, None)
    for begin in range(first, head.i + 1):
        title = canonical_title(doc[begin:head.i + 1].text)
        if title:
            best = (head, title)
            break
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in {"of", "for"}:
        for length in (3, 4):
            end = head.i + length
            if end <= len(doc) and canonical_title(doc[head.i:end].text):
                best = (doc[end - 1], canonical_title(doc[head.i:end].text))
    return best
