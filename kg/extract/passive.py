"""Passive voice: "the treaty was signed by both governments".

The surface subject is the logical object; the "by" phrase becomes an argument with role
``"agent"`` (the logical subject). A reduced passive ("a treaty signed in 1990") is a
participle hanging from its noun, which becomes the subject.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_passive", "is_reduced_passive"]

_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "csubjpass"})


def is_passive(verb: Token) -> bool:
    """True when the clause headed by ``verb`` is in the passive voice.

    Example:
        >>> is_passive(nlp("The treaty was signed.")[3])  # doctest: +SKIP
        True
    """
    return any(child.dep_ in _PASSIVE_DEPS for child in verb.children) or is_reduced_passive(verb)


def is_reduced_passive(verb: Token) -> bool:
    """True for a past participle modifying a noun ("the treaty signed in 1990")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"
