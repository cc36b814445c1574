"""SHACL shapes compiled into SPARQL queries, so that validation scales.

pyshacl checks one focus node at a time in Python (over four minutes on a 722,000-triple graph);
one SPARQL query per constraint checks every focus node at once over Oxigraph's indexes. The
compiler knows the part of SHACL Core kg's shapes use (targets, property paths, cardinality,
value type, range, length, pair, logical and value constraints, a SPARQL target) and raises
``Unsupported`` on anything else, so the caller can hand such shapes to pyshacl instead.

Each ``Check`` is one SELECT whose solutions are the violations of one constraint: ``?this`` the
focus node, ``?value`` the value at fault when SHACL reports one. Its results are pyshacl's: one
per failing value and constraint, the shape's own messages (a shape without ``sh:message``
would get pyshacl's generated text, so it is left to pyshacl).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import count

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL

from kg.validate.report import SH, path_text

__all__ = ["Check", "Unsupported", "compile_shapes"]

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf, SH.target)
_CONSTRAINTS = {
    SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH["class"], SH.hasValue, SH["in"],
    SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.minLength, SH.maxLength,
    SH.lessThanOrEquals, SH["not"], SH["or"], SH["and"],
}
# Shape-graph words that change nothing or that the compiler reads itself. sh:severity is
# read too, but only sh:Violation is accepted: with pyshacl's allow_warnings a weaker shape
# conforms even when it fails, nested ones included.
_OTHER_WORDS = {
    SH.property, SH.path, SH.zeroOrMorePath, SH.message, SH.severity, SH.select, SH.prefixes,
    SH.declare, SH.prefix, SH.namespace, SH.name, SH.description, SH.order, SH.group,
}
_TYPES = {SH.NodeShape, SH.PropertyShape, SH.SPARQLTarget, SH.PrefixDeclaration, SH.Violation}
_NODE_KINDS = {
    SH.IRI: "isIRI({x})",
    SH.Literal: "isLiteral({x})",
    SH.BlankNode: "isBlank({x})",
    SH.BlankNodeOrIRI: "(isBlank({x}) || isIRI({x}))",
    SH.BlankNodeOrLiteral: "(isBlank({x}) || isLiteral({x}))",
    SH.IRIOrLiteral: "(isIRI({x}) || isLiteral({x}))",
}
_XSD = "http://www.w3.org/2001/XMLSchema#"
# Datatypes whose lexical form rdflib parses into a Python value; pyshacl reports an ill-typed
# one ("high"^^xsd:decimal), which SPARQL finds by casting the text (a failed cast is an error).
_CAST = {f"{_XSD}{name}" for name in ("integer", "decimal", "double", "float", "date", "dateTime")}
# Datatypes rdflib never calls ill-typed (it reads any boolean text as true or false).
_NO_CAST = {f"{_XSD}string", f"{_XSD}boolean"}
_RANGES = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
_TYPE_OF = f"<{RDF.type}>/<{RDFS.subClassOf}>*"
# Counting inside EXISTS needs one variable per counted value (SPARQL cannot correlate a
# grouped subquery with the outer node): beyond this many it is pyshacl's job.
_MAX_NESTED_COUNT = 3
_MAX_DEPTH = 32


class Unsupported(Exception):
    """The shapes use a part of SHACL the SPARQL compiler does not handle."""


@dataclass(frozen=True)
class Check:
    """One constraint as a query: each solution (``?this``, maybe ``?value``) is a violation."""

    query: str
    path: str
    messages: tuple[str, ...]


def compile_shapes(shapes: Graph) -> list[Check]:
    """Every check of the shapes graph ``shapes``; raises ``Unsupported`` if one cannot be compiled."""
    _check_words(shapes)
    compiler = _Compiler(shapes)
    targeted = sorted({shape for p in _TARGETS for shape in shapes.subjects(p, None)}, key=str)
    return [check for shape in targeted for check in compiler.shape_checks(shape)]


def _check_words(shapes: Graph) -> None:
    """Refuse any SHACL word outside the compiled subset, and shapes that are also classes
    (SHACL's implicit class targets)."""
    for s, p, o in shapes:
        if p.startswith(SH) and p not in _CONSTRAINTS and p not in _OTHER_WORDS and p not in _TARGETS:
            raise Unsupported(str(p))
        if p == RDF.type and o.startswith(SH) and o not in _TYPES:
            raise Unsupported(str(o))
        if p == SH.severity and o != SH.Violation:
            raise Unsupported(f"severity {o}")
        if p == RDF.type and o in (RDFS.Class, OWL.Class) and (s, RDF.type, SH.NodeShape) in shapes:
            raise Unsupported(f"{s} is a shape and a class")


class _Compiler:
    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self._names = count()
        self._prefixes: dict[str, str] = {}

    # --- top level: one query per constraint, over the shape's focus nodes --------------

    def shape_checks(self, shape) -> list[Check]:
        """The checks of a shape with targets, and of its property shapes."""
        self._prefixes = {}
        focus = self._targets(shape)
        if self._path(shape) is not None:
            return self._property_checks(shape, focus)
        this = "?this"
        wheres = [(f"FILTER(!({test}))", generic) for test, generic in self._value_tests(shape, this)]
        wheres += [(f"FILTER(!({self._has_value(this, value)}))", None) for value in self._objects(shape, SH.hasValue)]
        # sh:lessThanOrEquals reports once per larger value that is missing: one row each
        wheres += [(f"{this} {_sparql(other)} ?other . FILTER(!({_less_or_equal(this, '?other')}))", None)
                   for other in self._objects(shape, SH.lessThanOrEquals)]
        checks = [self._check(shape, "", f"SELECT DISTINCT ?this ?other WHERE {{ {focus} {where} }}", generic)
                  for where, generic in wheres]
        for prop in self._objects(shape, SH.property):
            checks += self._property_checks(prop, focus)
        return checks

    def _property_checks(self, shape, focus: str) -> list[Check]:
        path = self._path(shape)
        if path is None:
            raise Unsupported(f"{shape}: a property shape without sh:path")
        if (shape, SH.property, None) in self.shapes:
            raise Unsupported(f"{shape}: property shapes nested in a property shape")
        values = f"?this {path} ?value ."
        queries: list[tuple[str, str | None]] = []
        for minimum in self._counts(shape, SH.minCount):
            if minimum > 0:
                queries.append((
                    f"SELECT ?this WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?value) AS ?n) WHERE {{ {focus} "
                    f"OPTIONAL {{ {values} }} }} GROUP BY ?this }} FILTER(?n < {minimum}) }}", None))
        for maximum in self._counts(shape, SH.maxCount):
            queries.append((
                f"SELECT ?this WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?value) AS ?n) WHERE {{ {focus} "
                f"{values} }} GROUP BY ?this }} FILTER(?n > {maximum}) }}", None))
        for value in self._objects(shape, SH.hasValue):
            # MINUS, not FILTER NOT EXISTS: Oxigraph then walks the path once, back from the
            # value, instead of once per focus node (minutes for rdf:predicate/rdfs:subPropertyOf*)
            queries.append((f"SELECT DISTINCT ?this WHERE {{ {focus} MINUS {{ ?this {path} {_sparql(value)} }} }}", None))
        for test, generic in self._value_tests(shape, "?value"):
            queries.append((f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {values} FILTER(!({test})) }}", generic))
        for other in self._objects(shape, SH.lessThanOrEquals):
            queries.append((
                f"SELECT DISTINCT ?this ?value ?other WHERE {{ {focus} {values} ?this {_sparql(other)} ?other . "
                f"FILTER(!({_less_or_equal('?value', '?other')})) }}", None))
        text = path_text(self.shapes, self.shapes.value(shape, SH.path))
        return [self._check(shape, text, query, generic) for query, generic in queries]

    def _check(self, shape, path: str, query: str, generic: str | None) -> Check:
        """The check, with the shape's messages, or else pyshacl's ``generic`` one (when it
        does not depend on the node: the other generated messages are pyshacl's to write)."""
        messages = tuple(sorted({str(m) for m in self.shapes.objects(shape, SH.message)}))
        if not messages and generic is None:
            raise Unsupported(f"{shape}: no sh:message (pyshacl would write one)")
        messages = messages or (generic,)
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(self._prefixes.items()))
        return Check(prologue + query, path, messages)

    def _targets(self, shape) -> str:
        """A subquery binding ``?this`` to each focus node of ``shape`` once."""
        parts = [f"?this {_TYPE_OF} {_sparql(c)} ." for c in self._objects(shape, SH.targetClass)]
        parts += [f"VALUES ?this {{ {_sparql(n)} }}" for n in self._objects(shape, SH.targetNode)]
        parts += [f"[] {_sparql(p)} ?this ." for p in self._objects(shape, SH.targetObjectsOf)]
        parts += [f"?this {_sparql(p)} [] ." for p in self._objects(shape, SH.targetSubjectsOf)]
        parts += [self._sparql_target(target) for target in self._objects(shape, SH.target)]
        union = " UNION ".join(f"{{ {part} }}" for part in parts)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"

    def _sparql_target(self, target) -> str:
        select = self.shapes.value(target, SH.select)
        if (target, RDF.type, SH.SPARQLTarget) not in self.shapes or select is None:
            raise Unsupported(f"{target}: a target other than sh:SPARQLTarget with sh:select")
        if re.search(r"\b(prefix|base)\b|\$", str(select), re.IGNORECASE):
            raise Unsupported(f"{target}: a target query with its own prologue or pre-bound variables")
        for source in self._objects(target, SH.prefixes):
            for declaration in self._objects(source, SH.declare):
                prefix = str(self.shapes.value(declaration, SH.prefix))
                namespace = str(self.shapes.value(declaration, SH.namespace))
                if self._prefixes.setdefault(prefix, namespace) != namespace:
                    raise Unsupported(f"prefix {prefix}: declared twice")
        return f"{{ {select} }}"

    # --- tests on one value node, as SPARQL expressions ----------------------------------

    def _value_tests(self, shape, x: str, depth: int = 0) -> list[tuple[str, str | None]]:
        """One expression per constraint on each value node ``x`` of ``shape``, true when it passes,
        with pyshacl's generated message where it is fixed text (sh:hasValue and sh:lessThanOrEquals
        are the callers' own: they depend on the kind of shape)."""
        tests = [(self._datatype(dt, x), f"Value is not Literal with datatype {self._n3(dt)}")
                 for dt in self._single(shape, SH.datatype)]
        tests += [(_NODE_KINDS[kind].format(x=x) if kind in _NODE_KINDS else _unsupported(kind),
                   f"Value is not of Node Kind {self._n3(kind)}") for kind in self._single(shape, SH.nodeKind)]
        classes = self._objects(shape, SH["class"])
        tests += [(f"EXISTS {{ {x} {_TYPE_OF} {_sparql(c)} }}",
                   f"Value does not have class {self._n3(c)}" if len(classes) == 1 else None) for c in classes]
        return tests + [(test, None) for test in self._other_value_tests(shape, x, depth)]

    def _other_value_tests(self, shape, x: str, depth: int) -> list[str]:
        if depth > _MAX_DEPTH:
            raise Unsupported(f"{shape}: shapes nested too deep (recursive?)")
        tests = []
        for members in self._single(shape, SH["in"]):
            tests.append("(" + " || ".join([f"sameTerm({x}, {_sparql(m)})" for m in self.shapes.items(members)] or ["false"]) + ")")
        for word, operator in _RANGES.items():
            # pyshacl (rdflib) orders an ill-typed literal below every value: it passes a maximum
            below = f" || {_ill_typed(x)}" if operator.startswith("<") else ""
            tests += [f"(COALESCE({x} {operator} {_sparql(limit)}, false){below})" for limit in self._objects(shape, word)]
        tests += [f"(!isBlank({x}) && STRLEN(STR({x})) >= {n})" for n in self._counts(shape, SH.minLength) if n > 0]
        tests += [f"(!isBlank({x}) && STRLEN(STR({x})) <= {n})" for n in self._counts(shape, SH.maxLength)]
        tests += [f"!{self._conforms(other, x, depth)}" for other in self._objects(shape, SH["not"])]
        for word, joiner in ((SH["and"], " && "), (SH["or"], " || ")):
            for members in self._objects(shape, word):
                shapes = [self._conforms(member, x, depth) for member in self.shapes.items(members)]
                tests.append("(" + (joiner.join(shapes) or ("true" if word == SH["and"] else "false")) + ")")
        return tests

    def _conforms(self, shape, x: str, depth: int) -> str:
        """An expression true when the node ``x`` conforms to ``shape`` (a shape inside sh:not,
        sh:and or sh:or: it reports nothing itself, it only passes or fails)."""
        path = self._path(shape)
        if path is None:
            tests = self._tests_only(shape, x, depth + 1)
            tests += [self._has_value(x, value) for value in self._objects(shape, SH.hasValue)]
            tests += [self._none_greater(x, x, other) for other in self._objects(shape, SH.lessThanOrEquals)]
            tests += [self._conforms(prop, x, depth + 1) for prop in self._objects(shape, SH.property)]
        else:
            if (shape, SH.property, None) in self.shapes:
                raise Unsupported(f"{shape}: property shapes nested in a property shape")
            value = self._variable()
            tests = [f"NOT EXISTS {{ {x} {path} {value} . FILTER(!({test})) }}"
                     for test in self._tests_only(shape, value, depth + 1)]
            tests += [self._at_least(x, path, n) for n in self._counts(shape, SH.minCount) if n > 0]
            tests += [f"!{self._at_least(x, path, n + 1)}" for n in self._counts(shape, SH.maxCount)]
            tests += [f"EXISTS {{ {x} {path} {_sparql(v)} }}" for v in self._objects(shape, SH.hasValue)]
            tests += [self._none_greater(x, value, other, f"{x} {path} {value} .")
                      for other in self._objects(shape, SH.lessThanOrEquals)]
        return "(" + (" && ".join(tests) or "true") + ")"

    def _tests_only(self, shape, x: str, depth: int) -> list[str]:
        return [test for test, _ in self._value_tests(shape, x, depth)]

    def _n3(self, term) -> str:
        """A term as pyshacl's generated messages write it (prefixed by the shapes' namespaces)."""
        manager = self.shapes.namespace_manager
        manager.bind("sh", SH, override=False, replace=False)
        return term.n3(namespace_manager=manager)

    def _at_least(self, x: str, path: str, n: int) -> str:
        """``x`` has at least ``n`` different values on ``path``."""
        if n > _MAX_NESTED_COUNT:
            raise Unsupported(f"a count of {n} inside sh:not, sh:and or sh:or")
        values = [self._variable() for _ in range(n)]
        different = [f"!sameTerm({a}, {b})" for i, a in enumerate(values) for b in values[i + 1:]]
        pattern = " ".join(f"{x} {path} {v} ." for v in values)
        apart = f"FILTER({' && '.join(different)})" if different else ""
        return f"EXISTS {{ {pattern} {apart} }}"

    def _none_greater(self, x: str, value: str, other, values: str = "") -> str:
        """No value of ``other`` at ``x`` fails to be at least ``value`` (sh:lessThanOrEquals)."""
        larger = self._variable()
        return (f"NOT EXISTS {{ {values} {x} {_sparql(other)} {larger} . "
                f"FILTER(!({_less_or_equal(value, larger)})) }}")

    @staticmethod
    def _has_value(x: str, value) -> str:
        return f"sameTerm({x}, {_sparql(value)})"

    @staticmethod
    def _datatype(datatype, x: str) -> str:
        """``x`` is a literal of ``datatype``, well-formed as rdflib reads it."""
        if not isinstance(datatype, URIRef) or (str(datatype) not in _CAST and str(datatype) not in _NO_CAST):
            raise Unsupported(f"sh:datatype {datatype}")
        test = f"isLiteral({x}) && datatype({x}) = {_sparql(datatype)}"
        if str(datatype) in _CAST:
            test += f" && isLiteral({_sparql(datatype)}(STR({x})))"
        return f"COALESCE({test}, false)"

    # --- reading the shapes graph ---------------------------------------------------------

    def _path(self, shape) -> str | None:
        """The SPARQL form of the shape's sh:path (None for a node shape)."""
        path = self.shapes.value(shape, SH.path)
        return None if path is None else self._path_of(path)

    def _path_of(self, path) -> str:
        if isinstance(path, URIRef):
            return _sparql(path)
        if (path, RDF.first, None) in self.shapes:
            return "(" + "/".join(self._path_of(step) for step in self.shapes.items(path)) + ")"
        inner = self.shapes.value(path, SH.zeroOrMorePath)
        if inner is not None and len(set(self.shapes.predicate_objects(path))) == 1:
            return f"({self._path_of(inner)})*"
        raise Unsupported(f"the path {path}")

    def _objects(self, node, word) -> list:
        return sorted(self.shapes.objects(node, word), key=str)

    def _single(self, node, word) -> list:
        found = self._objects(node, word)
        if len(found) > 1:
            raise Unsupported(f"{node}: more than one {word}")
        return found

    def _counts(self, node, word) -> list[int]:
        found = self._single(node, word)
        if any(not isinstance(n, Literal) or not isinstance(n.value, int) or n.value < 0 for n in found):
            raise Unsupported(f"{node}: {word} is not a non-negative integer")
        return [int(n.value) for n in found]

    def _variable(self) -> str:
        return f"?v{next(self._names)}"


def _ill_typed(x: str) -> str:
    """``x`` is a literal of a datatype rdflib parses whose text does not parse ("lots"^^xsd:decimal)."""
    return "(" + " || ".join(f"(COALESCE(datatype({x}) = <{dt}>, false) && !COALESCE(isLiteral(<{dt}>(STR({x}))), false))"
                             for dt in sorted(_CAST)) + ")"


def _less_or_equal(a: str, b: str) -> str:
    """``a`` <= ``b`` as pyshacl compares them: IRIs by their text, anything incomparable fails."""
    text = "IF(isIRI({0}), STR({0}), {0})"
    return f"COALESCE({text.format(a)} <= {text.format(b)}, false)"


def _sparql(term) -> str:
    """An rdflib IRI or literal written in SPARQL."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        escaped = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{escaped}"@{term.language}'
        return f'"{escaped}"' + (f"^^<{term.datatype}>" if term.datatype else "")
    raise Unsupported(f"a blank node {term} as a constraint value")


def _unsupported(thing) -> str:
    raise Unsupported(str(thing))
