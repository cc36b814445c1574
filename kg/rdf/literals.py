"""Typed literals from text: clean strings, dates and amounts.

Strict parsers disagree about control characters (rapper cuts a string at NUL), and Python
strings may carry lone surrogates from undecodable input, so every string literal kg writes
goes through ``text_literal`` first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from rdflib import XSD, Literal

__all__ = ["clean_text", "text_literal", "date_literal", "parse_date", "Amount", "parse_amount"]

# C0 controls but tab/newline/return, DEL, C1 controls, and the non-characters U+FFFE/FFFF.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%d/%m/%Y",
    "%A, %B %d, %Y",
    "%A %d %B %Y",
)
_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.IGNORECASE)

_SCALES = {
    "hundred": Decimal(100),
    "thousand": Decimal(1000),
    "k": Decimal(1000),
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
}
_NUMBER = re.compile(
    r"(?P<before>[^\d\s-]*)\s*(?P<sign>-)?(?P<number>\d[\d,]*(?:\.\d+)?|\.\d+)"
    r"\s*(?P<scale>[a-z]+\b)?\s*(?P<after>.*)$",
    re.IGNORECASE,
)


def clean_text(text: str) -> str:
    """``text`` without control characters or lone surrogates, safe in every RDF syntax.

    >>> clean_text("a\\x00b\\ud800c")
    'ab\\ufffdc'
    """
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


@lru_cache(maxsize=8192)
def text_literal(text: str) -> Literal:
    """A plain string literal of the cleaned ``text``.

    Cached: a sentence's text, a predicate's lemma, a document's source file recur, and
    cleaning and making the literal cost more than adding it to a graph.
    """
    return Literal(clean_text(text))


def parse_date(text: str) -> date | None:
    """The calendar date ``text`` names in full ("6 February 2021"), or None.

    Relative dates ("on Friday", "last week") give None: resolving them is not safe.

    >>> parse_date("February 6th, 2021")
    datetime.date(2021, 2, 6)
    """
    words = " ".join(_ORDINAL.sub(r"\1", text).replace(".", "").split()).strip(" ,")
    words = re.sub(r"^(on|in|since|until|by)\s+", "", words, flags=re.IGNORECASE)
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(words, pattern).date()
        except ValueError:
            continue
    return None


def date_literal(value: str | date | None) -> Literal | None:
    """An ``xsd:date`` literal for an ISO date string or a date, or None if it is not one."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return Literal(value.isoformat(), datatype=XSD.date)


@dataclass(frozen=True)
class Amount:
    """A number read from text, with the unit written around it (``$``, ``percent``, ``troops``)."""

    value: Decimal
    unit: str | None


def parse_amount(text: str) -> Amount | None:
    """The number in ``text`` with its scale applied and its unit kept, or None.

    >>> parse_amount("$1.5 billion")
    Amount(value=Decimal('1500000000.0'), unit='$')
    >>> parse_amount("25 percent")
    Amount(value=Decimal('25'), unit='percent')
    """
    match = _NUMBER.match(text.strip())
    if not match:
        return None
    try:
        value = Decimal(match["number"].replace(",", ""))
    except InvalidOperation:
        return None
    if match["sign"]:
        value = -value
    unit_words = [match["before"]]
    scale = (match["scale"] or "").lower()
    if scale in _SCALES:
        value *= _SCALES[scale]
    elif scale:
        unit_words.append(match["scale"])
    unit_words.append(match["after"])
    unit = " ".join(clean_text(w).strip() for w in unit_words if w and w.strip())
    return Amount(value, unit or None)
