"""Name normalisation: clean surface forms, strip titles and possessives, make match keys.

Two forms of a name matter: the *surface* (what a reader sees, kept as an altLabel) and the
*match key* (casefolded, punctuation-light, what merging compares). Titles, honorifics and role
nouns come from the data files ``ontology/data/titles.tsv``, ``honorifics.tsv`` and
``role_nouns.tsv``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.resources import ontology_file

__all__ = [
    "clean_surface",
    "strip_possessive",
    "strip_article",
    "match_key",
    "drop_initials",
    "is_initial",
    "read_table",
    "title_table",
    "canonical_title",
    "title_words",
    "honorific_gender",
    "honorific_role",
    "given_name_gender",
    "is_common_given_name",
    "RoleNoun",
    "role_nouns",
    "kind_nouns",
    "org_kinds",
    "name_heads",
    "place_nouns",
    "common_acronyms",
    "feature",
]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def clean_surface(text: str) -> str:
    """A surface form with Unicode, quotes and spacing normalised (case kept).

    >>> clean_surface("People’s  Republic ")
    "People's Republic"
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip(" \t\n,;:-\"()[]")


def strip_possessive(text: str) -> str:
    """``"Hong Kong's"`` -> ``"Hong Kong"``; ``"Blinkens'"`` keeps its s (the caller decides)."""
    return _POSSESSIVE.sub("", text).rstrip()


def strip_article(text: str) -> str:
    """``"the United States"`` -> ``"United States"``."""
    return _ARTICLE.sub("", text)


@lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """The key two surface forms must share to be the same name.

    Casefolded, accents and dots removed, hyphens and spaces unified, article and
    possessive dropped.

    >>> match_key("the U.S.")
    'us'
    >>> match_key("Agence France-Presse")
    'agence france presse'
    """
    text = strip_possessive(strip_article(clean_surface(text)))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace(".", "").replace("-", " ").replace("'", "")
    return _SPACES.sub(" ", text).strip().casefold()


def is_initial(word: str) -> bool:
    """A middle initial such as ``J`` or ``J.``."""
    return len(word.rstrip(".")) == 1 and word[:1].isalpha() and word[:1].isupper()


def drop_initials(words: list[str]) -> list[str]:
    """The words of a name without its middle initials (first and last words kept)."""
    if len(words) <= 2:
        return list(words)
    return [words[0], *[w for w in words[1:-1] if not is_initial(w)], words[-1]]


def read_table(name: str) -> list[list[str]]:
    """The rows of ``ontology/data/<name>``: tab-separated, ``#`` comments and header skipped."""
    rows = []
    with open(ontology_file(f"data/{name}"), encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]
    for line in lines[1:] if lines and _is_header(lines[0]) else lines:
        rows.append(line.split("\t"))
    return rows


def _is_header(line: str) -> bool:
    return line.split("\t")[0] in {"iso3", "type", "canonical", "lemma", "honorific", "given"}


@lru_cache(maxsize=1)
def title_table() -> dict[str, str]:
    """Every title variant's match key -> its canonical form ("state secretary" -> ...)."""
    table = {}
    for row in read_table("titles.tsv"):
        canonical = row[0].strip()
        variants = [v for v in (row[1].split("|") if len(row) > 1 else []) if v.strip()]
        for form in (canonical, *variants):
            table[match_key(form)] = canonical
    return table


