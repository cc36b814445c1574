"""Find the mentions of things in a parsed document: names, pronouns, definite descriptions.

Names come from spaCy's entities, repaired: a title the model left outside the name is pulled
in and stripped into ``Mention.title`` ("US Secretary of State Antony J Blinken" -> name
"Antony J Blinken", title "Secretary of State", title country "United States"), split names are
joined ("Antony J" + "Blinken"), glued link text ("Antony BlinkenAntony Blinken...MORE") and
credits ("Image Credit: ANI") are dropped, and labels the document contradicts are fixed (a
person's surname tagged GPE). Demonyms ("Chinese") are not mentions of their own: they become
the ``affiliation`` feature of the name they qualify.

Example::

    mentions = find_mentions(nlp("Mr Blinken met Wang Yi. He said ..."))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.resolve.gazetteer import country_of_demonym, lookup_country, lookup_known
from kg.resolve.names import (
    canonical_title, clean_surface, feature, honorific_gender, is_initial, role_nouns, title_words,
)
from kg.types import Mention

__all__ = ["find_mentions", "NAME_LABELS", "PRONOUNS", "feature"]

NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                         "WORK_OF_ART", "LAW"})

# pronoun -> (number, gender); gender "m", "f", "n" (neuter) or "" (any)
PRONOUNS = {
    "he": ("sg", "m"), "him": ("sg", "m"), "his": ("sg", "m"),
    "she": ("sg", "f"), "her": ("sg", "f"),
    "it": ("sg", "n"), "its": ("sg", "n"),
    "they": ("pl", ""), "them": ("pl", ""), "their": ("pl", ""),
}
_POSSESSIVE_PRONOUNS = {"his", "its", "their", "her"}

# Words that open a line of site navigation or a credit, not a sentence of the article.
_NAVIGATION = re.compile(
    r"^\W*(read more|also read|related( stories| articles)?:|click here|sign up|subscribe|"
    r"follow us|advertisement|share this|recommended|most read|left menu)\b", re.IGNORECASE)
_CREDIT_WORDS = frozenset({"credit", "credits", "photo", "photos", "image", "picture", "source",
                           "courtesy", "video", "file", "caption"})
_CONNECTORS = frozenset({"of", "the", "for", "on", "and"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_GLUE = re.compile(r"[a-z][A-Z]")


@dataclass
class _Name:
    """A name being repaired: token span of the name proper, plus the title in front."""

    start: int  # first token of the name (after titles)
    end: int  # token after the name
    label: str
    char_end: int | None = None  # a char end inside a token (glued link text)
    prefix_start: int | None = None  # first token of the title/role words in front
    features: dict[str, str] = field(default_factory=dict)
    title: str | None = None


def find_mentions(doc: Doc) -> list[Mention]:
    """All mentions in a document, sorted by offset.

    Args:
        doc: a parsed spaCy Doc (tagger, parser and NER).

    Returns:
        Mentions of kind ``"name"``, ``"pronoun"`` and ``"description"``; char offsets
        index ``doc.text``.
    """
    sentence_of = _sentence_index(doc)
    debris = _find_debris(doc)
    names = _repair_names(doc, debris)
    mentions = [_name_mention(doc, name, sentence_of) for name in names]
    mentions = _fix_labels(mentions)
    taken = {i for name in names for i in range(name.prefix_start if name.prefix_start is not None
                                                else name.start, name.end)}
    mentions += _find_pronouns(doc, debris, sentence_of)
    mentions += _find_descriptions(doc, debris | taken, sentence_of)
    return sorted(mentions, key=lambda m: (m.start, m.end, m.kind))


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        for i in range(sentence.start, sentence.end):
            index[i] = number
    return index


# --- debris -------------------------------------------------------------------------------

def _find_debris(doc: Doc) -> set[int]:
    """Token indices of link text, navigation lines and credits."""
    debris: set[int] = set()
    for sentence in doc.sents:
        if _NAVIGATION.match(sentence.text):
            debris.update(range(sentence.start, sentence.end))
            continue
        debris.update(_credit_tokens(sentence))
        debris.update(_agency_tag(sentence))
    debris.update(_glued_link_tokens(doc))
    return debris


def _credit_tokens(sentence: Span) -> set[int]:
    """"Image Credit: ANI", "(Photo: Agence France-Presse)": the credited name is no mention."""
    tokens: set[int] = set()
    for token in sentence:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if token.lower_ in _CREDIT_WORDS and nxt is not None and nxt.text == ":":
            end = token.i + 2
            while end < sentence.end and sentence.doc[end].text not in {")", "]"}:
                end += 1
            tokens.update(range(token.i, end))
    return tokens


def _agency_tag(sentence: Span) -> set[int]:
    """A trailing "(ANI)" or "(Reuters)" tag that credits a wire agency."""
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) >= 3 and tokens[-1].text == ")" and tokens[-3].text == "(" and \
            len(list(sentence)) <= 4:
        return {t.i for t in tokens}
    return set()


def _glued_link_tokens(doc: Doc) -> set[int]:
    """Link text glued to a name: "Antony BlinkenAntony BlinkenSunday shows ... MORE".

    Sites that inline a "related stories" box repeat the linked name with no space; the
    repetition, and the link text up to an all-caps ``MORE`` marker, are debris.
    """
    debris: set[int] = set()
    for token in doc:
        for match in _GLUE.finditer(token.text):
            cut = token.idx + match.start() + 1
            prefix = _repeated_prefix(doc, token, cut)
            if prefix is None:
                continue
            end = _more_marker(doc, token) or cut + len(prefix)
            debris.update(t.i for t in doc if t.idx + len(t) > cut and t.idx < end and t.i != token.i)
            doc.user_data.setdefault("kg_glue_cuts", {})[token.i] = cut
    return debris


def _repeated_prefix(doc: Doc, token: Token, cut: int) -> str | None:
    text = doc.text
    for back in range(0, 4):
        first = token.i - back
        if first < 0:
            break
        prefix = text[doc[first].idx:cut]
        if len(prefix) >= 4 and text.startswith(prefix, cut):
            return prefix
    return None


def _more_marker(doc: Doc, token: Token) -> int | None:
    sentence_end = token.sent.end
    for other in doc[token.i + 1:min(sentence_end, token.i + 80)]:
        if other.text == "MORE":
            return other.idx + len(other)
    return None


# --- names ----------------------------------------------------------------------------------

def _repair_names(doc: Doc, debris: set[int]) -> list[_Name]:
    cuts = doc.user_data.get("kg_glue_cuts", {})
    names: list[_Name] = []
    for ent in _joined_entities(doc):
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = ent.start, ent.end
        tokens = [i for i in range(start, end) if i not in debris and not doc[i].is_space]
        if not tokens:
            continue
        start, end = tokens[0], tokens[-1] + 1
        if ent.label_ in {"PERSON", "ORG", "GPE"}:
            start = _extend_given_names(doc, start, end, debris)
        name = _Name(start, end, ent.label_)
        for i in range(start, end):
            if i in cuts:
                name.end, name.char_end = i + 1, cuts[i]
                break
        _trim_name(doc, name)
        if name.start >= name.end or not _looks_like_name(doc, name):
            continue
        if name.end - name.start == 1 and doc[name.start].text.casefold() in title_words():
            continue  # "the State", "President": a title word alone names nothing
        if name.label == "NORP" and _is_demonym_adjective(doc, name):
            continue
        _extend_title(doc, name)
        names.append(name)
    names += _honorific_names(doc, debris)
    return _split_fused(doc, _drop_title_entities(doc, names))


def _honorific_names(doc: Doc, debris: set[int]) -> list[_Name]:
    """People the model missed but an honorific marks: "Ms Marsh told investors"."""
    names = []
    for token in doc[:-1]:
        if token.i in debris or token.ent_iob_ != "O" or honorific_gender(token.text) is None:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].tag_ == "NNP" and \
                doc[end].ent_iob_ == "O" and doc[end].text.istitle() and end not in debris:
            end += 1
        if end > token.i + 1:
            name = _Name(token.i + 1, end, "PERSON", prefix_start=token.i)
            _read_prefix(doc, name, token.i)
            names.append(name)
    return names


def _drop_title_entities(doc: Doc, names: list[_Name]) -> list[_Name]:
    """Drop entities that are part of another name's title ("State" in "Secretary of State"),
    keeping countries, which are mentions of their own ("US" in "US Secretary of State")."""
    prefixes = [(n.prefix_start, n.start) for n in names if n.prefix_start is not None]
    kept = []
    for name in names:
        inside = any(a <= name.start and name.end <= b for a, b in prefixes)
        if inside and not _span_is_country(doc[name.start:name.end]):
            continue
        kept.append(name)
    return kept


def _joined_entities(doc: Doc) -> list[Span]:
    """Entities with a person's name the model cut in two joined again ("Antony J"+"Blinken")."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        if joined and _continues_person(joined[-1], ent):
            joined[-1] = Span(doc, joined[-1].start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def _extend_given_names(doc: Doc, start: int, end: int, debris: set[int]) -> int:
    """Pull in a given name the model left out: "Ana" in "Ana Costa said ..."."""
    while start > 0:
        token = doc[start - 1]
        if token.i in debris or token.ent_iob_ != "O" or token.tag_ != "NNP" or \
                token.dep_ != "compound" or not start <= token.head.i < end or \
                not token.text.istitle() or token.text.casefold() in title_words() or \
                honorific_gender(token.text) is not None or country_of_demonym(token.text):
            break
        start -= 1
    return start


def _continues_person(left: Span, right: Span) -> bool:
    if left.label_ != "PERSON" or left.end != right.start or len(right) > 2:
        return False
    if not all(t.pos_ == "PROPN" for t in right):
        return False
    last = left[-1]
    return is_initial(last.text) or (last.dep_ == "compound" and last.head.i in range(right.start, right.end))


def _trim_name(doc: Doc, name: _Name) -> None:
    """Drop a leading article, titles and honorifics, and a trailing possessive from a name."""
    while name.start < name.end:
        token = doc[name.start]
        word = token.text
        if token.lower_ == "the":
            name.start += 1
        elif honorific_gender(word) is not None and name.end - name.start > 1:
            name.features["honorific"] = word.rstrip(".")
            if honorific_gender(word) in {"m", "f"}:
                name.features["gender"] = honorific_gender(word)
            name.start += 1
        elif name.label in {"PERSON", "GPE"} and name.end - name.start > 1 and \
                word.casefold() in title_words() and word[:1].isupper() and \
                lookup_known(doc[name.start:name.end].text) is None:
            if name.prefix_start is None:
                name.prefix_start = name.start
            name.start += 1
        else:
            break
    while name.end > name.start and doc[name.end - 1].tag_ == "POS" and name.char_end is None:
        name.features["possessive"] = "1"
        name.end -= 1
    if name.end - name.start == 1 and doc[name.start].text.endswith(("'s", "’s")):
        name.features["possessive"] = "1"


def _looks_like_name(doc: Doc, name: _Name) -> bool:
    """A name has a capital letter and starts with one (or a digit); no lowercase debris."""
    text = _name_text(doc, name)
    if not text or not any(ch.isupper() for ch in text):
        return False
    first = text[0]
    return first.isupper() or first.isdigit()


def _name_text(doc: Doc, name: _Name) -> str:
    end = name.char_end if name.char_end is not None else doc[name.end - 1].idx + len(doc[name.end - 1])
    text = doc.text[doc[name.start].idx:end]
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return clean_surface(text)


def _is_demonym_adjective(doc: Doc, name: _Name) -> bool:
    """A NORP word used as an adjective ("Chinese", "democratic") rather than a group noun."""
    tokens = doc[name.start:name.end]
    if tokens[-1].tag_ in {"NNPS", "NNS"} and lookup_known(tokens.text) is None:
        return False
    if lookup_known(tokens.text) is not None and lookup_known(tokens.text).type == "Group" and \
            tokens[-1].text.endswith("s"):
        return False
    return True


def _extend_title(doc: Doc, name: _Name) -> None:
    """Pull the title, country and role words left of a name into its prefix.

    "US Secretary of State Antony Blinken": prefix "US Secretary of State", title
    "Secretary of State", title country "United States". "Chinese top diplomat Yang":
    affiliation China, role "diplomat".
    """
    known = lookup_known(_name_text(doc, name))
    if name.label not in {"PERSON", "GPE", "ORG"} or (known and known.type != "Person"):
        return
    i = (name.prefix_start if name.prefix_start is not None else name.start) - 1
    first = None
    while i >= 0:
        token = doc[i]
        if token.is_space or token.is_punct and token.text != "-":
            break
        span = _entity_ending_at(doc, i)
        if span is not None and (_span_is_country(span) or _span_is_title(span)):
            first, i = span.start, span.start - 1
            continue
        if token.tag_ == "POS" and i > 0 and _entity_ending_at(doc, i - 1) is not None and \
                _span_is_country(_entity_ending_at(doc, i - 1)):
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
                token.lower_ in _CONNECTORS and first is not None and i > 0 and
                (_is_title_token(doc[i - 1]) or doc[i - 1].ent_iob_ != "O")):
            first, i = i, i - 1
            continue
        break
    while first is not None and first < name.start and doc[first].lower_ in _CONNECTORS:
        first += 1
    if first is not None and first < name.start:
        name.prefix_start = min(first, name.prefix_start if name.prefix_start is not None else first)
    if name.prefix_start is not None:
        _read_prefix(doc, name, name.prefix_start)


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


