"""Turns of a dialogue: who speaks each quoted paragraph and to whom.

Fiction attributes a turn once and then lets the speakers alternate ('"You're not the one
from yesterday," he said to Owusu.' / '"No, that was Dr Brennan."' / '"I liked him."' /
'"I'll try not to poke," she said'): an unattributed turn is spoken by whoever the turn
before addressed, to its speaker, and a reply is addressed to the previous turn's speaker.
A turn addressed to no one known ends the chain; so does a paragraph with no quotation.
Two further facts of reported speech: a speaker does not name themself in their own words
('"Off Daniel's head," he said': not Daniel), and the one a quotation addresses is "you",
not "he" or "she" in it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.coref.clauses import SUBJECTS
from kg.coref.groups import Group
from kg.extract.attribution import is_speech_verb
from kg.resolve.names import feature
from kg.types import Mention

__all__ = ["Dialogue"]

# verbs that attribute a question rather than a statement ('"Well?" he asked')
_QUESTION_VERBS = frozenset({"ask", "wonder", "demand", "inquire", "enquire"})
# verbs whose object is the one spoken to ("she told Leila", "he asked Rao")
_ADDRESS_VERBS = frozenset({"tell", "ask", "answer", "thank", "warn", "remind", "assure",
                            "greet", "address", "interrupt", "reassure", "beg", "urge"})
_OPENING_MARKS = frozenset({'"', "“"})
# how many turns back an alternation is followed
_DEPTH = 6


class Dialogue:
    """The quoted turns of one document, read against the links of a coreference walk.

    ``group_of`` is the walk's own map of mentions to groups, read as it grows.
    """

    def __init__(self, doc: Doc, mentions: list[Mention], group_of: dict[int, int],
                 groups: list[Group], quoted: frozenset[int]):
        self.doc, self.mentions, self.quoted = doc, mentions, quoted
        self.group_of, self.groups = group_of, groups
        self._at_head = {int(feature(m, "head")): i for i, m in enumerate(mentions)}
        self._starts = [0] + [t.i + 1 for t in doc if "\n" in t.text]

    def group_at(self, token: Token) -> int | None:
        """The group of the person mention a token heads, or None."""
        index = self._at_head.get(token.i)
        if index is None:
            return None
        group = self.group_of.get(index)
        return group if group is not None and self.groups[group].cls == "person" else None

    def turn_link(self, index: int) -> tuple[int, str] | None:
        """A he or she attributing a turn ('"...," she said') that the alternation gives to
        a person of its gender: that person's latest name mention before it."""
        pronoun = self.mentions[index]
        gender = feature(pronoun, "gender")
        token = self.doc[int(feature(pronoun, "head"))]
        if gender not in {"m", "f"}:
            return None
        group = self.expected_speaker(token)
        if group is None or self.groups[group].gender != gender:
            return None
        before = [i for i in range(index) if self.group_of.get(i) == group and
                  self.mentions[i].kind == "name"]
        return (before[-1], "pronoun:turn") if before else None

    def attribution(self, paragraph: int) -> Token | None:
        """The subject, outside quotations, of the speech verb that attributes a quoted
        paragraph's turn, or None for an unattributed turn (or no turn)."""
        start, end = self._span(paragraph)
        if not any(i in self.quoted for i in range(start, end)):
            return None
        for token in self.doc[start:end]:
            if token.dep_ in SUBJECTS and token.i not in self.quoted and \
                    _attributes(token.head) and _has_quotation(token.head.sent, self.quoted):
                return token
        return None

    def speaker(self, paragraph: int, depth: int = _DEPTH) -> int | None:
        """The group that speaks a paragraph's turn, None when unknown."""
        if not self._is_turn(paragraph):
            return None
        subject = self.attribution(paragraph)
        if subject is not None:
            return self.group_at(subject)
        if depth == 0 or not self._is_turn(paragraph - 1):
            return None
        return self.addressee(paragraph - 1, depth - 1)

    def addressee(self, paragraph: int, depth: int = _DEPTH) -> int | None:
        """The group a paragraph's turn is spoken to, None when unknown."""
        speaker = self.speaker(paragraph, depth)
        if speaker is None:
            return None
        named = self._addressed_by_name(paragraph, speaker)
        if named is not None:
            return named
        if depth == 0 or not self._is_turn(paragraph - 1):
            return None
        previous = self.speaker(paragraph - 1, depth - 1)
        return previous if previous != speaker else None

    def expected_speaker(self, token: Token) -> int | None:
        """For a he or she attributing its paragraph's turn ('"...," she said'), the group
        the alternation says speaks: whoever the previous turn addressed."""
        paragraph = self.paragraph_of(token)
        attribution = self.attribution(paragraph)
        if attribution is None or attribution.i != token.i or not self._is_turn(paragraph - 1):
            return None
        return self.addressee(paragraph - 1)

    def named_in_own_words(self, token: Token) -> set[int]:
        """The groups named inside the quotation a speech verb's subject attributes ('"Off
        Daniel's head," he said': Daniel), whom the speaker is not; a name the speaker is
        said to be ("I am Daniel") does not count."""
        verb = token.head
        if token.dep_ not in SUBJECTS or token.i in self.quoted or not _attributes(verb):
            return set()
        found = set()
        for inside in (t for t in verb.sent if t.i in self.quoted and t.i in self._at_head):
            group = self.group_at(inside)
            if group is not None and inside.dep_ not in {"attr", "appos"}:
                found.add(group)
        return found

    def paragraph_of(self, token: Token) -> int:
        """The index of a token's paragraph."""
        low, high = 0, len(self._starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self._starts[middle] <= token.i:
                low = middle
            else:
                high = middle - 1
        return low

    def _span(self, paragraph: int) -> tuple[int, int]:
        end = self._starts[paragraph + 1] if paragraph + 1 < len(self._starts) else len(self.doc)
        return self._starts[paragraph], end

    def _is_turn(self, paragraph: int) -> bool:
        if paragraph < 0 or paragraph >= len(self._starts):
            return False
        start, end = self._span(paragraph)
        return any(i in self.quoted for i in range(start, end))

    def _addressed_by_name(self, paragraph: int, speaker: int) -> int | None:
        """The person a turn's speaker is said to speak to, in the turn's paragraph or the
        sentence before its first quotation ("Then she turned to Leila.", "he said to
        Owusu", "she asked Rao")."""
        start, end = self._span(paragraph)
        tokens = list(self.doc[start:end])
        before = start - 1
        while before >= 0 and self.doc[before].is_space:
            before -= 1
        if self.doc[start].text in _OPENING_MARKS and before >= 0:
            tokens += list(self.doc[before].sent)  # the sentence before the paragraph
        for token in tokens:
            if token.i in self.quoted or token.i not in self._at_head:
                continue
            verb = _addressing_verb(token)
            subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None) \
                if verb is not None else None
            group = self.group_at(token)
            if subject is not None and self.group_at(subject) == speaker and \
                    group is not None and group != speaker:
                return group
        return None


def _attributes(verb: Token) -> bool:
    return is_speech_verb(verb) or verb.lemma_.lower() in _QUESTION_VERBS


def _has_quotation(sentence, quoted: frozenset[int]) -> bool:
    return any(t.i in quoted for t in sentence)


def _addressing_verb(token: Token) -> Token | None:
    """The main-clause verb a token is the addressee of: "to" someone ("turned to Leila",
    "said to Owusu") or the object of a verb of address ("she asked Rao"); not a verb of
    reported content, another occasion ("said he had told her to stay patient")."""
    verb = None
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.pos_ == "VERB":
        verb = token.head.head
    elif token.dep_ in {"dobj", "dative"} and token.head.lemma_.lower() in _ADDRESS_VERBS:
        verb = token.head
    return verb if verb is not None and _main_clause(verb) else None


def _main_clause(verb: Token) -> bool:
    """Whether a verb is its sentence's root, or joined to it by "and"."""
    steps = 0
    while verb.dep_ == "conj" and steps < 10:
        verb, steps = verb.head, steps + 1
    return verb.dep_ == "ROOT"
