"""The name being repaired: its token span, title prefix and features, and its text."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.resolve.names import clean_surface

__all__ = ["NAME_LABELS", "NameSpan", "span_text", "name_text"]

NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                         "WORK_OF_ART", "LAW"})


@dataclass
class NameSpan:
    """A name being repaired: token span of the name proper, plus the title in front."""

    start: int  # first token of the name (after titles)
    end: int  # token after the name
    label: str
    char_end: int | None = None  # a char end inside a token (glued link text)
    prefix_start: int | None = None  # first token of the title/role words in front
    features: dict[str, str] = field(default_factory=dict)
    title: str | None = None


def span_text(doc: Doc, start: int, end: int, char_end: int | None = None) -> str:
    """The text of tokens ``start:end``, cut at ``char_end`` (cheap: never builds doc.text)."""
    text = doc[start:end].text
    return text if char_end is None else text[:char_end - doc[start].idx]


def name_text(doc: Doc, name: NameSpan) -> str:
    """The name's surface text, possessive ending dropped ("Hong Kong's" -> "Hong Kong")."""
    text = span_text(doc, name.start, name.end, name.char_end)
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return clean_surface(text)
