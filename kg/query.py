"""SPARQL over a graph file or a store, with Oxigraph's engine, and its answers as text.

rdflib's own SPARQL evaluator is orders of magnitude slower on large graphs, so queries run in
an in-memory ``pyoxigraph.Store`` (or the persistent store given). kg's ontology is loaded
with the data by default, so class and property hierarchies can be followed with property
paths (``?p rdfs:subPropertyOf* rel:communicate``). kg's prefixes (``kg:``, ``rel:``, ``ent:``,
``rdfs:``, ...) are predeclared, so a query need not repeat them.

Example:
    >>> result = run_query(ox.Store(), "ASK { ?s ?p ?o }", ontology=False)
    >>> format_result(result, "csv")
    'false\\n'
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError, QueryError
from kg.export.read import rdf_format_of
from kg.resources import ontology_file

__all__ = [
    "QueryResult",
    "load_store",
    "run_query",
    "read_query",
    "format_result",
    "FORMATS",
    "QUERY_PREFIXES",
    "pasteable_iri",
]

FORMATS = ("table", "csv", "json", "tsv")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _query_prefixes() -> dict[str, str]:
    from kg.namespaces import PREFIXES
    from kg.rdf.build import STANDARD_PREFIXES

    merged = {**STANDARD_PREFIXES, **PREFIXES}
    return {prefix: str(namespace) for prefix, namespace in sorted(merged.items())}


QUERY_PREFIXES = _query_prefixes()


@dataclass(frozen=True)
class QueryResult:
    """A query's answer.

    ``kind`` is ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT/DESCRIBE). A select has
    ``variables`` and ``rows`` (pyoxigraph terms, None where unbound); an ask has ``boolean``;
    a graph query has ``triples``.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    boolean: bool | None = None
    triples: tuple = ()

    def values(self, variable: str) -> list[str | None]:
        """The plain values (IRI or literal text) of one column, in row order."""
        column = self.variables.index(variable)
        return [None if row[column] is None else row[column].value for row in self.rows]


def load_store(path: str | os.PathLike, *, ontology: bool = True) -> ox.Store:
    """An in-memory store with the RDF file at ``path`` (named graphs merged) and kg's ontology.

    Raises:
        GraphError: the file is missing or does not parse (the message names it).
    """
    source = Path(path)
    if not source.is_file():
        raise GraphError(f"{source}: no such file")
    store = ox.Store()
    rdf_format = rdf_format_of(source)
    try:
        if rdf_format.supports_datasets:
            quads = ox.parse(path=str(source), format=rdf_format)
            store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        else:
            store.load(path=str(source), format=rdf_format)
    except (SyntaxError, ValueError) as error:
        raise GraphError(f"{source}: not valid RDF: {error}") from None
    except OSError as error:
        raise GraphError(f"{source}: cannot read: {error.strerror or error}") from None
    if ontology:
        add_ontology(store)
    return store


def add_ontology(store: ox.Store) -> bool:
    """Add kg's ontology to the store's default graph (a no-op when it is there already).

    Returns False when the store is read-only and the ontology could not be added (queries
    then follow only the hierarchy triples the graph itself holds).
    """
    try:
        store.load(path=str(ontology_file("kg.ttl")), format=ox.RdfFormat.TURTLE)
    except (OSError, RuntimeError):
        return False
    return True


def run_query(source: str | os.PathLike | ox.Store, sparql: str, *, ontology: bool = True) -> QueryResult:
    """Run a SPARQL query on an RDF file or a pyoxigraph Store.

    Args:
        source: a graph file (Turtle, N-Triples, TriG, ...) or an open ``pyoxigraph.Store``.
        sparql: the query; kg's prefixes are predeclared.
        ontology: load kg's ontology with the data, so hierarchies can be followed.

    Returns:
        A ``QueryResult``.

    Raises:
        GraphError: the file cannot be read.
        QueryError: the query does not parse or fails.
    """
    if isinstance(source, ox.Store):
        store = source
        if ontology:
            add_ontology(store)
    else:
        store = load_store(source, ontology=ontology)
    try:
        answer = store.query(sparql, prefixes=QUERY_PREFIXES)
        return _collect(answer)
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {_one_line(error)}") from None
    except (OSError, ValueError, TypeError) as error:
        raise QueryError(f"the query failed: {_one_line(error)}") from None


