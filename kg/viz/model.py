"""Read a kg graph into a plain view model: the nodes, edges and evidence the HTML page shows.

Which nodes are shown (the page's contract, tested against a SPARQL count):

* every entity: every resource typed with a class of the kg ontology other than
  ``kg:Concept`` and the bookkeeping classes ``kg:Statement``, ``kg:Argument``,
  ``kg:Document``, ``kg:Sentence`` and ``kg:Title`` — related or not;
* every resource at either end of a relation triple (the subject, and the object unless it is
  a literal), typed or not: the concepts that take part in facts, and the ends of triples a
  graph edited in another tool may have left untyped.

Concepts that only fill an n-ary argument ("with Yang", "about the arms embargo") are not drawn:
they read in the side panel, with the fact they belong to.

Edges are the relation triples whose object is a resource: one edge per ``(subject, property,
object)``, carrying every statement node that restates it. A property is a relation if it lies in
the ``rel:`` namespace or is declared ``rdfs:subPropertyOf`` (transitively) ``kg:relation``.

The model is read with graph walks over rdflib's indexes (linear in the graph), and tolerates
missing optional properties: a statement without a sentence, a document without a date, an
entity without a label all still read.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV
from rdflib.term import Node as Term

from kg.errors import KgError
from kg.namespaces import KG, REL

__all__ = [
    "Node",
    "Edge",
    "Statement",
    "Document",
    "View",
    "HIDDEN_CLASSES",
    "read_view",
    "select_neighbourhood",
    "find_nodes",
    "reading_order",
    "reading_key",
]

#: kg classes whose instances are evidence or bookkeeping, never drawn as nodes.
HIDDEN_CLASSES = frozenset({KG.Statement, KG.Argument, KG.Document, KG.Sentence, KG.Title})

#: Shown instead of a class name for nodes that carry no kg class.
OTHER_KIND = "Other"

_KG_PREFIX = str(KG._NS)


@dataclass
class Node:
    """An entity or concept as the page shows it."""

    id: int
    iri: str
    label: str
    kind: str  # local name of its kg class: "Person", "Concept", ... or OTHER_KIND
    alt_labels: list[str] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)  # (name, value) for the panel
    mentions: int = 0
    statements: list[int] = field(default_factory=list)
    left_out: int = 0  # statements about it that a page too small for all does not quote

    @property
    def is_concept(self) -> bool:
        """True for non-entity arguments (``kg:Concept``)."""
        return self.kind == "Concept"


@dataclass
class Edge:
    """One relation triple between two nodes and the statements that restate it."""

    id: int
    source: int
    target: int
    predicate: str
    label: str
    statements: list[int] = field(default_factory=list)


@dataclass
class Statement:
    """The evidence of one fact: its terms, sentence, document and confidence."""

    subject: int | None
    subject_label: str
    predicate_label: str
    object: int | None
    object_label: str
    sentence: str = ""
    document: int | None = None
    confidence: float | None = None
    negated: bool = False
    modality: str = ""
    start: int = 0  # character offset in its document, for reading order
    arguments: list[tuple[str, str, int | None]] = field(default_factory=list)  # role, text, node


@dataclass
class Document:
    """A source document: its title and date, as far as the graph says."""

    iri: str
    title: str
    date: str = ""


@dataclass
class View:
    """Everything the page shows; node, statement and document ids index their lists."""

    nodes: list[Node]
    edges: list[Edge]
    statements: list[Statement]
    documents: list[Document]


def read_view(graph: Graph) -> View:
    """Read the nodes, edges and evidence of a kg graph.

    Args:
        graph: a graph kg built (or edited since), possibly with the ontology merged in.

    Returns:
        The view model; see the module docstring for which nodes and edges it holds.

    Example:
        >>> view = read_view(Graph().parse("out/graph.ttl"))  # doctest: +SKIP
        >>> len(view.nodes), len(view.edges)  # doctest: +SKIP
        (42, 57)
    """
    reader = _Reader(graph)
    reader.read_nodes()
    reader.read_edges()
    reader.read_statements()
    return View(reader.nodes, reader.edges, reader.statements, reader.documents)


def select_neighbourhood(view: View, focus: str, hops: int) -> View:
    """Keep the nodes within ``hops`` edges (either direction) of the nodes matching ``focus``.

    Args:
        view: the whole view.
        focus: a node IRI, or a name matched case-insensitively against labels and alternative
            labels (exact matches win over substring matches).
        hops: how many edges away from the focus to keep (0 keeps the focus only).

    Returns:
        A view with the same statements and documents (ids unchanged) and fewer nodes and edges.

    Raises:
        KgError: no node matches ``focus``.
    """
    start = find_nodes(view, focus)
    if not start:
        raise KgError(f"no entity matches --focus {focus!r}")
    neighbours: dict[int, set[int]] = {node.id: set() for node in view.nodes}
    for edge in view.edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
    depth = {node_id: 0 for node_id in start}
    queue = deque(start)
    while queue:
        node_id = queue.popleft()
        if depth[node_id] >= hops:
            continue
        for other in neighbours[node_id]:
            if other not in depth:
                depth[other] = depth[node_id] + 1
                queue.append(other)
    nodes = [node for node in view.nodes if node.id in depth]
    edges = [e for e in view.edges if e.source in depth and e.target in depth]
    return replace(view, nodes=nodes, edges=edges)


def find_nodes(view: View, name: str) -> list[int]:
    """Ids of the nodes whose IRI or a label equals ``name``, else whose label contains it."""
    wanted = name.strip().casefold()
    exact, partial = [], []
    for node in view.nodes:
        names = [node.label, *node.alt_labels]
        if node.iri == name or any(n.casefold() == wanted for n in names):
            exact.append(node.id)
        elif wanted and any(wanted in n.casefold() for n in names):
            partial.append(node.id)
    return exact or partial


def reading_order(statements: list[Statement], documents: list[Document], statement_id: int) -> tuple:
    """Sort key of a statement: oldest document first (undated ones after), then its position."""
    statement = statements[statement_id]
    return reading_key(documents, statement.document, statement.start)


def reading_key(documents: list[Document], document_id: int | None, start: int) -> tuple:
    """``reading_order`` of a statement known by its document's id and its start offset."""
    if document_id is None:
        return (True, True, "", "", start)
    document = documents[document_id]
    return (False, not document.date, document.date, document.title, start)


