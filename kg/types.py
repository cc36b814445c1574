"""The records that flow between kg's stages.

Everything here is a frozen dataclass of plain values (strings, ints, tuples), never a spaCy
object, so that records pickle across processes and Dask workers, and serialise to JSON for the
persistent store. Offsets are character offsets into ``Document.text``.

The flow is::

    Document --analyze--> DocumentAnalysis --resolve--> Resolution --rdf--> rdflib.Graph

``DocumentAnalysis`` is what a worker computes from one document alone (sentences, mentions,
extractions, within-document coreference); ``Resolution`` is what the client computes from all
analyses together (canonical entities, which mention is which entity).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any, TypeVar

__all__ = [
    "Document",
    "Sentence",
    "Phrase",
    "Argument",
    "Predicate",
    "Extraction",
    "Mention",
    "CorefLink",
    "DocumentAnalysis",
    "Entity",
    "MergeRecord",
    "Resolution",
    "to_dict",
    "from_dict",
]


@dataclass(frozen=True)
class Document:
    """One input document after reading and cleaning.

    ``id`` is stable across runs (a path relative to the input root, or the JSONL ``id``);
    ``text`` is the cleaned text with paragraphs separated by a blank line; ``content_hash``
    is the SHA-256 of ``text`` and decides whether an incremental build must redo it.
    """

    id: str
    text: str
    source: str
    content_hash: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when the document carries one
    url: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: its index, offsets and text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Phrase:
    """A run of words in a sentence.

    ``text`` is the surface words joined by single spaces (CaRB compares tokens);
    ``start``/``end`` span the phrase in the document (or sentence, for ``kg extract``);
    ``head_start``/``head_end`` span its syntactic head, which is what entity linking uses.
    ``tokens`` holds the token indices (within the parsed Doc) the phrase is made of, in
    order; a phrase may skip tokens (a relative clause cut out of a noun phrase).
    ``core`` is the noun phrase's core — its head with the compounds and adjectives before
    it, without determiners, possessors or trailing modifiers ("the initial public offering
    of shares" -> "initial public offering") — which names a concept; None when the phrase
    is not headed by a noun.
    """

    text: str
    start: int
    end: int
    head_start: int
    head_end: int
    tokens: tuple[int, ...] = ()
    core: Phrase | None = None


@dataclass(frozen=True)
class Argument:
    """One argument of an extraction, with its role.

    ``role`` is ``"object"``, ``"indirect_object"``, ``"complement"``, ``"time"``,
    ``"place"``, ``"agent"``, ``"purpose"`` (an infinitive saying what the act was for) or
    ``"prep:<preposition>"`` (``"prep:with"``) for the other
    prepositional arguments. ``literal`` is ``"date"``, ``"number"``, ``"money"``,
    ``"percent"`` or ``None`` when the argument is a value rather than a thing.
    ``clause`` is True when the argument is a clause (its head is a verb: "that the talks
    would resume", "to return to the talks", "lifting the embargo"), which is a fact of its
    own rather than a thing. ``nouns`` are the cores of the other noun phrases inside the
    argument ("lifting the arms embargo" -> "arms embargo"), so a query can reach them.
    """

    role: str
    phrase: Phrase
    literal: str | None = None
    clause: bool = False
    nouns: tuple[Phrase, ...] = ()


@dataclass(frozen=True)
class Predicate:
    """The relation of an extraction.

    ``text`` is the surface words as CaRB expects them ("had a phone call with", "is");
    ``lemma`` is the normalised relation used for the graph property ("call", "meet",
    "be_chancellor_of" never: copulas and light verbs map to their content noun/verb);
    ``negated`` and ``modality`` ("will", "may", "must", "could", ...) keep
    "will not tolerate" from ever reading as "tolerate".
    """

    text: str
    lemma: str
    start: int
    end: int
    negated: bool = False
    modality: str | None = None
    tokens: tuple[int, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """One n-ary fact read from one sentence.

    ``arguments`` come in sentence order, the direct object (if any) first among them.
    ``kind`` names the construction that produced it ("verb", "passive", "copula",
    "apposition", "relative", "light_verb", "control", "possessive", "attribution", ...).
    ``speaker`` is set when the fact is reported speech ("X said that ..."), and
    ``confidence`` is a real score in [0, 1] that ranks extractions.
    """

    subject: Phrase
    predicate: Predicate
    arguments: tuple[Argument, ...]
    confidence: float
    kind: str
    sentence: int = 0
    speaker: Phrase | None = None


@dataclass(frozen=True)
class Mention:
    """A mention of a thing in a document: a name, a pronoun or a definite description.

    ``kind`` is ``"name"``, ``"pronoun"`` or ``"description"``. ``label`` is the spaCy
    NER label for names (PERSON, GPE, ORG, NORP, ...). ``name`` is the mention with titles,
    honorifics and possessive endings stripped ("Secretary Blinken's" -> "Blinken");
    ``title`` holds a stripped title ("Secretary of State"); ``features`` carries what
    coreference and typing need (number, gender, head lemma, dependency, ...).
    """

    start: int
    end: int
    text: str
    kind: str
    sentence: int
    label: str = ""
    name: str = ""
    title: str | None = None
    features: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CorefLink:
    """Within-document coreference: the mention at ``mention`` refers to ``antecedent``.

    Both are indices into ``DocumentAnalysis.mentions``; ``reason`` says why
    ("pronoun:agreement+recency", "description:title", ...).
    """

    mention: int
    antecedent: int
    reason: str


@dataclass(frozen=True)
class DocumentAnalysis:
    """Everything a worker learns from one document alone."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    extractions: tuple[Extraction, ...]
    coref: tuple[CorefLink, ...] = ()
    problems: tuple[Problem, ...] = ()  # sentences (or the whole document) left out


@dataclass(frozen=True)
class Problem:
    """One item analysis skipped (see ``kg.problems``): the document id, the sentence index
    (``None``: the whole document), the stage that raised and the error in one line."""

    document: str
    sentence: int | None
    stage: str
    error: str


@dataclass(frozen=True)
class MergeRecord:
    """Why a surface form joined an entity (alias table, surname rule, coreference, ...).

    ``offset`` is the character offset of a coreference link's pronoun or description in its
    document (None for names), so one link can be named and undone."""

    surface: str
    reason: str
    document: str = ""
    offset: int | None = None

    def sort_key(self) -> tuple[str, str, str, int]:
        """Report order: document, reason, surface, then offset."""
        return self.document, self.reason, self.surface, -1 if self.offset is None else self.offset


@dataclass(frozen=True)
class Entity:
    """A canonical real-world thing.

    ``key`` is stable across runs and corpora and becomes the IRI's local part
    (e.g. ``"person/antony-blinken"``); ``type`` is an ontology class local name
    (Person, Organization, Country, Place, Group, Event, ...).
    """

    key: str
    label: str
    type: str
    alt_labels: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()  # keys of countries/organisations (from demonyms)
    mention_count: int = 0
    merges: tuple[MergeRecord, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """The client's verdict over all documents.

    ``mention_entities`` maps ``(document id, mention start, mention end)`` to an entity
    key, for names, and for pronouns and descriptions resolved by coreference.
    """

    entities: tuple[Entity, ...]
    mention_entities: dict[tuple[str, int, int], str] = field(default_factory=dict)

    def entity_at(self, document_id: str, start: int, end: int) -> str | None:
        """The entity key of the mention spanning exactly ``start:end``, if any."""
        return self.mention_entities.get((document_id, start, end))


T = TypeVar("T")


def to_dict(record: Any) -> Any:
    """A JSON-ready form of a record (nested dataclasses become dicts, tuples lists)."""
    if dataclasses.is_dataclass(record):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (tuple, list)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return [[list(k) if isinstance(k, tuple) else k, to_dict(v)] for k, v in record.items()]
    return record


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a record of class ``cls`` from ``to_dict`` output."""
    hints = _type_hints(cls)
    values = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            values[f.name] = _revive(hints[f.name], data[f.name])
    return cls(**values)


@functools.lru_cache(maxsize=None)
def _type_hints(cls: type) -> dict[str, Any]:
    # Resolving the string annotations costs milliseconds a record; they never change.
    import typing

    return typing.get_type_hints(cls)


def _revive(hint: Any, value: Any) -> Any:
    import typing

    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or str(origin) == "<class 'types.UnionType'>" or origin is type(int | None):
        inner = [a for a in args if a is not type(None)]
        return _revive(inner[0], value) if inner else value
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_revive(args[0], v) for v in value)
        return tuple(_revive(a, v) for a, v in zip(args, value))
    if origin is dict:
        key_hint, value_hint = args
        return {_revive(key_hint, k): _revive(value_hint, v) for k, v in value}
    return value
