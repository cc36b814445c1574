"""Checking a graph against kg's SHACL shapes (``ontology/shapes.ttl``) with pyshacl.

The ontology is mixed into the data while validating, so a shape that targets ``kg:Entity``
also checks every ``kg:Person`` and ``kg:Country``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Namespace

from kg.errors import GraphError, ValidationError
from kg.namespaces import PREFIXES
from kg.resources import ontology_file

__all__ = ["Violation", "ValidationReport", "validate_graph", "check_graph"]

SH = Namespace("http://www.w3.org/ns/shacl#")
_STANDARD = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node at fault, the property path, what is wrong, its severity."""

    focus: str
    path: str
    message: str
    severity: str
    value: str = ""

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        found = f" (found {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{found}"


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms, and every violation, ordered by node then path."""

    conforms: bool
    violations: tuple[Violation, ...] = field(default_factory=tuple)

    def summary(self, limit: int = 20) -> str:
        """A readable report: a verdict line, then up to ``limit`` violations, one per line."""
        if self.conforms:
            return "conforms: the graph satisfies kg's shapes"
        lines = [f"does not conform: {len(self.violations)} violation(s)"]
        lines += [f"  {violation}" for violation in self.violations[:limit]]
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


def validate_graph(graph: Graph, shapes: str | os.PathLike | None = None) -> ValidationReport:
    """Validate ``graph`` against kg's shapes (or the shapes file ``shapes``).

    Args:
        graph: the data graph (it is not changed): an rdflib Graph, or a built ``OxGraph``.
        shapes: a SHACL Turtle file; kg's ``ontology/shapes.ttl`` by default.

    Returns:
        A ``ValidationReport``.

    Example:
        >>> from kg.rdf import new_graph
        >>> validate_graph(new_graph()).conforms
        True
    """
    if hasattr(graph, "to_rdflib"):  # a built OxGraph: pyshacl reads rdflib graphs
        graph = graph.to_rdflib()
    from pyshacl import validate

    shapes_path = Path(shapes) if shapes is not None else ontology_file("shapes.ttl")
    if not shapes_path.is_file():
        raise GraphError(f"{shapes_path}: no such shapes file")
    try:
        shapes_graph = Graph().parse(shapes_path, format="turtle")
    except Exception as error:  # rdflib raises many kinds of parse errors
        raise GraphError(f"{shapes_path}: not valid Turtle: {' '.join(str(error).split())}") from None
    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    conforms, results, _ = validate(
        graph,
        shacl_graph=shapes_graph,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    violations = sorted(
        (_violation(results, result) for result in results.subjects(RDF.type, SH.ValidationResult)),
        key=lambda v: (v.focus, v.path, v.message),
    )
    return ValidationReport(bool(conforms), tuple(violations))


def check_graph(graph: Graph) -> ValidationReport:
    """Validate ``graph`` and raise a ValidationError with the readable report if it fails."""
    report = validate_graph(graph)
    if not report.conforms:
        raise ValidationError(report.summary())
    return report


def _violation(results: Graph, result) -> Violation:
    """One readable violation from a node of pyshacl's results graph."""
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    focus = results.value(result, SH.focusNode)
    value = results.value(result, SH.value)
    return Violation(
        focus=_short(focus),
        path=_path_text(results, results.value(result, SH.resultPath)),
        message="; ".join(messages) or "violates a shape",
        severity=_short(results.value(result, SH.resultSeverity)).removeprefix("sh:"),
        value=_short(value)[:80] if value is not None and value != focus else "",
    )


def _path_text(results: Graph, path) -> str:
    """A SHACL path as text: an IRI shortened, a sequence joined by ``/``."""
    if path is None:
        return ""
    if (path, RDF.first, None) in results:
        return "/".join(_path_text(results, step) for step in results.items(path))
    inner = results.value(path, SH.zeroOrMorePath)
    if inner is not None:
        return f"{_path_text(results, inner)}*"
    return _short(path)


def _short(term) -> str:
    """A term as prefix:name when kg knows the namespace, else in N-Triples form."""
    if term is None:
        return ""
    text = str(term)
    for prefix, namespace in {**_STANDARD, "sh": str(SH), **{k: str(v) for k, v in PREFIXES.items()}}.items():
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return term.n3() if hasattr(term, "n3") else text
