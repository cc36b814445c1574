"""Generated kg graphs for the viz tests and benchmark, following the common RDF model.

Entities of several classes, concepts, documents, and facts asserted twice (a direct ``rel:``
triple and a ``kg:Statement`` with sentence, document, offsets, confidence and arguments).
Sentences carry quotes, ``<``, ``&`` and a ``<script>`` tag, so escaping is exercised.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal
from rdflib.namespace import DCTERMS, PROV

from kg.namespaces import CONCEPT, DOCUMENT, ENTITY, KG, PREFIXES, REL, STATEMENT

CLASSES = ("Person", "Organization", "Country", "Place", "Group", "Event")
VERBS = ("meet", "warn", "criticize", "visit", "raise", "sign", "discuss", "accuse", "urge", "host")
ROLES = ("with", "about", "in", "on")


def make_graph(entities: int, edges: int, *, concepts: int | None = None, documents: int = 20, seed: int = 1) -> Graph:
    """A random kg graph with ``entities`` entities, some concepts, and ``edges`` distinct facts.

    Every fact has one statement, some a second one (from another document); one in fifty is
    negated (statement only, no direct triple), so edges == ``edges`` exactly.
    """
    rng = random.Random(seed)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    concepts = max(1, entities // 10) if concepts is None else concepts
    people = [_add_entity(graph, i, CLASSES[i % len(CLASSES)], rng) for i in range(entities)]
    ideas = [_add_concept(graph, i) for i in range(concepts)]
    docs = [_add_document(graph, i) for i in range(documents)]
    for verb in VERBS:
        graph.add((REL[verb], RDFS.subPropertyOf, KG.relation))
        graph.add((REL[verb], RDFS.label, Literal(verb + "s", lang="en")))
    seen: set[tuple] = set()
    count = 0
    while count < edges:
        subject = rng.choice(people)
        obj = rng.choice(ideas) if rng.random() < 0.1 else rng.choice(people)
        verb = rng.choice(VERBS)
        if obj == subject or (subject, verb, obj) in seen:
            continue
        seen.add((subject, verb, obj))
        count += 1
        graph.add((subject, REL[verb], obj))
        for copy in range(1 + (rng.random() < 0.3)):
            _add_statement(graph, f"s{count}-{copy}", subject, verb, obj, rng.choice(docs), rng, negated=False)
        if rng.random() < 0.02:
            _add_statement(graph, f"n{count}", obj, verb, subject, rng.choice(docs), rng, negated=True)
    return graph


def _add_entity(graph: Graph, i: int, cls: str, rng: random.Random):
    node = ENTITY[f"{cls.lower()}/entity-{i}"]
    graph.add((node, RDF.type, KG[cls]))
    graph.add((node, RDFS.label, Literal(f"{cls} {i}")))
    graph.add((node, SKOS.altLabel, Literal(f"{cls[0]}{i}")))
    graph.add((node, KG.mentionCount, Literal(rng.randint(1, 30), datatype=XSD.integer)))
    return node


def _add_concept(graph: Graph, i: int):
    node = CONCEPT[f"idea-{i}"]
    graph.add((node, RDF.type, KG.Concept))
    graph.add((node, RDFS.label, Literal(f"idea number {i}")))
    return node


def _add_document(graph: Graph, i: int):
    node = DOCUMENT[f"doc-{i}"]
    graph.add((node, RDF.type, KG.Document))
    graph.add((node, DCTERMS.title, Literal(f"Report {i}: talks & \"tensions\"")))
    day = date(2021, 3, 1) + timedelta(days=i)
    graph.add((node, DCTERMS.date, Literal(day.isoformat(), datatype=XSD.date)))
    return node


def _add_statement(graph, key, subject, verb, obj, doc, rng, negated):
    node = STATEMENT[key]
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, REL[verb]))
    graph.add((node, RDF.object, obj))
    graph.add((node, KG.predicateText, Literal(("did not " if negated else "") + verb)))
    sentence = f'"{verb.title()}" said <b>{key}</b> & <script>alert(1)</script> 1 < 2.'
    graph.add((node, KG.sentenceText, Literal(sentence)))
    graph.add((node, PROV.wasDerivedFrom, doc))
    graph.add((node, KG.startOffset, Literal(0, datatype=XSD.integer)))
    graph.add((node, KG.endOffset, Literal(len(sentence), datatype=XSD.integer)))
    confidence = round(rng.uniform(0.3, 1.0), 2)
    graph.add((node, KG.confidence, Literal(str(confidence), datatype=XSD.decimal)))
    graph.add((node, KG.negated, Literal(negated)))
    argument = STATEMENT[key + "-a1"]
    graph.add((node, KG.argument, argument))
    graph.add((argument, RDF.type, KG.Argument))
    graph.add((argument, KG.role, Literal(rng.choice(ROLES))))
    graph.add((argument, KG.text, Literal("the matter")))
    graph.add((argument, KG.position, Literal(1, datatype=XSD.integer)))
