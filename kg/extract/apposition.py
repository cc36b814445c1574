"""Appositions and titles: "Angela Merkel, the German chancellor, said" -> Merkel *is* the
German chancellor; "President Bush" -> Bush *is* President.

Neither has a verb in the sentence; the predicate is an inserted "is" (lemma "be"), as in
CaRB's gold.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.drafts import Argument, Clause
from kg.extract.phrases import Chunk, chunk_of, named_apposition, trim

__all__ = ["find_appositions", "find_titles"]

_NOUN_CUTS = frozenset({"relcl", "appos", "acl"})
_TITLE_DEPS = frozenset({"compound", "nmod", "amod"})
# Names that a descriptive title can precede ("Secretary Blinken", "rugby club Ammanford RFC").
TITLED_LABELS = frozenset({"PERSON"})
TITLE_SKIPS = frozenset({"det", "poss", "case", "punct"})
# Forms of address that are not titles ("Mr. Baker" is not a fact about Baker).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle", "herr", "madam", "sir"})


def find_appositions(sent: Span) -> list[Clause]:
    """One "X is Y" clause per apposition in ``sent``.

    Example:
        >>> [c.arguments[0].chunk for c in find_appositions(doc[:])]  # doctest: +SKIP
    """
    clauses = []
    for token in sent:
        if token.dep_ != "appos" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if not _set_off(token) or _is_address(token):
            continue
        subject = chunk_of(token.head, _NOUN_CUTS, name_head=False)
        complement = chunk_of(token, frozenset({"relcl", "appos"}))
        if named_apposition(token.head) is not None and token.i == named_apposition(token.head).i:
            # "the German chancellor, Angela Merkel": the name is what the description describes.
            subject, complement = complement, subject
        clauses.append(_be_clause(token, "apposition", subject, complement))
    return clauses


def _is_address(appos: Token) -> bool:
    """True for "Salt Lake City , Utah": a place in a place, not a description of it
    (``kg.extract.nominal`` states it)."""
    from kg.extract.nominal import address_parts

    return appos.left_edge.i > 0 and address_parts(appos.doc[appos.left_edge.i - 1]) is not None


def _set_off(appos: Token) -> bool:
    """True when punctuation separates the apposition from its noun ("Merkel, the chancellor").

    Without it the "apposition" is usually a misparse of a headline or a list.
    """
    doc = appos.doc
    lo, hi = sorted((appos.head.i, appos.left_edge.i))
    return any(doc[i].is_punct for i in range(lo + 1, hi + 1)) or (
        appos.i > 0 and doc[appos.left_edge.i - 1].is_punct)


def find_titles(sent: Span) -> list[Clause]:
    """One "name is title" clause per person name preceded by a title ("Secretary Blinken")."""
    clauses = []
    doc = sent.doc
    for token in sent:
        label = token.ent_type_
        if label not in TITLED_LABELS:
            continue
        if token.head.ent_type_ == label and token.head.i != token.i and token.dep_ in _TITLE_DEPS:
            continue  # not the head of the name
        start = token.i
        while start > sent.start and doc[start - 1].ent_type_ == label and doc[start].ent_iob_ == "I":
            start -= 1
        title = [c for c in token.lefts if c.dep_ in _TITLE_DEPS and c.i < start and c.ent_type_ != label]
        if not title:
            continue
        first = min(c.left_edge.i for c in title)
        indices = [i for i in range(first, start) if doc[i].dep_ not in TITLE_SKIPS]
        indices = list(trim(doc, indices, indices[-1])) if indices else []
        if not indices or not any(doc[i].pos_ in ("NOUN", "PROPN") for i in indices):
            continue
        if len(indices) == 1 and doc[indices[0]].lower_.rstrip(".") in HONORIFICS:
            continue
        name = Chunk(tuple(range(start, token.i + 1)), token.i)
        title_head = max(title, key=lambda c: c.i)
        clauses.append(_be_clause(title_head, "title", name, Chunk(tuple(indices), title_head.i)))
    return clauses


def _be_clause(anchor: Token, kind: str, subject: Chunk, complement: Chunk) -> Clause:
    return Clause(verb=anchor.i, kind=kind, subject=subject, predicate=[], lemma="be",
                  arguments=[Argument("complement", complement)], inserted="is")
