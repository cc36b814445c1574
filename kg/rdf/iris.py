"""Minting IRIs for entities, concepts, documents, statements and relations.

Every IRI kg writes is safe by construction: anything outside the unreserved characters of
RFC 3986 is percent-encoded (UTF-8), so the strictest parsers (rapper, Oxigraph, Jena) accept
it, and the same input always gives the same IRI, so rebuilding a corpus gives identical IRIs.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.namespaces import CONCEPT, DOCUMENT, ENTITY, REL, STATEMENT
from kg.types import Document, Extraction, Sentence

__all__ = [
    "entity_iri",
    "concept_iri",
    "concept_slug",
    "document_iri",
    "relation_iri",
    "relation_name",
    "statement_iri",
    "argument_iri",
    "safe_segment",
]

# Two percent signs followed by hex digits are an existing escape; keep them as they are.
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_NOT_WORD = re.compile(r"[^\w]+")
_NOT_RELATION = re.compile(r"[^a-z0-9_]+")
_HASH_LENGTH = 20  # hex digits: 80 bits, no collision in any corpus kg will see


def safe_segment(text: str, keep: str = "-_.~") -> str:
    """Percent-encode ``text`` for an IRI path, leaving valid ``%XX`` escapes alone.

    Args:
        text: any string, including spaces, quotes, emoji or control characters.
        keep: characters besides ASCII letters and digits that stay as they are.

    Returns:
        The text with every other character percent-encoded as UTF-8.

    >>> safe_segment('a b"c')
    'a%20b%22c'
    """
    text = text.encode("utf-8", "replace").decode("utf-8")
    pieces = []
    last = 0
    for escape in _ESCAPE.finditer(text):
        pieces.append(quote(text[last : escape.start()], safe=keep))
        pieces.append(escape.group().upper())
        last = escape.end()
    pieces.append(quote(text[last:], safe=keep))
    return "".join(pieces)


def _safe_path(text: str) -> str:
    """Percent-encode a ``/``-separated path, never leaving a dot segment a parser would drop."""
    segments = []
    for segment in text.split("/"):
        encoded = safe_segment(segment)
        if encoded in ("", ".", ".."):
            encoded = encoded.replace(".", "%2E") or "_"
        segments.append(encoded)
    return "/".join(segments)


def entity_iri(key: str) -> URIRef:
    """The IRI of the entity with resolver key ``key`` (``person/antony-blinken``).

    >>> str(entity_iri("person/antony-blinken"))
    'https://w3id.org/kg-builder/entity/person/antony-blinken'
    """
    return ENTITY[_safe_path(key)]


def concept_slug(label: str) -> str:
    """The key of a concept: its label lowercased, words joined by hyphens.

    Labels with no letter or digit at all (an emoji) fall back to a hash of the label.

    >>> concept_slug("the U.S. arms embargo")
    'the-u-s-arms-embargo'
    """
    words = _NOT_WORD.sub("-", unicodedata.normalize("NFKC", label).lower()).strip("-_")
    if not words:
        return "c-" + hashlib.sha256(label.encode("utf-8", "replace")).hexdigest()[:12]
    return safe_segment(words)


def concept_iri(label: str) -> URIRef:
    """The IRI of the concept labelled ``label``.

    >>> str(concept_iri("arms embargo"))
    'https://w3id.org/kg-builder/concept/arms-embargo'
    """
    return CONCEPT[concept_slug(label)]


def document_iri(document_id: str) -> URIRef:
    """The IRI of a document from its id (a relative path or a JSONL id), percent-safe.

    >>> str(document_iri("news/2021 02 06.txt"))
    'https://w3id.org/kg-builder/document/news/2021%2002%2006.txt'
    """
    # An id is raw text, never an IRI: every "%" is encoded too, and only the dots of a dot
    # segment, so two ids never share an IRI ("a b" and "a%20b", "." and "%2E"); empty
    # segments stay empty ("a//b" is a valid IRI path).
    segments = [quote(segment.encode("utf-8", "surrogatepass"), safe="-_.~") for segment in document_id.split("/")]
    return DOCUMENT["/".join(s.replace(".", "%2E") if s in (".", "..") else s for s in segments)]


def relation_name(lemma: str) -> str:
    """The local name of a relation property: lowercase ASCII words joined by underscores.

    Accents are dropped; anything else that is not a letter or digit becomes ``_``.

    >>> relation_name("Call for")
    'call_for'
    """
    ascii_text = unicodedata.normalize("NFKD", lemma).encode("ascii", "ignore").decode("ascii")
    name = _NOT_RELATION.sub("_", ascii_text.lower()).strip("_")
    if not name:
        return "r_" + hashlib.sha256(lemma.encode("utf-8", "replace")).hexdigest()[:12]
    if name[0].isdigit():
        name = "r_" + name
    return name


def relation_iri(lemma: str) -> URIRef:
    """The property of the normalised predicate ``lemma``.

    >>> str(relation_iri("meet"))
    'https://w3id.org/kg-builder/relation/meet'
    """
    return REL[relation_name(lemma)]


def statement_iri(document: Document, sentence: Sentence, extraction: Extraction) -> URIRef:
    """A stable IRI for one extraction: a hash of where it was read and what it says.

    The hash covers the document id, the sentence offsets, the predicate and the subject and
    arguments (their roles, offsets and words), so a rebuild mints the same IRI and two facts
    of one sentence never share one.
    """
    phrase = lambda p: [p.start, p.end, p.text] if p is not None else None  # noqa: E731
    key = [
        document.id,
        [sentence.start, sentence.end],
        [extraction.predicate.lemma, extraction.predicate.start, extraction.predicate.end],
        [extraction.predicate.negated, extraction.predicate.modality],
        phrase(extraction.subject),
        [[a.role, *phrase(a.phrase)] for a in extraction.arguments],
    ]
    text = json.dumps(key, ensure_ascii=True, separators=(",", ":"))
    return STATEMENT[hashlib.sha256(text.encode("ascii")).hexdigest()[:_HASH_LENGTH]]


def argument_iri(statement: URIRef, position: int) -> URIRef:
    """The IRI of the ``position``-th argument node of ``statement``."""
    return URIRef(f"{statement}-a{position}")
