"""Verb clauses: subject, predicate and every argument of each clause in a sentence.

A clause is headed by a verb (or a copular "be") that is not an auxiliary. Its subject is its
own ``nsubj``, or is inherited: from the first verb of a coordination ("served ... and
became"), from the controlling object or subject of an infinitive ("urged Iran to return"),
from the noun a relative clause or participle modifies. Its predicate is the verb with its
auxiliaries, negation and particle; its arguments are the objects, complements and
prepositional, temporal and locative phrases, with roles.

The result is a ``Clause`` of token indices; ``kg.extract.records`` turns it into
``Extraction`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from kg.extract import attribution, control, relative
from kg.extract.coordination import list_members, split_chunks
from kg.extract.copula import is_copula
from kg.extract.light_verb import light_object
from kg.extract.passive import is_passive
from kg.extract.phrases import Chunk, chunk_of, trim

__all__ = ["Clause", "find_clauses", "clause_heads"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
PREDICATE_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
# Dependencies under which a verb heads a clause of its own.
CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp"}
)
# Pieces of an argument's noun phrase that are facts of their own, not part of the argument.
ARGUMENT_CUTS = frozenset()
SUBJECT_CUTS = frozenset({"relcl", "appos", "acl"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TIME_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight", "now", "recently", "earlier", "later"})
_MAX_FACTS_PER_CLAUSE = 12


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


def clause_heads(sent: Span) -> list[Token]:
    """The tokens of ``sent`` that head a clause (verbs and copulas, not auxiliaries)."""
    heads = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in CLAUSE_DEPS:
            continue
        if token.dep_ == "conj" and token.head.pos_ not in ("VERB", "AUX"):
            continue
        heads.append(token)
    return heads


def find_clauses(sent: Span) -> list[Clause]:
    """Every clause of ``sent`` with its subject, predicate and arguments.

    Example:
        >>> [c.lemma for c in find_clauses(nlp("Blinken met Wang Yi in Rome.")[:])]  # doctest: +SKIP
        ['meet']
    """
    clauses: list[Clause] = []
    for verb in clause_heads(sent):
        clauses.extend(_clauses_of(verb))
    return clauses


def _clauses_of(verb: Token) -> list[Clause]:
    found = _subject_of(verb)
    if found is None:
        return []
    subject_token, kind, inherited = found
    base = _build(verb, kind)
    if base is None:
        return []
    base.inherited = inherited
    base.speaker = _speaker(verb)
    if base.speaker is None and base.kind == "verb" and attribution.is_speech_verb(verb):
        if any(c.dep_ == "ccomp" for c in verb.children):
            base.kind = "attribution"
    subjects = _subject_chunks(subject_token, verb)
    facts = []
    for index, subject in enumerate(subjects):
        for arguments, split in _object_variants(verb, base.arguments):
            facts.append(replace(base, subject=subject, arguments=arguments,
                                 split=split or len(subjects) > 1))
    return facts[:_MAX_FACTS_PER_CLAUSE]


def _subject_of(verb: Token) -> tuple[Token, str, bool] | None:
    """The subject token of the clause, the clause kind it implies, and whether inherited."""
    own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if own is not None:
        if relative.is_relative_pronoun(own):
            noun = relative.antecedent(verb)
            return (noun, "relative", True) if noun is not None else None
        return own, "verb", False
    if verb.dep_ == "conj":
        found = _subject_of(verb.head)
        return (found[0], "verb", True) if found else None
    if verb.dep_ == "xcomp":
        token, by_object = control.controller(verb)
        if by_object:
            return token, "control", True
        found = _subject_of(verb.head)
        return (found[0], "control", True) if found else None
    if verb.dep_ in ("relcl", "acl"):
        noun = relative.antecedent(verb)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        return noun, "relative", True
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VBN"):
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if governor.pos_ in ("VERB", "AUX"):
            found = _subject_of(governor)
            return (found[0], "verb", True) if found else None
    return None


def _subject_chunks(subject: Token, verb: Token) -> list[Chunk]:
    if subject.dep_ in SUBJECT_DEPS and subject.head == verb:
        return split_chunks(subject, SUBJECT_CUTS)
    return split_chunks(subject, relative.NOUN_CUTS)


def _build(verb: Token, kind: str) -> Clause | None:
    """The predicate and arguments of the clause headed by ``verb``."""
    predicate = [verb.i]
    negated, modality = False, None
    particle = ""
    for child in verb.children:
        if child.dep_ in PREDICATE_DEPS:
            predicate.append(child.i)
            if child.dep_ == "neg":
                negated = True
            elif child.dep_ == "prt":
                particle = child.lower_
            elif child.tag_ == "MD" and modality is None:
                modality = _modal(child)
    lemma = verb.lemma_.lower() + (f"_{particle}" if particle else "")
    if kind == "verb" and is_passive(verb):
        kind = "passive"
    if is_copula(verb):
        kind, lemma = ("copula", "be") if kind == "verb" else (kind, "be")
    arguments = _arguments(verb)
    light = light_object(verb)
    if light is not None:
        noun, prep = light
        kind = "light_verb" if kind == "verb" else kind
        lemma = noun.lemma_.lower()
        arguments, predicate = _absorb_light_noun(noun, prep, arguments, predicate)
    elif not any(a.role in ("object", "complement") for a in arguments):
        predicate, lemma = _absorb_first_prep(verb, arguments, predicate, lemma)
    if _is_relative_slot(verb):
        arguments = _replace_relative_pronoun(verb, arguments)
    arguments = [a for a in arguments if a.chunk.tokens]
    return Clause(verb=verb.i, kind=kind, subject=Chunk((), verb.i), predicate=sorted(predicate),
                  lemma=lemma, arguments=arguments, negated=negated, modality=modality)


def _modal(token: Token) -> str:
    lemma = token.lemma_.lower()
    return {"'ll": "will", "wo": "will", "ca": "can", "'d": "would", "sha": "shall"}.get(lemma, lemma)


def _arguments(verb: Token) -> list[Argument]:
    """The argument slots under ``verb``, the direct object first, then in sentence order."""
    arguments: list[Argument] = []
    for child in verb.children:
        dep = child.dep_
        if dep == "dobj":
            arguments.append(Argument("object", chunk_of(child, ARGUMENT_CUTS)))
        elif dep == "dative":
            arguments.append(_prep_argument(child) if child.pos_ == "ADP"
                             else Argument("indirect_object", chunk_of(child, ARGUMENT_CUTS)))
        elif dep in ("attr", "acomp", "oprd"):
            arguments.append(Argument("complement", chunk_of(child, ARGUMENT_CUTS)))
        elif dep in ("prep", "agent"):
            if child.lower_ == "according":
                continue
            argument = _prep_argument(child)
            if argument is not None:
                arguments.append(argument)
        elif dep in ("npadvmod", "advmod") and (child.ent_type_ in ("DATE", "TIME") or child.lower_ in _TIME_WORDS):
            arguments.append(Argument("time", chunk_of(child)))
        elif dep in ("ccomp", "xcomp"):
            arguments.append(Argument("complement", _clause_chunk(child)))
        elif dep == "advcl" and any(c.dep_ == "mark" for c in child.children):
            mark = next(c for c in child.children if c.dep_ == "mark")
            arguments.append(Argument(f"prep:{mark.lower_}", _clause_chunk(child), prep=mark.i))
    arguments.sort(key=lambda a: (a.role != "object", a.chunk.tokens[:1] or (a.chunk.head,)))
    return arguments


def _clause_chunk(verb: Token) -> Chunk:
    """A subordinate clause as one argument, without its complementiser ("that", "to" kept)."""
    chunk = chunk_of(verb)
    tokens = [i for i in chunk.tokens if not (verb.doc[i].dep_ == "mark" and verb.doc[i].head == verb
                                              and verb.doc[i].lower_ in ("that", "whether", "if"))]
    return Chunk(trim(verb.doc, tokens, verb.i), verb.i)


def _prep_argument(prep: Token) -> Argument | None:
    """A prepositional argument: role from the preposition and the object's entity type."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    chunk = chunk_of(obj, ARGUMENT_CUTS)
    word = prep.lower_
    if prep.dep_ == "agent":
        role = "agent"
    elif obj.ent_type_ in ("DATE", "TIME"):
        role = "time"
    elif obj.ent_type_ in _PLACE_LABELS and word in ("in", "at", "near", "inside", "outside"):
        role = "place"
    else:
        role = f"prep:{word}"
    return Argument(role, chunk, prep=prep.i)


