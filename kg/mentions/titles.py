"""Titles, countries and roles written in front of a name ("US Secretary of State ...").

The words left of a name are walked leftwards while they are title words, connectors inside a
title, a country or demonym, an entity the title is of ("Director of the Office of ..."), or a
role noun; then the prefix is read into the name's title, title country, affiliation and role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.mentions.span import NameSpan, name_text
from kg.resolve.gazetteer import country_of_demonym, lookup_country, lookup_known
from kg.resolve.names import canonical_title, honorific_gender, role_nouns, title_words

__all__ = ["CONNECTORS", "extend_title", "read_prefix", "span_is_country", "span_is_title"]

CONNECTORS = frozenset({"of", "the", "for", "on", "and"})


def extend_title(doc: Doc, name: NameSpan) -> None:
    """Pull the title, country and role words left of a name into its prefix.

    "US Secretary of State Antony Blinken": prefix "US Secretary of State", title
    "Secretary of State", title country "United States". "Chinese top diplomat Yang":
    affiliation China, role "diplomat".
    """
    known = lookup_known(name_text(doc, name))
    if name.label not in {"PERSON", "GPE", "ORG"} or (known and known.type != "Person"):
        return
    if name.label != "PERSON" and not _could_be_person(doc, name):
        return  # "commander of the U.S. Army's 1st Armored Division": a title of no one
    i = (name.prefix_start if name.prefix_start is not None else name.start) - 1
    first = None
    while i >= 0:
        token = doc[i]
        if token.is_space or token.is_punct and token.text != "-":
            break
        span = _entity_ending_at(doc, i)
        if span is not None and (span_is_country(span) or span_is_title(span)):
            first, i = span.start, span.start - 1
            continue
        if token.tag_ == "POS" and i > 0 and _entity_ending_at(doc, i - 1) is not None and \
                span_is_country(_entity_ending_at(doc, i - 1)):
            # "China's top diplomat Yang Jiechi"
            span = _entity_ending_at(doc, i - 1)
            first, i = span.start, span.start - 1
            continue
        body = _office_of(doc, span) if span is not None else None
        if body is not None:
            # "Director of the Office of the Central Commission for Foreign Affairs"
            first, i = body, body - 1
            continue
        if _is_title_token(token) or (
                (token.lower_ in CONNECTORS or token.text == "-") and first is not None and
                i > 0 and (_is_title_token(doc[i - 1]) or doc[i - 1].ent_iob_ != "O")):
            first, i = i, i - 1
            continue
        break
    while first is not None and first < name.start and doc[first].lower_ in CONNECTORS:
        first += 1
    if first is not None and first < name.start:
        name.prefix_start = min(first, name.prefix_start if name.prefix_start is not None else first)
    if name.prefix_start is not None:
        read_prefix(doc, name, name.prefix_start)


def _office_of(doc: Doc, span: Span) -> int | None:
    """The first token of "<title> of [the] <span>", if the span names a body a title is of."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 1 and doc[i].lower_ in {"of", "for"} and canonical_title(doc[i - 1].text):
        return i - 1
    return None


def _entity_ending_at(doc: Doc, i: int) -> Span | None:
    """The entity whose last token is ``i``, if any."""
    token = doc[i]
    if token.ent_iob_ == "O" or not token.ent_type_:
        return None
    if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start:i + 1]


def span_is_country(span: Span) -> bool:
    label = span.label_ or span[0].ent_type_
    if label == "NORP":
        return country_of_demonym(span.text) is not None
    return label in {"GPE", "ORG"} and lookup_country(span.text) is not None


def span_is_title(span: Span) -> bool:
    """An entity the model made of title words ("State", "United States State")."""
    words = [t for t in span if t.lower_ not in CONNECTORS]
    rest = [t for t in words if t.text.casefold() not in title_words()]
    if not rest:
        return bool(words)
    return len(rest) < len(words) and lookup_country(" ".join(t.text for t in rest)) is not None


