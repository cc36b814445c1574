"""Token runs of a parse ("chunks") and their conversion to ``Phrase`` records.

The extractor works on chunks — token indices plus the index of the syntactic head — and turns
them into ``Phrase`` records (character offsets, text joined by single spaces, head offsets for
entity linking) only at the end. Chunks are cut out of subtrees: a relative clause or a
conjunct is left out of the noun phrase it hangs from.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Token

from kg.types import Phrase

__all__ = ["Chunk", "NONRESTRICTIVE_RELCL", "NONRESTRICTIVE_ACL", "chunk_of", "make_phrase", "literal_of", "core_of", "inner_nouns"]

# Tokens that never start or end an argument ("the minister ," -> "the minister").
_EDGE_PUNCT = frozenset({",", ";", ":", "-", "--", "—", "–", "."})
_EDGE_DEPS = frozenset({"cc", "punct", "preconj"})
_OPENING_QUOTES = frozenset({"``", "“", "‘"})
_CLOSING_QUOTES = frozenset({"''", "”", "’"})

# spaCy NER labels of an argument's head that make the argument a value, not a thing.
LITERAL_LABELS = {
    "DATE": "date",
    "TIME": "date",
    "MONEY": "money",
    "PERCENT": "percent",
    "CARDINAL": "number",
    "QUANTITY": "number",
}


# Modifiers of a noun kept in its core (what names the concept): "initial public offering",
# "US - China trade war"; determiners, possessors, numbers and trailing phrases are dropped.
_CORE_DEPS = frozenset({"compound", "amod", "nmod"})
# Adjectives that quantify or point rather than describe: never part of a concept's name.
_NON_CORE_ADJECTIVES = frozenset(
    "other such same many several various certain own more most few further additional "
    "new next last first former latter whole entire".split()
)
_NOUN_HEADS = frozenset({"NOUN", "PROPN"})
# Dependencies of a token that heads a noun phrase of its own inside a larger phrase.
_NOUN_PHRASE_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos", "attr"})

# Entity labels of names that a descriptive noun can stand in apposition to.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


class Chunk(NamedTuple):
    """Token indices (in order, possibly with gaps) and the index of the head token."""

    tokens: tuple[int, ...]
    head: int


def chunk_of(token: Token, cut_deps: frozenset[str] = frozenset(), keep: tuple[int, ...] = (),
             name_head: bool = True) -> Chunk:
    """The subtree of ``token`` without the subtrees of its children labelled ``cut_deps``.

    Args:
        token: the head of the phrase.
        cut_deps: dependency labels of direct children whose subtrees are left out
            (``{"relcl", "appos"}`` keeps "the reforms" of "the reforms that ... abandoned").
        keep: child indices never cut, even if their label is in ``cut_deps``.
        name_head: head a common noun's phrase on the name in apposition to it, kept in
            the phrase ("his counterpart Yang Jiechi" is headed by "Jiechi").

    Returns:
        A ``Chunk`` with punctuation and conjunctions trimmed from both edges.

    Example:
        >>> chunk_of(doc[1], frozenset({"relcl"}))  # doctest: +SKIP
        Chunk(tokens=(0, 1), head=1)
    """
    name = named_apposition(token) if name_head else None
    if name is not None:
        keep = (*keep, name.i)
    children = list(token.children)  # read once: each pass over them builds new Tokens
    cuts = [
        (child.left_edge.i, child.right_edge.i)
        for child in children
        if _is_cut(child, cut_deps) and child.i not in keep
    ]
    start, end = token.left_edge.i, token.right_edge.i
    if cuts:
        # Commas and brackets around a cut piece go with it: "rubles ( US$ 114 )" -> "rubles".
        cuts += [
            (child.i, child.i)
            for child in children
            if child.dep_ == "punct" and any(child.i in (a - 1, b + 1) for a, b in cuts)
        ]
        indices = [i for i in range(start, end + 1) if not any(a <= i <= b for a, b in cuts)]
    else:
        indices = list(range(start, end + 1))
    doc = token.doc
    indices = [i for i in indices if not doc[i].is_space]
    head = name.i if name is not None else token.i
    return Chunk(_close_quote(doc, trim(doc, indices, head)), head)


def _close_quote(doc: Doc, indices: tuple[int, ...]) -> tuple[int, ...]:
    """The phrase with the closing quote right after it when it opens one and does not
    close it: the parser hangs a closing quote on the clause, not on the quoted words."""
    if not indices or indices[-1] + 1 >= len(doc):
        return indices
    after = doc[indices[-1] + 1]
    if after.text not in _CLOSING_QUOTES:
        return indices
    words = [doc[i].text for i in indices]
    if sum(w in _OPENING_QUOTES for w in words) > sum(w in _CLOSING_QUOTES for w in words):
        return (*indices, after.i)
    return indices


# Pseudo-labels for ``chunk_of``'s cuts: a relative clause or participle set off by a comma
# ("the plan , which failed ,", "the report , released on Monday ,") adds a fact about the
# noun and is cut; one that is not ("a plan that leaves Revco healthy", "villagers hiding
# fighters") says which thing is meant and stays in the phrase.
NONRESTRICTIVE_RELCL = "relcl:nonrestrictive"
NONRESTRICTIVE_ACL = "acl:nonrestrictive"
_NONRESTRICTIVE = {"relcl": NONRESTRICTIVE_RELCL, "acl": NONRESTRICTIVE_ACL}


def _is_cut(child: Token, cut_deps: frozenset[str]) -> bool:
    if child.dep_ in cut_deps:
        return True
    if _NONRESTRICTIVE.get(child.dep_) not in cut_deps:
        return False
    start = child.left_edge.i
    return start > 0 and child.doc[start - 1].is_punct


def named_apposition(token: Token) -> Token | None:
    """The name in apposition to a common noun ("his counterpart Yang Jiechi" -> Jiechi).

    Entity linking goes by the head, and the name is what the phrase refers to.
    """
    if token.pos_ != "NOUN":
        return None
    for child in token.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in NAME_LABELS:
            return child
    return None


def trim(doc: Doc, indices: list[int], head: int) -> tuple[int, ...]:
    """Drop punctuation and dangling conjunctions at the edges of ``indices`` (never the head)."""
    lo, hi = 0, len(indices)
    while lo < hi - 1 and indices[lo] != head and _is_edge(doc[indices[lo]]):
        lo += 1
    while hi - 1 > lo and indices[hi - 1] != head and _is_edge(doc[indices[hi - 1]]):
        hi -= 1
    return tuple(indices[lo:hi])


def _is_edge(token: Token) -> bool:
    # Quotes and brackets stay: CaRB's gold keeps them, and they usually come in pairs.
    return token.text in _EDGE_PUNCT or token.dep_ in _EDGE_DEPS and not token.is_quote and not token.is_bracket


def make_phrase(doc: Doc, chunk: Chunk, with_core: bool = True) -> Phrase:
    """The ``Phrase`` record of a chunk: text, character span and head span in ``doc.text``,
    and (``with_core``) the core of the noun phrase it is.

    Example:
        >>> make_phrase(doc, Chunk((0, 1), 1)).text  # doctest: +SKIP
        'the minister'
    """
    tokens = chunk.tokens or (chunk.head,)
    first, last, head = doc[tokens[0]], doc[tokens[-1]], doc[chunk.head]
    core = core_of(head) if with_core else None
    return Phrase(
        text=" ".join([doc[i].text for i in tokens]),
        start=first.idx,
        end=last.idx + len(last.text),
        head_start=head.idx,
        head_end=head.idx + len(head.text),
        tokens=tuple(tokens),
        core=make_phrase(doc, core, with_core=False) if core is not None else None,
    )


def core_of(head: Token) -> Chunk | None:
    """The core of the noun phrase headed by ``head``: the head with the compounds and
    describing adjectives right before it ("the initial public offering of shares" ->
    "initial public offering"), an adjective alone ("ready to defend the island" -> "ready");
    None when ``head`` is neither.

    The core is what names a concept, so that "an arms embargo", "the arms embargo on China"
    and "the EU's arms embargo" are one concept.
    """
    if head.pos_ == "ADJ":  # "ready to defend the island" -> "ready"
        return Chunk((head.i,), head.i)
    if head.pos_ not in _NOUN_HEADS:
        return None
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _CORE_DEPS or child.right_edge.i != start - 1:
            break
        if child.lower_ in _NON_CORE_ADJECTIVES or any(t.dep_ in ("poss", "det", "nummod", "case")
                                                       for t in child.subtree):
            break
        start = child.left_edge.i
    return Chunk(tuple(range(start, head.i + 1)), head.i)


def inner_nouns(doc: Doc, chunk: Chunk) -> list[Chunk]:
    """The cores of the noun phrases inside ``chunk`` other than its head's own
    ("lifting the arms embargo on Iran" -> "arms embargo", "Iran")."""
    inside = set(chunk.tokens)
    nouns = []
    for i in chunk.tokens:
        token = doc[i]
        if i == chunk.head or token.pos_ not in _NOUN_HEADS or token.dep_ not in _NOUN_PHRASE_DEPS:
            continue
        core = core_of(token)
        if core is not None and inside.issuperset(core.tokens):
            nouns.append(core)
    return nouns


def literal_of(token: Token) -> str | None:
    """``"date"``, ``"number"``, ``"money"`` or ``"percent"`` when the token heads a value."""
    label = LITERAL_LABELS.get(token.ent_type_)
    if label is None and token.like_num and token.pos_ == "NUM":
        return "number"
    return label