def _absorb_light_noun(noun: Token, prep: Token | None, arguments: list[Argument],
                       predicate: list[int]) -> tuple[list[Argument], list[int]]:
    """Move "a phone call (with)" from the object into the predicate; the noun's object follows."""
    kept = [a for a in arguments if a.chunk.head != noun.i]
    cut = {c.i for c in noun.children if c.dep_ in ("prep", "relcl", "acl", "appos")}
    noun_tokens = [i for i in chunk_of(noun, frozenset({"prep", "relcl", "acl", "appos", "punct"})).tokens]
    predicate = predicate + noun_tokens
    if prep is not None:
        predicate.append(prep.i)
        obj = next(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
        kept.insert(0, Argument(f"prep:{prep.lower_}", chunk_of(obj, ARGUMENT_CUTS), prep=prep.i))
    for child in noun.rights:
        if child.i in cut and (prep is None or child.i != prep.i) and child.dep_ == "prep":
            extra = _prep_argument(child)
            if extra is not None:
                kept.append(extra)
    return kept, predicate


def _absorb_first_prep(verb: Token, arguments: list[Argument], predicate: list[int],
                       lemma: str) -> tuple[list[int], str]:
    """Join the preposition of a prepositional verb to the predicate ("taught at", "call_for").

    Only a preposition right after the verb (or its particle) whose object is not a time or
    a place: those are adjuncts of any verb, not part of the relation.
    """
    if not arguments:
        return predicate, lemma
    first = arguments[0]
    if first.prep is None or not first.role.startswith("prep:") or first.prep != max(predicate) + 1:
        return predicate, lemma
    if verb.doc[first.prep].dep_ not in ("prep", "dative"):
        return predicate, lemma
    return predicate + [first.prep], f"{lemma}_{verb.doc[first.prep].lower_}"


def _is_relative_slot(verb: Token) -> bool:
    return verb.dep_ == "relcl"


def _replace_relative_pronoun(verb: Token, arguments: list[Argument]) -> list[Argument]:
    """Put the antecedent where the relative pronoun fills an object slot."""
    noun = relative.antecedent(verb)
    if noun is None:
        return arguments
    replaced = []
    for argument in arguments:
        head = verb.doc[argument.chunk.head]
        if relative.is_relative_pronoun(head) and len(argument.chunk.tokens) == 1:
            argument = Argument(argument.role, relative.antecedent_chunk(noun), argument.prep)
        replaced.append(argument)
    return replaced


def _speaker(verb: Token) -> Chunk | None:
    """The speaker of a reported clause: the subject of its speech verb or "according to" X."""
    speech = attribution.reporting_verb(verb)
    if speech is not None:
        found = _subject_of(speech)
        if found is not None:
            return chunk_of(found[0], SUBJECT_CUTS)
    source = attribution.according_to(verb)
    if source is not None:
        return chunk_of(source, SUBJECT_CUTS)
    return None


def _object_variants(verb: Token, arguments: list[Argument]) -> list[tuple[list[Argument], bool]]:
    """The argument lists of a clause, one per conjunct (or listed example) of its object."""
    for position, argument in enumerate(arguments):
        if argument.role != "object" or len(argument.chunk.tokens) == 1:
            continue
        noun = verb.doc[argument.chunk.head]
        members = split_chunks(noun, ARGUMENT_CUTS)
        if len(members) == 1:
            members += list_members(noun, ARGUMENT_CUTS)
        if len(members) == 1:
            return [(arguments, False)]
        return [([*arguments[:position], Argument("object", chunk), *arguments[position + 1:]], True)
                for chunk in members]
    return [(arguments, False)]
