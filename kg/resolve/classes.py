"""The coarse class of a name (person, org, country, place, group), as spaCy's label and the
gazetteer give it, and as the document's own evidence of people corrects it."""

from __future__ import annotations

from kg.resolve.gazetteer import lookup_country, lookup_known
from kg.resolve.names import feature, given_name_gender, is_initial, match_key, title_words
from kg.types import Mention

__all__ = ["document_classes", "mention_class"]

_KNOWN_CLASS = {"Person": "person", "Organization": "org", "Country": "country",
                "Place": "place", "Group": "group"}


def mention_class(mention: Mention) -> str:
    """The coarse class of a name mention: person, org, country, place, group or other."""
    known = lookup_known(mention.name)
    if known is not None and known.type in _KNOWN_CLASS:
        return _KNOWN_CLASS[known.type]
    label = mention.label
    if label == "PERSON":
        return "person"
    if label == "ORG":
        return "org"
    if label == "GPE":
        return "country" if lookup_country(mention.name) else "city"
    if label in {"LOC", "FAC"}:
        return "place"
    if label == "NORP":
        return "group"
    return "other"


# words of organisation and place names, never of a person's ("King of Castelvero")
_NOT_IN_PERSON_NAMES = frozenset({"of", "the", "and", "for", "on", "at"})
# last words of team and town names that begin with a given name ("Orlando City")
_NOT_PERSON_HEADS = frozenset({"city", "town", "united", "county", "rovers", "wanderers",
                               "athletic", "albion", "fc"})


def document_classes(names: list[tuple[int, Mention]]) -> dict[int, str]:
    """Each name's class, with what the document says of people overriding spaCy's label:
    an honorific or title, a first word that is a given name ("Ingrid Halvorsen" tagged ORG),
    or a single word of a person's name ("Halvorsen" tagged GPE after "Ingrid Halvorsen")."""
    classes = {i: mention_class(m) for i, m in names}
    words_of = {i: match_key(m.name).split() for i, m in names}
    person_words: set[str] = set()
    for i, m in names:
        if classes[i] in {"person", "country"} or lookup_known(m.name) is not None:
            continue
        words = words_of[i]
        if feature(m, "honorific") or m.title or (
                1 < len(words) <= 4 and not feature(m, "org_head") and
                given_name_gender(words[0]) in {"m", "f"} and words[0] not in title_words() and
                not set(words) & _NOT_IN_PERSON_NAMES and words[-1] not in _NOT_PERSON_HEADS):
            classes[i] = "person"
    for i, _ in names:
        if classes[i] == "person" and len(words_of[i]) > 1:
            person_words.update(w for w in words_of[i] if not is_initial(w))
    org_words = {w for i, _ in names if classes[i] == "org" and len(words_of[i]) > 1
                 for w in words_of[i] if not is_initial(w)} - person_words
    for i, m in names:
        words = words_of[i]
        if len(words) != 1 or classes[i] == "country" or lookup_known(m.name) is not None:
            continue
        if words[0] in person_words:
            classes[i] = "person"
        elif words[0] in org_words and classes[i] in {"person", "city"} and \
                not (feature(m, "honorific") or m.title):
            classes[i] = "org"  # "Vaara" tagged PERSON after "Vaara Packaging Oyj"
    return classes
