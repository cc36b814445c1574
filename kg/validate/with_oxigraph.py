"""Validating with the compiled SPARQL checks over a pyoxigraph Store: the fast path."""

from __future__ import annotations

import uuid

import pyoxigraph as ox

from kg.export.read import to_rdflib
from kg.resources import ontology_file
from kg.validate.report import SH, ValidationReport, make_violation, report_of
from kg.validate.shacl_sparql import Check

__all__ = ["validate_store"]


def validate_store(store: ox.Store, checks: list[Check]) -> ValidationReport:
    """Run ``checks`` over ``store`` with kg's ontology mixed in; the store is left as it was.

    The ontology goes into a named graph of its own for the run (queried with the default
    graph as the union of all), so a store holding a big built graph is neither copied nor
    changed for good; the checks use DISTINCT, so a triple in both graphs counts once.
    """
    ontology = ox.NamedNode(f"urn:uuid:{uuid.uuid4()}")
    store.load(path=str(ontology_file("kg.ttl")), format=ox.RdfFormat.TURTLE, to_graph=ontology)
    try:
        violations = [violation for check in checks for violation in _run(store, check)]
    finally:
        store.remove_graph(ontology)
    return report_of(not violations, violations)


def _run(store: ox.Store, check: Check):
    rows = store.query(check.query, use_default_graph_as_union=True)
    reports_value = any(variable.value == "value" for variable in rows.variables)
    for row in rows:
        value = row["value"] if reports_value else None
        yield make_violation(
            to_rdflib(row["this"]),
            check.path,
            check.messages,
            SH.Violation,
            None if value is None else to_rdflib(value),
        )
