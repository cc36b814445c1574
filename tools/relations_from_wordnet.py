"""Write ontology/relations_wordnet.tsv: verb lemmas and event nouns -> kg's coarse relations.

Each coarse relation (``CLASSES``) is anchored in WordNet 3.0 by seed synsets, named as
``lemma.pos.N`` (the N-th sense of the lemma in WordNet's frequency order). A synset belongs to
the class of the nearest seed among its hypernyms; a lemma to the class that most of the
tagged uses of its first three senses belong to (the first sense when none is tagged), and to
none when that class has no majority: a wrong class is worse than none. A noun that is not
also a verb (``meeting``, ``criticism``: light verbs make them relations, "held a meeting
with") takes the class of the verb senses WordNet derives it from.

kg reads only the file this writes; WordNet is needed to regenerate it::

    apt-get install wordnet-base
    python tools/relations_from_wordnet.py > ontology/relations_wordnet.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from wordnet import DEFAULT_DIR, Synset, WordNet  # noqa: E402

from kg.rdf.iris import relation_name  # noqa: E402

# class -> seed synsets. The classes' own parents and comments are in relations.tsv / kg.ttl.
CLASSES: dict[str, tuple[str, ...]] = {
    "communicate": ("communicate.v.02",),
    "meet": ("meet.v.02",),
    "call": ("telephone.v.01",),
    "state": ("state.v.01", "inform.v.01"),
    "deny": ("deny.v.01",),
    "warn": ("warn.v.01", "warn.v.02"),
    "threaten": ("threaten.v.02",),
    "criticize": ("criticize.v.01",),
    "accuse": ("accuse.v.01", "charge.v.02"),
    "urge": ("urge.v.01", "urge.v.02", "ask.v.02", "request.v.01", "request.v.02",
             "demand.v.01", "order.v.01"),
    "support": ("support.v.01", "back.v.01", "praise.v.01", "approve.v.02"),
    "oppose": ("oppose.v.01", "oppose.v.02", "reject.v.01", "refuse.v.02", "protest.v.02"),
    "agree": ("agree.v.01", "agree.v.02", "approve.v.01", "sign.v.02", "accept.v.03"),
    "promise": ("promise.v.01", "promise.v.02"),
    "ban": ("forbid.v.01",),
    "visit": ("visit.v.01", "visit.v.02", "travel.v.02"),
    "cooperate": ("cooperate.v.01",),
    "help": ("help.v.01",),
    "assault": ("attack.v.01", "attack.v.03", "attack.v.04"),
    "kill": ("kill.v.01",),
    "arrest": ("arrest.v.01", "detain.v.01"),
    "prosecute": ("prosecute.v.02", "sue.v.01", "convict.v.01", "sentence.v.01"),
    "elect": ("elect.v.01",),
    "vote": ("vote.v.01", "vote.v.02"),
    "appoint": ("appoint.v.01", "nominate.v.01", "nominate.v.02"),
    "resign": ("resign.v.01", "resign.v.02"),
    "win": ("win.v.01", "win.v.03", "defeat.v.01"),
    "lose": ("lose.v.02",),
    "fund": ("finance.v.01", "pay.v.01", "invest.v.01", "spend.v.02"),
    "trade": ("buy.v.01", "sell.v.01", "trade.v.01"),
    "increase": ("increase.v.01", "increase.v.02"),
    "decrease": ("decrease.v.01", "decrease.v.02"),
    "plan": ("plan.v.01", "plan.v.02", "intend.v.01"),
    "create": ("create.v.02", "build.v.01", "establish.v.01"),
    "believe": ("believe.v.01", "think.v.01", "think.v.02", "expect.v.01"),
    "want": ("want.v.01", "want.v.02", "need.v.01"),
}
SENSES = 3  # a lemma's senses past its third are rare in news
# kg joins a verb and its argument's preposition ("work in hospitals" -> work_in), which
# WordNet's phrasal verb of the same spelling rarely means (work_in: "mix in"); such a lemma
# keeps WordNet's class only when its verb has the same one.
PREPOSITIONS = frozenset("about as at by for from in into of on to with".split())
# Noun senses that can be events or speech acts (lexicographer files noun.act, .communication,
# .event); "the attack" is an event, "the attack of a disease" (noun.state) is not.
EVENT_NOUN_FILES = frozenset({4, 10, 11})
# The WordNet licence (permissive), as WordNet 3.0 states it, to appear on every copy:
LICENCE = """\
# This software and database is being provided to you, the LICENSEE, by Princeton University
# under the following license. By obtaining, using and/or copying this software and database,
# you agree that you have read, understood, and will comply with these terms and conditions.:
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND
# DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR
# PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of
# Princeton University or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this software, database
# and any associated documentation shall at all times remain with Princeton University and
# LICENSEE agrees to preserve same."""


