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
from kg.coref.dialogue import Dialogue
from kg.coref.groups import Group
from kg.coref.unnamed import may_mean, named_by_apposition
from kg.extract.attribution import is_speech_verb
from kg.resolve.names import feature, honorific_gender
from kg.types import Mention

__all__ = ["bare_honorific", "is_reported", "quotation_at", "quotation_speaker", "quoted_other"]

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
        if token.i in quoted or not (is_speech_verb(token) or
                                     token.lemma_.lower() in _QUESTION_VERBS):
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECTS and c.i not in quoted),
                       None)
        if subject is not None:
            return subject
    return None


def quoted_other(doc: Doc, mentions: list[Mention], index: int, group_of: dict[int, int],
                 groups: list[Group], quoted: frozenset[int], reach: int,
                 dialogue: Dialogue | None = None) -> tuple[int, str] | None:
    """A he or she in a quotation with no name of the quotation to mean: the one person of
    its gender named in the sentences before who is neither the quotation's speaker ('Ellery
    said he had watched Benali play. "He is quick"': Benali) nor the one it is spoken to
    (who is "you"), when the speaker is known; ``reach`` is how many sentences before the
    previous one may still name that person. ``dialogue`` knows whom a turn addresses."""
    pronoun = mentions[index]
    gender = feature(pronoun, "gender")
    token = doc[int(feature(pronoun, "head"))]
    span = quotation_at(doc, token)
    if gender not in {"m", "f"} or span is None:
        return None
    speaker = _speaker_group(doc, mentions, index, group_of, quotation_speaker(doc, span, quoted))
    if speaker is None:
        return None
    addressee = dialogue.addressee(dialogue.paragraph_of(token)) if dialogue is not None else None
    for back in (1, 1 + reach):
        others = _people_before(doc, mentions, index, group_of, groups, back, span)
        if others is None:
            return None
        others = {g: i for g, i in others.items() if g not in {speaker, addressee}}
        if back == 1:
            # near, a person the speaker was just reported talking about ('Ellery said he
            # had watched Benali play. "He is quick"'); else the one person further back
            others = {g: i for g, i in others.items() if
                      is_reported(doc[int(feature(mentions[i], "head"))])}
        if others:
            break
    if len(others) != 1:
        return None
    group, latest = next(iter(others.items()))
    return (latest, "pronoun:quoted-other") if groups[group].gender == gender else None


def _people_before(doc: Doc, mentions: list[Mention], index: int, group_of: dict[int, int],
                   groups: list[Group], reach: int, span: tuple[int, int]) -> dict[int, int] | None:
    """The groups of people named outside the quotation ``span`` in the ``reach`` sentences
    before a pronoun (and its own), who may be of its gender, each with its latest mention;
    None when an unnamed person there may be what it means ("her sister")."""
    pronoun = mentions[index]
    gender = feature(pronoun, "gender")
    token = doc[int(feature(pronoun, "head"))]
    found: dict[int, int] = {}
    named_heads = {int(feature(mentions[i], "head")) for i in group_of}
    for i in range(index - 1, -1, -1):
        mention = mentions[i]
        if mention.sentence < pronoun.sentence - reach:
            break
        head = doc[int(feature(mention, "head"))]
        if mention.kind == "description" and i not in group_of and may_mean(head, token) and \
                not named_by_apposition(head, named_heads):
            return None
        if i in group_of and groups[group_of[i]].cls == "person" and mention.kind == "name" and \
                not bare_honorific(mention) and not span[0] <= head.i < span[1] and \
                groups[group_of[i]].gender in {"", gender}:
            found.setdefault(group_of[i], i)
    return found


def _speaker_group(doc: Doc, mentions: list[Mention], index: int, group_of: dict[int, int],
                   speaker: Token | None) -> int | None:
    """The group of a quotation's speaker, -1 for a speaker of the other gender ('"She
    listens to me now," he said'), None when unknown."""
    if speaker is None:
        return None
    if speaker.tag_ == "PRP" and speaker.lower_ in {"he", "she"} and \
            speaker.lower_ != ("he" if feature(mentions[index], "gender") == "m" else "she"):
        return -1
    return next((group_of[i] for i in range(len(mentions)) if i in group_of and
                 int(feature(mentions[i], "head")) == speaker.i), None)


def bare_honorific(mention: Mention) -> bool:
    """Whether a name is only an honorific, a form of address naming nobody in particular
    ('"It was open, Miss," Daniel said')."""
    return honorific_gender(mention.name.strip(".")) is not None