def _span_is_country(span: Span) -> bool:
    label = span.label_ or span[0].ent_type_
    if label == "NORP":
        return country_of_demonym(span.text) is not None
    return label in {"GPE", "ORG"} and lookup_country(span.text) is not None


def _span_is_title(span: Span) -> bool:
    """An entity the model made of title words ("State", "United States State")."""
    words = [t for t in span if t.lower_ not in _CONNECTORS]
    rest = [t for t in words if t.text.casefold() not in title_words()]
    if not rest:
        return bool(words)
    return len(rest) < len(words) and lookup_country(" ".join(t.text for t in rest)) is not None


def _is_title_token(token: Token) -> bool:
    return token.text.casefold() in title_words() or honorific_gender(token.text) is not None or \
        token.lower_ in role_nouns() and token.pos_ in {"NOUN", "PROPN"}


def _country_of_token(token: Token) -> str | None:
    """The country a prefix token names or qualifies ("US", "Chinese")."""
    country = country_of_demonym(token.text)
    if country:
        return country
    if token.ent_type_ in {"GPE", "ORG"} and token.text[:1].isupper():
        known = lookup_country(token.text)
        return known.canonical if known else None
    return None


def _read_prefix(doc: Doc, name: _Name, start: int) -> None:
    """Set title, title country, affiliation and role from the prefix tokens."""
    words: list[Token] = []
    i = start
    while i < name.start:
        token = doc[i]
        span = _entity_starting_at(doc, i, name.start)
        country = None
        if span is not None and _span_is_country(span):
            country = country_of_demonym(span.text) or lookup_country(span.text).canonical
        elif span is not None and _span_is_title(span):
            words.extend(t for t in span if t.text.casefold() in title_words())
            rest = " ".join(t.text for t in span if t.text.casefold() not in title_words())
            country = lookup_country(rest).canonical if rest else None
        if country:
            name.features["title_country"] = country
            name.features["affiliation"] = country
        if span is not None and (country or _span_is_title(span)):
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
        text = " ".join(t.text for t in title_tokens)
        name.title = canonical_title(text) or _title_case(text)
    for token in words:
        if token.lower_ in role_nouns() and token.pos_ == "NOUN":
            name.features.setdefault("role", token.lemma_.lower())
    if name.title or name.features.get("honorific") or \
            name.features.get("role") in {r for r, n in role_nouns().items() if n.type == "Person"}:
        name.label = "PERSON"
    elif name.features.get("role") and role_nouns()[name.features["role"]].type == "Organization":
        name.label = "ORG"


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
    return " ".join(w if w.lower() in _CONNECTORS else w[:1].upper() + w[1:] for w in text.split())


