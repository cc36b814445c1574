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

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract import attribution, control, relative
from kg.extract.adjectival import absorb_adjective, absorb_adjective_clause, adjective_infinitive, adjective_preposition
from kg.extract.arguments import ARGUMENT_CUTS, TIME_WORDS, find_arguments
from kg.extract.coordination import list_members, split_chunks
from kg.extract.copula import is_copula
from kg.extract.drafts import Argument, Clause
from kg.extract.light_verb import absorb_light_noun, light_object
from kg.extract.passive import is_passive
from kg.extract.verb_noun import bare_object
from kg.extract.phrases import NONRESTRICTIVE_ACL, NONRESTRICTIVE_RELCL, Chunk, chunk_of

__all__ = ["find_clauses", "clause_heads"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
PREDICATE_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
# Dependencies under which a verb heads a clause of its own.
CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp"}
)
# Pieces of a subject's noun phrase that are facts of their own, not part of the subject; a
# relative clause or participle without a comma says which thing is meant, and stays.
SUBJECT_CUTS = frozenset({NONRESTRICTIVE_RELCL, NONRESTRICTIVE_ACL, "appos", "parataxis"})
_MAX_FACTS_PER_CLAUSE = 12


def clause_heads(sent: Span) -> list[Token]:
    """The tokens of ``sent`` that head a clause (verbs and copulas, not auxiliaries)."""
    heads = []
    for token in sent:
        if token.dep_ not in CLAUSE_DEPS:
            continue
        if token.pos_ not in ("VERB", "AUX") and not _verb_like_root(token):
            continue
        if token.dep_ == "conj" and token.head.pos_ not in ("VERB", "AUX"):
            continue
        heads.append(token)
    return heads


def _verb_like_root(token: Token) -> bool:
    """A root mistagged as a noun that still governs a subject and a clause or object
    ("The doctor suspects love is ..." with "suspects" tagged NNS)."""
    if token.dep_ != "ROOT" or token.pos_ != "NOUN":
        return False
    deps = {child.dep_ for child in token.children}
    return "nsubj" in deps and bool(deps & {"ccomp", "dobj"})


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
    """The facts of one clause: one per subject conjunct and object conjunct."""
    found = _subject_of(verb)
    if found is None:
        return []
    subject_token, kind, inherited = found
    base = _build(verb, kind)
    base.inherited = inherited
    if kind == "control":
        _read_with_governor(verb, base, by_object=control.controller(verb)[1])
    elif inherited and verb.dep_ == "pcomp":
        base.modality = base.modality or control.prepositional_governor(verb)
    base.speaker = _speaker(verb)
    base.modality = base.modality or _condition(verb)
    if verb.dep_ == "conj" and inherited:
        _share_with_first_conjunct(verb, base)
        base.arguments = base.arguments + _fronted_adjuncts(verb)
    if base.speaker is None and base.kind == "verb" and attribution.is_speech_verb(verb):
        if any(c.dep_ == "ccomp" for c in verb.children):
            base.kind = "attribution"
    subjects = _subject_chunks(subject_token, verb)
    facts = []
    for subject in subjects:
        for arguments, split in _object_variants(verb, base.arguments):
            facts.append(replace(base, subject=subject, arguments=arguments,
                                 split=split or len(subjects) > 1))
    return facts[:_MAX_FACTS_PER_CLAUSE]


