"""Cross-document clustering of name mentions into canonical entities.

The unit is a *node*: one name (by match key) within one document. Nodes are joined with a
union-find, every join recording why, in this order:

1. ``declared``: the user's merge rules;
2. ``alias-table``: names the gazetteer knows as one thing (US / U.S. / United States);
3. ``name``: the same full name in different documents, middle initials ignored;
4. ``defined-alias``: a short name the document defines ("the Palestinian Authority (PA)");
   ``surname`` / ``short-form`` / ``acronym`` / ``possessive``: a one-word name linked to the
   only longer name of its document that contains it ("Blinken" -> "Antony Blinken",
   "Didi" -> "Didi Chuxing", "WHO" -> "World Health Organization"), and a person's name of
   several words to the only longer one it ends ("Kilroy-Silk" -> "Robert Kilroy-Silk");
5. ``head-word``: an organisation named with and without its head word ("Veritas" /
   "Veritas Party", "Tata" / "Tata Group");
6. ``country-prefix``: "Chinese Foreign Ministry" -> "Foreign Ministry" when both occur;
7. ``surname`` across the corpus: a one-word name no document resolves, linked to the person
   of the corpus who owns it: the only one whose name contains it, or the one that dominates
   the others that agree with it (honorific gender, title); a lone first name ("Michael") is
   never linked across documents. Otherwise one-word names join each other.

A ``forbid`` rule refuses any join that would put its two names in one entity. Documents are
processed in id order and every tie is broken by sorted keys, so input order never matters.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.resolve.classes import document_classes
from kg.resolve.gazetteer import (
    Known, country_of_demonym, is_capital, lookup_country, lookup_known,
)
from kg.resolve.names import (
    clean_surface, feature, given_name_gender, is_common_given_name, is_initial, match_key,
    strip_article, title_words,
)

__all__ = ["Node", "Clusters", "build_clusters"]

_PERSONISH = {"PERSON"}
# A country name or demonym before these is the body's country ("Chinese Foreign Ministry");
# before other names it is part of the name ("German Marshall Fund").
_STATE_BODIES = frozenset({"ministry", "department", "embassy", "government", "army", "navy",
                           "police", "parliament", "office", "military", "guard", "bank",
                           "cabinet", "senate", "congress", "court", "agency", "commission",
                           "council", "forces", "media", "television", "radio"})
# Head words an organisation's name is also used without ("the Veritas Party" / "Veritas").
_DROPPABLE_HEADS = frozenset({"party", "group", "corp", "corporation", "inc", "ltd", "plc",
                              "holdings", "llc"})
# A surname mentioned this many times more often as one person's than as any other's is his
# or hers when a document does not say which ("Blair": Tony Blair, not Cherie Blair).
_DOMINANCE = 5


@dataclass
class Node:
    """One name within one document, with the evidence of its mentions."""

    id: int
    document: str
    key: str
    surfaces: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    titles: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    affiliations: Counter = field(default_factory=Counter)
    titled: int = 0
    org_headed: int = 0  # mentions whose last word makes an organisation ("Hanbit Telecom")
    genders: Counter = field(default_factory=Counter)  # "m"/"f" from honorifics ("Mrs May")
    plural: int = 0  # mentions whose head is a plural noun ("the Greens")
    he_she: int = 0  # "he", "she", "his", "her" that coreference linked to it
    named_like_a_person: bool = False  # its document reads it as a person ("Tomasz Wrona")
    first_name: bool = False  # "Michael" for the document's "Michael Howard": no alias
    known: Known | None = None
    spans: list[tuple[int, int, int, int, int, int]] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return self.key.split()

    @property
    def mentions(self) -> int:
        return sum(self.surfaces.values())

    @property
    def is_plural(self) -> bool:
        """Most of its mentions have a plural head ("the Lib Dems")."""
        return self.plural * 2 > self.mentions

    @property
    def is_person(self) -> bool:
        """Person evidence: a title or honorific, or a PERSON label majority; a plural name
        ("Lib Dems") is never one person."""
        if self.titled or self.he_she and self.named_like_a_person:
            return True  # two signals of the document's own: a given name, and "he" or "she"
        if self.known is not None and self.known.type != "Person" or self.is_plural:
            return False
        person = sum(c for label, c in self.labels.items() if label in _PERSONISH) + \
            self.he_she / 2
        return person * 2 > sum(self.labels.values()) + self.he_she / 2 or (
            person > 0 and self.known is None and len(self.words) > 1)


@dataclass
class Clusters:
    """The nodes, their union-find roots and the recorded joins."""

    nodes: list[Node]
    parent: list[int]
    members: dict[int, set[str]]  # root -> match keys of its nodes (for forbid checks)
    joins: list[tuple[int, int, str]]  # (node, node, reason)
    forbid: set[frozenset[str]]

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: int, b: int, reason: str) -> bool:
        """Join the clusters of two nodes unless a forbid rule stands between them."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.forbid and any(frozenset((x, y)) in self.forbid
                               for x in self.members[ra] for y in self.members[rb]):
            return False
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.joins.append((a, b, reason))
        return True


