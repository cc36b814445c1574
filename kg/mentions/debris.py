"""Debris: link text glued to names, navigation lines and credits, which name nothing."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.nlp import doc_text

__all__ = ["find_debris"]

# Words that open a line of site navigation or a credit, not a sentence of the article.
_NAVIGATION = re.compile(
    r"^\W*(read more|also read|related( stories| articles)?:|click here|sign up|subscribe|"
    r"follow us|advertisement|share this|recommended|most read|left menu)\b", re.IGNORECASE)
_CREDIT_WORDS = frozenset({"credit", "credits", "photo", "photos", "image", "picture", "source",
                           "courtesy", "video", "file", "caption"})
_GLUE = re.compile(r"[a-z][A-Z]")


def find_debris(doc: Doc) -> tuple[set[int], dict[int, int]]:
    """Token indices of link text, navigation lines and credits, and where glued tokens are
    cut (token index -> char offset)."""
    debris: set[int] = set()
    text = doc_text(doc)
    for sentence in doc.sents:
        if _NAVIGATION.match(text[sentence.start_char:sentence.end_char]):
            debris.update(range(sentence.start, sentence.end))
            continue
        debris.update(_credit_tokens(sentence))
        debris.update(_agency_tag(sentence))
    glued, cuts = _glued_link_tokens(doc, text)
    return debris | glued, cuts


def _credit_tokens(sentence: Span) -> set[int]:
    """"Image Credit: ANI", "(Photo: Agence France-Presse)": the credited name is no mention."""
    tokens: set[int] = set()
    doc = sentence.doc
    for token in sentence:
        if token.lower_ in _CREDIT_WORDS and token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
            end = token.i + 2
            while end < sentence.end and sentence.doc[end].text not in {")", "]"}:
                end += 1
            tokens.update(range(token.i, end))
    return tokens


def _agency_tag(sentence: Span) -> set[int]:
    """A trailing "(ANI)" or "(Reuters)" tag that credits a wire agency."""
    if len(sentence) > 4:
        return set()
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) >= 3 and tokens[-1].text == ")" and tokens[-3].text == "(":
        return {t.i for t in tokens}
    return set()


def _glued_link_tokens(doc: Doc, text: str) -> tuple[set[int], dict[int, int]]:
    """Link text glued to a name: "Antony BlinkenAntony BlinkenSunday shows ... MORE".

    Sites that inline a "related stories" box repeat the linked name with no space; the
    repetition, and the link text up to an all-caps ``MORE`` marker, are debris.
    """
    debris: set[int] = set()
    cuts: dict[int, int] = {}
    # One scan of the text rather than one per token. A match is a lowercase letter and an
    # uppercase one, so matches never overlap; those inside one token are the ones that count.
    for match in _GLUE.finditer(text):
        cut = match.start() + 1
        token = doc.char_span(cut - 1, cut, alignment_mode="expand")[0]
        if cut == token.idx + len(token.text):
            continue  # the uppercase letter starts the next token
        prefix = _repeated_prefix(doc, token, cut)
        if prefix is None:
            continue
        end = _more_marker(doc, token) or cut + len(prefix)
        following = token.i + 1  # up to ``end``, not on to the end of the document
        while following < len(doc) and doc[following].idx < end:
            debris.add(following)
            following += 1
        cuts[token.i] = cut
    return debris, cuts


def _repeated_prefix(doc: Doc, token: Token, cut: int) -> str | None:
    # a few tokens either side hold both copies; doc.text would rebuild the whole text
    window = doc[max(token.i - 3, 0):min(token.i + 8, len(doc))]
    text, base = window.text, window[0].idx
    for back in range(0, 4):
        first = token.i - back
        if first < window.start:
            break
        prefix = text[doc[first].idx - base:cut - base]
        if len(prefix) >= 4 and text.startswith(prefix, cut - base):
            return prefix
    return None


def _more_marker(doc: Doc, token: Token) -> int | None:
    sentence_end = token.sent.end
    for other in doc[token.i + 1:min(sentence_end, token.i + 80)]:
        if other.text == "MORE":
            return other.idx + len(other)
    return None