class _Reader:
    """Walks one graph once per kind of thing; keeps the term -> id maps while it does."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.nodes: list[Node] = []
        self.edges: list[Edge] = []
        self.statements: list[Statement] = []
        self.documents: list[Document] = []
        self.node_ids: dict[Term, int] = {}
        self.edge_ids: dict[tuple[Term, Term, Term], int] = {}
        self.document_ids: dict[Term, int] = {}
        self.relations = _relation_properties(graph)

    def read_nodes(self) -> None:
        kinds = self._typed_kinds()
        for subject, classes in kinds.items():
            if not classes & HIDDEN_CLASSES and classes != {KG.Concept}:
                self._add_node(subject, _pick_kind(classes))
        for prop in self.relations:
            for subject, obj in self._relation_pairs(prop):
                for term in (subject, obj):
                    if not isinstance(term, Literal) and term not in self.node_ids:
                        self._add_node(term, _pick_kind(self._kinds_of(term, kinds)))

    def _typed_kinds(self) -> dict[Term, set[URIRef]]:
        """Every resource with a kg class, in the order of its text, and its kg classes."""
        kinds: dict[Term, set[URIRef]] = {}
        for subject, cls in _sorted_pairs(self.graph, RDF.type):
            if isinstance(cls, URIRef) and str(cls).startswith(_KG_PREFIX):
                kinds.setdefault(subject, set()).add(cls)
        return kinds

    def _kinds_of(self, term: Term, kinds: dict[Term, set[URIRef]]) -> set[URIRef]:
        """The kg classes of a relation's end (``kinds`` holds every typed resource here)."""
        return kinds.get(term, set())

    def _relation_pairs(self, prop: URIRef) -> list[tuple[Term, Term]]:
        return _sorted_pairs(self.graph, prop)

    def read_edges(self) -> None:
        for prop in self.relations:
            label = _label(self.graph, prop)
            for subject, obj in self._relation_pairs(prop):
                if isinstance(obj, Literal):
                    continue
                edge = Edge(len(self.edges), self.node_ids[subject], self.node_ids[obj], str(prop), label)
                self.edge_ids[(subject, prop, obj)] = edge.id
                self.edges.append(edge)

    def read_statements(self) -> None:
        # One pass per property (a column), rather than a lookup per statement and property.
        column = {prop: _column(self.graph, prop) for prop in _STATEMENT_PROPERTIES}
        arguments = self._read_arguments()
        for node in sorted(self.graph.subjects(RDF.type, KG.Statement), key=str):
            values = {p: column[p].get(node) for p in _STATEMENT_PROPERTIES}
            statement = self._statement(values, arguments.get(node, []))
            subject, predicate, obj = (values[p] for p in (RDF.subject, RDF.predicate, RDF.object))
            statement_id = len(self.statements)
            self.statements.append(statement)
            key = (subject, predicate, obj)
            if key in self.edge_ids and not statement.negated:
                self.edges[self.edge_ids[key]].statements.append(statement_id)
            touched = {statement.subject, statement.object, *(a[2] for a in statement.arguments)}
            for node_id in sorted(touched - {None}):
                self.nodes[node_id].statements.append(statement_id)
        for item in (*self.nodes, *self.edges):
            item.statements.sort(key=self._reading_order)

    def _statement(self, values: dict[URIRef, Term | None], arguments: list[tuple[str, str, int | None]]) -> Statement:
        """One statement from its property values (None where missing) and its arguments."""
        subject, predicate, obj = (values[p] for p in (RDF.subject, RDF.predicate, RDF.object))
        predicate_text = values[KG.predicateText]
        negated = values[KG.negated]
        statement = Statement(
            subject=self.node_ids.get(subject),
            # A statement whose subject resolved to nothing keeps its words.
            subject_label=self._display(subject) or str(_or(values[KG.subjectText], "")),
            predicate_label=str(predicate_text) if predicate_text is not None else self._display(predicate),
            object=self.node_ids.get(obj),
            object_label=self._display(obj),
            sentence=str(_or(values[KG.sentenceText], "")),
            document=self._document_id(values[PROV.wasDerivedFrom]),
            confidence=_number(values[KG.confidence]),
            negated=isinstance(negated, Literal) and negated.toPython() is True,
            modality=str(_or(values[KG.modality], "")),
            start=_integer(values[KG.startOffset]),
            arguments=[],
        )
        # An argument restating the subject or object (role "object", "complement") adds nothing.
        statement.arguments = [
            a
            for a in arguments
            if not (a[2] is not None and a[2] in (statement.subject, statement.object))
            and a[1] not in (statement.subject_label, statement.object_label)
        ]
        return statement

    def _reading_order(self, statement_id: int) -> tuple:
        return reading_order(self.statements, self.documents, statement_id)

    def _read_arguments(self) -> dict[Term, list[tuple[str, str, int | None]]]:
        """Each statement's arguments as (role, text, node id or None), in position order."""
        column = {prop: _column(self.graph, prop) for prop in _ARGUMENT_PROPERTIES}
        found: dict[Term, list[tuple]] = {}
        for statement, argument in self.graph.subject_objects(KG.argument):
            found.setdefault(statement, []).append(self._argument({p: column[p].get(argument) for p in _ARGUMENT_PROPERTIES}))
        return {s: _in_position_order(args) for s, args in found.items()}

    def _argument(self, values: dict[URIRef, Term | None]) -> tuple[int, str, str, int | None]:
        """One argument from its property values: (position, role, text, node id or None)."""
        value = values[KG.value]
        literal = _or(values[KG.literalValue], _or(values[KG.text], ""))
        shown = self._display(value) if value is not None else str(literal)
        return _integer(values[KG.position]), str(_or(values[KG.role], "")), shown, self.node_ids.get(value)

    def _display(self, term: Term | None) -> str:
        """A term as the panel reads it, reusing the labels of nodes already read."""
        node_id = self.node_ids.get(term)
        return self.nodes[node_id].label if node_id is not None else _display(self.graph, term)

    def _add_node(self, term: Term, kind: str) -> None:
        graph = self.graph
        label = _label(graph, term)
        alt = sorted({str(a) for a in graph.objects(term, SKOS.altLabel)} - {label}, key=_label_order)
        details = [
            (name, _display(graph, value))
            for name, prop in (("title", KG.holdsTitle), ("affiliated with", KG.affiliatedWith), ("same as", OWL.sameAs))
            for value in sorted(graph.objects(term, prop))
        ]
        node = Node(len(self.nodes), str(term), label, kind, alt, details, _integer(graph.value(term, KG.mentionCount)))
        self.node_ids[term] = node.id
        self.nodes.append(node)

    def _document_id(self, term: Term | None) -> int | None:
        if term is None:
            return None
        if term not in self.document_ids:
            title = self.graph.value(term, DCTERMS.title)
            date = self.graph.value(term, DCTERMS.date)
            source = self.graph.value(term, KG.sourceFile)
            shown = str(title) if title is not None else str(source).rsplit("/", 1)[-1] if source is not None else _local_name(term)
            self.document_ids[term] = len(self.documents)
            self.documents.append(Document(str(term), shown, str(date) if date is not None else ""))
        return self.document_ids[term]