def node_key(name: str) -> str:
    """The match key of a name with middle initials dropped ("antony j blinken" -> ...)."""
    words = match_key(name).split()
    if len(words) > 2:
        words = [words[0], *[w for w in words[1:-1] if len(w) > 1], words[-1]]
    return " ".join(words)


def build_clusters(analyses, forbid=(), declare=()) -> tuple[Clusters, dict]:
    """Cluster the name mentions of all analyses.

    Args:
        analyses: DocumentAnalysis records, in any order.
        forbid: pairs of names that must not be one entity.
        declare: pairs of names that must be one entity.

    Returns:
        The clusters, and a map ``(document, mention index) -> node id`` for name mentions.
    """
    nodes: list[Node] = []
    node_of: dict[tuple[str, int], int] = {}
    by_document: dict[str, list[int]] = defaultdict(list)
    defined: list[tuple[int, int]] = []
    for analysis in sorted(analyses, key=lambda a: a.document.id):
        defined += _add_document(analysis, nodes, node_of, by_document)
    clusters = Clusters(nodes, list(range(len(nodes))), {n.id: {n.key} for n in nodes}, [],
                        {frozenset((match_key(a), match_key(b))) for a, b in forbid})
    _join_declared(clusters, declare)
    for long_name, alias in defined:
        clusters.union(long_name, alias, "defined-alias")
    _join_global(clusters, lambda n: f"known:{n.known.type}:{n.known.canonical}"
                 if n.known is not None and not (n.is_person and n.known.type != "Person")
                 else None, "alias-table")
    _join_global(clusters, lambda n: f"name:{n.key}" if len(n.words) > 1 and n.known is None
                 else None, "name")
    linked, ambiguous = _join_short_forms(clusters, by_document)
    linked |= _join_known_short_forms(clusters)
    _join_without_head(clusters)
    _join_country_prefixed(clusters)
    _join_corpus_singles(clusters, linked, ambiguous)
    return clusters, node_of


