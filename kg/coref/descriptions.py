"""Definite-description rules: "the minister", "the company", "his Chinese counterpart".

A description is linked when the document leaves one group it can mean: a name in apposition;
the one person of a country it names; the one earlier person holding its title; the one
earlier company it was called before; the one country of the last two sentences. The
candidates come from indexes by title, role and country, so each description costs the
groups that fit it, not a scan of every mention before it.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc

from kg.coref.groups import Group
from kg.coref.organisations import recent_orgs
from kg.resolve.names import feature, role_nouns
from kg.types import Mention

__all__ = ["DescriptionIndex", "resolve_description"]

_PAST_WORDS = frozenset({"former", "late", "then", "ex", "previous", "outgoing", "erstwhile"})
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "under", "acting", "former", "associate"})
_CLASS_OF_TYPE = {"Person": "person", "Organization": "org"}


class DescriptionIndex:
    """What the description rules look up in one document, kept as the walk goes on.

    ``group_of`` is the walk's own map, which grows as mentions are linked; ``passed`` is told
    of every mention once the walk is past it, so ``last_before`` knows each group's mentions
    so far.
    """

    def __init__(self, mentions: list[Mention], group_of: dict[int, int],
                 groups: list[Group]) -> None:
        self.mentions = mentions
        self.group_of = group_of
        self.groups = groups
        self.names_at: dict[int, list[int]] = {}  # head token -> name mentions
        self.name_starting: dict[int, int] = {}  # first character -> name mention
        for i, m in enumerate(mentions):
            if m.kind == "name":
                self.names_at.setdefault(int(feature(m, "head")), []).append(i)
                self.name_starting.setdefault(m.start, i)
        self._name_starts = sorted(self.name_starting)
        self._seen: dict[int, list[int]] = {}  # group -> its mentions the walk has passed
        self._people = [g for g, group in enumerate(groups) if group.cls == "person"]
        self._orgs_by_word: dict[str, list[int]] = {}  # role or head word -> org groups
        self._people_of: dict[str, list[int]] = {}  # country -> person groups
        for g, group in enumerate(groups):
            if group.cls == "org":
                for word in group.roles | group.head_words:
                    self._orgs_by_word.setdefault(word, []).append(g)
            elif group.cls == "person":
                for country in group.countries:
                    self._people_of.setdefault(country, []).append(g)
        self.fitting_people = lru_cache(maxsize=None)(self._fitting_people)

    def passed(self, index: int) -> None:
        """The walk is past mention ``index`` (linked or not)."""
        if index in self.group_of:
            self._seen.setdefault(self.group_of[index], []).append(index)

    def mentions_so_far(self, group: int) -> int:
        """How many of the group's mentions the walk has passed."""
        return len(self._seen.get(group, ()))

    def last_before(self, group: int, start: int) -> int | None:
        """The group's last mention passed so far that ends by ``start``."""
        for i in reversed(self._seen.get(group, ())):
            if self.mentions[i].end <= start:
                return i
        return None

    def name_prefixed_by(self, char: int) -> int | None:
        """The name mention whose prefix holds the character ("patron" in "the patron Elena
        Marván"), or None."""
        at = bisect_left(self._name_starts, char + 1) - 1
        if at < 0:
            return None
        i = self.name_starting[self._name_starts[at]]
        return i if char < int(feature(self.mentions[i], "name_start", "0")) else None

    def orgs_called(self, word: str) -> list[int]:
        """The organisation groups with that role or head word ("the company", "the bank")."""
        return self._orgs_by_word.get(word, [])

    def people_of(self, country: str) -> list[int]:
        """The person groups with that country in a title or affiliation."""
        return self._people_of.get(country, [])

    def _fitting_people(self, words: tuple[str, ...], title: str | None,
                        lemma: str) -> tuple[frozenset[int], frozenset[int]]:
        """The person groups whose titles fit a description exactly, and loosely."""
        exact = frozenset(g for g in self._people
                          if _fits_title(self.groups[g], words, title, lemma))
        loose = frozenset(g for g in self._people
                          if title and _fits_title(self.groups[g], words, title, lemma, loose=True))
        return exact, loose