def canonical_title(text: str) -> str | None:
    """The canonical title for a title phrase, or None if it is not one we know.

    >>> canonical_title("State Secretary")
    'Secretary of State'
    """
    return title_table().get(match_key(text))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Casefolded words that may appear in a title ("secretary", "foreign", "state", ...)."""
    words = {w for key in title_table() for w in key.split()}
    words |= {"deputy", "acting", "vice", "assistant", "under", "chief", "senior", "former",
              "top", "interim", "special", "foreign", "affairs"}
    words -= {"of", "the", "and", "for"}
    return frozenset(words)


@lru_cache(maxsize=1)
def _honorifics() -> dict[str, str]:
    return {row[0].strip().casefold(): row[1].strip() for row in read_table("honorifics.tsv")}


@lru_cache(maxsize=1)
def _honorific_roles() -> dict[str, str]:
    return {row[0].strip().casefold(): row[2].strip() for row in read_table("honorifics.tsv")
            if len(row) > 2 and row[2].strip()}


def honorific_role(word: str) -> str | None:
    """The role noun an honorific says its holder is (``Dr`` -> ``doctor``), else None."""
    return _honorific_roles().get(word.casefold())


def honorific_gender(word: str) -> str | None:
    """``"m"``, ``"f"`` or ``"-"`` for an honorific (``Mr``, ``Mrs.``), None for other words."""
    return _honorifics().get(word.casefold())


@lru_cache(maxsize=1)
def _given_names() -> dict[str, tuple[int, float]]:
    return {row[0]: (int(row[1]), float(row[2])) for row in read_table("given_names.tsv")}


# A name this often given is a first name where it opens a name ("Michael Howard").
_COMMON_GIVEN = 20000
# Shares of women among the holders of a given name beyond which it says a gender.
_FEMALE, _MALE = 0.9, 0.1


def given_name_gender(word: str) -> str | None:
    """``"f"`` or ``"m"`` for a given name most holders of which are women or men, ``"-"`` for a
    given name of either, None for a word that is no common given name
    (``ontology/data/given_names.tsv``).

    >>> given_name_gender("Naomi"), given_name_gender("Gordon"), given_name_gender("Kim")
    ('f', 'm', '-')
    """
    entry = _given_names().get(word.casefold())
    if entry is None:
        return None
    return "f" if entry[1] >= _FEMALE else "m" if entry[1] <= _MALE else "-"


def is_common_given_name(word: str) -> bool:
    """Whether a word is a given name of at least 20,000 people in the data.

    >>> is_common_given_name("Michael"), is_common_given_name("Xi")
    (True, False)
    """
    return _given_names().get(word.casefold(), (0, 0.0))[0] >= _COMMON_GIVEN


@dataclass(frozen=True)
class RoleNoun:
    """A noun that describes an entity ("the secretary"): the type it refers to and the
    title words a person's title must contain for the noun to fit."""

    lemma: str
    type: str
    title_words: tuple[str, ...]


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, RoleNoun]:
    """Role nouns by lemma, from ``ontology/data/role_nouns.tsv``."""
    table = {}
    for row in read_table("role_nouns.tsv"):
        words = tuple(w.strip() for w in (row[2].split("|") if len(row) > 2 else []) if w.strip())
        table[row[0].strip()] = RoleNoun(row[0].strip(), row[1].strip(), words)
    return table


@lru_cache(maxsize=1)
def org_kinds() -> dict[str, str]:
    """What kind of organisation a role noun or a name's last word says ("club" -> ``sport``,
    "telecom" -> ``business``), from ``ontology/data/org_kinds.tsv``."""
    return {row[0].strip(): row[1].strip() for row in read_table("org_kinds.tsv")}


@lru_cache(maxsize=1)
def kind_nouns() -> dict[str, str]:
    """Nouns that say what kind of thing a name modifying them is ("pandemic" -> ``EVENT``),
    from ``ontology/data/kind_nouns.tsv``."""
    return {row[0].strip(): row[1].strip() for row in read_table("kind_nouns.tsv")}


@lru_cache(maxsize=1)
def name_heads() -> dict[str, str]:
    """Last words that say what a name is ("telescope" -> ``PRODUCT``), from
    ``ontology/data/name_heads.tsv``."""
    return {row[0].strip(): row[1].strip() for row in read_table("name_heads.tsv")}


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Nouns of buildings and settlements ("church", "farm"), from
    ``ontology/data/place_nouns.tsv``: a name at one is a place."""
    return frozenset(row[0].strip() for row in read_table("place_nouns.tsv"))


@lru_cache(maxsize=1)
def common_acronyms() -> frozenset[str]:
    """Acronyms that are common nouns ("IPO", "CEO"), from ``ontology/data/common_acronyms.tsv``."""
    return frozenset(row[0].strip() for row in read_table("common_acronyms.tsv"))


def feature(mention, name: str, default: str = "") -> str:
    """The value of one feature of a Mention (``default`` when absent)."""
    for key, value in mention.features:
        if key == name:
            return value
    return default
