"""Drafts of facts as token indices: what the construction modules produce.

A ``Clause`` draft names tokens of the parsed Doc; ``kg.extract.records`` turns it into an
``Extraction`` record (character offsets, text) at the very end, so the construction modules
never deal with offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.phrases import Chunk

__all__ = ["Argument", "Clause"]


@dataclass
class Argument:
    """One argument slot under construction: role, the chunk, and the preposition's index."""

    role: str
    chunk: Chunk
    prep: int | None = None


@dataclass
class Clause:
    """A clause as token indices, before it becomes an ``Extraction``."""

    verb: int
    kind: str
    subject: Chunk
    predicate: list[int]
    lemma: str
    arguments: list[Argument] = field(default_factory=list)
    negated: bool = False
    modality: str | None = None
    inherited: bool = False
    speaker: Chunk | None = None
    split: bool = False  # produced by splitting a coordination
    inserted: str | None = None  # predicate words not in the sentence ("is", "has")
    restated: bool = False  # another fact of the sentence says the same words more surely
