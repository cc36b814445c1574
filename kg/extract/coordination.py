"""Coordination: conjoined subjects and objects become one fact per conjunct.

"France and Germany discussed trade, energy and security" gives one fact per participant and
topic. A conjunction inside a name ("the London, Midland and Scottish Railway Company", one
named entity) is not split. Lists introduced by "including" / "such as" add their members as
further objects.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.phrases import Chunk, chunk_of, trim

__all__ = ["conjuncts", "split_chunks", "list_members", "shared_head"]

# Children cut from a conjunct: the other conjuncts and the conjunction itself.
_CONJ_DEPS = frozenset({"conj", "cc", "preconj"})
# Prepositions that introduce a list of examples of the noun they hang from.
_LIST_PREPS = frozenset({"including", "like"})
_MAX_CONJUNCTS = 8


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens conjoined with it, in sentence order.

    Example:
        >>> [t.text for t in conjuncts(doc[0])]  # doctest: +SKIP
        ['France', 'Germany']
    """
    found = [token]
    stack = [token]
    while stack and len(found) < _MAX_CONJUNCTS:
        for child in stack.pop().children:
            if child.dep_ == "conj" and not _same_name(token, child):
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def _same_name(first: Token, second: Token) -> bool:
    """True when both tokens are inside one named entity (a name with "and" in it)."""
    if not first.ent_type_ or first.ent_type_ != second.ent_type_:
        return False
    doc = first.doc
    lo, hi = sorted((first.i, second.i))
    return all(doc[i].ent_iob_ == "I" for i in range(lo + 1, hi + 1))


def split_chunks(token: Token, cut_deps: frozenset[str] = frozenset()) -> list[Chunk]:
    """One chunk per conjunct of ``token`` (a single chunk when there is no coordination).

    Each conjunct keeps its own modifiers; ``cut_deps`` are also cut from every conjunct.
    """
    members = conjuncts(token)
    if len(members) == 1:
        return shared_head(token, cut_deps) or [chunk_of(token, cut_deps)]
    cut = cut_deps | _CONJ_DEPS
    if _last_is_shared_head(members):
        # "hearing and vision screening" parsed as three conjuncts: the last noun is the head
        head = members[-1]
        return [Chunk((*chunk_of(m, cut).tokens, head.i), head.i) for m in members[:-1]]
    return [chunk_of(member, cut) for member in members]


def _last_is_shared_head(members: list[Token]) -> bool:
    """True when the last two conjuncts are adjacent nouns with nothing joining them: the
    parser has read a shared head noun as one more conjunct."""
    before, last = members[-2], members[-1]
    return (len(members) > 2 and last.i == before.i + 1 and before.pos_ == last.pos_ == "NOUN"
            and before.n_lefts == 0 and last.n_lefts == 0)


def shared_head(token: Token, cut_deps: frozenset[str] = frozenset()) -> list[Chunk]:
    """One chunk per conjoined modifier sharing the head noun ("hearing and vision screening"
    -> "hearing screening", "vision screening"); empty when no modifier is coordinated.

    Only compounds and adjectives right before the head are distributed: "red and green
    apples" are red apples and green apples.
    """
    modifier = next((c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")
                     and any(g.dep_ == "conj" and g.i < token.i for g in c.children)), None)
    if modifier is None or token.pos_ not in ("NOUN", "PROPN") or _same_name(modifier, token):
        return []
    members = [m for m in conjuncts(modifier) if m.i < token.i]
    whole = chunk_of(token, cut_deps)
    span = set(range(modifier.left_edge.i, modifier.right_edge.i + 1))
    chunks = []
    for member in members:
        own = set(range(member.left_edge.i, member.right_edge.i + 1))
        if member is modifier:
            own = {i for i in span if not any(i in range(g.left_edge.i, g.right_edge.i + 1)
                                              for g in modifier.children if g.dep_ in _CONJ_DEPS)}
        kept = [i for i in whole.tokens if i not in span or i in own]
        chunks.append(Chunk(trim(token.doc, kept, token.i), token.i))
    return chunks


def list_members(token: Token, cut_deps: frozenset[str] = frozenset()) -> list[Chunk]:
    """Members of a list introduced by "including"/"such as"/"like" under ``token``.

    "several issues, including trade and energy" -> chunks for "trade" and "energy".
    """
    members: list[Chunk] = []
    for prep in _list_preps(token):
        for obj in prep.children:
            if obj.dep_ == "pobj":
                members.extend(split_chunks(obj, cut_deps))
    return members


def _list_preps(token: Token) -> list[Token]:
    """The prepositions under ``token`` that introduce examples ("such as" may hang from
    "such" rather than from the noun)."""
    found = []
    for child in token.children:
        candidates = [child, *child.children] if child.lower_ == "such" else [child]
        for prep in candidates:
            if prep.dep_ != "prep":
                continue
            after_such = prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
            if prep.lower_ in _LIST_PREPS or prep.lower_ == "as" and after_such:
                found.append(prep)
    return found
