"""Descriptions of organisations no index settles: "the company" as the one recent
organisation of a fitting kind (org_kinds.tsv), and, where several fit, the one its own
words ("the venture firm": Saltgrass Ventures), its reported clause ("X raised money, the
company said") or the text's main organisation singles out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kg.coref.groups import Group
from kg.extract.attribution import is_speech_verb
from kg.resolve.names import feature, org_kinds

if TYPE_CHECKING:
    from kg.coref.descriptions import DescriptionIndex

__all__ = ["recent_orgs"]


# how many sentences before its own a description may look for the one organisation it fits
_ORG_WINDOW = 3
_INDEFINITE = frozenset({"a", "an", "another", "one", "any", "some", "no", "each", "every"})


def recent_orgs(doc: Doc, found: DescriptionIndex, index: int,
                lemma: str) -> tuple[dict[int, int], str]:
    """The recent organisations a description may mean, narrowed to one by its own words,
    its clause or the text's salience where they tie, with the rule's name."""
    latest = _recent_orgs(doc, found, index, lemma)
    if len(latest) > 1:
        return _settle_org_tie(doc, found, index, latest)
    return latest, "description:recent-org"


def _recent_orgs(doc: Doc, found: DescriptionIndex, index: int, lemma: str) -> dict[int, int]:
    """"The company has lost money ...": the organisations of a fitting kind (org_kinds.tsv)
    mentioned in the description's sentence and the few before, each with its last mention
    there. A description is not the subject of its own clause ("the Commission could fine
    the operator"), and one that repeats an unnamed noun ("a bank ... the bank") means that.
    """
    description = found.mentions[index]
    head = doc[int(feature(description, "head"))]
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return {}  # "the force of the blast", "the group of favourites": said by its own words
    own_subject = _clause_subject(head)
    first = doc[head.sent.start].i
    for sentence in range(_ORG_WINDOW):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    if any(t.lemma_.lower() == lemma and t.tag_ == "NN" and
           any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children)
           for t in doc[first:head.i]):
        return {}
    latest: dict[int, int] = {}
    for i in range(index - 1, -1, -1):
        mention = found.mentions[i]
        if mention.sentence < description.sentence - _ORG_WINDOW:
            break
        group = found.group_of.get(i)
        if group is None or mention.end > description.start or found.groups[group].cls != "org":
            continue
        if mention.kind == "name" and feature(mention, "dep") == "compound":
            continue  # "the Xbox maker": a modifier, not a thing talked about
        if own_subject is not None and int(feature(mention, "head", "-1")) == own_subject.i:
            continue
        if _kind_fits(found.groups[group], lemma):
            latest.setdefault(group, i)
    if latest and _untyped_name_near(found, index):
        return {}  # "Halden Freight [PERSON] sued Morvik Shipping": an unsure name competes
    return latest


def _settle_org_tie(doc: Doc, found: DescriptionIndex, index: int,
                    latest: dict[int, int]) -> tuple[dict[int, int], str]:
    """The one of several recent organisations that the description's own words or clause
    single out, else all of them (the caller abstains)."""
    for settle, reason in ((_named_by_modifier, "description:modifier"),
                           (_reported_subject, "description:reported"),
                           (_dominant, "description:dominant")):
        chosen = settle(doc, found, index, latest)
        if chosen is not None:
            return {chosen: latest[chosen]}, reason
    return latest, "description:recent-org"


def _named_by_modifier(doc: Doc, found: DescriptionIndex, index: int,
                       latest: dict[int, int]) -> int | None:
    """"The venture firm" after "Saltgrass Ventures": the one candidate whose name ends in a
    word the description modifies its noun with."""
    words = set(feature(found.mentions[index], "modifiers").split())
    words |= {word + "s" for word in words}
    fitting = [g for g in latest if words & found.groups[g].head_words]
    return fitting[0] if len(fitting) == 1 else None


def _reported_subject(doc: Doc, found: DescriptionIndex, index: int,
                      latest: dict[int, int]) -> int | None:
    """"Kheti Labs has raised $42 million in a round led by Saltgrass, the company said": a
    description reporting a clause before it is that clause's subject."""
    head = doc[int(feature(found.mentions[index], "head"))]
    verb = head.head
    if head.dep_ != "nsubj" or not is_speech_verb(verb):
        return None
    reported = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < head.i]
    subjects = {s.i for c in reported for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}}
    fitting = [g for g in latest
               if any(int(feature(found.mentions[i], "head", "-1")) in subjects
                      for i in found.groups[g].members if found.mentions[i].end <= head.idx)]
    return fitting[0] if len(fitting) == 1 else None


# how often the document's main organisation must have been mentioned, at the least and
# against each other candidate, to be what a tied description means
_DOMINANT_MENTIONS, _DOMINANT_RATIO = 3, 2


def _dominant(doc: Doc, found: DescriptionIndex, index: int,
              latest: dict[int, int]) -> int | None:
    """"Lee joined Hanbit from the consulting firm Ardent Partners. She built the company's
    cloud business": the candidate the text has been about (mentioned, by name, pronoun or
    description, at least twice as often as each other one so far). Only for a bare noun:
    "the South Korean firm" singles out by its words, not by salience."""
    if feature(found.mentions[index], "modifiers"):
        return None
    counts = sorted(((found.mentions_so_far(g), g) for g in latest), reverse=True)
    (top, group), (second, _) = counts[0], counts[1]
    return group if top >= _DOMINANT_MENTIONS and top >= _DOMINANT_RATIO * second else None


def _untyped_name_near(found: DescriptionIndex, index: int) -> bool:
    """Whether a multi-word name in the window is a "person" on the model's word alone (no
    known first name, title, role or honorific), which may be an organisation it mislabelled."""
    description = found.mentions[index]
    for i in range(index - 1, -1, -1):
        mention = found.mentions[i]
        if mention.sentence < description.sentence - _ORG_WINDOW:
            return False
        group = found.group_of.get(i)
        if mention.kind == "name" and group is not None and found.groups[group].cls == "person" \
                and not (found.groups[group].gender or found.groups[group].titles or
                         found.groups[group].roles) and \
                len(mention.name.split()) > 1 and not feature(mention, "honorific"):
            return True
    return False


def _kind_fits(group: Group, lemma: str) -> bool:
    """Whether a role noun may describe an organisation: same kind, or a kind-less name."""
    kinds = org_kinds()
    wanted = kinds.get(lemma, "")
    have = {kinds[w] for w in group.roles | group.head_words if w in kinds} - {"any"}
    return wanted in {"", "any"} or not have or wanted in have


def _clause_subject(token) -> object | None:
    """The subject of the clause a non-subject token sits in, or None."""
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return None
    node = token.head
    for _ in range(20):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or node.head.i == node.i:
            return subject
        node = node.head
    return None