def _add_document(analysis, nodes: list[Node], node_of: dict,
                  by_document: dict) -> list[tuple[int, int]]:
    """Add a document's name nodes; returns the (long name, alias) node pairs it defines."""
    document = analysis.document.id
    local: dict[str, int] = {}
    aliases: list[tuple[int, str]] = []
    names = [(i, m) for i, m in enumerate(analysis.mentions) if m.kind == "name" and m.name]
    classes = document_classes(names)
    keys = {node_key(m.name) for _, m in names}
    for index, mention in names:
        key = node_key(mention.name)
        surface = _surface(mention.name)
        if key.endswith("s") and len(key.split()) == 1 and \
                any(key[:-1] in k.split() for k in keys):
            # "Blinkens'" written for "Blinken's": the s-less name the document also has
            key, surface = key[:-1], surface[:-1]
        if key not in local:
            local[key] = len(nodes)
            nodes.append(Node(len(nodes), document, key, known=_known(mention.name)))
            by_document[document].append(local[key])
        node = nodes[local[key]]
        node.surfaces[surface] += 1
        node.labels[mention.label] += 1
        node.named_like_a_person |= classes[index] == "person"
        if mention.title:
            node.titles[mention.title] += 1
        if mention.title or feature(mention, "honorific"):
            node.titled += 1
        elif feature(mention, "org_head"):
            node.org_headed += 1
        if feature(mention, "gender") in {"m", "f"}:
            node.genders[feature(mention, "gender")] += 1
        if feature(mention, "plural") == "1":
            node.plural += 1
        if feature(mention, "role"):
            node.roles[feature(mention, "role")] += 1
        if feature(mention, "affiliation"):
            node.affiliations[feature(mention, "affiliation")] += 1
        node.spans.append(_spans(mention))
        node_of[(document, index)] = node.id
        if feature(mention, "alias_of"):
            aliases.append((node.id, node_key(feature(mention, "alias_of"))))
    owners: dict[str, set[int]] = defaultdict(set)  # word -> the document's names holding it
    for node in local.values():
        for word in nodes[node].words:
            owners[word].add(node)
    for link in analysis.coref:  # "Nadia Haddad" tagged GPE is a person if she is "she"
        node = node_of.get((document, link.antecedent))
        if node is not None and \
                feature(analysis.mentions[link.mention], "gender") in {"m", "f"}:
            for target in _with_full_name(nodes, node, owners):
                nodes[target].he_she += 1
    return [(local[key], alias) for alias, key in aliases if key in local and local[key] != alias]


def _with_full_name(nodes: list[Node], node: int, owners: dict[str, set[int]]) -> list[int]:
    """A node and the one longer name of its document it is a word of ("Wrona" and
    "Tomasz Wrona"), which coreference took for one person."""
    words = nodes[node].words
    holders = set.intersection(*(owners[w] for w in words)) if words else set()
    longer = [other for other in holders if len(nodes[other].words) > len(words)]
    return [node, *longer] if len(longer) == 1 else [node]


def _known(name: str) -> Known | None:
    """What the gazetteer knows a name as; a national capital is at least a place."""
    known = lookup_known(name)
    if known is None and is_capital(name):
        return Known("Place", clean_surface(name))
    return known


def _surface(name: str) -> str:
    text = strip_article(clean_surface(name))
    if text.isupper() and len(text) > 4 and text.isalpha():
        return text.title()  # "WASHINGTON" in a dateline
    return text


def _spans(mention) -> tuple[int, int, int, int, int, int]:
    def number(key: str, default: int) -> int:
        value = feature(mention, key)
        return int(value) if value else default

    return (mention.start, mention.end, number("name_start", mention.start),
            number("name_end", mention.end), number("head_start", mention.start),
            number("head_end", mention.end))


def _join_declared(clusters: Clusters, declare) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for node in clusters.nodes:
        by_key[node.key].append(node.id)
    for a, b in sorted(declare):
        ids = by_key.get(node_key(a), []) + by_key.get(node_key(b), [])
        for other in ids[1:]:
            clusters.union(ids[0], other, "declared")


def _join_global(clusters: Clusters, key_of, reason: str) -> None:
    first: dict[str, int] = {}
    for node in clusters.nodes:
        key = key_of(node)
        if key is None:
            continue
        if key in first:
            clusters.union(first[key], node.id, reason)
        else:
            first[key] = node.id


