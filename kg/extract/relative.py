"""Relative clauses: "the reforms that the government abandoned" -> the government abandoned
the reforms.

The relative pronoun ("that", "which", "who") stands for the noun the clause hangs from, so
wherever it fills a slot of the relative clause the noun phrase takes its place. When that
noun is itself the complement of a copula ("X is a footballer who plays for Y") the copula's
subject is the better antecedent (X plays for Y).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.phrases import Chunk, chunk_of

__all__ = ["is_relative_pronoun", "antecedent", "antecedent_chunk"]

_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Parts of a noun phrase that are not part of it as an antecedent.
NOUN_CUTS = frozenset({"relcl", "appos", "acl"})


def is_relative_pronoun(token: Token) -> bool:
    """True for "which/who/whom/that" opening a relative clause (not "that" as a complementiser)."""
    if not (token.tag_ in _RELATIVE_TAGS and token.tag_ != "WP$" or
            token.lower_ == "that" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
        return False
    # checked last: ``token.sent`` searches the Doc for the sentence's bounds
    return token.i != token.sent.start  # "That was the first time": a demonstrative subject


def antecedent(verb: Token) -> Token | None:
    """The noun a relative clause (or reduced relative) headed by ``verb`` modifies.

    A noun that is the complement of a copula with a subject hands over to that subject.

    Example:
        >>> antecedent(nlp("the reforms that the government abandoned")[4]).text  # doctest: +SKIP
        'reforms'
    """
    if verb.dep_ not in ("relcl", "acl"):
        return None
    noun = verb.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return noun


def antecedent_chunk(noun: Token) -> Chunk:
    """The antecedent noun phrase without its relative clauses and appositions."""
    return chunk_of(noun, NOUN_CUTS)
