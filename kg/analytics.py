"""What a corpus graph says at a glance: its entity graph, who matters in it, and its communities.

Plain functions over a ``pyoxigraph.Store`` (an rdflib Graph is copied into an in-memory Store at
the door). The entity graph is a weighted ``networkx.Graph``: one node per entity (every resource
typed with a kg class other than ``kg:Concept`` and the bookkeeping classes), one edge per pair
of entities that share at least one fact, weighted by how many statements they share. Importance
is weighted PageRank; communities are networkx Louvain with a fixed seed, so rebuilds agree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph
from rdflib import Graph

from kg.namespaces import KG

__all__ = [
    "EntityInfo",
    "Fact",
    "Card",
    "Summary",
    "as_store",
    "read_store",
    "entities",
    "entity_graph",
    "importance",
    "communities",
    "find_entities",
    "entity_card",
    "corpus_summary",
]

#: Louvain's seed: the same graph always splits into the same communities.
COMMUNITY_SEED = 42

_KG = str(KG._NS)
_BOOKKEEPING = ("Concept", "Statement", "Argument", "Document", "Sentence", "Title")
_PREFIXES = f"""
PREFIX kg: <{_KG}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_ENTITY_FILTER = " && ".join(f"?class != kg:{name}" for name in _BOOKKEEPING)


@dataclass(frozen=True)
class EntityInfo:
    """An entity as the overview sees it."""

    iri: str
    label: str
    kind: str  # local name of its kg class: "Person", "Country", ...
    mentions: int


@dataclass(frozen=True)
class Fact:
    """One statement about an entity, with its evidence."""

    relation: str
    subject: str
    object: str
    other_iri: str  # the entity at the other end, or "" for a concept or literal
    sentence: str
    document: str  # title, else identifier
    date: str  # ISO date of the document, or ""
    factuality: str  # kg:factuality if the graph has it, else "asserted" / "not asserted"
    confidence: float | None


@dataclass
class Card:
    """Everything kg knows about one entity."""

    entity: EntityInfo
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    wikidata: str = ""
    facts: dict[str, list[Fact]] = field(default_factory=dict)  # relation -> facts by date, document
    related: list[tuple[str, int]] = field(default_factory=list)  # (label, shared facts), most first


@dataclass
class Summary:
    """A corpus at a glance."""

    documents: int
    statements: int
    entities_by_type: list[tuple[str, int]]
    top_entities: list[EntityInfo]
    top_relations: list[tuple[str, int]]
    communities: list[list[str]]  # each named by its most important entities' labels