def seed_synsets(wn: WordNet) -> dict[tuple[str, int], str]:
    """Each seed synset's key -> its class."""
    seeds = {}
    for name, names in CLASSES.items():
        for seed in names:
            lemma, pos, number = seed.rsplit(".", 2)
            synset = wn.senses(lemma, pos)[int(number) - 1]
            if seeds.setdefault(synset.key, name) != name:
                raise ValueError(f"{seed} seeds both {seeds[synset.key]} and {name}")
    return seeds


def synset_class(wn: WordNet, synset: Synset, seeds: dict) -> str | None:
    """The class of the nearest seed at or above ``synset``; none when two are nearest."""
    level, seen = [synset], {synset.key}
    while level:
        found = {seeds[s.key] for s in level if s.key in seeds}
        if found:
            return found.pop() if len(found) == 1 else None
        level = [h for s in level for h in wn.hypernyms(s) if h.key not in seen]
        seen.update(h.key for h in level)
    return None


def majority_class(weighted: list[tuple[str | None, int]]) -> str | None:
    """The class of more than half the weight (of the first sense when nothing is tagged)."""
    if not weighted:
        return None
    if sum(weight for _, weight in weighted) == 0:
        first = weighted[0][0]
        return first if all(c == first for c, _ in weighted[:2]) else None
    totals: dict[str | None, int] = {}
    for name, weight in weighted:
        totals[name] = totals.get(name, 0) + weight
    best = max(totals, key=lambda c: (totals[c], c is not None))
    return best if 2 * totals[best] > sum(totals.values()) else None


def verb_class(wn: WordNet, lemma: str, seeds: dict) -> str | None:
    senses = wn.senses(lemma, "v")[:SENSES]
    return majority_class([(synset_class(wn, s, seeds), wn.count(lemma, s)) for s in senses])


def noun_sense_class(wn: WordNet, lemma: str, synset: Synset, seeds: dict) -> str | None:
    if synset.lex_file not in EVENT_NOUN_FILES:
        return None
    found = {synset_class(wn, verb, seeds) for _, verb in wn.derived_verbs(lemma, synset)}
    return found.pop() if len(found) == 1 else None


def noun_class(wn: WordNet, lemma: str, seeds: dict) -> str | None:
    senses = wn.senses(lemma, "n")[:SENSES]
    return majority_class([(noun_sense_class(wn, lemma, s, seeds), wn.count(lemma, s)) for s in senses])


def phrasal_class(wn: WordNet, name: str, cls: str | None, seeds: dict) -> str | None:
    """``cls`` unless ``name`` is a verb and a preposition whose verb is of another class."""
    verb, _, rest = name.partition("_")
    if cls is None or rest.rpartition("_")[2] not in PREPOSITIONS:
        return cls
    return cls if (verb if verb in CLASSES else verb_class(wn, verb, seeds)) == cls else None


def british(lemma: str) -> str | None:
    """The British spelling spaCy keeps for an American one ("criticize" -> "criticise")."""
    for american, british in (("ize", "ise"), ("yze", "yse"), ("ization", "isation")):
        if lemma.endswith(american):
            return lemma[: -len(american)] + british
    return None


def relation_table(wn: WordNet) -> dict[str, str]:
    """Relation name -> coarse class for every WordNet verb and event noun that has one."""
    seeds = seed_synsets(wn)
    found: dict[str, str | None] = {}
    verbs = set(wn.lemmas("v"))
    for pos, lemmas in (("v", sorted(verbs)), ("n", [n for n in wn.lemmas("n") if n not in verbs])):
        for lemma in lemmas:
            name = relation_name(lemma)
            if name in CLASSES or (pos == "n" and name in found):
                continue
            if pos == "v":
                cls = phrasal_class(wn, name, verb_class(wn, lemma, seeds), seeds)
            else:
                cls = noun_class(wn, lemma, seeds)
            # two WordNet lemmas can share a name ("double-check", "double_check")
            found[name] = cls if found.get(name, cls) == cls else None
    for name, cls in list(found.items()):
        variant = british(name)
        if cls is not None and variant and variant not in found:
            found[variant] = cls
    return {name: cls for name, cls in sorted(found.items()) if cls is not None}


def write_table(table: dict[str, str], out) -> None:
    out.write(
        "# Generated by tools/relations_from_wordnet.py from WordNet 3.0 (Debian's wordnet-base);\n"
        "# do not edit: put corrections in relations.tsv, which overrides this file. Regenerate:\n"
        "#     python tools/relations_from_wordnet.py > ontology/relations_wordnet.tsv\n"
        "# A verb lemma or event noun and the coarse relation most of its frequent senses fall\n"
        "# under; the coarse relations are declared in relations.tsv and kg.ttl.\n"
        f"{LICENCE}\n# lemma\tclass\n"
    )
    for name, cls in table.items():
        out.write(f"{name}\t{cls}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_DIR, help="WordNet 3.0's dict folder")
    args = parser.parse_args()
    write_table(relation_table(WordNet(args.wordnet)), sys.stdout)


if __name__ == "__main__":
    main()