def _split_fused(doc: Doc, names: list[_Name]) -> list[_Name]:
    """Split a person name fused with a following place ("told Blinken Beijing of ...").

    Only when the document itself names both parts separately elsewhere.
    """
    singles = {doc[n.start:n.end].text for n in names if n.end - n.start == 1}
    places = {doc[n.start:n.end].text for n in names if n.label in {"GPE", "LOC", "FAC"}}
    result = []
    for name in names:
        if name.label == "PERSON" and name.end - name.start == 2 and name.char_end is None:
            head, tail = doc[name.start].text, doc[name.start + 1].text
            if head in singles and tail in places:
                result.append(replace(name, end=name.start + 1, features=dict(name.features)))
                result.append(_Name(name.start + 1, name.end, "GPE"))
                continue
        result.append(name)
    return result


def _name_mention(doc: Doc, name: _Name, sentence_of: list[int]) -> Mention:
    first = name.prefix_start if name.prefix_start is not None else name.start
    start = doc[first].idx
    end = name.char_end if name.char_end is not None else doc[name.end - 1].idx + len(doc[name.end - 1])
    name_start = doc[name.start].idx
    root = doc[name.start:name.end].root
    features = dict(name.features)
    features.update({
        "ner": doc[name.start].ent_type_ or name.label,
        "dep": root.dep_,
        "head_lemma": root.lemma_.lower(),
        # a name is one thing ("China Telecom Americas") unless it names a people ("Uighurs")
        "number": "pl" if root.tag_ in {"NNPS", "NNS"} and name.label == "NORP" else "sg",
        "name_start": str(name_start),
        "name_end": str(end),
        "head": str(root.i),
        "head_start": str(root.idx),
        "head_end": str(min(root.idx + len(root), end)),
    })
    text = doc.text[start:end]
    return Mention(start=start, end=end, text=text, kind="name", sentence=sentence_of[name.start],
                   label=name.label, name=_name_text(doc, name), title=name.title,
                   features=tuple(sorted(features.items())))


