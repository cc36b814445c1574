"""Naming entities in a query by what they are called: ``--name x=Blair`` binds ``?x`` to the
entity that owns the name, so a query need not spell an IRI.

The entity is the best of ``kg.analytics.find_entities``: a label or alias equal to the name
before one containing it, then the most mentioned. Each binding is reported with the runners-up,
so a user who meant another entity can name it more fully or paste its IRI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.terms import pasteable_iri

__all__ = ["NameBinding", "parse_name", "bind_name"]

_VARIABLE = re.compile(r"[?$]?([A-Za-z_][A-Za-z0-9_]*)")
_RUNNERS_UP = 3  # alternatives named in the report


@dataclass(frozen=True)
class NameBinding:
    """A query variable bound to the entity a name picked, and the report of the pick."""

    variable: str
    entity: ox.NamedNode
    report: str


def parse_name(text: str) -> tuple[str, str]:
    """``"x=Blair"`` (or ``"?x=Blair"``) as ``("x", "Blair")``.

    >>> parse_name("?who = Tony Blair")
    ('who', 'Tony Blair')

    Raises:
        QueryError: the text is not ``VARIABLE=NAME``.
    """
    variable, equals, name = text.partition("=")
    match = _VARIABLE.fullmatch(variable.strip())
    if not equals or match is None or not name.strip():
        raise QueryError(f"--name {text!r}: write it as VARIABLE=NAME, for example x=Blair")
    return match.group(1), name.strip()


def bind_name(store: ox.Store, text: str) -> NameBinding:
    """The binding ``--name text`` asks for, found in ``store``.

    Raises:
        QueryError: the text is malformed or no entity has that name.
    """
    from kg.analytics import find_entities

    variable, name = parse_name(text)
    found = find_entities(store, name)
    if not found:
        raise QueryError(f"--name {text!r}: no entity is called {name!r} (by label or alias)")
    best, others = found[0], found[1:]
    report = f"?{variable} = {_described(best)}"
    if others:
        shown = ", ".join(_described(info) for info in others[:_RUNNERS_UP])
        more = len(others) - _RUNNERS_UP
        report += f"; also called so: {shown}" + (f" and {more} more" if more > 0 else "")
    return NameBinding(variable, ox.NamedNode(best.iri), report)


def _described(info) -> str:
    """``person:tony-blair (Tony Blair, Person, 796 mentions)``: an IRI that pastes, and what it is."""
    mentions = f"{info.mentions} mention{'s' if info.mentions != 1 else ''}"
    return f"{pasteable_iri(info.iri)} ({info.label}, {info.kind}, {mentions})"
