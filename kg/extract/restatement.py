"""Restatements: two facts of one sentence that bracket the same words differently.

"X helped | to raise funds" and "X helped to raise | funds" state one fact; so do
"Alan begins | to behave strangely" and "Alan begins to behave strangely". Both stay (the
graph reads each its own way), but the less confident is marked ``restated``: once one is
taken the other adds nothing, so it should rank low.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.confidence import score_clause
from kg.extract.drafts import Clause

__all__ = ["mark_restatements"]


def mark_restatements(doc: Doc, clauses: list[Clause], sentence_length: int) -> None:
    """Set ``restated`` on the less confident of every pair of restatements in ``clauses``.

    Example:
        >>> mark_restatements(doc, clauses, len(sent))  # doctest: +SKIP
    """
    scores: dict[int, float] = {}  # scored only when needed: restatements are rare

    def score(i: int) -> float:
        if i not in scores:
            scores[i] = score_clause(doc, clauses[i], sentence_length)
        return scores[i]

    for i, first in enumerate(clauses):
        for j in range(i + 1, len(clauses)):
            second = clauses[j]
            if first.subject.tokens != second.subject.tokens or first.predicate == second.predicate:
                continue
            if _words(first) == _words(second):
                loser = first if score(i) < score(j) else second
                loser.restated = True


def _words(clause: Clause) -> frozenset[int]:
    """The sentence positions a fact says something with: predicate, arguments, prepositions."""
    words = set(clause.predicate)
    for argument in clause.arguments:
        words.update(argument.chunk.tokens)
        if argument.prep is not None:
            words.add(argument.prep)
    return frozenset(words)
