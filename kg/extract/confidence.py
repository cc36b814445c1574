"""Confidence: a score in [0, 1] that ranks extractions by how likely they are right.

The score is a logistic function of evidence from the parse: the construction (a verb clause
with its own subject is safer than an inferred apposition), whether the subject was found in
the clause or inherited, how complete and how long the arguments are, and how long (so how
hard to parse) the sentence is.
"""

from __future__ import annotations

import math

from spacy.tokens import Doc

from kg.extract.clauses import Clause

__all__ = ["score_clause", "KIND_WEIGHTS"]

# Log-odds of each construction being right when nothing else is known.
KIND_WEIGHTS = {
    "verb": 1.0,
    "attribution": 1.0,
    "light_verb": 1.0,
    "copula": 0.9,
    "passive": 0.9,
    "control": 0.4,
    "relative": 0.4,
    "apposition": 0.5,
    "title": 0.3,
    "possessive": -0.2,
}


def score_clause(doc: Doc, clause: Clause, sentence_length: int) -> float:
    """The confidence of a clause, rounded to 3 decimals.

    Example:
        >>> score_clause(doc, clause, len(sent))  # doctest: +SKIP
        0.802
    """
    z = KIND_WEIGHTS.get(clause.kind, 0.0)
    if clause.inherited:
        z -= 0.5
    if not clause.arguments:
        z -= 0.8
    subject = doc[clause.subject.head]
    if subject.pos_ == "PRON":
        z -= 0.3
    if clause.split:
        z -= 0.2
    if clause.speaker is not None:
        z -= 0.2
    z -= 0.03 * max(0, sentence_length - 20)
    z -= 0.15 * max(0, len(clause.arguments) - 2)
    return round(1.0 / (1.0 + math.exp(-z)), 3)
