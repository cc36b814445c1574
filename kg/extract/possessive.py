"""Possessives: "Iran's nuclear programme" -> Iran *has* nuclear programme (CaRB's gold
practice, with an inserted "has"; lemma "have")."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import Argument, Clause
from kg.extract.phrases import chunk_of

__all__ = ["find_possessives"]

_OWNED_CUTS = frozenset({"poss", "relcl", "appos", "acl", "det"})


def find_possessives(sent: Span) -> list[Clause]:
    """One "X has Y" clause per non-pronoun possessor in ``sent``.

    Example:
        >>> [c.lemma for c in find_possessives(nlp("Iran's programme grew.")[:])]  # doctest: +SKIP
        ['have']
    """
    clauses = []
    for token in sent:
        if token.dep_ != "poss" or token.pos_ == "PRON" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        owner = chunk_of(token, frozenset({"case"}))
        owned = chunk_of(token.head, _OWNED_CUTS, name_head=False)
        if not owned.tokens:
            continue
        clauses.append(Clause(verb=token.i, kind="possessive", subject=owner, predicate=[],
                              lemma="have", arguments=[Argument("object", owned)], inserted="has"))
    return clauses
