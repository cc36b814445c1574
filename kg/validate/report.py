"""What a validation says: the ``Violation`` and ``ValidationReport`` records, and their text.

Both validators (pyshacl and the SPARQL one) build their violations here, so a violation reads
the same whichever found it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import RDF, Graph, Namespace

from kg.namespaces import PREFIXES

__all__ = ["SH", "Violation", "ValidationReport", "make_violation", "report_of", "path_text"]

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


def make_violation(focus, path: str, messages, severity, value=None) -> Violation:
    """A readable violation from rdflib terms: the focus node, the path's text, the shape's
    messages, the severity IRI and the offending value (left out when it is the focus itself)."""
    return Violation(
        focus=_short(focus),
        path=path,
        message="; ".join(sorted({str(m) for m in messages})) or "violates a shape",
        severity=_short(severity).removeprefix("sh:"),
        value=_short(value)[:80] if value is not None and value != focus else "",
    )


def report_of(conforms: bool, violations) -> ValidationReport:
    """The report, its violations in kg's order (node, path, message; the value breaks ties)."""
    ordered = sorted(violations, key=lambda v: (v.focus, v.path, v.message, v.value))
    return ValidationReport(bool(conforms), tuple(ordered))


def path_text(graph: Graph, path) -> str:
    """A SHACL path as text: an IRI shortened, a sequence joined by ``/``."""
    if path is None:
        return ""
    if (path, RDF.first, None) in graph:
        return "/".join(path_text(graph, step) for step in graph.items(path))
    inner = graph.value(path, SH.zeroOrMorePath)
    if inner is not None:
        return f"{path_text(graph, inner)}*"
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
