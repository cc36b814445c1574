"""Find the mentions of things in a parsed document: names, pronouns, definite descriptions.

Names come from spaCy's entities, repaired: a title the model left outside the name is pulled
in and stripped into ``Mention.title`` ("US Secretary of State Antony J Blinken" -> name
"Antony J Blinken", title "Secretary of State", title country "United States"), split names are
joined ("Antony J" + "Blinken"), glued link text ("Antony BlinkenAntony Blinken...MORE") and
credits ("Image Credit: ANI") are dropped, and labels the document contradicts are fixed (a
person's surname tagged GPE; a name listed with organisations or under "tech firms"; "the
COVID-19 pandemic"; "flew to Bologna, where ..."). Fragments and common nouns are no names
("East" in "the East and South China Seas", "the largest IPO"). Demonyms ("Chinese") are not
mentions of their own: they become the ``affiliation`` feature of the name they qualify.
Short names a document defines ("the Palestinian Authority (PA)") carry the name they stand for.

The work is split by kind: ``debris`` (what names nothing), ``names`` (entity repair),
``titles`` (the words in front of a name), ``aliases`` (defined short names), ``references``
(pronouns and descriptions) and ``span`` (the name record they share).

Example::

    mentions = find_mentions(nlp("Mr Blinken met Wang Yi. He said ..."))
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.mentions.aliases import defined_aliases, repeated_surnames
from kg.mentions.debris import find_debris
from kg.mentions.names import fix_labels, name_mention, repair_names
from kg.mentions.references import PRONOUNS, find_descriptions, find_pronouns
from kg.mentions.span import NAME_LABELS
from kg.resolve.names import feature
from kg.types import Mention

__all__ = ["find_mentions", "NAME_LABELS", "PRONOUNS", "feature"]


def find_mentions(doc: Doc) -> list[Mention]:
    """All mentions in a document, sorted by offset.

    Args:
        doc: a parsed spaCy Doc (tagger, parser and NER).

    Returns:
        Mentions of kind ``"name"``, ``"pronoun"`` and ``"description"``; char offsets
        index ``doc.text``.
    """
    sentence_of = _sentence_index(doc)
    debris, cuts = find_debris(doc)
    names = repair_names(doc, debris, cuts)
    mentions = [name_mention(doc, name, sentence_of) for name in names]
    mentions = defined_aliases(doc, fix_labels(mentions), sentence_of)
    mentions = repeated_surnames(doc, mentions, sentence_of)
    taken = {i for name in names for i in range(name.start, name.end)}
    # "the striker Youssef Benali": a role word in front of a name may still open a description
    prefixes = {i for name in names if name.prefix_start is not None
                for i in range(name.prefix_start, name.start)}
    mentions += find_pronouns(doc, debris, sentence_of)
    mentions += find_descriptions(doc, debris | taken | prefixes, sentence_of, prefixes)
    return sorted(mentions, key=lambda m: (m.start, m.end, m.kind))


def _sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token."""
    index = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        for i in range(sentence.start, sentence.end):
            index[i] = number
    return index
