"""SPARQL over the graphs kg builds: run a query, name entities in it, print the answer.

- ``run``: the query on a graph file or a ``pyoxigraph.Store``, kg's ontology and prefixes in;
- ``cache``: the on-disk copy of a graph file that lets the next query start at once;
- ``names``: ``?x=Blair`` bound to the entity that owns the name;
- ``terms`` and ``text``: the answer as a table, CSV, TSV or JSON, with IRIs that paste back.
"""

from kg.query.result import QueryResult
from kg.query.run import add_ontology, load_store, read_query, run_query
from kg.query.terms import QUERY_PREFIXES, pasteable_iri
from kg.query.text import FORMATS, format_result

__all__ = [
    "QueryResult",
    "load_store",
    "add_ontology",
    "run_query",
    "read_query",
    "format_result",
    "FORMATS",
    "QUERY_PREFIXES",
    "pasteable_iri",
]