def _condition(verb: Token) -> str | None:
    """ "if"/"unless" for a clause that states a condition ("if Mr Blair wins"): not a fact
    that happened."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("if", "unless")), None)
    return mark.lower_ if mark is not None and verb.dep_ == "advcl" else None


def _share_with_first_conjunct(verb: Token, clause: Clause) -> None:
    """A verb conjoined under a shared subject shares its speaker and modal (or governing)
    verb too ("it could raise $10 billion and seek a valuation", Reuters said)."""
    first = verb.head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    clause.speaker = clause.speaker or _speaker(first)
    if clause.modality is None:
        modal = next((c for c in first.children if c.tag_ == "MD"), None)
        clause.modality = _modal(modal) if modal is not None else None
    if clause.modality is None and first.dep_ == "xcomp" and first.head.lemma_.lower() != "be":
        # "urged Beijing to end X and (to) resolve Y": Y is urged too, not done
        clause.modality = first.head.lemma_.lower()


def _fronted_adjuncts(verb: Token) -> list[Argument]:
    """The phrases before the subject of the first of coordinated verbs: they scope over
    every conjunct ("In 1970 , Arad moved to the US and enrolled at Hofstra": in 1970 too)."""
    first = _first_conjunct(verb)
    subject = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or first.dep_ != "ROOT":
        return []
    return [a for a in find_arguments(first) if a.chunk.tokens and a.chunk.tokens[-1] < subject.left_edge.i]


def _first_conjunct(verb: Token) -> Token:
    first = verb.head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return first


def _read_with_governor(verb: Token, clause: Clause, by_object: bool) -> None:
    """Mark an infinitive's fact as wanted/urged/planned, not done (see ``kg.extract.control``)."""
    if verb.head.lemma_.lower() != "be":  # "X is to visit": no modal verb to name
        clause.modality = clause.modality or verb.head.lemma_.lower()
    if by_object or not (verb.head.pos_ in ("VERB", "AUX") or control.is_adjective_governor(verb)):
        return
    words, negated = control.governor_words(verb)
    clause.predicate = sorted(set(clause.predicate) | set(words))
    clause.negated = clause.negated or negated