def resolve_description(doc: Doc, mentions: list[Mention], index: int,
                        found: DescriptionIndex) -> tuple[int, str] | None:
    """The mention a definite description means, with the rule's name, or None."""
    description = mentions[index]
    if feature(description, "number") != "sg":
        return None
    lemma = feature(description, "head_lemma")
    noun = role_nouns().get(lemma)
    if noun is None:
        return None
    groups, group_of = found.groups, found.group_of
    cls = _CLASS_OF_TYPE.get(noun.type, "country")
    apposed = _apposed_name(doc, mentions, index, found)
    if apposed is not None and groups[group_of[apposed]].cls == cls:
        return apposed, "description:apposition"  # "his Chinese counterpart Yang Jiechi"
    if feature(description, "possessor_name"):
        return None  # "Okapi's founder": whose founder the name says, not who
    if set(feature(description, "modifiers").split()) & _PAST_WORDS:
        return None  # "the former president" is not whoever holds the office now
    country = feature(description, "country")
    if noun.type == "Person" and country:
        return _person_of_country(found, index, noun, country)
    start = description.start
    if noun.type == "Person":
        if not noun.title_words and feature(description, "possessor"):
            return None  # "his counterpart": whose, the text must say
        exact, loose = found.fitting_people(noun.title_words, description.title, lemma)
        latest = _latest(found, exact, start)
        if not latest and description.title:  # "the minister" -> a "trade minister"
            latest = _latest(found, loose, start)
        reason = "description:title"
    elif noun.type == "Organization":
        latest = _latest(found, found.orgs_called(lemma), start)
        reason = "description:role"
        if not latest:
            latest, reason = recent_orgs(doc, found, index, lemma)
    else:
        latest = _recent_country(found, index, country)
        reason = "description:recent"
    if len(latest) != 1:
        return None
    return next(iter(latest.values())), reason


def _latest(found: DescriptionIndex, candidates, start: int) -> dict[int, int]:
    """The candidate groups mentioned before ``start``, each with its last mention there."""
    latest = {}
    for group in candidates:
        last = found.last_before(group, start)
        if last is not None:
            latest[group] = last
    return latest


def _recent_country(found: DescriptionIndex, index: int, country: str) -> dict[int, int]:
    """"the country": the countries named in its sentence and the one before, each with its
    last mention there."""
    description = found.mentions[index]
    latest: dict[int, int] = {}
    for i in range(index - 1, -1, -1):
        mention = found.mentions[i]
        if mention.sentence < description.sentence - 1:
            break
        group = found.group_of.get(i)
        if group is None or mention.end > description.start:
            continue
        if found.groups[group].cls == "country" and \
                (not country or country in found.groups[group].countries):
            latest.setdefault(group, i)
    return latest


def _apposed_name(doc: Doc, mentions: list[Mention], index: int,
                  found: DescriptionIndex) -> int | None:
    """The name mention in apposition with a description ("his counterpart, Yang Jiechi",
    "Wang Yi, the foreign minister", "my counterpart in Beijing, Yang Jiechi")."""
    head = doc[int(feature(mentions[index], "head"))]
    partners = {c.i for c in head.children if c.dep_ == "appos"}
    if head.dep_ in {"appos", "compound"}:  # "the striker Youssef Benali"
        partners.add(head.head.i)
    for prep in (c for c in head.children if c.dep_ == "prep"):
        # "my counterpart in Beijing, Yang Jiechi": the parser hangs the name on the city,
        # the caller's class check keeps only a name of the description's kind
        partners |= {g.i for o in prep.children if o.dep_ == "pobj"
                     for g in o.children if g.dep_ == "appos"}
    names = sorted(i for head in partners for i in found.names_at.get(head, ())
                   if i in found.group_of)
    if names:
        return names[0] if len(names) == 1 else None
    opened = found.name_prefixed_by(head.idx)  # "the patron Elena Marván", parsed apart
    if opened is not None and opened in found.group_of:
        return opened
    return _name_after_comma(doc, found, index)