def _fix_labels(mentions: list[Mention]) -> list[Mention]:
    """Relabel a name as PERSON when the document shows it is one.

    Evidence: a title or honorific on any mention of the same name, or the name being a word
    of a multi-word PERSON name in the same document ("Blinken" tagged GPE beside "Antony
    Blinken").
    """
    person_words: set[str] = set()
    person_names: set[str] = set()
    for m in mentions:
        if m.label == "PERSON" and (len(m.name.split()) > 1 or m.title or feature(m, "honorific")):
            person_names.add(m.name)
            person_words.update(w for w in m.name.split() if not is_initial(w))
    fixed = []
    for m in mentions:
        if m.label != "PERSON" and lookup_known(m.name) is None and \
                (m.name in person_names or (len(m.name.split()) == 1 and m.name in person_words)):
            m = replace(m, label="PERSON")
        fixed.append(m)
    return fixed


# --- pronouns and descriptions --------------------------------------------------------------

def _find_pronouns(doc: Doc, debris: set[int], sentence_of: list[int]) -> list[Mention]:
    mentions = []
    for token in doc:
        if token.i in debris or token.lower_ not in PRONOUNS or token.tag_ not in {"PRP", "PRP$"}:
            continue
        number, gender = PRONOUNS[token.lower_]
        features = {"number": number, "gender": gender, "dep": token.dep_,
                    "head_lemma": token.lower_, "head": str(token.i),
                    "head_start": str(token.idx), "head_end": str(token.idx + len(token)),
                    "possessive": "1" if token.tag_ == "PRP$" or token.lower_ in {"his", "its", "their"} else "0"}
        if _is_pleonastic(token):
            features["pleonastic"] = "1"
        mentions.append(Mention(start=token.idx, end=token.idx + len(token), text=token.text,
                                kind="pronoun", sentence=sentence_of[token.i],
                                features=tuple(sorted(features.items()))))
    return mentions


