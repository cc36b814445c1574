"""How much faster `kg query` (Oxigraph) answers kg's example queries than rdflib's own SPARQL.

Generates a kg-shaped graph of about one million triples through ``kg.rdf.build_graph``
(synthetic documents with people, countries and n-ary facts), writes it as Turtle, then times,
in this one process and one run each:

- kg: ``kg.query.run_query`` on the Turtle file (load into Oxigraph + query), and the query
  alone on the loaded store;
- rdflib: ``Graph().parse`` of the same file, and ``Graph.query`` of the same query.

Prints the times and the ratios rdflib / kg. Usage::

    PYTHONPATH=. python benchmarks/query_speed.py [--statements 40000] [--keep graph.ttl]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from pathlib import Path

from kg.types import (
    Argument,
    Document,
    DocumentAnalysis,
    Entity,
    Extraction,
    Phrase,
    Predicate,
    Resolution,
    Sentence,
)

VERBS = ["meet", "call", "talk", "say", "stress", "warn", "criticize", "urge", "support", "oppose", "sign", "visit"]
PREPOSITIONS = ["with", "in", "on", "about", "against"]
FACTS_PER_DOCUMENT = 20

MEET_QUERY = """
PREFIX kg: <https://w3id.org/kg-builder/ontology#>
PREFIX rel: <https://w3id.org/kg-builder/relation/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?name ?date ?sentence WHERE {
  ?x rdfs:label "Person 7" .
  ?statement rdf:subject ?x ; rdf:predicate ?relation ; rdf:object ?person ;
             kg:negated false ; kg:sentenceText ?sentence ; prov:wasDerivedFrom ?document .
  ?relation rdfs:subPropertyOf* rel:meet .
  ?person rdfs:label ?name .
  OPTIONAL { ?document dcterms:date ?date }
} ORDER BY ?date ?name
"""

COMMUNICATION_QUERY = """
PREFIX kg: <https://w3id.org/kg-builder/ontology#>
PREFIX rel: <https://w3id.org/kg-builder/relation/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?country (COUNT(?statement) AS ?communications) WHERE {
  ?statement rdf:predicate ?relation ; kg:argument/kg:value ?person .
  ?relation rdfs:subPropertyOf* rel:communicate .
  ?person kg:affiliatedWith ?c .
  ?c rdfs:label ?country .
} GROUP BY ?country ORDER BY DESC(?communications) ?country LIMIT 10
"""

QUERIES = {"meet (selective, property path)": MEET_QUERY, "communications by country (aggregate)": COMMUNICATION_QUERY}


def make_corpus(statements: int, seed: int = 5) -> tuple[list[DocumentAnalysis], Resolution]:
    """Synthetic analyses and entities shaped like kg's news graphs."""
    rng = random.Random(seed)
    people = max(statements // 20, 10)
    countries = 100
    entities = [Entity(f"country/c{i}", f"Country {i}", "Country", mention_count=rng.randint(1, 500)) for i in range(countries)]
    entities += [
        Entity(f"person/p{i}", f"Person {i}", "Person", alt_labels=(f"P{i}",), titles=("Minister",),
               affiliations=(f"country/c{rng.randrange(countries)}",), mention_count=rng.randint(1, 50))
        for i in range(people)
    ]
    table: dict[tuple[str, int, int], str] = {}
    analyses = []
    for number in range(max(statements // FACTS_PER_DOCUMENT, 1)):
        doc_id = f"news/{number:06d}.txt"
        sentences, extractions, text, offset = [], [], [], 0
        for index in range(FACTS_PER_DOCUMENT):
            subject, obj, other = (f"Person {rng.randrange(people)}" for _ in range(3))
            verb, preposition = rng.choice(VERBS), rng.choice(PREPOSITIONS)
            sentence = f"{subject} {verb}s {obj} {preposition} {other} over the trade dispute number {index}."
            start = offset
            spans = {}
            for name in (subject, obj, other):
                at = start + sentence.index(name)
                spans[name] = Phrase(name, at, at + len(name), at, at + len(name))
                table[(doc_id, at, at + len(name))] = "person/p" + name.split()[1]
            verb_at = start + len(subject) + 1
            extractions.append(Extraction(
                spans[subject], Predicate(verb + "s", verb, verb_at, verb_at + len(verb) + 1,
                                          negated=rng.random() < 0.05),
                (Argument("object", spans[obj]), Argument(f"prep:{preposition}", spans[other])),
                round(rng.random(), 3), "verb", sentence=index,
            ))
            sentences.append(Sentence(index, start, start + len(sentence), sentence))
            text.append(sentence)
            offset += len(sentence) + 2
        body = "\n\n".join(text)
        document = Document(doc_id, body, doc_id, hashlib.sha256(body.encode()).hexdigest(),
                            title=f"Report {number}", date=f"20{10 + number % 15}-0{1 + number % 9}-1{number % 9}")
        analyses.append(DocumentAnalysis(document, tuple(sentences), (), tuple(extractions)))
    return analyses, Resolution(tuple(entities), table)


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    value = function(*args, **kwargs)
    return value, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=40_000, help="facts to generate (~25 triples each)")
    parser.add_argument("--keep", type=Path, help="write the generated Turtle here instead of a temporary file")
    options = parser.parse_args()

    from rdflib import Graph

    from kg.export import write_graph
    from kg.query import load_store, run_query
    from kg.rdf import build_graph

    analyses, resolution = make_corpus(options.statements)
    graph, seconds = timed(build_graph, analyses, resolution)
    triples = len(graph)
    print(f"generated {triples:,} triples ({options.statements:,} facts) in {seconds:.1f} s", flush=True)
    folder = tempfile.TemporaryDirectory()
    path = options.keep or Path(folder.name) / "graph.ttl"
    _, seconds = timed(write_graph, graph, path)
    del graph, analyses
    print(f"wrote {path} ({path.stat().st_size / 1e6:.0f} MB) in {seconds:.1f} s\n", flush=True)

    store, kg_load = timed(load_store, path, ontology=False)
    rdflib_graph, rdflib_load = timed(Graph().parse, path, format="turtle")
    print(f"load      kg (Oxigraph) {kg_load:8.2f} s   rdflib {rdflib_load:8.2f} s   ratio {rdflib_load / kg_load:6.1f}x", flush=True)
    for name, query in QUERIES.items():
        kg_result, kg_query = timed(run_query, store, query, ontology=False)
        rdflib_rows, rdflib_query = timed(lambda q: list(rdflib_graph.query(q)), query)
        assert len(kg_result.rows) == len(rdflib_rows), (len(kg_result.rows), len(rdflib_rows))
        total_kg, total_rdflib = kg_load + kg_query, rdflib_load + rdflib_query
        print(f"{name}: {len(kg_result.rows)} rows", flush=True)
        print(f"  query     kg {kg_query:8.3f} s   rdflib {rdflib_query:8.3f} s   ratio {rdflib_query / kg_query:8.1f}x", flush=True)
        print(f"  load+query kg {total_kg:7.2f} s   rdflib {total_rdflib:8.2f} s   ratio {total_rdflib / total_kg:8.1f}x", flush=True)
    folder.cleanup()


if __name__ == "__main__":
    main()
