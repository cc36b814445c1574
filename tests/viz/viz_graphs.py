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
VERBS = {
    "meet": "met",
    "warn": "warned",
    "criticize": "criticized",
    "visit": "visited",
    "raise": "raised",
    "sign": "signed",
    "discuss": "discussed",
    "accuse": "accused",
    "urge": "urged",
    "host": "hosted",
}
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
    for verb, label in VERBS.items():
        graph.add((REL[verb], RDFS.subPropertyOf, KG.relation))
        graph.add((REL[verb], RDFS.label, Literal(label, lang="en")))
    seen: set[tuple] = set()
    count = 0
    while count < edges:
        subject = rng.choice(people)
        obj = rng.choice(ideas) if rng.random() < 0.1 else rng.choice(people)
        verb = rng.choice(list(VERBS))
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


BLINKEN = ENTITY["person/antony-blinken"]
YANG = ENTITY["person/yang-jiechi"]
CHINA = ENTITY["country/china"]
EMBARGO = CONCEPT["arms-embargo"]


def make_fact_graph() -> Graph:
    """Blinken met Yang (two statements), Blinken raised the arms embargo with Yang, and a
    negated fact; plus an unrelated entity, an argument-only concept and the bookkeeping nodes."""
    g = Graph()
    for node, cls, label in (
        (BLINKEN, KG.Person, "Antony Blinken"),
        (YANG, KG.Person, "Yang Jiechi"),
        (CHINA, KG.Country, "China"),
        (EMBARGO, KG.Concept, "arms embargo"),
        (CONCEPT["talks"], KG.Concept, "talks"),
    ):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
    g.add((BLINKEN, SKOS.altLabel, Literal("Blinken")))
    g.add((BLINKEN, RDF.type, KG.Entity))
    g.add((REL.meet, RDFS.subPropertyOf, KG.relation))
    g.add((REL.meet, RDFS.label, Literal("met", lang="en")))
    g.add((BLINKEN, REL.meet, YANG))
    g.add((BLINKEN, REL["raise"], EMBARGO))  # no label, no declaration: rel: namespace suffices
    doc = DOCUMENT["d1"]
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, DCTERMS.title, Literal("Talks in Alaska")))
    g.add((doc, DCTERMS.date, Literal("2021-03-18", datatype=XSD.date)))
    _fact_statement(g, "m1", BLINKEN, REL.meet, YANG, doc, 'Blinken met Yang, "warmly" & <briefly>.', 0.9)
    _fact_statement(g, "m2", BLINKEN, REL.meet, YANG, doc, "They met again.", 0.4)
    raised = _fact_statement(g, "r1", BLINKEN, REL["raise"], EMBARGO, doc, "Blinken raised the embargo with Yang.", 0.7)
    argument = STATEMENT["r1-a1"]
    g.add((raised, KG.argument, argument))
    g.add((argument, RDF.type, KG.Argument))
    g.add((argument, KG.role, Literal("with")))
    g.add((argument, KG.value, YANG))
    g.add((argument, KG.position, Literal(1, datatype=XSD.integer)))
    talks = STATEMENT["r1-a2"]
    g.add((raised, KG.argument, talks))
    g.add((talks, KG.role, Literal("during")))
    g.add((talks, KG.value, CONCEPT["talks"]))
    g.add((talks, KG.position, Literal(2, datatype=XSD.integer)))
    negated = _fact_statement(g, "n1", YANG, REL.meet, CHINA, doc, "Yang did not meet China.", 0.8)
    g.set((negated, KG.negated, Literal(True)))
    return g


def _fact_statement(g, key, subject, predicate, obj, doc, sentence, confidence):
    node = STATEMENT[key]
    g.add((node, RDF.type, KG.Statement))
    g.add((node, RDF.subject, subject))
    g.add((node, RDF.predicate, predicate))
    g.add((node, RDF.object, obj))
    g.add((node, KG.sentenceText, Literal(sentence)))
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, KG.confidence, Literal(str(confidence), datatype=XSD.decimal)))
    g.add((node, KG.negated, Literal(False)))
    return node



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


# The view's contract restated in SPARQL, so tests check the page against the graph, not the code.
_RELATION = """
    { ?p rdfs:subPropertyOf+ kg:relation } UNION
    { SELECT DISTINCT ?p WHERE { ?any ?p ?other FILTER(STRSTARTS(STR(?p), STR(rel:))) } }
"""
COUNT_NODES = f"""
SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {{
  {{ ?n a ?class
     FILTER(STRSTARTS(STR(?class), STR(kg:)) && ?class != kg:Concept)
     FILTER NOT EXISTS {{ ?n a ?hidden VALUES ?hidden {{ kg:Statement kg:Argument kg:Document kg:Sentence kg:Title }} }} }}
  UNION {{ {_RELATION} ?n ?p ?o }}
  UNION {{ {_RELATION} ?s ?p ?n FILTER(!isLiteral(?n)) }}
}}"""
COUNT_EDGES = f"""
SELECT (COUNT(*) AS ?count) WHERE {{
  {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {_RELATION} ?s ?p ?o FILTER(!isLiteral(?o)) }} }}
}}"""


def view_counts(graph: Graph) -> tuple[int, int]:
    """(nodes, edges) the page must show, counted by Oxigraph with the queries above.

    Oxigraph rather than rdflib's engine: rdflib needs minutes for the 5,000-node graph.
    """
    import pyoxigraph

    from kg.namespaces import PREFIXES

    store = pyoxigraph.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in {**PREFIXES, "rdfs": RDFS}.items())
    return tuple(int(next(iter(store.query(prologue + q)))["count"].value) for q in (COUNT_NODES, COUNT_EDGES))
