"""The arguments of a verb: objects, complements, prepositional, temporal and locative phrases.

Each argument gets a role — ``object``, ``indirect_object``, ``complement``, ``time``,
``place``, ``agent``, ``purpose`` or ``prep:<preposition>`` — and the direct object comes
first, the rest in sentence order ("met his counterpart on Sunday in Rome": object, time, place).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import attribution
from kg.extract.drafts import Argument
from kg.extract.phrases import NONRESTRICTIVE_ACL, NONRESTRICTIVE_RELCL, Chunk, chunk_of, trim

__all__ = ["find_arguments", "prep_argument", "clause_chunk", "ARGUMENT_CUTS", "TIME_WORDS"]

# Pieces of an argument's noun phrase that are facts of their own: relative clauses and
# participles set off by a comma and appositions (a name in apposition to a common noun
# stays: it heads the phrase). A restrictive one ("a plan that satisfies creditors", "a man
# carrying a knife") stays: without it the argument names another thing.
ARGUMENT_CUTS: frozenset[str] = frozenset({NONRESTRICTIVE_RELCL, NONRESTRICTIVE_ACL, "appos"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that name the other party of an act, and the names that can be one.
_PARTY_PREPS = frozenset({"with", "to", "against"})
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TIME_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight", "now", "recently", "earlier", "later"})
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
            if _is_reduplication(child):
                continue
            chunk, party = object_and_party(child)
            arguments.append(Argument("object", chunk))
            if party is not None:
                arguments.append(party)
        elif dep == "dative":
            # A stranded "to" ("paid the banks it owed interest to") has no object: no argument.
            argument = (prep_argument(child) if child.pos_ == "ADP"
                        else Argument("indirect_object", chunk_of(child, ARGUMENT_CUTS)))
            if argument is not None:
                arguments.append(argument)
        elif dep in ("attr", "acomp", "oprd"):
            arguments.append(Argument("complement", chunk_of(child, ARGUMENT_CUTS)))
        elif dep in ("prep", "agent"):
            if child.lower_ == "according" or _is_discourse(child):
                continue
            if _is_reduplication(child):  # "met face to face in Alaska": keep "in Alaska"
                obj = child.doc[child.i + 1]
                arguments.extend(a for a in map(prep_argument, obj.children) if a is not None)
                continue
            argument = prep_argument(child)
            if argument is not None:
                arguments.append(argument)
        elif dep in ("npadvmod", "advmod") and (child.ent_type_ in ("DATE", "TIME") or child.lower_ in TIME_WORDS):
            arguments.append(Argument("time", chunk_of(child)))
        elif dep == "advmod" and child.pos_ == "ADV":
            # "prior to the meeting", "ahead of the summit": an adverb that carries a preposition.
            argument = _adverbial_prep_argument(child)
            if argument is not None:
                arguments.append(argument)
        elif dep in ("ccomp", "xcomp"):
            # A clause before its verb is the content of speech ("X, he said") or a
            # mis-attached neighbour clause ("He left ; he was readmitted").
            if child.i > verb.i or attribution.is_speech_verb(verb):
                arguments.append(Argument("complement", clause_chunk(child)))
        elif dep == "advcl" and _is_purpose(child):
            # "left the post to become commander": what the act was for
            arguments.append(Argument("purpose", clause_chunk(child)))
        elif dep == "advcl" and _clause_opener(child) is not None:
            opener = _clause_opener(child)
            arguments.append(Argument(f"prep:{opener.lower_}", clause_chunk(child), prep=opener.i))
    arguments.sort(key=lambda a: (a.role != "object", a.chunk.tokens[:1] or (a.chunk.head,)))
    return arguments


def object_and_party(obj: Token) -> tuple[Chunk, Argument | None]:
    """The direct object's chunk, and the party a "with/to/against" phrase hanging from it
    names ("raised concerns with Yang": with Yang), which is the verb's argument: the parser
    attaches it to the noun, but one raises concerns *with* someone.

    Only a phrase whose object is a name (a person, organisation, country or group) moves:
    "concerns with the plan" stays inside the object.
    """
    chunk = chunk_of(obj, ARGUMENT_CUTS)
    prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in _PARTY_PREPS), None)
    target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if target is None or target.ent_type_ not in _PARTY_LABELS:
        return chunk, None
    party = prep_argument(prep)
    moved = set(range(prep.left_edge.i, prep.right_edge.i + 1))
    kept = [i for i in chunk.tokens if i not in moved]
    return Chunk(trim(obj.doc, kept, obj.i), obj.i), party


def _clause_opener(clause: Token) -> Token | None:
    """The word that opens an adverbial clause and says how it relates to its verb: a
    subordinator ("because", "after") or a wh-adverb at its start ("when he finds out")."""
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is not None:
        return mark
    first = clause.doc[clause.left_edge.i]
    if first.tag_ == "WRB" and first.dep_ == "advmod" and first.head == clause:
        return first
    return None


def _is_purpose(clause: Token) -> bool:
    """True for an infinitive after its verb that says what the act was for ("to help")."""
    first = clause.doc[clause.left_edge.i]
    return first.tag_ == "TO" and first.head == clause and clause.i > clause.head.i


def _adverbial_prep_argument(adverb: Token) -> Argument | None:
    prep = next((c for c in adverb.rights if c.dep_ == "prep" and c.i == adverb.i + 1), None)
    if prep is None:
        return None
    argument = prep_argument(prep)
    if argument is None or not argument.role.startswith("prep:"):
        return argument
    return Argument(f"prep:{adverb.lower_} {prep.lower_}", argument.chunk, prep=prep.i)


def _is_reduplication(token: Token) -> bool:
    """True for either half of "face to face", "side by side": a manner adverbial that the
    parser reads as an object and a prepositional phrase."""
    doc, i = token.doc, token.i
    if token.dep_ == "prep":
        return 0 < i < len(doc) - 1 and doc[i - 1].lower_ == doc[i + 1].lower_ and doc[i + 1].head == token
    return i + 2 < len(doc) and doc[i + 1].dep_ == "prep" and doc[i + 2].lower_ == token.lower_


def _is_discourse(prep: Token) -> bool:
    """True for a linking phrase such as "in addition" or "for example" (not an argument)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.n_lefts == 0 and (prep.lower_, obj.lower_) in DISCOURSE_PHRASES


def clause_chunk(verb: Token) -> Chunk:
    """A subordinate clause as one argument, without a bare "that" (which says nothing;
    "whether", "if" and "to" do, so they stay)."""
    chunk = chunk_of(verb)
    tokens = [i for i in chunk.tokens if not (verb.doc[i].dep_ == "mark" and verb.doc[i].head == verb
                                              and verb.doc[i].lower_ == "that")]
    return Chunk(trim(verb.doc, tokens, verb.i), verb.i)


def prep_argument(prep: Token) -> Argument | None:
    """A prepositional argument: role from the preposition and the object's entity type."""
    # "Because of this" parsed as because -> (pcomp "of", pobj "this"): "of" is part of the preposition
    second = next((c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "ADP" and not c.n_lefts + c.n_rights), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c != second), None)
    if obj is None:
        return None
    chunk = chunk_of(obj, ARGUMENT_CUTS)
    word = prep.lower_ if second is None else f"{prep.lower_} {second.lower_}"
    if prep.dep_ == "agent":
        role = "agent"
    elif obj.ent_type_ in ("DATE", "TIME"):
        role = "time"
    elif obj.ent_type_ in _PLACE_LABELS and word in ("in", "at", "near", "inside", "outside"):
        role = "place"
    else:
        role = f"prep:{word}"
    return Argument(role, chunk, prep=prep.i)
