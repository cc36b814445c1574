"""Adjectival relations: "is subject to", "was vague about", "became famous for".

An adjective complement followed by its own preposition names the relation between the
subject and the preposition's object, as a prepositional verb does ("depends on"): "the deal
is subject to approval" relates the deal to approval by *is subject to*. The adjective (with
the degree adverbs right before it: "more common than") and the preposition join the
predicate; the preposition's object is the argument.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import clause_chunk, find_arguments, prep_argument
from kg.extract.drafts import Argument

__all__ = ["adjective_preposition", "absorb_adjective", "adjective_infinitive", "absorb_adjective_clause"]


def adjective_preposition(verb: Token) -> tuple[Token, Token] | None:
    """The adjective complement of ``verb`` and the preposition right after it, if any.

    An adjective coordinated with another ("distinct from and independent of") is left
    alone: the two relations share one object and would need two facts.

    Example:
        >>> adjective_preposition(nlp("The deal is subject to approval.")[2])  # doctest: +SKIP
        (subject, to)
    """
    adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adjective is None or any(c.dep_ in ("conj", "cc") for c in adjective.children):
        return None
    prep = next((c for c in adjective.rights if c.dep_ == "prep"), None)
    if prep is None or prep.i != adjective.i + 1:
        return None
    if not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
        return None
    return adjective, prep


def absorb_adjective(adjective: Token, prep: Token, arguments: list[Argument],
                     predicate: list[int]) -> tuple[list[Argument], list[int]]:
    """Move the adjective (and its degree adverbs) and the preposition into the predicate;
    the preposition's object becomes the first argument, the adjective's other
    arguments after it follow ("due in cash next April": in cash, next April)."""
    words = _with_degree_adverbs(adjective)
    kept = [a for a in arguments if a.chunk.head != adjective.i]
    core = prep_argument(prep)
    others = [a for a in find_arguments(adjective) if a.prep != prep.i and a.chunk.tokens[0] > prep.i]
    return [a for a in [core, *others] if a is not None] + kept, predicate + words + [prep.i]


def adjective_infinitive(verb: Token) -> tuple[Token, Token] | None:
    """The adjective complement of ``verb`` and the infinitive right after it ("was able to
    start", "is likely to rise"): the adjective reads with the verb as a semi-modal does."""
    adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adjective is None or any(c.dep_ in ("conj", "cc") for c in adjective.children):
        return None
    infinitive = next((c for c in adjective.rights if c.dep_ == "xcomp"), None)
    if infinitive is None or infinitive.left_edge.i != adjective.i + 1 or infinitive.left_edge.tag_ != "TO":
        return None
    return adjective, infinitive


def absorb_adjective_clause(adjective: Token, infinitive: Token, arguments: list[Argument],
                            predicate: list[int]) -> tuple[list[Argument], list[int]]:
    """Move the adjective into the predicate; the infinitive ("to start a business") is the
    first argument, the adjective's other arguments follow."""
    words = _with_degree_adverbs(adjective)
    kept = [a for a in arguments if a.chunk.head != adjective.i]
    others = [a for a in find_arguments(adjective) if a.chunk.head != infinitive.i]
    return [Argument("complement", clause_chunk(infinitive)), *others, *kept], predicate + words


def _with_degree_adverbs(adjective: Token) -> list[int]:
    """The adjective's index with the adverbs right before it ("more | important")."""
    words = [adjective.i]
    for child in reversed(list(adjective.lefts)):
        if child.dep_ != "advmod" or child.i != words[0] - 1:
            break
        words.insert(0, child.i)
    return words
