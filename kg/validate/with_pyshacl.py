"""Validating with pyshacl: the reference, and the fallback for shapes the SPARQL compiler
does not handle."""

from __future__ import annotations

from rdflib import RDF, Graph

from kg.validate.report import SH, ValidationReport, make_violation, path_text, report_of

__all__ = ["validate_with_pyshacl"]


def validate_with_pyshacl(graph: Graph, shapes: Graph, ontology: Graph) -> ValidationReport:
    """Validate the rdflib ``graph`` against ``shapes``, ``ontology`` mixed into the data."""
    from pyshacl import validate

    conforms, results, _ = validate(
        graph,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    return report_of(conforms, (_violation(results, r) for r in results.subjects(RDF.type, SH.ValidationResult)))


def _violation(results: Graph, result):
    """One readable violation from a node of pyshacl's results graph."""
    return make_violation(
        results.value(result, SH.focusNode),
        path_text(results, results.value(result, SH.resultPath)),
        results.objects(result, SH.resultMessage),
        results.value(result, SH.resultSeverity),
        results.value(result, SH.value),
    )
