"""The document's name mentions in groups, each one thing by name within the document."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.resolve.classes import document_classes
from kg.resolve.gazetteer import lookup_country, lookup_known
from kg.resolve.names import feature, given_name_gender, is_common_given_name, is_initial, match_key
from kg.types import Mention

__all__ = ["Group", "group_names"]

@dataclass
class Group:
    """Name mentions of the document that are one thing (by name within the document)."""

    cls: str
    members: list[int] = field(default_factory=list)
    gender: str = ""
    titles: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    head_words: set[str] = field(default_factory=set)


def group_names(mentions: list[Mention]) -> tuple[dict[int, int], list[Group]]:
    """Group the document's name mentions: same name, or a single word of a longer name."""
    group_of: dict[int, int] = {}
    groups: list[Group] = []
    by_key: dict[tuple[str, str], int] = {}
    names = [(i, m) for i, m in enumerate(mentions) if m.kind == "name"]
    class_of = document_classes(names)
    long_words: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for i, m in names:
        cls = class_of[i]
        key = _name_key(m, cls)
        words = key[1].split()
        if len(words) > 1:
            for word in words:
                if not is_initial(word):
                    long_words.setdefault((cls, word), set()).add(key)
    titles_of: dict[tuple[str, str], set[str]] = {}
    for i, m in names:
        if m.title:
            titles_of.setdefault(_name_key(m, class_of[i]), set()).add(m.title.casefold())
    for i, m in names:
        cls = class_of[i]
        key = _name_key(m, cls)
        owners = long_words.get((cls, key[1]), set())
        if len(key[1].split()) == 1 and len(owners) > 1 and m.title:
            owners = {k for k in owners if m.title.casefold() in titles_of.get(k, set())}
        if len(key[1].split()) == 1 and len(owners) == 1:
            key = next(iter(owners))
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append(Group(cls))
        group = groups[by_key[key]]
        group_of[i] = by_key[key]
        group.members.append(i)
        if feature(m, "gender"):
            group.gender = feature(m, "gender")
        elif cls == "person" and not group.gender and key[1]:
            # "Ingrid Halvorsen" is a woman; a lone word only if commonly given ("Gonzalo")
            first = key[1].split()[0]
            given = given_name_gender(first) if len(key[1].split()) > 1 or \
                is_common_given_name(first) else None
            group.gender = given if given in {"m", "f"} else ""
        if m.title:
            group.titles.add(m.title.casefold())
        if feature(m, "role"):
            group.roles.add(feature(m, "role"))
        if feature(m, "title_country") or feature(m, "affiliation"):
            group.countries.add(feature(m, "title_country") or feature(m, "affiliation"))
        if cls == "country":
            group.countries.add(lookup_country(m.name).canonical)
        group.head_words.add(match_key(m.name).split()[-1] if match_key(m.name) else "")
    return group_of, groups


def _name_key(mention: Mention, cls: str) -> tuple[str, str]:
    known = lookup_known(mention.name)
    if known is not None:
        return cls, match_key(known.canonical)
    words = [w for w in match_key(mention.name).split() if not is_initial(w)]
    return cls, " ".join(words)

