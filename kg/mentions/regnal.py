"""Regnal names: a given name and a Roman numeral ("Aurelio II", "Beatriz I", "Louis XIV"),
which the small model leaves untagged or cuts before the numeral. They are people."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.mentions.span import NameSpan
from kg.resolve.names import given_name_gender

__all__ = ["regnal_names"]

_NUMERAL = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# "I" is taken for a numeral only before dates or a realm ("Beatriz I (1449-1502)",
# "Charles I of England"); elsewhere it may be the pronoun ("said Maria I think")
_AFTER_ONE = frozenset({"(", "of"})


def regnal_names(doc: Doc, names: list[NameSpan], debris: set[int]) -> list[NameSpan]:
    """The names with a regnal numeral pulled in, plus the regnal names the model missed."""
    ending_at = {name.end: name for name in names}
    taken = {i for name in names for i in range(name.start, name.end)}
    found = []
    for token in doc[1:]:
        if token.i in taken or token.i in debris or not _is_regnal_numeral(token):
            continue
        name = ending_at.get(token.i)
        if name is not None and name.end - name.start == 1 and \
                (name.label == "PERSON" or _is_given_name(doc[name.start], tagged=True)):
            name.end, name.label = token.i + 1, "PERSON"  # "Fernán" + "I"
        elif name is None and token.i - 1 not in taken and _is_given_name(doc[token.i - 1]):
            found.append(NameSpan(token.i - 1, token.i + 1, "PERSON"))
    return names + found


def _is_regnal_numeral(token: Token) -> bool:
    if not token.text or not _NUMERAL.match(token.text) or len(token.text) > 6:
        return False
    if token.text != "I":
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is None or after.text in _AFTER_ONE


def _is_given_name(token: Token, tagged: bool = False) -> bool:
    """A capitalised given name the numeral can follow ("Aurelio", which the tagger may call
    NN), untagged unless ``tagged``. The name data decides, so "Phase II" or "Chapter IV"
    stay what they are."""
    return token.is_alpha and token.text.istitle() and token.tag_ in {"NNP", "NN"} and \
        (tagged or token.ent_iob_ == "O") and given_name_gender(token.text) is not None
