"""A SPARQL query's answer, materialised."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

__all__ = ["QueryResult", "collect"]


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

def collect(answer) -> QueryResult:
    """Materialise pyoxigraph's answer (iterable once) as a QueryResult."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return QueryResult("graph", triples=tuple(answer))
    variables = tuple(v.value for v in answer.variables)
    rows = tuple(tuple(solution[index] for index in range(len(variables))) for solution in answer)
    return QueryResult("select", variables=variables, rows=rows)
