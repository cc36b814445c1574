"""Clause structure a pronoun rule needs: the subjects above a token and its own verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["SUBJECTS", "clause_subjects", "clause_verb", "is_main_clause_subject",
           "previous_sentence"]

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def clause_subjects(token: Token):
    """The subjects of the clauses above a token, innermost first.

    A small clause counts ("hold Beijing accountable for its"), and the subject of an
    infinitive is its controller ("ordered X to end its"). ``None`` stands for a clause
    whose subject is, or contains, the token itself, or comes after it.
    """
    node, steps = token.head, 0
    while steps < 30:
        subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if subject is None and node.dep_ == "xcomp":
            governor = node.head
            subject = next((c for c in governor.children if c.dep_ == "dobj"), None) or \
                next((c for c in governor.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl":
            yield node.head  # "Rui Costa, who ...": the clause is about Rui Costa
        elif subject is not None:
            inside = subject.left_edge.i <= token.i <= subject.right_edge.i
            yield None if inside or subject.i > token.i else subject
        if node.head.i == node.i:
            return
        node, steps = node.head, steps + 1


def clause_verb(token: Token) -> Token | None:
    """The nearest verb (or the root) above a token, the token's own clause."""
    current = token if token.pos_ in {"VERB", "AUX"} and token.dep_ != "aux" else token.head
    steps = 0
    while current.pos_ not in {"VERB", "AUX"} and current.dep_ != "ROOT" and steps < 20:
        current, steps = current.head, steps + 1
    return current


def is_main_clause_subject(token: Token) -> bool:
    """Whether a token is the subject of its sentence's root verb or of a verb joined to it
    by "and" ("Leila took down two cups, and Nadia understood ...")."""
    if token.dep_ not in SUBJECTS:
        return False
    verb, steps = token.head, 0
    while verb.dep_ == "conj" and steps < 10:
        verb, steps = verb.head, steps + 1
    return verb.dep_ == "ROOT"


def previous_sentence(token: Token) -> tuple[Span, int] | None:
    """The sentence before a token's, skipping ones with no word (a closing quotation mark
    the parser split off: '"... He's off today."' then '"I liked him."'), and how many
    sentences back it is; None at the start of the document."""
    doc, start, back = token.doc, token.sent.start, 0
    while start > 0:
        previous, back = doc[start - 1].sent, back + 1
        if any(t.is_alpha for t in previous):
            return previous, back
        start = previous.start
    return None
