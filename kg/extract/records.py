"""Turn ``Clause`` drafts (token indices) into ``Extraction`` records (character offsets)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.drafts import Clause
from kg.extract.confidence import score_clause
from kg.extract.drafts import Argument as ArgumentDraft
from kg.extract.phrases import core_of, inner_nouns, literal_of, make_phrase
from kg.types import Argument, Extraction, Predicate

__all__ = ["make_extraction"]

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "csubj", "parataxis"})


def make_extraction(doc: Doc, clause: Clause, sentence: int, sentence_length: int,
                    phrases: dict | None = None) -> Extraction:
    """The ``Extraction`` record of a clause of sentence number ``sentence``.

    ``phrases`` keeps the ``Phrase`` records made so far for the sentence (they are
    immutable, so facts that share a chunk can share its record).
    """
    phrases = {} if phrases is None else phrases
    return Extraction(
        subject=_phrase(doc, clause.subject, phrases),
        predicate=_predicate(doc, clause),
        arguments=tuple(_argument(doc, a, phrases) for a in clause.arguments),
        confidence=score_clause(doc, clause, sentence_length),
        kind=clause.kind,
        sentence=sentence,
        speaker=_phrase(doc, clause.speaker, phrases) if clause.speaker is not None else None,
    )


def _phrase(doc: Doc, chunk, phrases: dict, with_core: bool = True):
    """``make_phrase``, made once per chunk."""
    key = (chunk, with_core)
    phrase = phrases.get(key)
    if phrase is None:
        phrase = phrases[key] = make_phrase(doc, chunk, with_core)
    return phrase


def _argument(doc: Doc, draft: ArgumentDraft, phrases: dict) -> Argument:
    """The ``Argument`` record of a draft; a clause (headed by a verb) is marked as one, and a
    clause without a subject of its own ("lifting the embargo", "to return to the talks")
    lists the noun phrases inside it, which are what it is about."""
    head = doc[draft.chunk.head]
    # a verb, or what the parser put in a clause's slot ("held Beijing accountable")
    clause = head.pos_ in ("VERB", "AUX") or head.dep_ in _CLAUSE_DEPS
    finite = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
    nouns = inner_nouns(doc, draft.chunk) if clause and not finite else []
    if clause and finite:  # "for the embargo to be lifted": the clause is about the embargo
        nouns = _clause_subject(doc, draft.chunk)
    return Argument(draft.role, _phrase(doc, draft.chunk, phrases), _literal(doc, draft.role, draft.chunk.head),
                    clause=clause, nouns=tuple(_phrase(doc, n, phrases, with_core=False) for n in nouns))


def _clause_subject(doc: Doc, chunk) -> list:
    """The core of a finite clause's subject, when it is a noun inside the clause."""
    head = doc[chunk.head]
    if doc[chunk.tokens[0]].tag_ in ("WP", "WDT"):
        return []  # "what Yang called heinous actions": a free relative, not about Yang
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    core = core_of(subject) if subject is not None else None
    return [core] if core is not None and set(core.tokens) <= set(chunk.tokens) else []


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