def _subject_of(verb: Token) -> tuple[Token, str, bool] | None:
    """The subject token of the clause, the clause kind it implies, and whether inherited."""
    # Two subjects is a misparse ("The diplomat called ..., Price said"): the nearer is right.
    own = min((c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(c.i - verb.i), default=None)
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
        if by_object and relative.is_relative_pronoun(token):
            token = relative.antecedent(token.head)  # "the objectives that we set out to achieve"
        if by_object:
            return (token, "control", True) if token is not None else None
        # "was able to start": the adjective's subject is the copula's
        governor = verb.head.head if control.is_adjective_governor(verb) else verb.head
        found = _subject_of(governor)
        return (found[0], "control", True) if found else None
    if verb.dep_ in ("relcl", "acl"):
        if verb.dep_ == "acl" and any(c.tag_ == "TO" for c in verb.children):
            return None  # "the decision to buy": the decision does not buy
        noun = relative.antecedent(verb)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        return noun, "passive" if is_passive(verb) else "relative", True
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VBN"):
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if governor.pos_ in ("VERB", "AUX"):
            found = _subject_of(governor)
            return (found[0], "verb", True) if found else None
    return None


def _subject_chunks(subject: Token, verb: Token) -> list[Chunk]:
    """One chunk per subject conjunct ("France and Germany" -> France, Germany)."""
    if subject.dep_ not in SUBJECT_DEPS or subject.head != verb:
        return split_chunks(subject, relative.NOUN_CUTS)
    chunks = []
    for token in _coordinated_subjects(subject, verb):
        chunks.extend(split_chunks(token, SUBJECT_CUTS))
    return chunks


def _coordinated_subjects(subject: Token, verb: Token) -> list[Token]:
    """The subject and any sibling subject joined to it by "and"/"or" (a coordination the
    parser split into two ``nsubj``: "Blinken (left) and Wang Yi pose")."""
    siblings = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(siblings) < 2:
        return [subject]
    doc = verb.doc
    first, last = siblings[0], siblings[-1]
    joined = any(doc[i].dep_ == "cc" for i in range(first.i, last.left_edge.i))
    return siblings if joined else [subject]


def _build(verb: Token, kind: str) -> Clause:
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
    predicate = _with_adverbs(verb, predicate)
    if is_passive(verb):  # whatever else it is: the graph must know the agent is the doer
        kind = "passive"
    if is_copula(verb):
        kind, lemma = ("copula", "be") if kind == "verb" else (kind, "be")
    arguments = find_arguments(verb)
    light = light_object(verb)
    adjectival = adjective_preposition(verb)
    infinitival = adjective_infinitive(verb) if adjectival is None else None
    bare = bare_object(verb) if light is None and kind != "copula" else None
    if light is not None:
        noun, prep = light
        kind = "light_verb" if kind == "verb" else kind
        lemma = noun.lemma_.lower()
        arguments, predicate = absorb_light_noun(noun, prep, arguments, predicate)
    elif adjectival is not None:
        adjective, prep = adjectival
        lemma = f"{lemma}_{adjective.lemma_.lower()}_{prep.lower_}"
        arguments, predicate = absorb_adjective(adjective, prep, arguments, predicate)
    elif infinitival is not None:
        adjective, infinitive = infinitival
        lemma = f"{lemma}_{adjective.lemma_.lower()}"
        arguments, predicate = absorb_adjective_clause(adjective, infinitive, arguments, predicate)
    elif bare is not None:
        noun, prep = bare
        lemma = f"{lemma}_{noun.lemma_.lower()}_{prep.lower_}"
        arguments, predicate = absorb_light_noun(noun, prep, arguments, predicate)
    elif not any(a.role in ("object", "complement") for a in arguments):
        predicate, lemma = _absorb_first_prep(verb, arguments, predicate, lemma)
        arguments = _core_first(arguments, predicate)
    predicate += _complementiser(verb, predicate)
    if _is_relative_slot(verb):
        arguments = _replace_relative_pronoun(verb, arguments)
    arguments = [a for a in arguments if a.chunk.tokens]
    return Clause(verb=verb.i, kind=kind, subject=Chunk((), verb.i), predicate=sorted(predicate),
                  lemma=lemma, arguments=arguments, negated=negated, modality=modality)


def _with_adverbs(verb: Token, predicate: list[int]) -> list[int]:
    """The predicate with the bare adverbs inside the verb group or right beside it
    ("would eagerly seize", "strictly maintain", "do not contribute significantly to"): they
    say how the act was done, and a predicate without them can say the opposite
    ("barely won"). Time words are arguments, and an adverb with words of its own ("so far
    away", "prior to the talks") is a phrase, not part of the verb."""
    words = set(predicate)
    children = list(verb.children)  # read once: each pass over them builds new Tokens
    grown = True
    while grown:
        grown = False
        for child in children:
            if child.i in words or not _is_bare_adverb(child):
                continue
            if min(words) - 1 <= child.i <= max(words) + 1:
                words.add(child.i)
                grown = True
    return sorted(words)


def _is_bare_adverb(token: Token) -> bool:
    return (token.dep_ == "advmod" and token.pos_ == "ADV" and token.tag_ != "WRB"
            and not token.ent_type_ and token.lower_ not in TIME_WORDS and token.n_lefts + token.n_rights == 0)


def _modal(token: Token) -> str:
    lemma = token.lemma_.lower()
    return {"'ll": "will", "wo": "will", "ca": "can", "'d": "would", "sha": "shall"}.get(lemma, lemma)


def _absorb_first_prep(verb: Token, arguments: list[Argument], predicate: list[int],
                       lemma: str) -> tuple[list[int], str]:
    """Join the preposition of a prepositional verb to the predicate ("taught at", "call_for").

    Only a preposition right after the verb (or its particle) whose object is not a time or
    a place: those are adjuncts of any verb, not part of the relation. A passive's "by" right
    after the verb joins too ("was signed by"), keeping the verb's lemma: the agent's role
    already says what "by" means.
    """
    follows = max(predicate) + 1
    first = next((a for a in arguments if a.prep == follows), None)
    if first is not None and first.role == "agent":
        # "was signed by": the passive's "by" reads with its verb; the lemma stays the verb's
        return predicate + [first.prep], lemma
    if first is None or not first.role.startswith("prep:"):
        return predicate, lemma
    if verb.doc[first.prep].dep_ not in ("prep", "dative"):
        return predicate, lemma
    if "_" in lemma:  # a particle verb keeps its lemma: "pushed back against" -> push_back
        return predicate + [first.prep], lemma
    return predicate + [first.prep], f"{lemma}_{verb.doc[first.prep].lower_}"


def _core_first(arguments: list[Argument], predicate: list[int]) -> list[Argument]:
    """Put the argument whose preposition joined the predicate first: it is the verb's core
    object ("worked at | the bank | from 1990", even when "From 1990" opens the sentence)."""
    core = [a for a in arguments if a.prep is not None and a.prep in predicate]
    return core + [a for a in arguments if a not in core]


def _complementiser(verb: Token, predicate: list[int]) -> list[int]:
    """The "that" opening a content clause right after the verb ("indicated that ...").

    It belongs with the predicate (as in CaRB's gold), not with the reported clause.
    """
    follows = max(predicate) + 1
    for child in verb.children:
        if child.dep_ == "ccomp":
            mark = child.doc[child.left_edge.i]
            if mark.i == follows and mark.dep_ == "mark" and mark.lower_ == "that":
                return [mark.i]
    return []


def _is_relative_slot(verb: Token) -> bool:
    return verb.dep_ == "relcl"


def _replace_relative_pronoun(verb: Token, arguments: list[Argument]) -> list[Argument]:
    """Put the antecedent where the relative pronoun fills an object slot, and make a
    place that "where" refers to the clause's place."""
    noun = relative.antecedent(verb)
    if noun is None:
        return arguments
    replaced = []
    for argument in arguments:
        head = verb.doc[argument.chunk.head]
        if relative.is_relative_pronoun(head) and len(argument.chunk.tokens) == 1:
            argument = Argument(argument.role, relative.antecedent_chunk(noun), argument.prep)
        replaced.append(argument)
    where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    if where is not None and verb.head.ent_type_ in ("GPE", "LOC", "FAC"):
        # "Myanmar, where a coup is underway": the coup is underway in Myanmar.
        replaced.append(Argument("place", chunk_of(verb.head, relative.NOUN_CUTS)))
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
    """The argument lists of a clause, one per conjunct (or listed example) of its object or
    complement and of each prepositional phrase ("for writers and painters" -> two facts)."""
    variants: list[list[Argument]] = [[]]
    split = False
    core_done = False
    for argument in arguments:
        members = [argument.chunk]
        if argument.role in _SPLIT_CORE_ROLES and not core_done:
            core_done = True
            members = _members(verb, argument, with_examples=argument.role == "object")
        elif argument.role.startswith("prep:") or argument.role == "place":
            members = _members(verb, argument, with_examples=False)
        if len(members) > 1:
            split = True
        variants = [[*v, Argument(argument.role, m, argument.prep)] for v in variants for m in members]
        if len(variants) > _MAX_FACTS_PER_CLAUSE:
            return [(arguments, False)]
    return [(v, split) for v in variants]


# Roles whose conjuncts each make a fact: the core slot of the clause.
_SPLIT_CORE_ROLES = frozenset({"object", "complement"})


def _members(verb: Token, argument: Argument, with_examples: bool) -> list[Chunk]:
    """The conjuncts of an argument's phrase (a clause is never split)."""
    noun = verb.doc[argument.chunk.head]
    if len(argument.chunk.tokens) == 1 or noun.pos_ in ("VERB", "AUX"):
        return [argument.chunk]
    members = split_chunks(noun, ARGUMENT_CUTS)
    if len(members) == 1 and with_examples:
        members += list_members(noun, ARGUMENT_CUTS)
    return members if len(members) > 1 else [argument.chunk]
