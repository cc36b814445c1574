"""Read from Oxigraph only the part of a large graph that one page holds.

``read_page_view(graph)`` is ``fit_page(read_view(graph))`` (``kg.viz.budget``), without reading
every statement first: a graph of 10,000 articles has 600,000 statements, and the page quotes
at most ``STATEMENT_BUDGET`` of them. When an ``OxGraph`` holds more statements than the budget,
the nodes are read as ``read_view`` reads them (their rdf:type pairs class by class, so the
millions of ``kg:Statement`` and ``kg:Argument`` nodes stay in Rust), ranked with statement
counts that Oxigraph groups, and taken in rank order with their first statements in reading
order until the budget is full; then only the statements the kept nodes quote are read in full.

Statement ids stay those of ``read_view`` (the rank of the statement's IRI), so the page is the
same page. A statement the page does not quote holds its place in ``View.statements`` as an
empty ``Statement``, or, between two kept nodes, as its subject and object only: the page's
communities weigh every statement between two entities, quoted or not.
"""

from __future__ import annotations

from bisect import bisect_left

import pyoxigraph as ox
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node as Term

from kg.export.oxigraph_terms import to_oxigraph
from kg.export.read import to_rdflib
from kg.namespaces import KG
from kg.viz import budget
from kg.viz.model import (
    _ARGUMENT_PROPERTIES,
    _KG_PREFIX,
    _STATEMENT_PROPERTIES,
    HIDDEN_CLASSES,
    Edge,
    Statement,
    View,
    _in_position_order,
    _integer,
    _label,
    _Reader,
    _sorted_pairs,
    read_view,
    reading_key,
)

__all__ = ["read_page_view"]

_PREFIXES = {"kg": _KG_PREFIX, "rdf": str(RDF), "prov": str(PROV)}
_COUNT_STATEMENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?st a kg:Statement }"
_STATEMENTS = "SELECT ?st WHERE { ?st a kg:Statement }"
_CLASSES = "SELECT DISTINCT ?class WHERE { ?s a ?class }"
# The resources a statement touches: its subject, its object, the values of its arguments.
_TOUCHES = "{ ?st rdf:subject ?n } UNION { ?st rdf:object ?n } UNION { ?st kg:argument ?a . ?a kg:value ?n }"
_COUNTS = f"SELECT ?n (COUNT(DISTINCT ?st) AS ?c) WHERE {{ ?st a kg:Statement . {_TOUCHES} }} GROUP BY ?n"
_ENDS = "OPTIONAL { ?st rdf:subject ?s } OPTIONAL { ?st rdf:object ?o } OPTIONAL { ?st kg:subjectText ?text }"
# An argument naming neither end: read_view drops it when its text is an end's label.
_ARGUMENT_ONLY = f"""SELECT DISTINCT ?st ?n ?s ?o ?text WHERE {{
  ?st a kg:Statement ; kg:argument ?a . ?a kg:value ?n . {_ENDS}
  FILTER(!BOUND(?s) || ?n != ?s) FILTER(!BOUND(?o) || ?n != ?o) }}"""
_OX_TYPE, _OX_SUBJECT, _OX_OBJECT = (ox.NamedNode(str(p)) for p in (RDF.type, RDF.subject, RDF.object))
_OX_STATEMENT, _OX_SUBJECT_TEXT, _OX_ARGUMENT, _OX_VALUE, _OX_START = (
    ox.NamedNode(str(p)) for p in (KG.Statement, KG.subjectText, KG.argument, KG.value, KG.startOffset))
_OX_DOCUMENT = ox.NamedNode(str(PROV.wasDerivedFrom))
_OX_STATEMENT_PROPERTIES = {ox.NamedNode(str(p)): p for p in _STATEMENT_PROPERTIES}
_OX_ARGUMENT_PROPERTIES = {ox.NamedNode(str(p)): p for p in _ARGUMENT_PROPERTIES}
_FIRST_STATEMENT_OF_DOCUMENT = """SELECT ?doc (MIN(STR(?st)) AS ?first)
  WHERE { ?st a kg:Statement ; prov:wasDerivedFrom ?doc } GROUP BY ?doc"""

