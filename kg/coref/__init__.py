"""Rule-based within-document coreference: pronouns and definite descriptions.

Precision comes first: a pronoun or description is linked only when the evidence leaves one
candidate (agreement in number, gender and type within a short window; a role noun that
matches a title held by exactly one person of the document; a company described as one
before; a name in apposition, "his Chinese counterpart, Yang Jiechi"; the one person of a
country a description names, "China's top diplomat", even before the name in a headline),
or when salience settles it (the subject of the pronoun's own clause, or of the previous
sentence; the person or organisation a paragraph opens with, against people named in
passing). Anything else stays unresolved: a wrong merge is worse than a missing one.

The package reads in one direction: ``groups`` puts the document's name mentions into
groups (one thing by name), ``salience`` follows what each paragraph is about, ``pronouns``
and ``descriptions`` each pick a group for one mention (``pronouns`` with ``speech`` for
quotations and ``dialogue`` for who speaks a turn to whom, ``collective`` for a plural
organisation, ``unnamed`` for nouns that make it abstain, ``clauses`` for clause
structure), and ``resolve_coreference`` walks the mentions
in order and records the links, twice when the first walk learns a name's gender.

Example::

    mentions = find_mentions(doc)
    links = resolve_coreference(doc, mentions)   # [CorefLink(mention=4, antecedent=0, ...)]
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.coref.collective import collective_organisation
from kg.coref.dialogue import Dialogue
from kg.coref.descriptions import DescriptionIndex, resolve_description
from kg.coref.groups import group_names
from kg.coref.pronouns import parallel_pronoun, quoted_tokens, resolve_pronoun
from kg.coref.salience import paragraph_topics
from kg.resolve.names import feature
from kg.types import CorefLink, Mention

__all__ = ["resolve_coreference"]


def resolve_coreference(doc: Doc, mentions: list[Mention]) -> list[CorefLink]:
    """Link pronouns and definite descriptions to an earlier mention of the same thing.

    Args:
        doc: the parsed spaCy Doc the mentions were found in.
        mentions: ``kg.mentions.find_mentions(doc)``, in that order.

    Returns:
        One CorefLink per resolved pronoun or description, ``antecedent`` being the index
        of a name mention.
    """
    links = _walk(doc, mentions, {})
    # "Tigist Alemu ... her four races": a gender learned anywhere in the document holds
    # from the first mention on, so a second walk knows it where the first did not yet
    genders = _genders_learned(mentions, links)
    return _walk(doc, mentions, genders) if genders else links


def _genders_learned(mentions: list[Mention], links: list[CorefLink]) -> dict[int, str]:
    """Name mention -> the one gender the he/she pronouns linked to it say."""
    said: dict[int, set[str]] = {}
    for link in links:
        gender = feature(mentions[link.mention], "gender")
        if mentions[link.mention].kind == "pronoun" and gender in {"m", "f"}:
            said.setdefault(link.antecedent, set()).add(gender)
    return {index: next(iter(found)) for index, found in said.items() if len(found) == 1}


def _walk(doc: Doc, mentions: list[Mention], genders: dict[int, str]) -> list[CorefLink]:
    """One pass over the mentions in order, ``genders`` (name mention -> gender) known in
    advance."""
    group_of, groups = group_names(mentions)
    for index, gender in genders.items():
        if not groups[group_of[index]].gender:
            groups[group_of[index]].gender = gender
    descriptions = DescriptionIndex(mentions, group_of, groups)
    name_heads = set(descriptions.names_at)
    quoted = quoted_tokens(doc)
    topics = paragraph_topics(doc, mentions, group_of, groups)
    dialogue = Dialogue(doc, mentions, group_of, groups, quoted)
    links: list[CorefLink] = []
    named: dict[int, int] = {}  # resolved mention -> the name mention it refers to
    # (sentence, gender, quoted) of unresolved pronouns; a quotation's "he" is seldom the
    # narrative's, so the two do not block each other
    open_pronouns: set[tuple[int, str, bool]] = set()
    for index, mention in enumerate(mentions):
        found = None
        if mention.kind == "pronoun":
            key = (mention.sentence, feature(mention, "gender"),
                   int(feature(mention, "head")) in quoted)
            # "It is twice as massive as Earth, and its ...": an open one before means one thing
            if key not in open_pronouns:
                topic = topics[index].get(feature(mention, "gender"))
                found = parallel_pronoun(doc, mentions, index, named) or \
                    resolve_pronoun(doc, mentions, index, group_of, groups, name_heads, quoted,
                                    topic, dialogue) or \
                    dialogue.turn_link(index) or \
                    collective_organisation(doc, mentions, index, group_of, groups, quoted)
                if found is None and feature(mention, "pleonastic") != "1":
                    open_pronouns.add(key)
        elif mention.kind == "description":
            found = resolve_description(doc, mentions, index, descriptions)
        if found is not None:
            antecedent, reason = found
            antecedent = named.get(antecedent, antecedent)
            named[index] = antecedent
            links.append(CorefLink(mention=index, antecedent=antecedent, reason=reason))
            group_of[index] = group_of[antecedent]
            if mention.kind == "description":
                # "The group kept its dividend": a linked description is a known name now
                name_heads.add(int(feature(mention, "head")))
            gender = feature(mention, "gender")
            if mention.kind == "pronoun" and gender in {"m", "f"}:
                groups[group_of[antecedent]].gender = gender
        descriptions.passed(index)
    return links