def _is_pleonastic(token: Token) -> bool:
    """"It is time to ...", "it seems that ...": an "it" that refers to nothing."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ in {"be", "seem", "appear", "remain", "take"}:
        return any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in head.children) or \
            any(c.dep_ == "acomp" and any(g.dep_ in {"xcomp", "ccomp"} for g in c.children)
                for c in head.children)
    return head.lemma_ in {"rain", "snow"}


def _find_descriptions(doc: Doc, excluded: set[int], sentence_of: list[int]) -> list[Mention]:
    """"the secretary", "the company", "the senior US diplomat", "the secretary of state"."""
    mentions = []
    nouns = role_nouns()
    for token in doc:
        lemma = token.lemma_.lower()
        if token.i in excluded or token.pos_ not in {"NOUN", "PROPN"} or lemma not in nouns:
            continue
        if token.ent_type_ and token.ent_type_ in NAME_LABELS:
            continue
        left = [c for c in token.lefts]
        det = [c for c in left if c.dep_ == "det" and c.lower_ in _DEFINITE]
        if not det or any(c.dep_ == "poss" for c in left):
            continue
        start_token = min([det[0], *[c for c in left if c.i > det[0].i]], key=lambda t: t.i)
        if any(i in excluded for i in range(start_token.i, token.i)):
            continue
        end_token, title = _description_title(doc, token, start_token.i + 1)
        features = {"number": "pl" if token.tag_ in {"NNS", "NNPS"} else "sg",
                    "head_lemma": lemma, "dep": token.dep_, "head": str(token.i),
                    "head_start": str(token.idx), "head_end": str(token.idx + len(token)),
                    "type": nouns[lemma].type}
        modifiers = [c for c in left if c.i > det[0].i]
        for modifier in modifiers:
            country = country_of_demonym(modifier.text) or (
                lookup_country(modifier.text).canonical if modifier.ent_type_ == "GPE" and
                lookup_country(modifier.text) else None)
            if country:
                features["country"] = country
        if modifiers:
            features["modifiers"] = " ".join(m.lower_ for m in modifiers)
        start = start_token.idx
        end = end_token.idx + len(end_token)
        mentions.append(Mention(start=start, end=end, text=doc.text[start:end], kind="description",
                                sentence=sentence_of[token.i], title=title,
                                features=tuple(sorted(features.items()))))
    return mentions


def _description_title(doc: Doc, head: Token, first: int) -> tuple[Token, str | None]:
    """The description's last token and the title it spells ("the prime minister",
    "the secretary of state")."""
    best: tuple[Token, str | None] = (head, None)
    for begin in range(first, head.i + 1):
        title = canonical_title(doc[begin:head.i + 1].text)
        if title:
            best = (head, title)
            break
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in {"of", "for"}:
        for length in (3, 4):
            end = head.i + length
            if end <= len(doc) and canonical_title(doc[head.i:end].text):
                best = (doc[end - 1], canonical_title(doc[head.i:end].text))
    return best
