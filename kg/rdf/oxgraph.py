"""The graph a build writes: triples go straight into a pyoxigraph Store as they are made.

rdflib's in-memory Graph costs about 20 µs and several Python objects per triple; a build of a
few hundred articles makes half a million triples, so the Graph was most of the build's time
after parsing and most of its memory. ``OxGraph`` takes the builder's rdflib terms, turns
them into pyoxigraph terms once, and keeps them in Oxigraph (in memory, or in a folder for a
corpus too big for memory). Writers read the store's quads directly; the few rdflib-style reads
kg's own stages use (``subject_objects``, ``value``, ...) are answered from Oxigraph's indexes;
``to_rdflib()`` gives a full rdflib Graph where one is really wanted (the Python API, tests).

Example:
    >>> from rdflib import URIRef, Literal
    >>> graph = OxGraph()
    >>> graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("x")))
    >>> len(graph), graph.value(URIRef("http://example.org/a"), URIRef("http://example.org/p"))
    (1, rdflib.term.Literal('x'))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.export.oxigraph_terms import sort_triples, to_oxigraph
from kg.export.read import to_rdflib

__all__ = ["OxGraph"]

# Quads are handed to Oxigraph in batches: one call per triple costs a transaction each.
_BATCH = 50_000
# Literals repeat too (flags, confidences, a sentence's text for each of its facts), but their
# number grows with the text: the literal caches are emptied when they reach this size.
_LITERAL_CACHE = 100_000
# So does the number of IRIs (every statement and argument has its own): entities and ontology
# terms come back into the cache at once after it is emptied.
_IRI_CACHE = 300_000


class OxGraph:
    """A kg graph held in a pyoxigraph Store, written one triple at a time.

    Args:
        path: a folder for an on-disk store (a corpus bigger than memory); ``None`` keeps it
            in memory.
        prefixes: the prefixes its serialisations and ``to_rdflib`` declare.
    """

    def __init__(self, path: str | Path | None = None, prefixes: dict[str, str] | None = None) -> None:
        self.path = None if path is None else str(path)
        self.store = ox.Store(self.path) if path is not None else ox.Store()
        self._pending: set[ox.Quad] = set()
        # Terms repeat a lot (IRIs most), so each is converted once, both ways
        self._to_ox: dict = {}
        self._to_rdf: dict = {}
        self._literals_to_ox: dict = {}
        self._literals_to_rdf: dict = {}
        self._namespaces = {prefix: URIRef(str(namespace)) for prefix, namespace in (prefixes or {}).items()}

    @classmethod
    def of_store(cls, store: ox.Store, prefixes: dict[str, str] | None = None) -> OxGraph:
        """An OxGraph over an existing in-memory Store (a graph file read by
        ``kg.export.read.read_store``), its triples not copied."""
        graph = cls(prefixes=prefixes)
        graph.store = store
        return graph

    # --- writing -------------------------------------------------------------------------

    def add(self, triple: tuple) -> None:
        """Add one (subject, predicate, object) triple of rdflib terms."""
        self._pending.add(self._quad(triple))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _quad(self, triple: tuple) -> ox.Quad:
        return ox.Quad(*(self._term(term) for term in triple))

    def _term(self, term):
        if type(term) is URIRef:
            key = str(term)
            return self._to_ox.get(key) or _remember(self._to_ox, key, to_oxigraph, term, _IRI_CACHE)
        if type(term) is Literal:  # keyed by its form: rdflib's Literal equality is by value
            key = (str(term), term.datatype, term.language)
            return self._literals_to_ox.get(key) or _remember(self._literals_to_ox, key, to_oxigraph, term, _LITERAL_CACHE)
        return to_oxigraph(term)

    def _flush(self) -> None:
        if self._pending:
            self.store.extend(self._pending)
            self._pending = set()

    def add_ntriples(self, data: bytes) -> None:
        """Add the triples of an N-Triples chunk (one made by ``take_ntriples`` elsewhere)."""
        if data:
            self._flush()
            self.store.load(data, format=ox.RdfFormat.N_TRIPLES)

    def take_ntriples(self) -> bytes:
        """Every triple added so far as N-Triples, and empty the graph (its term caches stay).

        A worker process builds its documents' part of the graph this way and hands the chunk
        to the process that owns the whole graph (``kg.rdf.chunks``).
        """
        self._flush()
        data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        self.store.clear()
        return data

    def for_forked_reader(self) -> OxGraph | None:
        """This graph for a forked process to read, or None when it cannot be shared.

        An in-memory store is shared by the fork itself. An on-disk one is not: a database
        handle must not cross a fork, and RocksDB may compact (and delete) files under a
        read-only opening while this process still holds the store.
        """
        self._flush()
        return self if self.path is None else None

    # --- reading (the subset of rdflib's Graph API kg's stages use) ----------------------

    def __contains__(self, triple: tuple) -> bool:
        quad = self._quad(triple)
        return quad in self._pending or quad in self.store

    def __len__(self) -> int:
        self._flush()
        return len(self.store)

    def __iter__(self) -> Iterator[tuple]:
        return self.triples((None, None, None))

    def flushed_store(self) -> ox.Store:
        """The pyoxigraph Store with every triple added so far (for SPARQL over the graph)."""
        self._flush()
        return self.store

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad, in no particular order."""
        self._flush()
        return iter(self.store)

    def sorted_triples(self) -> list[ox.Triple]:
        """Every triple as pyoxigraph terms in kg's stable order (what the writers want)."""
        return sort_triples(quad.triple for quad in self.quads())

    def sorted_batches(self, subjects_per_batch: int = 5000) -> Iterator[list[ox.Triple]]:
        """Every triple in kg's stable order, as lists of a few thousand subjects' triples.

        Only the subjects are held and sorted at once, not the triples: a writer streams a
        graph of tens of millions of triples in the memory of one batch.
        """
        self._flush()
        rows = self.store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }")
        subjects = sorted((row[0] for row in rows), key=_subject_order)
        for start in range(0, len(subjects), subjects_per_batch):
            batch: list[ox.Triple] = []
            for subject in subjects[start:start + subjects_per_batch]:
                batch += sort_triples(quad.triple for quad in self.store.quads_for_pattern(subject, None, None))
            yield batch

    def triples(self, pattern: tuple) -> Iterator[tuple]:
        """The triples matching ``(s, p, o)``, None a wildcard, as rdflib terms."""
        back = self._back
        for quad in self._matching(pattern):
            yield back(quad.subject), back(quad.predicate), back(quad.object)

    def rdflib_term(self, term):
        """The rdflib term for a pyoxigraph term of this graph (IRIs and literals converted once)."""
        return self._back(term)

    def _back(self, term):
        if type(term) is ox.NamedNode:
            return self._to_rdf.get(term) or _remember(self._to_rdf, term, to_rdflib, term, _IRI_CACHE)
        if type(term) is ox.Literal:
            return self._literals_to_rdf.get(term) or _remember(self._literals_to_rdf, term, to_rdflib, term, _LITERAL_CACHE)
        return to_rdflib(term)

    def _matching(self, pattern: tuple) -> Iterator[ox.Quad]:
        """The stored quads matching ``(s, p, o)`` of rdflib terms, None a wildcard."""
        self._flush()
        return self.store.quads_for_pattern(*(None if term is None else self._term(term) for term in pattern))

    # The three below convert only the terms they return: the HTML model reads whole
    # properties this way, and turning a known predicate back costs as much as the rest.
    def subjects(self, predicate=None, obj=None) -> Iterator:
        back = self._back
        return (back(quad.subject) for quad in self._matching((None, predicate, obj)))

    def objects(self, subject=None, predicate=None) -> Iterator:
        back = self._back
        return (back(quad.object) for quad in self._matching((subject, predicate, None)))

    def subject_objects(self, predicate=None) -> Iterator[tuple]:
        back = self._back
        return ((back(quad.subject), back(quad.object)) for quad in self._matching((None, predicate, None)))

    def predicates(self, subject=None, obj=None, unique: bool = False) -> Iterator:
        if unique and subject is None and obj is None:  # every distinct predicate: let Oxigraph scan
            self._flush()
            rows = self.store.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")
            return iter([self._back(row["p"]) for row in rows])
        found = (p for _, p, _ in self.triples((subject, None, obj)))
        return iter(dict.fromkeys(found)) if unique else found

    def value(self, subject=None, predicate=None, obj=None):
        """One value of the missing term (as rdflib's ``Graph.value``), or None."""
        for s, p, o in self.triples((subject, predicate, obj)):
            return o if obj is None else s if subject is None else p
        return None

    def transitive_subjects(self, predicate, obj) -> Iterator:
        """``obj`` and everything reaching it through ``predicate`` (each once)."""
        seen, frontier = {obj}, [obj]
        yield obj
        while frontier:
            for subject in self.subjects(predicate, frontier.pop()):
                if subject not in seen:
                    seen.add(subject)
                    frontier.append(subject)
                    yield subject

    def namespaces(self) -> Iterable[tuple[str, URIRef]]:
        return self._namespaces.items()

    def to_rdflib(self) -> Graph:
        """The whole graph as an rdflib Graph with the same prefixes."""
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in self._namespaces.items():
            graph.bind(prefix, namespace)
        graph.addN((s, p, o, graph) for s, p, o in self)
        return graph


def _subject_order(term) -> str:
    """The first part of kg's triple order (``kg.export.oxigraph_terms``): the subject's text."""
    return term.value


def _remember(cache: dict, key, convert, term, limit: int | None = None):
    """``convert(term)`` stored under ``key`` (callers look the cache up first, inline: this is
    the hot path); a cache of ``limit`` entries is emptied when full (both literals and IRIs
    grow with the text)."""
    if limit is not None and len(cache) >= limit:
        cache.clear()
    value = cache[key] = convert(term)
    return value