_STATEMENT_PROPERTIES = (
    RDF.subject,
    RDF.predicate,
    RDF.object,
    KG.predicateText,
    KG.sentenceText,
    PROV.wasDerivedFrom,
    KG.confidence,
    KG.negated,
    KG.modality,
    KG.startOffset,
    KG.subjectText,
)
_ARGUMENT_PROPERTIES = (KG.value, KG.literalValue, KG.text, KG.position, KG.role)


def _or(term: Term | None, default):
    """``term``, or ``default`` where the property is missing."""
    return default if term is None else term


def _in_position_order(arguments: list[tuple[int, str, str, int | None]]) -> list[tuple[str, str, int | None]]:
    """Arguments as (role, text, node id) sorted by position, role and text."""
    return [a[1:] for a in sorted(arguments, key=lambda a: a[:3])]


def _sorted_pairs(graph: Graph, prop: URIRef) -> list[tuple[Term, Term]]:
    """``(subject, object)`` of one property in the order of their text: the page must depend
    on the graph, not on the order a store happens to return its triples in (a graph built by
    two workers is stored in another order than one built by one)."""
    return sorted(graph.subject_objects(prop), key=lambda pair: (str(pair[0]), str(pair[1])))


def _column(graph: Graph, prop: URIRef) -> dict[Term, Term]:
    """``{subject: object}`` for one property (one value kept where there are several)."""
    return dict(graph.subject_objects(prop))