# what may follow a name set off after a description: "the mayor, Teodor Rask, who ..."
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", ")", "who", "whose", "of"})


def _name_after_comma(doc: Doc, found: DescriptionIndex, index: int) -> int | None:
    """The name set off by a comma right after a description, whatever the parse: "the
    harbourmaster, Jan Kos, ...", "their captain, Pieter van Wyk, who ...". Not a name that
    opens a list ("the mayor, Teodor Rask and Jan Kos")."""
    description = found.mentions[index]
    span = doc.char_span(description.start, description.end)
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    name = found.name_starting.get(doc[span.end + 1].idx)
    if name is None or name not in found.group_of:
        return None
    after = next((t for t in doc[span.end + 1:] if t.idx >= found.mentions[name].end), None)
    if after is None:
        return name
    if after.lower_ not in _APPOSITION_CLOSERS or _list_goes_on(doc, after, found):
        return None
    return name


def _list_goes_on(doc: Doc, after, found: DescriptionIndex) -> bool:
    """Whether the comma after a name goes on to another name or a conjunction; not to a
    name a verb follows, which opens the main clause after a fronted one ("when he came
    with a letter from the harbourmaster, Jan Kos, Wrona read it")."""
    if after.text != "," or after.i + 1 >= len(doc):
        return False
    following = doc[after.i + 1]
    name = found.name_starting.get(following.idx)
    if name is not None:
        return not _opens_clause(doc, found.mentions[name])
    return following.lower_ in {"and", "or"}


def _opens_clause(doc: Doc, name: Mention) -> bool:
    """Whether a verb comes right after a name ("Wrona read", "Wrona had read"): a list
    would go on with a comma or "and", whatever the parser made of it."""
    head = int(feature(name, "head"))
    after = next((t for t in doc[head + 1:] if t.idx >= name.end), None)
    return after is not None and (after.tag_.startswith("VB") or after.tag_ == "MD")


def _person_of_country(found: DescriptionIndex, index: int, noun,
                       country: str) -> tuple[int, str] | None:
    """The one person of a country a description names anywhere in the document ("the
    Chinese foreign minister", "China's top diplomat", a headline's "Chinese counterpart").

    A person whose title fits the noun first; failing that, the only person of that country
    with no title at all (a title that does not fit rules a person out)."""
    description = found.mentions[index]
    people = found.people_of(country)
    if noun.title_words:
        exact, loose = found.fitting_people(noun.title_words, description.title,
                                            feature(description, "head_lemma"))
        fits = [g for g in people if g in exact] or \
            ([g for g in people if g in loose] if description.title else [])
        if not fits:
            fits = [g for g in people if not found.groups[g].titles]
    else:
        fits = people  # "his Chinese counterpart": any Chinese person
    if len(fits) != 1:
        return None
    names = found.groups[fits[0]].members  # its name mentions, in order
    before = (i for i in reversed(names[:bisect_left(names, index)])
              if found.mentions[i].end <= description.start)
    return next(before, names[0]), "description:country"


def _fits_title(group: Group, words: tuple[str, ...], title: str | None, lemma: str,
                loose: bool = False) -> bool:
    if title and loose:  # "the minister" fits a "trade minister", not a "vice minister"
        wanted = set(title.casefold().split())
        return any(wanted <= set(held.split()) and not (set(held.split()) - wanted) & _RANK_WORDS
                   for held in group.titles)
    if title:  # "The king" after "Aurelio II was King of Castelvero": a role, no title
        return title.casefold() in group.titles or \
            (title.casefold() == lemma and lemma in group.roles and not group.titles)
    if lemma in group.roles:
        return True
    return any(word in held for held in group.titles for word in words)
