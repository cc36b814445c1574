"""Terms as people read and paste them: kg's query prefixes, IRIs as prefixed names."""

from __future__ import annotations

import re

import pyoxigraph as ox

__all__ = ["QUERY_PREFIXES", "pasteable_iri", "short_term"]


def _query_prefixes() -> dict[str, str]:
    from kg.namespaces import PREFIXES
    from kg.rdf.build import STANDARD_PREFIXES

    merged = {**STANDARD_PREFIXES, **PREFIXES}
    return {prefix: str(namespace) for prefix, namespace in sorted(merged.items())}


QUERY_PREFIXES = _query_prefixes()

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


def short_term(term) -> str:
    """A term for people: an IRI as prefix:name when a kg prefix fits, a literal as its text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return pasteable_iri(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return " ".join(term.value.split())


