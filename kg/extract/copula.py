"""Copulas: "X is Y", "X was elected president" -> the predicate "be" and a complement.

spaCy heads a copular clause with the verb "be" and hangs the predicate noun (``attr``) or
adjective (``acomp``) from it, so the clause machinery handles it; this module only decides
that a clause is copular, which sets the lemma to "be" and the kind to "copula".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_copula"]

_COMPLEMENT_DEPS = frozenset({"attr", "acomp"})


def is_copula(verb: Token) -> bool:
    """True when ``verb`` is a form of "be" with a nominal or adjectival complement.

    Example:
        >>> is_copula(nlp("Merkel is the chancellor.")[1])  # doctest: +SKIP
        True
    """
    return verb.lemma_.lower() == "be" and any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children)
