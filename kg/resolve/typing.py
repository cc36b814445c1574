"""Type voting: decide an entity's ontology class from all the evidence of its mentions.

Evidence, strongest first: the gazetteer (a known country, organisation or group), a title or
honorific (only people hold them), a role noun ("rideshare company Didi Chuxing"), then the
majority of spaCy's labels. spaCy's small model tags many people GPE; the stronger evidence
overrides it.
"""

from __future__ import annotations

from collections import Counter

__all__ = ["LABEL_TYPES", "TYPE_ORDER", "vote_type"]

LABEL_TYPES = {
    "PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
    "NORP": "Group", "EVENT": "Event", "WORK_OF_ART": "Work", "LAW": "Law", "PRODUCT": "Product",
}
TYPE_ORDER = ("Person", "Organization", "Country", "Place", "Group", "Event", "Work", "Law",
              "Product", "Entity")

_KNOWN_WEIGHT = 100
_TITLE_WEIGHT = 5
_ROLE_WEIGHT = 5


def vote_type(*, known: Counter, labels: Counter, titled: int, roles: Counter) -> str:
    """The winning type.

    Args:
        known: gazetteer types of the entity's names, with counts.
        labels: spaCy labels of its name mentions, with counts.
        titled: how many of its mentions carry a title or an honorific.
        roles: types implied by role nouns ("company" -> Organization), with counts.

    Returns:
        An ontology class local name (Person, Organization, Country, Place, ...).

    >>> vote_type(known=Counter(), labels=Counter({"GPE": 3, "PERSON": 2}), titled=1,
    ...           roles=Counter())
    'Person'
    """
    votes: Counter = Counter()
    for type_name, count in known.items():
        votes[type_name] += _KNOWN_WEIGHT * count
    votes["Person"] += _TITLE_WEIGHT * titled
    for type_name, count in roles.items():
        votes[type_name] += _ROLE_WEIGHT * count
    for label, count in labels.items():
        votes[LABEL_TYPES.get(label, "Entity")] += count
    if not +votes:  # no positive evidence at all
        return "Entity"
    return max(TYPE_ORDER, key=lambda t: (votes[t], -TYPE_ORDER.index(t)))
