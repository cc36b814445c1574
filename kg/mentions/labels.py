"""Labels a name's sentence contradicts: a place or a lone "person" listed with
organisations is one ("SoftBank, Alibaba, and Tencent"); a "person" that is where something
happens is a place ("flew to Bologna", "a church at Voss"); a "place" that wins a match or
reports revenue is an organisation."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.mentions.span import NameSpan
from kg.resolve.gazetteer import is_capital, is_subdivision, lookup_country, lookup_known
from kg.resolve.names import is_common_given_name, place_nouns

__all__ = ["label_by_siblings", "label_by_context"]

# Verbs whose subject acts like a person or a place: "Meloni flew to Bologna".
_MOTION_VERBS = frozenset({"fly", "travel", "arrive", "return", "go", "head", "move", "drive",
                           "sail", "relocate", "flee", "come"})
# Verbs and objects a company has and a place (even a city council) has not: "Nvidia
# reported record revenue", "Zorblax bought Quux Ltd".
_BUSINESS_VERBS = frozenset({"report", "announce", "post", "sell", "buy", "acquire", "earn",
                             "ship", "raise", "unveil", "release", "launch", "beat", "miss"})
_BUSINESS_OBJECTS = frozenset({"revenue", "profit", "earnings", "sale", "loss", "stake",
                               "share", "dividend", "chip", "smartphone", "phone", "ipo",
                               "subsidiary", "startup", "unit", "forecast", "guidance",
                               "result", "margin"})
# Verbs of a match result: "Inter Miami beat Orlando City 3-1" (the sides are clubs).
_MATCH_VERBS = frozenset({"beat", "defeat", "draw", "lose", "edge", "thrash", "rout", "tie",
                          "stun", "overcome", "hold", "top", "down", "win"})

def label_by_siblings(doc: Doc, names: list[NameSpan]) -> list[NameSpan]:
    """Relabel a place-labelled name, or a one-word "person" with no title, as an
    organisation when every name coordinated with it is one ("SoftBank, Alibaba, and
    Tencent" with Alibaba tagged GPE; "Tencent, Baidu and Kuaishou" with Kuaishou tagged
    PERSON), unless the gazetteer knows it."""
    label_at = {doc[n.start:n.end].root.i: n.label for n in names}
    for name in names:
        lone_person = name.label == "PERSON" and name.end - name.start == 1 and \
            name.title is None and name.prefix_start is None and not name.features
        if not (name.label in {"GPE", "LOC", "FAC"} or lone_person) or \
                lookup_known(doc[name.start:name.end].text) is not None:
            continue
        siblings = [label_at[t.i] for t in _conjuncts(doc[name.start:name.end].root)
                    if t.i in label_at]
        if siblings and all(label == "ORG" for label in siblings):
            name.label = "ORG"
    return names


def label_by_context(doc: Doc, names: list[NameSpan]) -> list[NameSpan]:
    """Relabel a name whose sentence contradicts its label.

    A "person" that is where something happens is a place ("flew to Bologna, where she met
    ..."); a "place" that is a side of a match with a score is a club ("Real Madrid beat
    Barcelona 2-1"; a country stays a country); a "place" no gazetteer knows that reports
    revenue or buys a company is an organisation ("Nvidia reported record revenue"; "Austin
    announced a plan" stays a place).
    """
    for name in names:
        root = doc[name.start:name.end].root
        if name.label == "PERSON" and name.title is None and "honorific" not in name.features:
            where = any(c.dep_ == "relcl" and any(g.lower_ == "where" for g in c.children)
                        for c in root.children)
            motion = root.dep_ == "pobj" and root.head.lower_ in {"to", "from", "in", "into"} and \
                root.head.head.lemma_.lower() in _MOTION_VERBS
            if where or motion or _stands_at(doc, name, root):
                name.label = "GPE"
        elif name.label in {"GPE", "LOC", "FAC", "PRODUCT"} and _is_match_side(root) and \
                lookup_country(doc[name.start:name.end].text) is None:
            name.label = "ORG"
        elif name.label in {"GPE", "LOC"} and root.dep_ == "nsubj" and \
                root.head.lemma_.lower() in _BUSINESS_VERBS and \
                _has_business_object(root.head) and not _known_place(doc, name):
            name.label = "ORG"
    return names


def _stands_at(doc: Doc, name: NameSpan, root: Token) -> bool:
    """"hid the records in a church at Voss": a one-word name after a building or a
    settlement and "at", "in" or "near" is where it stands (a common given name aside)."""
    return name.end - name.start == 1 and root.dep_ == "pobj" and \
        root.head.lower_ in {"at", "in", "near"} and \
        root.head.head.lemma_.lower() in place_nouns() and not is_common_given_name(root.text)


def _is_match_side(root: Token) -> bool:
    """Whether a name is a side of a match result with a score: "Real Madrid beat Barcelona
    2-1", "Leeds drew 1-1 with Burnley"."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if root.dep_ not in {"nsubj", "dobj", "pobj"} or verb.lemma_.lower() not in _MATCH_VERBS:
        return False
    doc = root.doc
    return any(c.tag_ == "CD" and c.i + 2 < len(doc) and doc[c.i + 1].text in {"-", "–"} and
               doc[c.i + 2].tag_ == "CD" for c in verb.children)


def _has_business_object(verb: Token) -> bool:
    """Whether a verb's object is a company's: revenue, shares, or an organisation."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in _BUSINESS_OBJECTS or c.ent_type_ == "ORG")
               for c in verb.children)


def _known_place(doc: Doc, name: NameSpan) -> bool:
    text = doc[name.start:name.end].text
    return lookup_known(text) is not None or lookup_country(text) is not None or \
        is_capital(text) or is_subdivision(text)


def _conjuncts(token: Token) -> list[Token]:
    """The other members of a token's coordination (spaCy's ``conjuncts``)."""
    return [t for t in token.conjuncts if t.i != token.i]
