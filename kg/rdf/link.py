"""Linking an argument phrase to what it names: an entity, a concept or a typed literal.

A phrase whose head falls inside a mention the resolver knows is that entity; a phrase the
extractor marked as a value is a literal (``xsd:date`` for a full calendar date,
``xsd:decimal`` for a number, with its unit kept apart); anything else is a concept, labelled
by the phrase without its leading determiners.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import XSD, Literal, URIRef

from kg.rdf.iris import concept_iri, entity_iri
from kg.rdf.literals import clean_text, date_literal, parse_amount, parse_date
from kg.types import Phrase, Resolution, Sentence

__all__ = ["Link", "MentionIndex", "index_mentions", "link_phrase", "concept_label", "is_pronoun"]

# Closed-class English words that never belong in a concept's name.
LEADING_WORDS = frozenset(
    "the a an this that these those his her its their our my your whose".split()
)
# English pronouns and pronoun-like words: when coreference leaves one unresolved it names
# nothing the graph knows, so it never becomes a concept.
PRONOUNS = frozenset(
    """i me my mine myself we us our ours ourselves you your yours yourself yourselves he him
    his himself she her hers herself it its itself they them their theirs themselves one
    this that these those who whom whose which what whoever whatever someone somebody
    something anyone anybody anything everyone everybody everything nobody nothing none
    some many most all both each either neither another others""".split()
)
_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{},;:.!?"


@dataclass(frozen=True)
class Link:
    """What a phrase stands for in the graph.

    ``kind`` is ``"entity"``, ``"concept"`` or ``"literal"``; ``term`` the IRI or literal;
    ``label`` the concept's label; ``unit`` the unit written beside a number.
    """

    kind: str
    term: URIRef | Literal
    label: str | None = None
    unit: str | None = None


class MentionIndex:
    """The resolved mentions of one document, to find the one around a phrase's head."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _, _ in self._spans]
        # No mention starting further back than this can reach a given offset.
        self._longest = max((end - start for start, end, _ in self._spans), default=0)

    def entity_at(self, start: int, end: int) -> str | None:
        """The key of the smallest resolved mention containing ``start:end``, if any."""
        best: tuple[int, str] | None = None
        for index in range(bisect.bisect_right(self._starts, start) - 1, -1, -1):
            span_start, span_end, key = self._spans[index]
            if start - span_start > self._longest:
                break  # a bounded look back, not a scan of every earlier mention
            if span_end >= end and span_start <= start:
                if best is None or span_end - span_start < best[0]:
                    best = (span_end - span_start, key)
            if best is not None and start - span_start > best[0]:
                break  # every earlier mention that still contains the head is longer
        return best[1] if best else None

    def entities_within(self, start: int, end: int) -> list[str]:
        """The keys of the resolved mentions lying inside ``start:end``, in text order, once each."""
        keys: list[str] = []
        # walk from the first mention at ``start`` (a slice would copy the rest of the
        # document's mentions on every call: quadratic on long documents)
        for index in range(bisect.bisect_left(self._starts, start), len(self._spans)):
            span_start, span_end, key = self._spans[index]
            if span_start >= end:
                break
            if span_end <= end and key not in keys:
                keys.append(key)
        return keys


def index_mentions(resolution: Resolution) -> dict[str, MentionIndex]:
    """One ``MentionIndex`` per document id, from the resolver's mention table."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (document_id, start, end), key in resolution.mention_entities.items():
        spans[document_id].append((start, end, key))
    return {document_id: MentionIndex(items) for document_id, items in spans.items()}


def link_phrase(
    phrase: Phrase,
    mentions: MentionIndex | None,
    sentence: Sentence | None = None,
    literal: str | None = None,
    allow_literal: bool = True,
) -> Link:
    """Link ``phrase`` to an entity, a typed literal or a concept, in that order of preference.

    Args:
        phrase: the argument (or subject) words with their document offsets.
        mentions: the document's resolved mentions, or None when it has none.
        sentence: the sentence the phrase is in (decides whether a capital is only there
            because the phrase starts the sentence).
        literal: the extractor's value kind (``"date"``, ``"number"``, ``"money"``,
            ``"percent"``) or None.
        allow_literal: False for subjects, which RDF does not allow to be literals.

    Returns:
        A ``Link``.
    """
    key = mentions.entity_at(phrase.head_start, phrase.head_end) if mentions else None
    if key is not None:
        return Link("entity", entity_iri(key))
    if literal and allow_literal:
        return _literal_link(phrase.text, literal)
    label = concept_label(phrase, sentence)
    return Link("concept", concept_iri(label), label=label)


def is_pronoun(text: str) -> bool:
    """True when ``text`` is a lone pronoun ("it", "We", "those")."""
    words = _WORD.findall(text)
    return len(words) == 1 and words[0].strip(_EDGE_PUNCTUATION).lower() in PRONOUNS


def _literal_link(text: str, kind: str) -> Link:
    """A date, a decimal with its unit, or else the words themselves as a string."""
    if kind == "date":
        day = parse_date(text)
        if day is not None:
            return Link("literal", date_literal(day))
    else:
        amount = parse_amount(text)
        if amount is not None:
            return Link("literal", Literal(amount.value, datatype=XSD.decimal), unit=amount.unit)
    return Link("literal", Literal(clean_text(text).strip()))


def concept_label(phrase: Phrase, sentence: Sentence | None = None) -> str:
    """The label of a concept: the phrase without leading determiners, lowercased unless proper.

    A word keeps its capitals when it is an acronym or mixed case ("US", "iPhone"), or when it
    is capitalised in the middle of an ordinary sentence (a proper name). Capitals that only
    mark the start of a sentence or a title-case headline are dropped.

    >>> concept_label(Phrase("the Arms Embargo", 0, 16, 9, 16))
    'arms embargo'
    """
    words = [clean_text(w).strip(_EDGE_PUNCTUATION) for w in _WORD.findall(phrase.text)]
    words = [w for w in words if w]
    while len(words) > 1 and words[0].lower() in LEADING_WORDS:
        words.pop(0)
    starts_sentence = sentence is None or phrase.start <= sentence.start
    headline = sentence is None or _is_title_case(sentence.text)
    kept = []
    for index, word in enumerate(words):
        ordinary_capital = word[:1].isupper() and word[1:] == word[1:].lower()
        if ordinary_capital and (headline or (index == 0 and starts_sentence)):
            word = word.lower()
        kept.append(word)
    return " ".join(kept) or clean_text(phrase.text).strip() or "unnamed"


def _is_title_case(text: str) -> bool:
    """True for a headline in title case: most words of four letters or more are capitalised."""
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4 and w[0].isalpha()]
    if len(long_words) < 3:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) > 0.7
