"""A query's answer as text: an aligned table for a terminal, or SPARQL 1.1 CSV, TSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import textwrap

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.result import QueryResult
from kg.query.terms import QUERY_PREFIXES, short_term

__all__ = ["FORMATS", "format_result"]

FORMATS = ("table", "csv", "json", "tsv")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


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
    body = [[short_term(term) for term in row] for row in result.rows]
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
