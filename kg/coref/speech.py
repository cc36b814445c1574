"""Quotations and their speakers, for pronouns inside reported speech.

A "he" or "she" inside a quotation is seldom its speaker, who would say "I"
('"He counts," Wrona said': not Wrona). Who the speaker is comes from the attribution
beside the quotation ('"...," she said', 'Ellery said: "..."') or, for a quotation that
continues a report, from the sentence before ('Ellery said he had watched Benali play.
"He is quick"').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.coref.clauses import SUBJECTS
from kg.extract.attribution import is_speech_verb

__all__ = ["is_reported", "quotation_at", "quotation_speaker"]

_QUOTES = frozenset({"“", "”", '"'})
# verbs that attribute a question rather than a statement ('"Well?" he asked')
_QUESTION_VERBS = frozenset({"ask", "wonder", "demand", "inquire", "enquire"})


def quotation_at(doc: Doc, token: Token) -> tuple[int, int] | None:
    """The token span (start, end) of the quotation around a token, marks excluded, or None
    outside one; a quotation ends at its closing mark or at the end of the paragraph."""
    start = token.i
    while start > 0 and doc[start - 1].text not in _QUOTES and "\n" not in doc[start - 1].text:
        start -= 1
    if start == 0 or doc[start - 1].text not in _QUOTES:
        return None
    end = token.i + 1
    while end < len(doc) and doc[end].text not in _QUOTES and "\n" not in doc[end].text:
        end += 1
    return start, end


def quotation_speaker(doc: Doc, span: tuple[int, int], quoted: frozenset[int]) -> Token | None:
    """The subject of the speech verb that attributes a quotation, or None when unknown.

    Looked for after the quotation in the sentence that closes it ('"...," Rosa said'),
    before it in the sentence that opens it ('Rosa said: "..."'), then in the sentence before
    the quotation ('Ellery said he had watched Benali. "He is quick"'), whose own
    attribution counts too ('"...," she said. "She was sitting on my shoulder"').
    """
    start, end = span
    after = doc[end].sent if end < len(doc) else None
    sentences = [(after, end, after.end) if after is not None else None,
                 (doc[start].sent, doc[start].sent.start, start)]
    opening = doc[start].sent
    if opening.start > 0 and "\n" not in doc[opening.start - 1].text:
        previous = doc[opening.start - 1].sent
        sentences.append((previous, previous.start, previous.end))
    for entry in sentences:
        if entry is None:
            continue
        _, first, last = entry
        speaker = _attributed_subject(doc, first, last, quoted)
        if speaker is not None:
            return speaker
    return None


def is_reported(token: Token) -> bool:
    """Whether a token lies in the reported content of a speech verb ("Ellery said [he had
    watched Benali play]")."""
    node, steps = token, 0
    while node.head.i != node.i and steps < 30:
        if node.dep_ == "ccomp" and is_speech_verb(node.head):
            return True
        node, steps = node.head, steps + 1
    return False


def _attributed_subject(doc: Doc, first: int, last: int, quoted: frozenset[int]) -> Token | None:
    """The subject, outside quotations, of the first speech verb in tokens [first, last)."""
    for token in doc[first:last]:
        if token.i in quoted or not (is_speech_verb(token) or token.lemma_.lower() in _QUESTION_VERBS):
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECTS and c.i not in quoted), None)
        if subject is not None:
            return subject
    return None