def _relation_properties(graph: Graph) -> list[URIRef]:
    """Properties used in the graph that are relations: ``rel:`` ones and sub-properties of kg:relation."""
    declared = set(graph.transitive_subjects(RDFS.subPropertyOf, KG.relation)) - {KG.relation}
    used = set(graph.predicates(unique=True))
    return sorted(p for p in used if isinstance(p, URIRef) and (str(p).startswith(str(REL)) or p in declared))


def _label_order(label: str) -> tuple[str, str]:
    """Labels alphabetically, case aside; "WADA" before "Wada" (a set's order must not decide)."""
    return label.casefold(), label


def _pick_kind(classes: set[URIRef]) -> str:
    """The most specific kg class name; kg:Entity and kg:Concept only when nothing else is given."""
    names = sorted(str(c)[len(_KG_PREFIX) :] for c in classes)
    specific = [n for n in names if n not in ("Entity", "Concept")]
    if specific:
        return specific[0]
    return "Concept" if "Concept" in names else "Entity" if names else OTHER_KIND


def _label(graph: Graph, term: Term) -> str:
    """rdfs:label (English or plain first), then skos:prefLabel, then the IRI's local name."""
    for prop in (RDFS.label, SKOS.prefLabel):
        labels = [lit for lit in graph.objects(term, prop) if isinstance(lit, Literal)]
        if labels:
            labels.sort(key=lambda lit: (lit.language not in (None, "en"), str(lit)))
            return str(labels[0])
    return _local_name(term)


def _display(graph: Graph, term: Term | None) -> str:
    """How a term reads in the panel: a literal's text, a resource's label."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    return _label(graph, term)


def _local_name(term: Term) -> str:
    """The last segment of an IRI, made readable: ``.../person/antony-blinken`` -> ``antony blinken``."""
    text = str(term).rstrip("/#")
    tail = text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return tail.replace("-", " ").replace("_", " ") or text


def _number(term: Term | None) -> float | None:
    try:
        return float(term) if term is not None else None
    except (TypeError, ValueError):
        return None


def _integer(term: Term | None) -> int:
    number = _number(term)
    return int(number) if number is not None else 0
