"""A plural "they" or "their" for one organisation ("Vaara was listed in 1987. In the
2000s they closed their last mills"; "Inter Miami beat Orlando City, extending their run").

English, British English above all, often speaks of a company or a team in the plural. Only
an organisation that leads the pronoun's clause, or the previous sentence, is taken, and
only when no plural noun comes between that could be what the pronoun means ("Vaara hired
engineers; they ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.coref.clauses import SUBJECTS, clause_subjects, clause_verb, previous_sentence
from kg.coref.groups import Group
from kg.resolve.names import feature
from kg.types import Mention

__all__ = ["collective_organisation"]

# entity types of plural-looking tokens that name no group of things ("the 2000s", "60 runs")
_NOT_REFERENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT",
                            "ORDINAL"})


def collective_organisation(doc: Doc, mentions: list[Mention], index: int,
                            group_of: dict[int, int], groups: list[Group],
                            quoted: frozenset[int]) -> tuple[int, str] | None:
    """The organisation a "they" or "their" means, with the rule's name, or None."""
    pronoun = mentions[index]
    token = doc[int(feature(pronoun, "head"))]
    if token.lower_ not in {"they", "their"} or token.i in quoted:
        return None
    back = (previous_sentence(token) or (None, 0))[1]
    heads = {int(feature(mentions[i], "head")): i for i in range(index)
             if i in group_of and mentions[i].sentence >= pronoun.sentence - back}
    people = {head for head, i in heads.items() if groups[group_of[i]].cls == "person" and
              feature(mentions[i], "number", "sg") == "sg"}
    leader = _clause_leader(token, heads, people)
    if leader is not None and groups[group_of[heads[leader.i]]].cls == "country":
        pass  # a country leading the pronoun's own sentence is its team or people
    elif leader is None or groups[group_of[heads[leader.i]]].cls != "org":
        leader = _previous_leader(doc, token, heads)
        if leader is None or groups[group_of[heads[leader.i]]].cls != "org":
            return None
    if leader.i in quoted:
        return None
    if _plural_between(doc, leader, token):
        return None
    return heads[leader.i], "pronoun:collective"


def _clause_leader(pronoun: Token, heads: dict[int, int], people: set[int]) -> Token | None:
    """The nearest subject above the pronoun in its sentence that is a known mention, past
    one person, who is no "they" ("South Africa had reached 161 before Jayasekara removed
    their captain")."""
    for subject in clause_subjects(pronoun):
        if subject is not None and subject.i not in people:
            return subject if subject.i in heads else None
    return None


def _previous_leader(doc: Doc, pronoun: Token, heads: dict[int, int]) -> Token | None:
    """The previous sentence's main subject, for a pronoun in its own sentence's main clause
    ("Valmont had been reluctant to sell. Their coach said ...")."""
    verb = clause_verb(pronoun)
    found = previous_sentence(pronoun)
    if found is None or verb is None or verb.dep_ != "ROOT":
        return None
    previous = found[0]
    subject = next((c for c in previous.root.children if c.dep_ in SUBJECTS), None)
    return subject if subject is not None and subject.i in heads else None


def _plural_between(doc: Doc, leader: Token, pronoun: Token) -> bool:
    """Whether a plural noun or pronoun between the organisation and the pronoun could be
    what the pronoun means instead."""
    for token in doc[leader.i + 1:pronoun.i]:
        if token.tag_ in {"NNS", "NNPS"} and token.ent_type_ not in _NOT_REFERENTS:
            return True
        if token.lower_ in {"they", "them", "their"} or token.dep_ == "conj" and \
                token.head.i == leader.i:
            return True
    return False