def _could_be_person(doc: Doc, name: NameSpan) -> bool:
    """A name the model tagged GPE or ORG that may still be a person's (one to three
    alphabetic proper nouns, as in "Secretary Blinken" tagged GPE)."""
    tokens = doc[name.start:name.end]
    return len(tokens) <= 3 and all(t.pos_ == "PROPN" and t.text.isalpha() for t in tokens)


def _is_title_token(token: Token) -> bool:
    """A capitalised title word ("Secretary"), an honorific, or a role noun ("spokesperson");
    a lowercase title word alone ("under", "top") is not enough."""
    if token.lower_ in role_nouns() and token.pos_ in {"NOUN", "PROPN"}:
        return True
    return (token.text.casefold() in title_words() and token.text[:1].isupper()) or \
        honorific_gender(token.text) is not None


def read_prefix(doc: Doc, name: NameSpan, start: int) -> None:
    """Set title, title country, affiliation and role from the prefix tokens."""
    words: list[Token] = []
    i = start
    while i < name.start:
        token = doc[i]
        span = _entity_starting_at(doc, i, name.start)
        country = None
        if span is not None and span_is_title(span):
            words.extend(t for t in span if t.text.casefold() in title_words())
            rest = " ".join(t.text for t in span if t.text.casefold() not in title_words())
            country = lookup_country(rest).canonical if rest else None
        elif span is not None and span_is_country(span):
            country = country_of_demonym(span.text) or lookup_country(span.text).canonical
        if country:
            name.features["title_country"] = country
            name.features["affiliation"] = country
        if span is not None and (country or span_is_title(span)):
            i = span.end
            continue
        if honorific_gender(token.text) is not None:
            name.features["honorific"] = token.text.rstrip(".")
            if honorific_gender(token.text) in {"m", "f"}:
                name.features["gender"] = honorific_gender(token.text)
        elif token.tag_ != "POS":
            words.append(token)
        i += 1
    title_tokens = _title_span(words)
    if title_tokens:
        text = "".join(t.text_with_ws for t in title_tokens).strip()
        name.title = canonical_title(text) or _title_case(text)
    for token in words:
        if token.lower_ in role_nouns() and token.pos_ == "NOUN":
            name.features.setdefault("role", token.lemma_.lower())  # "the striker Benali"
        elif _is_rank(token):
            name.features.setdefault("role", token.lower_)  # "Duke Martín"
    if name.title or name.features.get("honorific") or \
            name.features.get("role") in {r for r, n in role_nouns().items() if n.type == "Person"}:
        name.label = "PERSON"
    elif name.features.get("role") and role_nouns()[name.features["role"]].type == "Organization":
        name.label = "ORG"


def _is_rank(token: Token) -> bool:
    """A capitalised person's role noun the tagger read as part of the name ("Duke" in "Duke
    Martín"); not a body's ("State Department Ned Price")."""
    noun = role_nouns().get(token.lower_)
    return noun is not None and noun.type == "Person" and token.pos_ == "PROPN" and \
        token.text.istitle()


def _entity_starting_at(doc: Doc, i: int, limit: int) -> Span | None:
    if doc[i].ent_iob_ != "B":
        return None
    end = i + 1
    while end < limit and doc[end].ent_iob_ == "I":
        end += 1
    return doc[i:end]


def _title_span(words: list[Token]) -> list[Token]:
    """The title among the prefix words: a known title ending the prefix ("Secretary of
    State"), an office of a body ("Director of the Office of ..."), or the longest run of
    title words ending in a known title word ("spokesperson")."""
    for begin in range(len(words)):
        if canonical_title(" ".join(t.text for t in words[begin:])):
            return words[begin:]
    for begin in range(len(words) - 2):
        if canonical_title(words[begin].text) and words[begin + 1].lower_ in {"of", "for"}:
            return words[begin:]
    run: list[Token] = []
    for token in reversed(words):
        if token.text.casefold() not in title_words():
            break
        run.insert(0, token)
    while run and not canonical_title(run[-1].text):
        run.pop()
    return run if any(canonical_title(t.text) for t in run) else []


def _title_case(text: str) -> str:
    return " ".join(w if w.lower() in CONNECTORS else w[:1].upper() + w[1:] for w in text.split())