def _collect(answer) -> QueryResult:
    """Materialise pyoxigraph's answer (iterable once) as a QueryResult."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return QueryResult("graph", triples=tuple(answer))
    variables = tuple(v.value for v in answer.variables)
    rows = tuple(tuple(solution[index] for index in range(len(variables))) for solution in answer)
    return QueryResult("select", variables=variables, rows=rows)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def read_query(query: str) -> str:
    """The SPARQL text of ``query``: the contents of a ``.rq`` file, or the text itself.

    Raises:
        QueryError: ``query`` names a ``.rq``/``.sparql`` file that does not exist.
    """
    looks_like_file = query.strip().lower().endswith((".rq", ".sparql")) and "\n" not in query
    path = Path(query.strip()) if looks_like_file else None
    if path is not None:
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def format_result(result: QueryResult, format: str = "table", width: int | None = None) -> str:
    """The answer as text: an aligned ``table``, or SPARQL 1.1 ``csv``, ``tsv`` or ``json``.

    A table fits ``width`` columns (a terminal's), long cells wrapped onto more lines; with no
    width (output piped to a file or a program) every cell is printed whole on one line.
    A CONSTRUCT/DESCRIBE answer is Turtle (``table``, ``csv``, ``tsv``) or JSON-LD (``json``).
    """
    if format not in FORMATS:
        raise QueryError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")
    if result.kind == "graph":
        rdf_format = ox.RdfFormat.JSON_LD if format == "json" else ox.RdfFormat.TURTLE
        return ox.serialize(result.triples, None, rdf_format, prefixes=QUERY_PREFIXES).decode("utf-8")
    if format == "table":
        return _table(result, width)
    return {"csv": _csv, "tsv": _tsv, "json": _json}[format](result)


def _table(result: QueryResult, width: int | None) -> str:
    if result.kind == "ask":
        return "yes\n" if result.boolean else "no\n"
    header = list(result.variables)
    body = [[_short(term) for term in row] for row in result.rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
    if width is not None:
        widths = _fit(widths, width - _GAP * (len(widths) - 1))
    lines = _row_lines(header, widths) + _row_lines(["-" * w for w in widths], widths)
    for row in body:
        lines += _row_lines(row, widths)
    count = len(body)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


_GAP = 2  # spaces between columns
_NARROWEST = 12  # a column is never wrapped narrower than this


def _fit(widths: list[int], room: int) -> list[int]:
    """Column widths that fit ``room`` characters: the widest columns give way first, none
    below ``_NARROWEST`` (a table of many columns may still overflow a narrow terminal)."""
    widths = list(widths)
    while sum(widths) > room:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= _NARROWEST:
            break
        widths[widest] = max(_NARROWEST, widths[widest] - (sum(widths) - room))
    return widths


def _row_lines(cells: list[str], widths: list[int]) -> list[str]:
    """One table row as text lines: each cell wrapped to its column, the columns side by side."""
    wrapped = [textwrap.wrap(cell, w, break_long_words=True, break_on_hyphens=False) or [""]
               if len(cell) > w else [cell] for cell, w in zip(cells, widths)]
    height = max(len(parts) for parts in wrapped)
    return [(" " * _GAP).join((parts[k] if k < len(parts) else "").ljust(w)
                      for parts, w in zip(wrapped, widths)).rstrip() for k in range(height)]


# A local name that SPARQL and Turtle read without any backslash escape.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")


def pasteable_iri(iri: str) -> str:
    """``iri`` as the longest kg prefix that leaves a plain local name, else ``<iri>``: either
    form pastes back into a query unchanged.

    >>> pasteable_iri("https://w3id.org/kg-builder/entity/person/antony-blinken")
    'person:antony-blinken'
    >>> pasteable_iri("https://w3id.org/kg-builder/entity/person/a(b)")
    '<https://w3id.org/kg-builder/entity/person/a(b)>'
    """
    best = None
    for prefix, namespace in QUERY_PREFIXES.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and _PLAIN_LOCAL.fullmatch(local):
            if best is None or len(namespace) > len(QUERY_PREFIXES[best[0]]):
                best = (prefix, local)
    return f"{best[0]}:{best[1]}" if best else f"<{iri}>"


def _short(term) -> str:
    """A term for people: an IRI as prefix:name when a kg prefix fits, a literal as its text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return pasteable_iri(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return " ".join(term.value.split())


def _csv(result: QueryResult) -> str:
    output = io.StringIO()
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else (f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value) for t in row])
    return output.getvalue()


def _tsv(result: QueryResult) -> str:
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows
    ]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _json_term(term) -> dict:
    """A term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if term.language:
        return {"type": "literal", "value": term.value, "xml:lang": term.language}
    if term.datatype.value == _XSD_STRING:
        return {"type": "literal", "value": term.value}
    return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