#: The place of a statement the page neither quotes nor weighs.
_UNREAD = Statement(None, "", "", None, "")


def read_page_view(graph):
    """The view one page holds and what it left out: ``fit_page(read_view(graph))``.

    Args:
        graph: an ``OxGraph`` (read partly, when it holds more statements than the budget) or
            an rdflib ``Graph`` (read whole).

    Returns:
        ``(view, trimmed)`` as ``kg.viz.budget.fit_page`` returns them.
    """
    store = getattr(graph, "flushed_store", None)
    if store is None or _count(store(), _COUNT_STATEMENTS) <= budget.STATEMENT_BUDGET:
        return budget.fit_page(read_view(graph))
    view, trimmed = _PageReader(graph).read(budget.STATEMENT_BUDGET, budget.QUOTED_PER_ITEM)
    if trimmed is None:  # the nodes quote fewer statements than the graph holds: all fit
        return budget.fit_page(read_view(graph))
    return view, trimmed


class _PageReader(_Reader):
    """``_Reader`` over an OxGraph that reads the statements of the nodes a page keeps."""

    def __init__(self, graph) -> None:
        super().__init__(graph)
        self.store: ox.Store = graph.flushed_store()
        self.pairs: dict[URIRef, list[tuple[Term, Term]]] = {}
        self.node_by_text: dict[str, int] = {}
        self.node_terms: list[ox.Term] = []

    def read(self, statement_budget: int, per_item: int) -> tuple[View, budget.Trimmed | None]:
        """What ``fit_page`` keeps of the whole view; ``trimmed`` None (and no view worth using)
        when the nodes quote no more statements than the budget."""
        self.read_nodes()
        iris = sorted(row[0].value for row in self._query(_STATEMENTS))  # a statement's id is its rank
        self._read_documents()
        counts = self._statement_counts()
        ranked = sorted(self.nodes, key=lambda node: budget.page_rank(node, counts.get(node.id, 0)))
        kept, taken, ends, quoted = self._take(ranked, iris, statement_budget, per_item)
        if len(kept) == len(self.nodes) and quoted <= statement_budget:
            return View(self.nodes, [], [], self.documents), None
        return self._view(kept, taken, ends, len(iris)), budget.Trimmed(len(kept), len(self.nodes))

    def _take(self, ranked, iris: list[str], statement_budget: int, per_item: int) -> tuple:
        """``fit_page``'s loop: nodes in rank order while their first statements fit the budget.

        Returns the kept nodes (quoting their first ``per_item`` statements), the quoted
        statements' ids mapped to their terms, the ends of the statements whose subject was
        read, and how many statements the nodes read quote in all.
        """
        kept, taken, quoted, ends = [], {}, set(), {}
        for node in ranked:
            found = self._statements_of(node.id, iris, ends)
            quoted.update(found)
            own = list(found)[:per_item]
            if len(taken) + sum(1 for i in own if i not in taken) > statement_budget and kept:
                break
            taken.update((i, found[i]) for i in own)
            node.statements, node.left_out = own, max(0, len(found) - per_item)
            kept.append(node)
        return kept, taken, ends, len(quoted)

    # --- nodes: rdf:type pairs read class by class, the hidden classes left in the store ----

    def read_nodes(self) -> None:
        super().read_nodes()
        self.node_by_text = {node.iri: node.id for node in self.nodes}
        self.node_terms = [to_oxigraph(term) for term in self.node_ids]  # in id order

    def _typed_kinds(self) -> dict[Term, set[URIRef]]:
        kinds: dict[Term, set[URIRef]] = {}
        classes = {to_rdflib(row[0]) for row in self._query(_CLASSES)}
        for cls in sorted(c for c in classes if isinstance(c, URIRef) and str(c).startswith(_KG_PREFIX) and c not in HIDDEN_CLASSES):
            for subject in self.graph.subjects(RDF.type, cls):
                kinds.setdefault(subject, set()).add(cls)
        for subject, found in kinds.items():  # a node that is also evidence is not drawn
            found.update(h for h in HIDDEN_CLASSES if (subject, RDF.type, h) in self.graph)
        return dict(sorted(kinds.items(), key=lambda item: str(item[0])))

    def _kinds_of(self, term: Term, kinds: dict[Term, set[URIRef]]) -> set[URIRef]:
        if term in kinds:
            return kinds[term]
        return {c for c in self.graph.objects(term, RDF.type) if isinstance(c, URIRef) and str(c).startswith(_KG_PREFIX)}

    def _relation_pairs(self, prop: URIRef) -> list[tuple[Term, Term]]:
        if prop not in self.pairs:
            self.pairs[prop] = _sorted_pairs(self.graph, prop)
        return self.pairs[prop]

    # --- ranking and taking -------------------------------------------------------------

    def _read_documents(self) -> None:
        """Documents numbered as read_view numbers them: by the first statement citing each."""
        rows = sorted(((row[1].value, row[0]) for row in self._query(_FIRST_STATEMENT_OF_DOCUMENT)), key=lambda r: r[0])
        for _, document in rows:
            self._document_id(to_rdflib(document))

    def _statement_counts(self) -> dict[int, int]:
        """How many statements each node's panel lists (``len(node.statements)`` in read_view)."""
        counts: dict[int, int] = {}
        for row in self._query(_COUNTS):
            node_id = self._node_id(row[0])
            if node_id is not None:
                counts[node_id] = int(row[1].value)
        for row in self._query(_ARGUMENT_ONLY):
            node_id = self._node_id(row[1])
            if node_id is not None and self._argument_dropped(node_id, row[2], row[3], row[4]):
                counts[node_id] -= 1
        return counts

    def _statements_of(self, node_id: int, iris: list[str], ends: dict) -> dict[int, ox.Term]:
        """The ids of the statements a node's panel lists, in reading order, mapped to their
        terms; records the ends (subject, object ids) of those with this node as subject."""
        found: dict[int, tuple] = {}
        node = self.node_terms[node_id]
        for statement in self._touching(node):
            values = {quad.predicate: quad.object for quad in self.store.quads_for_pattern(statement, None, None)}
            if values.get(_OX_TYPE) != _OX_STATEMENT and not self._is_statement(statement):
                continue
            s, o, text = values.get(_OX_SUBJECT), values.get(_OX_OBJECT), values.get(_OX_SUBJECT_TEXT)
            statement_id = bisect_left(iris, statement.value)
            if s == node:
                ends[statement_id] = (node_id, self._node_id(o))
            elif o != node and self._argument_dropped(node_id, s, o, text):
                continue
            document, start = values.get(_OX_DOCUMENT), values.get(_OX_START)
            document_id = None if document is None else self.document_ids[self.graph.rdflib_term(document)]
            order = reading_key(self.documents, document_id, _integer(None if start is None else to_rdflib(start)))
            found[statement_id] = (order, statement)
        ordered = sorted(found, key=lambda i: (found[i][0], i))
        return {i: found[i][1] for i in ordered}

    def _touching(self, node: ox.Term) -> dict[ox.Term, None]:
        """The resources naming ``node`` as subject, object or argument value (index lookups:
        Oxigraph does not push a substituted term into a query's UNION)."""
        store = self.store
        found = dict.fromkeys(q.subject for q in store.quads_for_pattern(None, _OX_SUBJECT, node))
        found.update(dict.fromkeys(q.subject for q in store.quads_for_pattern(None, _OX_OBJECT, node)))
        for argument in store.quads_for_pattern(None, _OX_VALUE, node):
            found.update(dict.fromkeys(q.subject for q in store.quads_for_pattern(None, _OX_ARGUMENT, argument.subject)))
        return found

    def _is_statement(self, term: ox.Term) -> bool:
        return ox.Quad(term, _OX_TYPE, _OX_STATEMENT) in self.store

    def _argument_dropped(self, node_id: int, subject, obj, text) -> bool:
        """True if read_view drops this node's argument: its text repeats an end's label."""
        subject_label = self._shown(subject) or ("" if text is None else text.value)
        return self.nodes[node_id].label in (subject_label, self._shown(obj))

    def _shown(self, term) -> str:
        node_id = self._node_id(term)
        if node_id is not None:
            return self.nodes[node_id].label
        return self._display(None if term is None else to_rdflib(term))

    def _node_id(self, term) -> int | None:
        return self.node_by_text.get(term.value) if isinstance(term, (ox.NamedNode, ox.BlankNode)) else None

    # --- the page's view ----------------------------------------------------------------

    def _view(self, kept, taken: dict[int, ox.Term], ends: dict, total: int) -> View:
        kept.sort(key=lambda node: node.id)
        kept_ids = {node.id for node in kept}
        statements = [_UNREAD] * total
        for statement_id, (s, o) in ends.items():
            if s in kept_ids and o in kept_ids:
                statements[statement_id] = Statement(s, "", "", o, "")
        keys = {}
        for statement_id in sorted(taken):
            statements[statement_id], keys[statement_id] = self._read_statement(taken[statement_id])
        self.statements = statements
        edges = self._kept_edges(kept_ids)
        by_key = {(e.source, e.predicate, e.target): e for e in edges}
        for statement_id, (s, p, o) in keys.items():
            edge = by_key.get((self.node_ids.get(s), str(p), self.node_ids.get(o)))
            if edge is not None and not statements[statement_id].negated:
                edge.statements.append(statement_id)
        for edge in edges:
            edge.statements.sort(key=self._reading_order)
        return View(kept, edges, statements, self.documents)

    def _kept_edges(self, kept_ids: set[int]) -> list[Edge]:
        """The relation triples between kept nodes, with the ids read_view gives them."""
        edges, number = [], 0
        for prop in self.relations:
            label = None
            for subject, obj in self._relation_pairs(prop):
                if isinstance(obj, Literal):
                    continue
                source, target = self.node_ids[subject], self.node_ids[obj]
                if source in kept_ids and target in kept_ids:
                    label = label if label is not None else _label(self.graph, prop)
                    edges.append(Edge(number, source, target, str(prop), label))
                number += 1
        return edges

    def _read_statement(self, term: ox.Term) -> tuple[Statement, tuple]:
        """One statement read in full, and its (subject, predicate, object) terms."""
        values = self._values(term, _OX_STATEMENT_PROPERTIES)
        arguments = [self._argument(self._values(quad.object, _OX_ARGUMENT_PROPERTIES))
                     for quad in self.store.quads_for_pattern(term, _OX_ARGUMENT, None)]
        key = tuple(values[p] for p in (RDF.subject, RDF.predicate, RDF.object))
        return self._statement(values, _in_position_order(arguments)), key

    def _values(self, term: ox.Term, properties: dict[ox.NamedNode, URIRef]) -> dict[URIRef, Term | None]:
        """``{property: value}`` of ``term`` for the given properties (None where missing)."""
        values = dict.fromkeys(properties.values())
        back = self.graph.rdflib_term
        for quad in self.store.quads_for_pattern(term, None, None):
            prop = properties.get(quad.predicate)
            if prop is not None:
                values[prop] = back(quad.object)
        return values

    def _query(self, query: str, substitutions: dict | None = None):
        return self.store.query(query, prefixes=_PREFIXES, substitutions=substitutions)


def _count(store: ox.Store, query: str) -> int:
    return int(next(iter(store.query(query, prefixes=_PREFIXES)))[0].value)
