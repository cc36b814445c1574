"""The arguments of a verb: objects, complements, prepositional, temporal and locative phrases.

Each argument gets a role — ``object``, ``indirect_object``, ``complement``, ``time``,
``place``, ``agent`` or ``prep:<preposition>`` — and the direct object comes first, the rest
in sentence order ("met his counterpart on Sunday in Rome": object, time, place).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import attribution
from kg.extract.drafts import Argument
from kg.extract.phrases import Chunk, chunk_of, trim

__all__ = ["find_arguments", "prep_argument", "clause_chunk", "ARGUMENT_CUTS"]

# Pieces of an argument's noun phrase left out of it (none: CaRB rewards complete arguments,
# and relative clauses are facts of their own besides).
ARGUMENT_CUTS: frozenset[str] = frozenset()
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TIME_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight", "now", "recently", "earlier", "later"})
# Prepositional phrases that link sentences rather than add an argument.
DISCOURSE_PHRASES = frozenset({
    ("in", "addition"), ("for", "example"), ("for", "instance"), ("in", "fact"),
    ("of", "course"), ("in", "turn"), ("in", "particular"), ("in", "contrast"),
    ("in", "general"), ("by", "contrast"), ("on", "average"), ("in", "short"),
})


def find_arguments(verb: Token) -> list[Argument]:
    """The argument slots under ``verb``, the direct object first, then in sentence order."""
    arguments: list[Argument] = []
    for child in verb.children:
        dep = child.dep_
        if dep == "dobj":
            arguments.append(Argument("object", chunk_of(child, ARGUMENT_CUTS)))
        elif dep == "dative":
            arguments.append(prep_argument(child) if child.pos_ == "ADP"
                             else Argument("indirect_object", chunk_of(child, ARGUMENT_CUTS)))
        elif dep in ("attr", "acomp", "oprd"):
            arguments.append(Argument("complement", chunk_of(child, ARGUMENT_CUTS)))
        elif dep in ("prep", "agent"):
            if child.lower_ == "according" or _is_discourse(child):
                continue
            argument = prep_argument(child)
            if argument is not None:
                arguments.append(argument)
        elif dep in ("npadvmod", "advmod") and (child.ent_type_ in ("DATE", "TIME") or child.lower_ in _TIME_WORDS):
            arguments.append(Argument("time", chunk_of(child)))
        elif dep in ("ccomp", "xcomp"):
            # A clause before its verb is the content of speech ("X, he said") or a
            # mis-attached neighbour clause ("He left ; he was readmitted").
            if child.i > verb.i or attribution.is_speech_verb(verb):
                arguments.append(Argument("complement", clause_chunk(child)))
        elif dep == "advcl" and any(c.dep_ == "mark" for c in child.children):
            mark = next(c for c in child.children if c.dep_ == "mark")
            arguments.append(Argument(f"prep:{mark.lower_}", clause_chunk(child), prep=mark.i))
    arguments.sort(key=lambda a: (a.role != "object", a.chunk.tokens[:1] or (a.chunk.head,)))
    return arguments


def _is_discourse(prep: Token) -> bool:
    """True for a linking phrase such as "in addition" or "for example" (not an argument)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.n_lefts == 0 and (prep.lower_, obj.lower_) in DISCOURSE_PHRASES


def clause_chunk(verb: Token) -> Chunk:
    """A subordinate clause as one argument, without its complementiser ("that", "to" kept)."""
    chunk = chunk_of(verb)
    tokens = [i for i in chunk.tokens if not (verb.doc[i].dep_ == "mark" and verb.doc[i].head == verb
                                              and verb.doc[i].lower_ in ("that", "whether", "if"))]
    return Chunk(trim(verb.doc, tokens, verb.i), verb.i)


def prep_argument(prep: Token) -> Argument | None:
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
