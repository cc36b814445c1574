"""Turn ``Clause`` drafts (token indices) into ``Extraction`` records (character offsets)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.drafts import Clause
from kg.extract.confidence import score_clause
from kg.extract.phrases import literal_of, make_phrase
from kg.types import Argument, Extraction, Predicate

__all__ = ["make_extraction"]


def make_extraction(doc: Doc, clause: Clause, sentence: int, sentence_length: int) -> Extraction:
    """The ``Extraction`` record of a clause of sentence number ``sentence``."""
    return Extraction(
        subject=make_phrase(doc, clause.subject),
        predicate=_predicate(doc, clause),
        arguments=tuple(
            Argument(a.role, make_phrase(doc, a.chunk), _literal(doc, a.role, a.chunk.head))
            for a in clause.arguments
        ),
        confidence=score_clause(doc, clause, sentence_length),
        kind=clause.kind,
        sentence=sentence,
        speaker=make_phrase(doc, clause.speaker) if clause.speaker is not None else None,
    )


def _literal(doc: Doc, role: str, head: int) -> str | None:
    if role in ("complement",) and doc[head].pos_ in ("VERB", "AUX"):
        return None
    return literal_of(doc[head])


def _predicate(doc: Doc, clause: Clause) -> Predicate:
    if not clause.predicate:
        # An inserted "is"/"has": it sits where the complement starts.
        anchor = doc[clause.arguments[0].chunk.tokens[0]] if clause.arguments else doc[clause.verb]
        return Predicate(text=clause.inserted or "is", lemma=clause.lemma, start=anchor.idx,
                         end=anchor.idx, negated=clause.negated, modality=clause.modality)
    first, last = doc[clause.predicate[0]], doc[clause.predicate[-1]]
    words = [doc[i].text for i in clause.predicate]
    return Predicate(
        text=" ".join([clause.inserted, *words] if clause.inserted else words),
        lemma=clause.lemma,
        start=first.idx,
        end=last.idx + len(last.text),
        negated=clause.negated,
        modality=clause.modality,
        tokens=tuple(clause.predicate),
    )
