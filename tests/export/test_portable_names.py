"""No prefixed name in kg's Turtle or TriG needs a backslash escape (Virtuoso keeps it)."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kg.export import serialize_graph
from kg.export.oxigraph_terms import portable_names
from kg.namespaces import ENTITY_KINDS, PREFIXES
from kg.resolve.keys import TYPE_SLUGS

# A prefixed name (outside strings and IRIs) whose local part holds a backslash.
_STRING_OR_IRI = re.compile(r'"(?:[^"\\\n]|\\.)*"|<[^>\n]*>')
_ESCAPED_NAME = re.compile(r"(?<![\w:])[A-Za-z][\w.-]*:\S*\\")


def escaped_prefixed_names(text: str) -> list[str]:
    """Every prefixed name in Turtle ``text`` that carries a backslash escape."""
    return _ESCAPED_NAME.findall(_STRING_OR_IRI.sub('""', text))


def test_the_checker_finds_an_escaped_name():
    assert escaped_prefixed_names('ent:person\\/x kg:p "a\\\\b" .') == ["ent:person\\"]


@pytest.mark.parametrize("format", ["turtle", "trig"])
def test_hostile_graph_has_no_escaped_prefixed_name(nasty_graph, format):
    text = serialize_graph(nasty_graph, format).decode("utf-8")
    assert escaped_prefixed_names(text) == []
    rdf_format = ox.RdfFormat.TURTLE if format == "turtle" else ox.RdfFormat.TRIG
    parsed = {(q.subject, q.predicate, q.object) for q in ox.parse(text.encode(), format=rdf_format)}
    assert len(parsed) == len(nasty_graph)


def test_portable_names_expand_escapes_and_leave_strings_alone():
    text = 'ent:a\\(b\\) ent:ok "ent:c\\\\/d" <http://x/ent:e\\>'
    assert portable_names(text, {"ent": "http://e/"}) == '<http://e/a(b)> ent:ok "ent:c\\\\/d" <http://x/ent:e\\>'


def test_every_entity_kind_has_its_prefix():
    assert set(TYPE_SLUGS.values()) <= set(ENTITY_KINDS)
    assert str(PREFIXES["person"]).endswith("/entity/person/")
