"""Stable, readable, IRI-safe entity keys: ``person/antony-blinken``.

A key depends only on the entity's type and canonical label, so the same thing gets the same
IRI in every run and corpus that names it the same way. Letters outside ASCII that do not
decompose into ASCII ("ø", "中") are percent-encoded, so a key is always a valid IRI path
segment pair (no spaces, quotes, angle brackets or other characters strict parsers reject).
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

__all__ = ["slugify", "entity_key", "TYPE_SLUGS"]

TYPE_SLUGS = {
    "Person": "person", "Organization": "organization", "Country": "country", "Place": "place",
    "Group": "group", "Event": "event", "Work": "work", "Product": "product", "Law": "law",
    "Entity": "entity",
}


def slugify(text: str) -> str:
    """A lowercase, hyphen-separated, percent-safe slug of a label.

    >>> slugify("Antony J. Blinken")
    'antony-j-blinken'
    >>> slugify("Zürich Øresund 中国")
    'zurich-%C3%B8resund-%E4%B8%AD%E5%9B%BD'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    parts: list[str] = []
    for ch in text:
        if ch.isascii() and ch.isalnum():
            parts.append(ch)
        elif ch.isalnum():
            parts.append(quote(ch, safe=""))
        elif ch in "'’":
            continue  # "People's" -> "peoples"
        else:
            parts.append("-")
    slug = "-".join(piece for piece in "".join(parts).split("-") if piece)
    return slug or "unnamed"


def entity_key(type_name: str, label: str) -> str:
    """The key of an entity of a type (an ontology class name) with a canonical label.

    >>> entity_key("Country", "United States")
    'country/united-states'
    """
    return f"{TYPE_SLUGS.get(type_name, 'entity')}/{slugify(label)}"
