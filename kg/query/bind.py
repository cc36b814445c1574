"""Binding variables of a SPARQL query to values before it runs.

Oxigraph substitutes a value for a variable (SPARQL-dev SEP-0007) only when a SELECT projects
it; for any other variable the query gets ``VALUES ?x { value }`` as the first thing of its
WHERE group, which binds it the same way for every pattern of the group.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

__all__ = ["with_values"]


def with_values(sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``sparql`` with a VALUES block for ``bindings`` opening its first group.

    >>> with_values('SELECT ?l WHERE { ?x <http://e/p> ?l }', {"x": ox.NamedNode("http://e/a")})
    'SELECT ?l WHERE { VALUES ( ?x ) { ( <http://e/a> ) } ?x <http://e/p> ?l }'
    >>> with_values('PREFIX e: <http://e/> # a { in a comment\\nASK { ?x e:p "{" }', {"x": ox.Literal("a")})
    'PREFIX e: <http://e/> # a { in a comment\\nASK { VALUES ( ?x ) { ( "a" ) } ?x e:p "{" }'
    """
    at = _first_group(sparql)
    if at is None or not bindings:
        return sparql
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(value) for value in bindings.values())
    return f"{sparql[:at + 1]} VALUES ( {names} ) {{ ( {values} ) }}{sparql[at + 1:]}"


def _first_group(sparql: str) -> int | None:
    """The index of the first ``{`` outside comments, strings and IRIs, or None."""
    i, length = 0, len(sparql)
    while i < length:
        char = sparql[i]
        if char == "#":
            newline = sparql.find("\n", i)
            i = length if newline < 0 else newline
        elif char in "\"'":
            quote = char * 3 if sparql.startswith(char * 3, i) else char
            i = _string_end(sparql, i + len(quote), quote)
        elif char == "<" and (end := _iri_end(sparql, i)) is not None:
            i = end
        elif char == "{":
            return i
        i += 1
    return None


def _string_end(sparql: str, i: int, quote: str) -> int:
    """The index of the last character of the string whose text starts at ``i``."""
    while i < len(sparql):
        if sparql[i] == "\\":
            i += 2
        elif sparql.startswith(quote, i):
            return i + len(quote) - 1
        else:
            i += 1
    return len(sparql)


def _iri_end(sparql: str, i: int) -> int | None:
    """The index of the ``>`` closing an IRI that opens at ``i``; None when ``<`` is a
    comparison (an IRI holds no spaces)."""
    end = sparql.find(">", i)
    if end < 0 or any(c.isspace() or c in "{}\"" for c in sparql[i + 1:end]):
        return None
    return end