def _join_short_forms(clusters: Clusters,
                      by_document: dict[str, list[int]]) -> tuple[set[int], dict[int, set[int]]]:
    """Link one-word names to the only longer name of their document containing them.

    Returns the nodes linked, and for those their document leaves between several people
    ("Mr Blair" where Tony and Ian Blair are both named) the nodes of those people: only
    they may own the name later."""
    linked: set[int] = set()
    ambiguous: dict[int, set[int]] = {}
    for document in sorted(by_document):
        ids = by_document[document]
        longer = [clusters.nodes[i] for i in ids if len(clusters.nodes[i].words) > 1]
        for node in (clusters.nodes[i] for i in ids):
            if len(node.words) > 1:
                target = _only_person_ending_with(clusters, node, longer)
                if target is not None and clusters.union(target.id, node.id, "surname"):
                    linked.add(node.id)
                continue
            if node.known is not None and not node.is_person:
                continue
            word = node.key
            persons = {clusters.find(o.id): o for o in longer
                       if o.is_person and word in o.words and not is_initial(word)}
            others = {clusters.find(o.id): o for o in longer
                      if not o.is_person and (o.words[0] == word or _acronym(o) == word)
                      and len(word) > 2 and word not in title_words()}
            if len(persons) > 1 and node.titles:
                persons = {root: o for root, o in persons.items() if _shares_title(node, o)}
            if len(persons) > 1 and node.genders:
                persons = {root: o for root, o in persons.items() if _agrees(node, [o])}
            owners = {o.id for o in persons.values() if not _is_first_name(word, o)}
            if len(persons) > 1 and owners:
                ambiguous[node.id] = owners
            if len(persons) == 1 and not others and (node.is_person or node.known is None):
                target = next(iter(persons.values()))
                node.first_name = _is_first_name(word, target)
                reason = "first-name" if node.first_name else "surname"
                if clusters.union(target.id, node.id, reason):
                    linked.add(node.id)
            elif len(others) == 1 and not persons and not node.titled:
                target = next(iter(others.values()))
                reason = "acronym" if _acronym(target) == word else "short-form"
                if clusters.union(target.id, node.id, reason):
                    linked.add(node.id)
    return linked, ambiguous


def _gender(nodes) -> str:
    """"m", "f" or "" for the person of some nodes: honorifics first, then a given name."""
    said = Counter()
    for node in nodes:
        said.update(node.genders)
    if said:
        return said.most_common(1)[0][0] if len(said) == 1 else ""
    for node in sorted(nodes, key=lambda n: (-len(n.words), n.key)):
        if len(node.words) > 1:
            gender = given_name_gender(node.words[0])
            return gender if gender in {"m", "f"} else ""
    return ""


def _agrees(short: Node, person: list[Node]) -> bool:
    """Whether a short name's honorific gender ("Mrs Blair") fits a person's."""
    wanted = _gender([short]) if short.genders else ""
    found = _gender(person)
    return not wanted or not found or wanted == found


def _is_first_name(word: str, person: Node) -> bool:
    """"Michael" in "Michael Howard": the first word of a person's name and a common given
    name ("Xi" in "Xi Jinping" is neither a common given name nor, here, a first name)."""
    words = person.words
    return len(words) > 1 and words[0] == word != words[-1] and is_common_given_name(word)


def _only_person_ending_with(clusters: Clusters, node: Node, longer: list[Node]) -> Node | None:
    """The one longer person name of the document that a person's name of several words ends
    ("Kilroy-Silk" in "Robert Kilroy-Silk", "Lloyd Webber" in "Andrew Lloyd Webber"), if one."""
    if not node.is_person or node.known is not None:
        return None
    size = len(node.words)
    persons = {clusters.find(o.id): o for o in longer
               if o.is_person and len(o.words) > size and o.words[-size:] == node.words}
    return next(iter(persons.values())) if len(persons) == 1 else None


def _join_known_short_forms(clusters: Clusters) -> set[int]:
    """"Vantor" or "PA" alone in a document: the organisation other documents use it for, when
    they all use it for one."""
    owners: dict[str, set[int]] = defaultdict(set)
    for _, short, reason in clusters.joins:
        if reason in {"short-form", "acronym", "defined-alias"}:
            owners[clusters.nodes[short].key].add(short)
    linked = set()
    for node in clusters.nodes:
        if node.key not in owners or len(node.words) != 1 or node.is_person or \
                node.known is not None or node.id in owners[node.key]:
            continue
        roots = {clusters.find(n) for n in owners[node.key]}
        if len(roots) == 1 and clusters.union(roots.pop(), node.id, "short-form"):
            linked.add(node.id)
    return linked


def _join_without_head(clusters: Clusters) -> None:
    """"Veritas" is the "Veritas Party" when both are named: the organisation without its head
    word. People and the names the gazetteer knows as something else are left alone."""
    by_key: dict[str, list[Node]] = defaultdict(list)
    for node in clusters.nodes:
        by_key[node.key].append(node)
    for node in clusters.nodes:
        if len(node.words) < 2 or node.words[-1] not in _DROPPABLE_HEADS or node.is_person or \
                (node.known is not None and node.known.type != "Organization"):
            continue
        for short in by_key.get(" ".join(node.words[:-1]), ()):
            # not a "Liberal" already joined to "Liberal Democrats": one name, two parties
            alone = clusters.members[clusters.find(short.id)] <= {short.key, node.key}
            if alone and not short.is_person and short.known is None and not short.titled:
                clusters.union(node.id, short.id, "head-word")


