"""Every IRI kg writes, defined once.

Ontology terms are ``DefinedNamespace`` classes with ``_fail = True``, so a typo in a term is an
``AttributeError`` rather than a silently wrong IRI. ``ontology/kg.ttl`` documents each term.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["BASE", "KG", "REL", "ENTITY", "CONCEPT", "STATEMENT", "DOCUMENT", "WD", "PREFIXES"]

BASE = "https://w3id.org/kg-builder/"


class KG(DefinedNamespace):
    """kg's ontology: classes and the properties of statements, entities and documents."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # classes
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Group: URIRef
    Event: URIRef
    Work: URIRef
    Product: URIRef
    Law: URIRef
    Concept: URIRef
    Document: URIRef
    Sentence: URIRef
    Statement: URIRef
    Argument: URIRef
    Title: URIRef
    # relation properties hang under this one
    relation: URIRef
    verbLemma: URIRef
    kindOf: URIRef
    particle: URIRef
    # statement properties
    argument: URIRef
    role: URIRef
    value: URIRef
    literalValue: URIRef
    text: URIRef
    position: URIRef
    unit: URIRef
    predicateText: URIRef
    predicateLemma: URIRef
    sentence: URIRef
    sentenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    negated: URIRef
    modality: URIRef
    speaker: URIRef
    asserted: URIRef
    # factuality (kg/rdf/factuality.py)
    Factuality: URIRef
    Asserted: URIRef
    Reported: URIRef
    Wanted: URIRef
    Conditional: URIRef
    Negated: URIRef
    Questioned: URIRef
    factuality: URIRef
    hasDirectTriple: URIRef
    reported: URIRef
    reportOf: URIRef
    subjectText: URIRef
    content: URIRef
    mentions: URIRef
    extractionKind: URIRef
    extractorVersion: URIRef
    # entity properties
    mentionCount: URIRef
    holdsTitle: URIRef
    affiliatedWith: URIRef
    mergeReason: URIRef
    # document properties
    sourceFile: URIRef
    contentHash: URIRef
    inDocument: URIRef


# DefinedNamespace looks every term up through its metaclass (about 1.4 µs; a build asks
# millions of times). Storing each declared term on the class makes it a plain attribute;
# an undeclared name still fails through the metaclass.
for _term in KG.__annotations__:
    type.__setattr__(KG, _term, KG._NS[_term])
del _term


REL = Namespace(BASE + "relation/")  # one property per normalised predicate: REL["meet"]
ENTITY = Namespace(BASE + "entity/")  # ENTITY["person/antony-blinken"]
CONCEPT = Namespace(BASE + "concept/")  # CONCEPT["arms-embargo"]
STATEMENT = Namespace(BASE + "statement/")  # STATEMENT[<hash>]
DOCUMENT = Namespace(BASE + "document/")  # DOCUMENT[<document id, percent-safe>]
WD = Namespace("http://www.wikidata.org/entity/")

# The kinds of entity key (kg.resolve.keys.TYPE_SLUGS): each gets a prefix of its own, so
# ``person:antony-blinken`` needs no escaped slash (Virtuoso keeps ``ent:person\/x``'s backslash).
ENTITY_KINDS = ("person", "organization", "country", "place", "group", "event", "work", "product",
                "law", "entity")

PREFIXES = {
    "kg": KG._NS,
    "rel": REL,
    "ent": ENTITY,
    **{kind: Namespace(f"{ENTITY}{kind}/") for kind in ENTITY_KINDS},
    "concept": CONCEPT,
    "stmt": STATEMENT,
    "doc": DOCUMENT,
    "wd": WD,
}
