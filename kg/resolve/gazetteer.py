"""World knowledge: countries, demonyms and the organisations the shipped data knows.

Countries come from country_converter's table (names, official names and its matching
regexes), pycountry's names, and countryinfo's demonyms and alternative spellings (shipped as
``ontology/data/countries.tsv``); ``ontology/data/aliases.tsv`` adds acronyms, historic names,
organisations, groups and Wikidata ids. Lookups are by :func:`kg.resolve.names.match_key`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.resolve.names import match_key, read_table, title_words

__all__ = ["Known", "lookup_known", "lookup_country", "country_of_demonym", "is_capital",
           "is_subdivision",
           "WIKIDATA"]

WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass(frozen=True)
class Known:
    """A thing the shipped data knows: its type, canonical name and Wikidata id (or "")."""

    type: str
    canonical: str
    wikidata: str = ""


@lru_cache(maxsize=1)
def _coco_rows() -> list[dict[str, str]]:
    # Read country_converter's table directly: its class needs pandas and breaks on
    # pandas 3 (Namibia's ISO2 "NA" is read as a missing value).
    # find the file without importing the package, which would import pandas
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("country_converter")
    path = Path(spec.origin).parent / "country_data.tsv"
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@lru_cache(maxsize=1)
def _known_table() -> dict[str, Known]:
    """Match key -> Known, for every name, alias and official name in the data."""
    table: dict[str, Known] = {}
    wikidata = {}
    curated: list[tuple[str, Known]] = []
    for row in read_table("aliases.tsv"):
        kind, canonical, qid = row[0].strip(), row[1].strip(), row[2].strip() if len(row) > 2 else ""
        known = Known(kind, canonical, qid)
        wikidata[canonical] = qid
        aliases = [a for a in (row[3].split("|") if len(row) > 3 else []) if a.strip()]
        curated.extend((match_key(form), known) for form in (canonical, *aliases))
    names = {}
    for row in _coco_rows():
        names[row["ISO3"]] = row["name_short"]
        known = Known("Country", row["name_short"], wikidata.get(row["name_short"], ""))
        for form in (row["name_short"], row["name_official"]):
            table.setdefault(match_key(form), known)
    import pycountry

    for country in pycountry.countries:
        name = names.get(country.alpha_3)
        if name is None:
            continue
        known = Known("Country", name, wikidata.get(name, ""))
        for attr in ("name", "official_name", "common_name"):
            if getattr(country, attr, None):
                table.setdefault(match_key(getattr(country, attr)), known)
    for row in read_table("countries.tsv"):
        name = names.get(row[0], row[1])
        known = Known("Country", name, wikidata.get(name, ""))
        for form in (row[4].split("|") if len(row) > 4 else []):
            if form.strip():
                table.setdefault(match_key(form), known)
    for key, known in curated:  # the curated table wins over the generated ones
        table[key] = known
    return table


@lru_cache(maxsize=16384)
def lookup_known(name: str) -> Known | None:
    """The known thing a name denotes by exact alias, or None.

    >>> lookup_known("Burma").canonical
    'Myanmar'
    >>> lookup_known("the U.S.").canonical
    'United States'
    """
    return _known_table().get(match_key(name))


@lru_cache(maxsize=1)
def _coco_regexes() -> list[tuple[re.Pattern, str]]:
    pairs = []
    for row in _coco_rows():
        try:
            pairs.append((re.compile(row["regex"], re.IGNORECASE), row["name_short"]))
        except re.error:  # a regex Python cannot compile is skipped, not fatal
            continue
    return pairs


_NOT_A_COUNTRY = re.compile(
    r"\b(sea|seas|strait|river|gulf|bay|ocean|peninsula|island|islands|mountains?|lake|"
    r"telecom|bank|airlines?|party|university|times|post|daily|news|ministry|embassy|"
    r"department|council|army|navy|group|company|corp|inc|ltd)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def lookup_country(name: str) -> Known | None:
    """The country a place name denotes: exact alias first, then country_converter's regexes.

    Only for names already believed to be places (a GPE mention); names of seas, straits,
    companies and ministries that contain a country name are refused.

    >>> lookup_country("People's Republic of China").canonical
    'China'
    """
    known = lookup_known(name)
    if known is not None:
        return known if known.type == "Country" else None
    key = match_key(name)
    if not key or _NOT_A_COUNTRY.search(key) or len(key.split()) > 6 or \
            set(key.split()) & title_words():
        return None  # "United States State": a country inside a title is not a country name
    hits = {country for pattern, country in _coco_regexes() if pattern.search(key)}
    if len(hits) != 1:
        return None
    country = hits.pop()
    return _known_table().get(match_key(country))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    # Territories share demonyms with their state ("American": Guam, American Samoa, ...);
    # a UN member wins such a tie.
    members = {row["ISO3"] for row in _coco_rows() if row.get("UNmember", "").strip()}
    names = {row["ISO3"]: row["name_short"] for row in _coco_rows()}
    candidates: dict[str, list[tuple[bool, str]]] = {}
    for row in read_table("countries.tsv"):
        if len(row) > 2 and row[2].strip():
            candidates.setdefault(row[2].strip().casefold(), []).append(
                (row[0] not in members, names.get(row[0], row[1])))
    return {demonym: min(options)[1] for demonym, options in candidates.items()}


def country_of_demonym(word: str) -> str | None:
    """The canonical country of a demonym ("Chinese" -> "China"), or None.

    >>> country_of_demonym("American")
    'United States'
    """
    return _demonyms().get(word.strip().casefold())


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(match_key(row[3]) for row in read_table("countries.tsv")
                     if len(row) > 3 and row[3].strip())


def is_capital(name: str) -> bool:
    """Whether a name is a national capital ("Beijing")."""
    return match_key(name) in _capitals()


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    import pycountry

    return frozenset(match_key(s.name) for s in pycountry.subdivisions)


def is_subdivision(name: str) -> bool:
    """Whether a name is a country's subdivision in ISO 3166-2 (pycountry): "Texas", "Leeds".

    >>> is_subdivision("Texas")
    True
    """
    return match_key(name) in _subdivisions()
