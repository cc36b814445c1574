"""The head word of a name: the word that says what the name is, whatever spaCy's label
("Police" in "West Yorkshire Police", "Orquesta" in "Orquesta Sinfónica de Jalisco")."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.mentions.span import NameSpan
from kg.resolve.names import name_heads

__all__ = ["name_head"]

# Words after which a name's head comes first: "Bank of England", "Orquesta Sinfónica de
# Jalisco", "Università degli Studi di Milano".
_OF_WORDS = frozenset({"of", "de", "del", "della", "degli", "di", "du", "des", "da", "do"})


def name_head(doc: Doc, name: NameSpan) -> tuple[str, str] | None:
    """The head word of a multi-word name (casefolded) and the label it gives, from
    ``ontology/data/name_heads.tsv``; None when the name has no head word we know.

    The head is the last word ("Hanbit Telecom"), or the first when "of" or "de" follows
    it ("Bank of England").
    """
    if name.end - name.start < 2:
        return None
    heads = name_heads()
    last = doc[name.end - 1].lower_
    if last in heads:
        return last, heads[last]
    first = doc[name.start].lower_
    if first in heads and any(t.lower_ in _OF_WORDS for t in doc[name.start + 1:name.end - 1]):
        return first, heads[first]
    return None