def _shares_title(short: Node, full: Node) -> bool:
    """"Secretary Blinken" and "Secretary of State Antony Blinken" share a title word."""
    words = {w for title in short.titles for w in match_key(title).split()} - {"of", "the"}
    held = {w for title in full.titles for w in match_key(title).split()}
    return bool(words & held)


def _acronym(node: Node) -> str:
    words = [w for w in node.words if w not in {"of", "the", "and", "for", "on"}]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _join_country_prefixed(clusters: Clusters) -> None:
    """"Chinese Foreign Ministry" is the "Foreign Ministry" named elsewhere, of China."""
    by_key: dict[str, int] = {}
    for node in clusters.nodes:
        by_key.setdefault(node.key, node.id)
    for node in clusters.nodes:
        if node.is_person or len(node.words) < 3:
            continue
        surface = node.surfaces.most_common(1)[0][0].split()
        for cut in (1, 2):
            head = " ".join(surface[:cut])
            country = country_of_demonym(head) or (lookup_country(head).canonical
                                                   if lookup_country(head) else None)
            rest = node_key(" ".join(surface[cut:]))
            if country and len(rest.split()) > 1 and lookup_known(" ".join(surface)) is None and \
                    rest.split()[-1] in _STATE_BODIES:
                node.affiliations[country] += 1
                if rest in by_key:
                    clusters.union(by_key[rest], node.id, "country-prefix")
                break


def _join_corpus_singles(clusters: Clusters, linked: set[int],
                         ambiguous: dict[int, set[int]]) -> None:
    """One-word names no document resolved: to the corpus's person who owns the word."""
    persons_with: dict[str, set[int]] = defaultdict(set)
    for node in clusters.nodes:
        if len(node.words) > 1 and node.is_person:
            for word in node.words:
                if not is_initial(word) and not _is_first_name(word, node):
                    persons_with[word].add(clusters.find(node.id))
    label_votes: dict[str, Counter] = defaultdict(Counter)
    for node in clusters.nodes:
        if len(node.words) == 1:
            label_votes[node.key].update(node.labels)
    members: dict[int, list[Node]] = defaultdict(list)
    for node in clusters.nodes:
        members[clusters.find(node.id)].append(node)
    first: dict[str, int] = {}
    for node in clusters.nodes:
        if len(node.words) != 1 or node.id in linked or \
                (node.known is not None and not node.is_person):
            continue
        votes = label_votes[node.key]
        personish = node.is_person or votes["PERSON"] * 2 >= sum(votes.values())
        candidates = ambiguous.get(node.id) or persons_with.get(node.key, ())
        owner = _owner(node, {clusters.find(r) for r in candidates}, members)
        if owner is not None and personish:
            clusters.union(owner, node.id, "surname")
        elif node.key in first:
            clusters.union(first[node.key], node.id, "name")
        else:
            first[node.key] = node.id


def _owner(node: Node, roots: set[int], members: dict[int, list[Node]]) -> int | None:
    """The one person (a cluster root) a one-word name means: the only candidate that agrees
    with its titles and honorific gender, or one mentioned in the corpus ``_DOMINANCE`` times
    more often than any other; None when two stay plausible."""
    if len(roots) > 1 and node.titles:  # "President Biden": the Biden who is president
        roots = {r for r in roots if any(_shares_title(node, other)
                                         for other in members[r] if other.titles)}
    if len(roots) > 1 and node.genders:
        roots = {r for r in roots if _agrees(node, members[r])}
    if len(roots) == 1:
        return next(iter(roots))
    if not roots:
        return None
    counts = sorted(((sum(n.mentions for n in members[r]), r) for r in roots), reverse=True)
    return counts[0][1] if counts[0][0] >= _DOMINANCE * counts[1][0] else None
