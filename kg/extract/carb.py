"""CaRB's tab format: ``sentence<TAB>confidence<TAB>predicate<TAB>arg1<TAB>arg2...``.

CaRB compares tokens, so every slot is the parse's tokens joined by single spaces, and a
prepositional argument gets its preposition back ("in 1941") unless the predicate already
holds it ("taught at").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.passive import is_reduced_passive
from kg.types import Argument, Extraction

__all__ = ["format_carb", "carb_fields"]

# Children that give a participle a clause of its own ("has reviewed", "it was reviewed").
_OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def carb_fields(doc: Doc, extraction: Extraction) -> list[str]:
    """The predicate and argument slots of an extraction as CaRB reads them.

    Example:
        >>> carb_fields(doc, extraction)  # doctest: +SKIP
        ['joined', 'Tom Bradley', 'the company', 'in 1941']
    """
    taken = set(extraction.predicate.tokens)
    predicate = extraction.predicate.text
    words = predicate.split()
    first_token = doc[min(taken)].text if taken else None
    if extraction.predicate.lemma.split("_")[0] == "be" and words[0] == "is" and first_token != "is":
        # An inserted copula has no tense in the sentence: the bare "be" stands for any form.
        predicate = " ".join(["be", *words[1:]])
    elif _is_reduced_passive_predicate(doc, extraction.predicate.tokens):
        # "the case reviewed by a court": the relative's elided "was" comes back, as bare "be";
        # so does "are" in "people living in Brussels".
        predicate = " ".join(["be", *words])
    elif first_token == "being" and doc[min(taken)].dep_ == "auxpass":
        # "after being appointed chief": stated as a fact, the participle's "being" is a tensed "be"
        predicate = " ".join(["be", *words[1:]])
    slots = [predicate, extraction.subject.text]
    for argument in extraction.arguments:
        slots.append(_argument_text(doc, argument, taken))
    return slots


def _is_reduced_passive_predicate(doc: Doc, tokens: tuple[int, ...]) -> bool:
    """True when the predicate's verb is a participle whose "be" is elided.

    That is a participle hanging from a noun ("the case reviewed by a court"), one opening a
    clause of its own ("Founded in 1990, the firm ..."), or a later conjunct of a passive
    ("was founded in 1990 and named after him"); none has an auxiliary or subject of its own.
    A present participle hanging from a noun is a reduced progressive relative the same way.
    """
    if not tokens or any(doc[i].pos_ == "AUX" for i in tokens):
        return False
    return any(is_reduced_passive(doc[i]) or _bare_passive_participle(doc[i])
               or _reduced_progressive(doc[i]) for i in tokens)


def _reduced_progressive(verb: Token) -> bool:
    """A present participle hanging from a noun: "people living in Brussels" (who are living)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG"


def _bare_passive_participle(verb: Token) -> bool:
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "conj"):
        return False
    if any(child.dep_ in _OWN_CLAUSE_DEPS for child in verb.children):
        return False
    # a conjunct shares its first verb's auxiliary: "be" only if that one is passive
    return verb.dep_ == "advcl" or any(child.dep_ == "auxpass" for child in verb.head.children)


def _argument_text(doc: Doc, argument: Argument, taken: set[int]) -> str:
    tokens = list(argument.phrase.tokens)
    if not tokens or argument.role in _BARE_ROLES:
        return argument.phrase.text
    words = [doc[i].lower_ for i in tokens]
    if argument.role.startswith("prep:"):
        # The role names the preposition; a clause argument ("until he left") already has it.
        prep = argument.role[5:]
        if words[0] == prep or any(doc[i].lower_ == prep and i + 1 == tokens[0] for i in taken):
            return argument.phrase.text
        if _governing_prep(doc, tokens, argument.phrase.head_start) in taken:
            return argument.phrase.text  # a later conjunct of the predicate's own preposition
        return f"{_surface(doc, prep, tokens[0])} {argument.phrase.text}"
    # Time, place and agent phrases: climb from the head to the preposition ("in 1941").
    head = next((i for i in tokens if doc[i].idx == argument.phrase.head_start), tokens[0])
    token = doc[head]
    while token.dep_ in ("pobj", "pcomp") and token.head.i < tokens[0]:
        token = token.head
    if token.i == head or token.i in taken:
        return argument.phrase.text
    return " ".join(doc[i].text for i in range(token.i, tokens[0])) + " " + argument.phrase.text


def _governing_prep(doc: Doc, tokens: list[int], head_start: int) -> int | None:
    """The preposition a phrase hangs from, through the conjuncts before it ("for writers
    and painters": "painters" hangs from "for")."""
    token = doc[next((i for i in tokens if doc[i].idx == head_start), tokens[0])]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head.i if token.dep_ in ("pobj", "pcomp") else None


def _surface(doc: Doc, prep: str, start: int) -> str:
    """The preposition as written in the sentence ("In" at its start), else as in the role."""
    size = len(prep.split())
    before = doc[max(0, start - size):start]
    if " ".join(t.lower_ for t in before) == prep:
        return " ".join(t.text for t in before)
    return prep


# Roles whose phrase is the whole argument (no preposition in front).
_BARE_ROLES = frozenset({"object", "indirect_object", "complement"})


def format_carb(sentence: str, doc: Doc, extractions: list[Extraction]) -> list[str]:
    """CaRB lines for the extractions of one sentence, the sentence copied verbatim."""
    lines = []
    for extraction in extractions:
        fields = [sentence, f"{extraction.confidence:.3f}", *carb_fields(doc, extraction)]
        lines.append("\t".join(field.replace("\t", " ") for field in fields))
    return lines
