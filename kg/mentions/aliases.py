"""Names the document itself establishes, where spaCy's small model does not tag them.

* Short names it defines: "the Palestinian Authority (PA)", "also known as Daesh". The short
  name becomes a name mention carrying ``alias_of`` (the long name), so resolution joins the
  two; later bare uses of a defined acronym ("The PA said") become name mentions too.
* Surnames it has introduced: after "Tomás Arreguín Solís", a bare "Arreguín" the model left
  untagged is a mention of that person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc

from kg.nlp import doc_text
from kg.resolve.names import org_kinds
from kg.types import Mention

__all__ = ["defined_aliases", "repeated_surnames"]

_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,15})\s*\)")
_KNOWN_AS = re.compile(r",?\s+(?:also |better |formerly |widely )?(?:known as|called|aka)\s+"
                       r"(?:the\s+)?([A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,4})")


def defined_aliases(doc: Doc, mentions: list[Mention], sentence_of: list[int]) -> list[Mention]:
    """The mentions with every defined short name marked (or added) and its later uses added.

    Args:
        doc: the parsed Doc.
        mentions: its name mentions, sorted by offset.
        sentence_of: the sentence number of every token.
    """
    text = doc_text(doc)  # doc.text is built afresh on every access
    by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    result = list(mentions)
    acronyms: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind != "name" or "alias_of" in dict(mention.features):
            continue
        found = _BRACKETED.match(text, mention.end) or _KNOWN_AS.match(text, mention.end)
        if found is None or found.group(1) == mention.name:
            continue
        start, end = found.span(1)
        if (start, end) in by_span:
            index = by_span[(start, end)]
            result[index] = _with(result[index], alias_of=mention.name)
            continue
        alias = _name_at(doc, start, end, mention, sentence_of, alias_of=mention.name)
        if alias is not None:
            result.append(alias)
            if alias.text.isupper():
                acronyms[alias.text] = mention
    if acronyms:  # one pass over the text for all of them, longest first
        covered = _Coverage(result)
        uses = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
        for hit in re.finditer(rf"\b(?:{uses})\b", text):
            if covered.overlaps(*hit.span()):
                continue
            use = _name_at(doc, *hit.span(), acronyms[hit.group()], sentence_of)
            if use is not None:
                result.append(use)
    return sorted(result, key=lambda m: (m.start, m.end, m.kind))


class _Coverage:
    """The character spans of some mentions, asked whether a span overlaps any of them in
    O(log n) (a scan per question would make long documents quadratic)."""

    def __init__(self, mentions: list[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self._starts = [start for start, _ in spans]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        for _, end in spans:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end) - 1  # the last span starting before ``end``
        return before >= 0 and self._reach[before] > start


def _with(mention: Mention, **features: str) -> Mention:
    return replace(mention, features=tuple(sorted({**dict(mention.features), **features}.items())))


def _name_at(doc: Doc, start: int, end: int, like: Mention, sentence_of: list[int],
             **extra: str) -> Mention | None:
    """A name mention of the text at ``start:end``, labelled like the name it stands for."""
    span = doc.char_span(start, end)
    if span is None:
        return None
    root = span.root
    features = {"ner": like.label, "dep": root.dep_, "head_lemma": root.lemma_.lower(),
                "number": "sg", "plural": "0", "name_start": str(start), "name_end": str(end),
                "head": str(root.i), "head_start": str(root.idx),
                "head_end": str(min(root.idx + len(root), end)), **extra}
    return Mention(start=start, end=end, text=span.text, kind="name",
                   sentence=sentence_of[span.start], label=like.label, name=span.text,
                   features=tuple(sorted(features.items())))


def repeated_surnames(doc: Doc, mentions: list[Mention], sentence_of: list[int]) -> list[Mention]:
    """The mentions plus the untagged later uses of words of the document's people's names
    (all but the first word: "Arreguín", "Solís" of "Tomás Arreguín Solís") and of the first
    word of its companies' names that end in a kind of organisation ("Tallis" of "Tallis
    Industrial", "Kheti" of "Kheti Labs")."""
    first_use: dict[str, Mention] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.kind != "name" or not words:
            continue
        if mention.label == "PERSON" and len(words) > 1:
            candidates = words[1:]
        elif mention.label == "ORG" and (len(words) == 1 or words[-1].casefold() in org_kinds()):
            candidates = words[:1]  # "Equinor" again; "Tallis" of "Tallis Industrial"
        else:
            continue
        for word in candidates:
            if len(word) > 2 and word[:1].isupper() and word[1:].islower():
                first_use.setdefault(word, mention)
    if not first_use:
        return mentions
    covered = _Coverage(mentions)
    added = []
    for token in doc:
        person = first_use.get(token.text)
        if person is None or token.idx < person.end or _neighbour_is_name(token) or \
                covered.overlaps(token.idx, token.idx + len(token)) or \
                (person.label == "ORG" and token.pos_ != "PROPN"):
            continue
        use = _name_at(doc, token.idx, token.idx + len(token), person, sentence_of)
        if use is not None:
            added.append(use)
    return sorted(mentions + added, key=lambda m: (m.start, m.end, m.kind)) if added else mentions


def _neighbour_is_name(token) -> bool:
    """"Arreguín Foundation", "Carlos Arreguín": a capitalised neighbour makes it another name."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return any(t is not None and t.text[:1].isupper() and t.pos_ == "PROPN" and
               t.sent == token.sent for t in (before, after))