def as_store(source: pyoxigraph.Store | Graph) -> pyoxigraph.Store:
    """The source itself if it is a Store, else an in-memory Store holding the rdflib graph."""
    if isinstance(source, pyoxigraph.Store):
        return source
    store = pyoxigraph.Store()
    store.load(source.serialize(format="nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def read_store(path) -> pyoxigraph.Store:
    """An in-memory Store holding a graph file; a GraphError naming the file if it cannot be read."""
    from kg.export.read import read_quads

    store = pyoxigraph.Store()
    store.extend(read_quads(path))
    return store


def _select(store: pyoxigraph.Store, query: str) -> list[dict[str, str]]:
    """Run a SELECT and return rows as {variable: lexical value}; unbound variables are absent."""
    solutions = store.query(_PREFIXES + query)
    names = [variable.value for variable in solutions.variables]
    rows = []
    for solution in solutions:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = term.value
        rows.append(row)
    return rows


def entities(store: pyoxigraph.Store) -> dict[str, EntityInfo]:
    """Every entity of the graph by IRI."""
    rows = _select(
        store,
        f"""SELECT ?e ?class (SAMPLE(?l) AS ?label) (MAX(?m) AS ?mentions) WHERE {{
            ?e a ?class . FILTER(STRSTARTS(STR(?class), STR(kg:)) && {_ENTITY_FILTER})
            OPTIONAL {{ ?e rdfs:label ?l }} OPTIONAL {{ ?e kg:mentionCount ?m }}
        }} GROUP BY ?e ?class""",
    )
    found: dict[str, EntityInfo] = {}
    for row in rows:
        iri = row["e"]
        if iri in found:
            continue
        label = row.get("label") or iri.rsplit("/", 1)[-1]
        found[iri] = EntityInfo(iri, label, row["class"][len(_KG):], int(float(row.get("mentions", 0))))
    return found


def entity_graph(store: pyoxigraph.Store) -> nx.Graph:
    """Entities as nodes (with label, kind, mentions), pairs sharing facts as weighted edges."""
    known = entities(store)
    graph = nx.Graph()
    for iri, info in known.items():
        graph.add_node(iri, label=info.label, kind=info.kind, mentions=info.mentions)
    rows = _select(store, "SELECT ?s ?o WHERE { ?st a kg:Statement ; rdf:subject ?s ; rdf:object ?o }")
    pairs = Counter(
        tuple(sorted((row["s"], row["o"])))
        for row in rows
        if row["s"] in known and row.get("o") in known and row["s"] != row["o"]
    )
    for (a, b), count in pairs.items():
        graph.add_edge(a, b, weight=count)
    return graph


def importance(graph: nx.Graph) -> dict[str, float]:
    """Weighted PageRank of every entity; mention counts break the tie of an edgeless graph."""
    if graph.number_of_edges() == 0:
        total = sum(data["mentions"] for _, data in graph.nodes(data=True)) or 1
        return {node: data["mentions"] / total for node, data in graph.nodes(data=True)}
    return _pagerank(graph)


def _pagerank(graph: nx.Graph, damping: float = 0.85, rounds: int = 100, tolerance: float = 1e-10) -> dict[str, float]:
    """Weighted PageRank by power iteration (networkx's own needs scipy, which kg does not depend on).

    In numpy arrays, one entry per adjacency: the same sums as a loop over neighbours, but the
    page of a 20,000-entity graph waited 7 s for the loop and waits a fraction of a second now.
    """
    import numpy as np

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    source, target, weight = [], [], []
    for node, neighbours in graph.adjacency():
        for other, data in neighbours.items():
            source.append(index[node])
            target.append(index[other])
            weight.append(data["weight"])
    source, target, weight = np.array(source, dtype=int), np.array(target, dtype=int), np.array(weight, dtype=float)
    n = len(nodes)
    strength = np.array([graph.degree(node, weight="weight") for node in nodes], dtype=float)
    dangling = strength == 0
    safe = np.where(dangling, 1.0, strength)
    rank = np.full(n, 1.0 / n)
    for _ in range(rounds):
        base = (1.0 - damping) / n + damping * rank[dangling].sum() / n
        flow = np.where(dangling, 0.0, damping * rank / safe)
        new = base + np.bincount(target, flow[source] * weight, minlength=n)
        change = np.abs(new - rank).sum()
        rank = new
        if change < tolerance * n:
            break
    return {node: float(value) for node, value in zip(nodes, rank)}


def communities(graph: nx.Graph, seed: int = COMMUNITY_SEED) -> list[list[str]]:
    """Louvain communities of the connected entities, largest first, members by importance."""
    # A copy, not graph.subgraph(): a subgraph view lists its nodes in the order of a set of
    # strings, which changes with Python's hash seed, and Louvain's seeded shuffle starts from
    # that order; the split then differed from one run to the next.
    connected = nx.Graph()
    connected.add_nodes_from(node for node in graph if graph.degree(node) > 0)
    connected.add_edges_from(graph.edges(data=True))
    if connected.number_of_nodes() == 0:
        return []
    rank = importance(graph)
    groups = nx.community.louvain_communities(connected, weight="weight", seed=seed)
    ordered = [sorted(group, key=lambda node: (-rank[node], node)) for group in groups]
    return sorted(ordered, key=lambda group: (-len(group), group[0]))


def find_entities(store: pyoxigraph.Store, name: str) -> list[EntityInfo]:
    """Entities whose IRI, label or alias matches NAME, best first (exact before partial, then mentions)."""
    wanted = name.strip().casefold()
    known = entities(store)
    aliases: dict[str, list[str]] = {}
    for row in _select(store, "SELECT ?e ?a WHERE { ?e skos:altLabel ?a }"):
        aliases.setdefault(row["e"], []).append(row["a"])

    def score(info: EntityInfo) -> int | None:
        names = [info.label, *aliases.get(info.iri, [])]
        if wanted == info.iri.casefold() or any(wanted == n.casefold() for n in names):
            return 0
        if any(wanted in n.casefold() for n in names):
            return 1
        return None

    scored = [(score(info), info) for info in known.values()]
    matches = [(s, info) for s, info in scored if s is not None]
    return [info for _, info in sorted(matches, key=lambda m: (m[0], -m[1].mentions, m[1].label))]


def _factuality(row: dict[str, str]) -> str:
    if "factuality" in row:
        return row["factuality"].rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()
    if "asserted" in row:
        return "asserted" if row["asserted"] == "true" else "not asserted"
    return ""


def entity_card(store: pyoxigraph.Store, iri: str) -> Card:
    """What the graph says about the entity IRI: names, affiliations and its facts with evidence."""
    known = entities(store)
    card = Card(known[iri])
    node = f"<{iri}>"
    for row in _select(store, f"SELECT ?p ?v ?vl WHERE {{ {node} ?p ?v OPTIONAL {{ ?v rdfs:label ?vl }} }}"):
        prop, value = row["p"], row["v"]
        if prop.endswith("core#altLabel"):
            card.aliases.append(value)
        elif prop == _KG + "holdsTitle":
            card.titles.append(value)
        elif prop == _KG + "affiliatedWith":
            card.affiliations.append(row.get("vl", value))
        elif prop.endswith("owl#sameAs") and "wikidata.org" in value:
            card.wikidata = value
    for values in (card.aliases, card.titles, card.affiliations):
        values.sort()

    rows = _select(
        store,
        f"""SELECT ?st ?p ?s ?o ?sentence ?doc ?title ?id ?date ?conf ?asserted ?factuality
                   (SAMPLE(?sl) AS ?slabel) (SAMPLE(?ol) AS ?olabel) (SAMPLE(?pl) AS ?plabel) WHERE {{
            ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p .
            {{ ?st rdf:subject {node} }} UNION {{ ?st rdf:object {node} }}
            OPTIONAL {{ ?st rdf:object ?o OPTIONAL {{ ?o rdfs:label ?ol }} }}
            OPTIONAL {{ ?s rdfs:label ?sl }}
            OPTIONAL {{ ?st kg:predicateLemma ?pl }}
            OPTIONAL {{ ?st kg:sentenceText ?sentence }}
            OPTIONAL {{ ?st kg:confidence ?conf }}
            OPTIONAL {{ ?st kg:asserted ?asserted }}
            OPTIONAL {{ ?st kg:factuality ?factuality }}
            OPTIONAL {{ ?st prov:wasDerivedFrom ?doc
                        OPTIONAL {{ ?doc dcterms:title ?title }} OPTIONAL {{ ?doc dcterms:identifier ?id }}
                        OPTIONAL {{ ?doc dcterms:date ?date }} }}
        }} GROUP BY ?st ?p ?s ?o ?sentence ?doc ?title ?id ?date ?conf ?asserted ?factuality""",
    )
    shared: Counter[str] = Counter()
    facts: dict[str, list[Fact]] = {}
    for row in rows:
        relation = row.get("plabel") or row["p"].rsplit("/", 1)[-1]
        other = row.get("o", "") if row["s"] == iri else row["s"]
        if other in known and other != iri:
            shared[other] += 1
        else:
            other = ""
        confidence = float(row["conf"]) if "conf" in row else None
        facts.setdefault(relation, []).append(
            Fact(
                relation=relation,
                subject=row.get("slabel", row["s"]),
                object=row.get("olabel", row.get("o", "")),
                other_iri=other,
                sentence=row.get("sentence", ""),
                document=row.get("title") or row.get("id") or row.get("doc", ""),
                date=row.get("date", ""),
                factuality=_factuality(row),
                confidence=confidence,
            )
        )
    # Undated documents after dated ones; within a date, by document, then sentence.
    for relation in sorted(facts, key=lambda r: (-len(facts[r]), r)):
        card.facts[relation] = sorted(facts[relation], key=lambda f: (f.date == "", f.date, f.document, f.sentence))
    card.related = sorted(((known[o].label, n) for o, n in shared.items()), key=lambda item: (-item[1], item[0]))
    return card


def corpus_summary(store: pyoxigraph.Store, top: int = 10) -> Summary:
    """Documents, entities by type, the most important entities and relations, and communities."""
    graph = entity_graph(store)
    rank = importance(graph)
    known = entities(store)
    documents = _select(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }")[0]["n"]
    statements = _select(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kg:Statement }")[0]["n"]
    relations = _select(
        store,
        """SELECT ?lemma (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement ; kg:predicateLemma ?lemma }
           GROUP BY ?lemma ORDER BY DESC(?n) ?lemma""",
    )
    by_type = Counter(info.kind for info in known.values())
    ordered = sorted(known.values(), key=lambda info: (-rank.get(info.iri, 0.0), -info.mentions, info.label))
    return Summary(
        documents=int(documents),
        statements=int(statements),
        entities_by_type=sorted(by_type.items(), key=lambda item: (-item[1], item[0])),
        top_entities=ordered[:top],
        top_relations=[(row["lemma"], int(row["n"])) for row in relations[:top]],
        communities=[[known[iri].label for iri in group[:3]] for group in communities(graph)[:top]],
    )
