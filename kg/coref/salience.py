"""The person a paragraph is about: what "he" or "she" means when the nearby names tie.

A biography opens with its subject ("Ingrid Halvorsen (1891-1967) was a Norwegian
chemist"), and through the paragraphs that follow "she" and "her" mean that person even
where another woman is named in passing ("In a letter to her sister Karen, she
complained"). The topic of a gender is set by the main-clause subject of a paragraph's
first sentence, when it is a person name of that gender, and given up as soon as another
person who may be of that gender becomes a main-clause subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.coref.clauses import is_main_clause_subject
from kg.coref.groups import Group
from kg.resolve.names import feature
from kg.types import Mention

__all__ = ["paragraph_topics"]

_NEUTER_CLASSES = frozenset({"org", "country", "city", "place"})


def paragraph_topics(doc: Doc, mentions: list[Mention], group_of: dict[int, int],
                     groups: list[Group]) -> list[dict[str, int]]:
    """For each mention, the topic group of each gender ("m", "f", "n") in force just before it.

    Example: ``paragraph_topics(doc, mentions, group_of, groups)[7].get("f")`` is the group
    a tied "she" at mention 7 means, or None.
    """
    topics: dict[str, int] = {}
    in_force: list[dict[str, int]] = []
    for index, mention in enumerate(mentions):
        in_force.append(dict(topics))
        if mention.kind != "name" or index not in group_of:
            continue
        key = _gender_key(groups[group_of[index]])
        head = doc[int(feature(mention, "head"))]
        if key is None or not is_main_clause_subject(head):
            continue
        if _opens_paragraph(doc, head) and key:
            topics[key] = group_of[index]
            continue
        for gender in [g for g, topic in topics.items() if topic != group_of[index]]:
            if key == gender or (not key and gender in {"m", "f"}):
                del topics[gender]  # another of that gender now leads
    return in_force


def _gender_key(group: Group) -> str | None:
    """The pronoun gender a group is spoken of with: "m" or "f" for a person ("" when not
    known), "n" for an organisation or a place, None for anything else."""
    if group.cls == "person":
        return group.gender if group.gender in {"m", "f"} else ""
    return "n" if group.cls in _NEUTER_CLASSES else None


def _opens_paragraph(doc: Doc, token: Token) -> bool:
    """Whether a token's sentence is the first of its paragraph (kg parses line by line)."""
    start = token.sent.start
    return start == 0 or "\n" in doc[start - 1].text
