"""Names from spaCy's entities, repaired.

Split names are joined ("Antony J" + "Blinken", "Ursula von der" + "Leyen"), a left-out given
name pulled in, leading titles, honorifics and possessives stripped, debris and lone title
words dropped, people the model missed found by honorific or by a surname it tagged elsewhere,
and labels the document contradicts fixed (a surname tagged GPE, a company tagged PERSON).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.mentions.given import given_name_people, reads_as_persons_name
from kg.mentions.heads import name_head
from kg.mentions.labels import label_by_context, label_by_siblings
from kg.mentions.regnal import regnal_names
from kg.mentions.span import NAME_LABELS, NameSpan, name_text, span_text
from kg.mentions.titles import extend_title, read_prefix, span_is_country, span_is_title
from kg.resolve.gazetteer import country_of_demonym, lookup_country, lookup_known
from kg.resolve.names import (common_acronyms, feature, honorific_gender, honorific_role,
                              is_initial, kind_nouns, name_heads, role_nouns, title_words)
from kg.types import Mention

__all__ = ["repair_names", "name_mention", "fix_labels"]

# Lowercase words inside personal names ("Ursula von der Leyen", "Osama bin Laden").
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "di", "du",
                             "le", "la", "bin", "ibn", "al", "el", "dos", "das", "ter"})


def repair_names(doc: Doc, debris: set[int], cuts: dict[int, int]) -> list[NameSpan]:
    names: list[NameSpan] = []
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
        name = NameSpan(start, end, ent.label_)
        for i in range(start, end):
            if i in cuts:
                name.end, name.char_end = i + 1, cuts[i]
                break
        _trim_name(doc, name)
        if name.start >= name.end or not _looks_like_name(doc, name):
            continue
        if name.end - name.start == 1 and _is_lone_title(doc[name.start].text):
            continue  # "the State", "President", "It was open, Miss": a title alone names nothing
        if (name.label == "NORP" or _is_demonym(doc, name)) and _is_demonym_adjective(doc, name):
            continue  # "Chinese", also when tagged ORG ("his Ugandan counterpart")
        if _is_common_noun(doc, name) or _is_elided_conjunct(doc, name):
            continue
        extend_title(doc, name)
        names.append(name)
    names = regnal_names(doc, names + _honorific_names(doc, debris), debris)
    names += given_name_people(doc, names, debris)
    names = _split_fused(doc, _drop_title_entities(doc, names))
    names = label_by_context(doc, label_by_siblings(doc, names))
    return names + _missed_surnames(doc, names, debris)


def _is_lone_title(word: str) -> bool:
    """A title word or an honorific ("Miss", "Lord"), not an acronym that spells one ("MS",
    multiple sclerosis)."""
    return word.casefold() in title_words() or \
        (honorific_gender(word) is not None and not word.isupper())


def _is_common_noun(doc: Doc, name: NameSpan) -> bool:
    """A one-word "name" used as a common noun: a known common acronym ("the largest IPO",
    "its CEO"), a person's "name" after "the" ("the Bill"), or a word the tagger calls a
    common noun that takes an indefinite article or a comparative or superlative adjective
    ("a bigger IPO")."""
    if name.end - name.start != 1:
        return False
    token = doc[name.start]
    if token.text in common_acronyms():
        return True
    if name.label == "PERSON" and token.tag_ != "NNPS" and token.dep_ != "compound" and \
            token.i > 0 and doc[token.i - 1].lower_ == "the":
        return True  # "the Bill" (before Parliament): a person's one name takes no article
    return token.tag_ in {"NN", "NNS"} and any(
        (child.dep_ == "det" and child.lower_ in {"a", "an", "another", "every", "each"}) or
        (child.dep_ == "amod" and child.tag_ in {"JJR", "JJS"}) for child in token.lefts)


def _is_elided_conjunct(doc: Doc, name: NameSpan) -> bool:
    """A one-word name that is the first half of a coordinated name sharing its head ("the
    East and South China Seas", "North and South Korea"): a fragment, not a name."""
    if name.end - name.start != 1 or name.end >= len(doc):
        return False
    token = doc[name.start]
    return doc[name.end].dep_ == "cc" and token.dep_ in {"nmod", "compound", "amod"} and \
        token.head.i > name.end and token.head.tag_ in {"NNP", "NNPS"}


def _missed_surnames(doc: Doc, names: list[NameSpan], debris: set[int]) -> list[NameSpan]:
    """Occurrences of a person's surname the model did not tag, elsewhere in the document
    ("Yangs’ call" when "Yang Jiechi" and "Yang" are tagged elsewhere; "Lunde" after "Anders
    Krogh Lunde" tagged ORG)."""
    words = {doc[n.end - 1].text for n in names if n.char_end is None and
             len(doc[n.end - 1].text) > 2 and _is_persons_name(doc, n)}
    taken = {i for n in names for i in range(n.prefix_start if n.prefix_start is not None
                                             else n.start, n.end)}
    found = []
    for token in doc:
        if token.i in taken or token.i in debris or token.ent_iob_ != "O" or \
                token.tag_ not in {"NNP", "NNPS", "NNS"} or not token.text[:1].isupper():
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        plural_possessive = token.text.endswith("s") and nxt is not None and \
            nxt.text in {"'", "’"} and token.text[:-1] in words
        if token.text in words or plural_possessive:
            name = NameSpan(token.i, token.i + 1, "PERSON")
            if plural_possessive:
                name.features["possessive"] = "1"
            found.append(name)
    return found


def _is_persons_name(doc: Doc, name: NameSpan) -> bool:
    """Tagged PERSON, or tagged ORG or GPE but reading as a person's name ("Anders Krogh
    Lunde"): the small model often gives people those labels."""
    return name.label == "PERSON" or \
        (name.label in {"ORG", "GPE"} and reads_as_persons_name(doc, name))


def _honorific_names(doc: Doc, debris: set[int]) -> list[NameSpan]:
    """People the model missed but an honorific marks: "Ms Marsh told investors"."""
    names = []
    for token in doc[:-1]:
        if token.i in debris or token.ent_iob_ != "O" or honorific_gender(token.text) is None:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].tag_ == "NNP" and \
                doc[end].ent_iob_ == "O" and doc[end].text.istitle() and end not in debris:
            end += 1
        if end > token.i + 1 and not (end == token.i + 2 and
                                       doc[token.i + 1].text.casefold() in title_words()):
            name = NameSpan(token.i + 1, end, "PERSON", prefix_start=token.i)
            read_prefix(doc, name, token.i)
            names.append(name)
    return names


def _drop_title_entities(doc: Doc, names: list[NameSpan]) -> list[NameSpan]:
    """Drop entities that are part of another name's title ("State" in "Secretary of State"),
    keeping countries and organisations, which are mentions of their own ("US" in "US
    Secretary of State"; "European Commission" in "European Commission President Ursula von
    der Leyen", to which a later "the commission" refers)."""
    in_prefix = {i for n in names if n.prefix_start is not None
                 for i in range(n.prefix_start, n.start)}
    kept = []
    for name in names:
        inside = all(i in in_prefix for i in range(name.start, name.end))
        span = doc[name.start:name.end]
        organisation = name.label == "ORG" and span.text.casefold() not in name_heads()
        if inside and (span_is_title(span) or not (span_is_country(span) or organisation)):
            continue  # a lone head word ("Party leader Michael Howard") names no organisation
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
    gap = left.doc[left.end:right.start]
    if left.label_ != "PERSON" or len(right) > 2 or \
            any(t.text not in _NAME_PARTICLES for t in gap):
        return False
    if len(gap) or left[-1].text in _NAME_PARTICLES:
        return all(t.pos_ == "PROPN" for t in right)  # "Ursula von der" + "Leyen"
    if not all(t.pos_ == "PROPN" for t in right):
        return False
    last = left[-1]
    return is_initial(last.text) or (last.dep_ == "compound" and last.head.i in range(right.start, right.end))


def _trim_name(doc: Doc, name: NameSpan) -> None:
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
        elif name.label == "PERSON" and (party := _party_prefix(doc, name)):
            # "Tory Liam Fox", "Lib Dem MP Lembit Opik": the party is no part of the name
            if name.prefix_start is None:
                name.prefix_start = name.start
            name.start += party
        elif name.label in {"PERSON", "GPE"} and name.end - name.start > 1 and \
                (word.casefold() in title_words() or word.casefold() in role_nouns()) and \
                word[:1].isupper() and lookup_known(doc[name.start:name.end].text) is None:
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


def _plural_head(root: Token) -> bool:
    """"the Lib Dems" (NNPS), "Lib Dem MPs" (a common noun's plural, "MPs" of "MP"); not a
    surname the tagger read as a plural ("Williams" keeps its lemma)."""
    return root.tag_ == "NNPS" or (root.tag_ == "NNS" and root.lemma_.lower() != root.lower_)


def _party_prefix(doc: Doc, name: NameSpan) -> int:
    """How many leading words of a person's name name a known organisation ("Tory",
    "Lib Dem", "Labour"), when a capitalised name follows them; else 0."""
    if lookup_known(doc[name.start:name.end].text) is not None:
        return 0
    for size in (2, 1):
        rest = name.start + size
        if rest >= name.end or not doc[rest].text[:1].isupper() or \
                not any(t.tag_ in {"NNP", "NNPS"} for t in doc[rest:name.end]):
            continue  # "Lib Dem MPs" names a party's members, not a person "MPs"
        words = doc[name.start:rest]
        known = lookup_known(words.text)
        if known is not None and known.type == "Organization" and all(t.text[:1].isupper() for t in words):
            return size
    return 0


def _looks_like_name(doc: Doc, name: NameSpan) -> bool:
    """A name has a capital letter and starts with one (or a digit); no lowercase debris."""
    text = name_text(doc, name)
    if not text or not any(ch.isupper() for ch in text):
        return False
    first = text[0]
    return first.isupper() or first.isdigit()


def _is_demonym(doc: Doc, name: NameSpan) -> bool:
    text = doc[name.start:name.end].text
    return name.end - name.start == 1 and country_of_demonym(text) not in {None, text}


def _is_demonym_adjective(doc: Doc, name: NameSpan) -> bool:
    """A NORP word used as an adjective ("Chinese", "democratic") rather than a group noun."""
    tokens = doc[name.start:name.end]
    if tokens[-1].tag_ in {"NNPS", "NNS"} and lookup_known(tokens.text) is None:
        return False
    if lookup_known(tokens.text) is not None and lookup_known(tokens.text).type == "Group" and \
            tokens[-1].text.endswith("s"):
        return False
    return True


def _split_fused(doc: Doc, names: list[NameSpan]) -> list[NameSpan]:
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
                result.append(NameSpan(name.start + 1, name.end, "GPE"))
                continue
        result.append(name)
    return result


def name_mention(doc: Doc, name: NameSpan, sentence_of: list[int]) -> Mention:
    first = name.prefix_start if name.prefix_start is not None else name.start
    start = doc[first].idx
    end = name.char_end if name.char_end is not None else doc[name.end - 1].idx + len(doc[name.end - 1])
    name_start = doc[name.start].idx
    root = doc[name.start:name.end].root
    features = dict(name.features)
    appositive = _appositive_role(root) or honorific_role(features.get("honorific", ""))
    if appositive and "role" not in features:
        features["role"] = appositive  # "Gavi, the vaccine alliance"; "Dr Owusu", a doctor
    country = _appositive_country(root)
    if country and "affiliation" not in features:
        features["affiliation"] = country
    known = lookup_known(doc[name.start:name.end].text) is not None
    kind = _kind_noun(root) if name.label not in {"GPE", "LOC", "FAC", "NORP", "PERSON"} and not known else None
    if kind and "role" not in features:
        features["role"] = kind
    # the shipped data knows "West Bank" is a place, whatever its last word says
    head = None if known else name_head(doc, name)
    if head is not None and head[1] == "ORG":
        features["org_head"] = head[0]  # "West Yorkshire Police", "Vantor Systems"
    label = kind_nouns()[kind] if kind else name.label
    if name.title is None and "honorific" not in features:
        if head is not None:
            label = head[1]  # "the James Webb Space Telescope" is no person
        role = role_nouns().get(features.get("role", ""))
        if role is not None and role.type == "Organization":
            label = "ORG"
    features.update({
        "ner": doc[name.start].ent_type_ or name.label,
        "dep": root.dep_,
        "head_lemma": root.lemma_.lower(),
        # a name is one thing ("China Telecom Americas") unless it names a people ("Uighurs")
        "number": "pl" if root.tag_ in {"NNPS", "NNS"} and name.label == "NORP" else "sg",
        # a plural head ("the Lib Dems", "the Greens") names no single person
        "plural": "1" if _plural_head(root) else "0",
        "name_start": str(name_start),
        "name_end": str(end),
        "head": str(root.i),
        "head_start": str(root.idx),
        "head_end": str(min(root.idx + len(root), end)),
    })
    text = span_text(doc, first, name.end, name.char_end)
    return Mention(start=start, end=end, text=text, kind="name", sentence=sentence_of[name.start],
                   label=label, name=name_text(doc, name), title=name.title,
                   features=tuple(sorted(features.items())))


def _appositive_country(root: Token) -> str | None:
    """The country a noun in apposition gives a name by a demonym or a country's possessive:
    "his Chinese counterpart Yang Jiechi", "Yang Jiechi, a senior Chinese official"."""
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    for noun in nouns:
        for token in noun.doc[noun.left_edge.i:noun.i]:
            country = country_of_demonym(token.text) or (
                lookup_country(token.text).canonical if token.ent_type_ == "GPE" and
                token.dep_ == "poss" and lookup_country(token.text) else None)
            if country:
                return country
    return None


def _kind_noun(root: Token) -> str | None:
    """The noun a name modifies when it says what the name is: "the COVID-19 pandemic"."""
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in kind_nouns():
        return root.head.lemma_.lower()
    return None


def _appositive_role(root: Token) -> str | None:
    """A role noun in apposition: "Gavi, the vaccine alliance," -> "alliance"; through a
    coordination too ("tech firms, SoftBank, Alibaba, and Tencent" -> "firm" for each); or
    the noun a copula says the name is ("Bellavista is a football club" -> "club")."""
    nouns = role_nouns()
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is not root and first.tag_ == "NNS" and first.lemma_.lower() in nouns:
        return first.lemma_.lower()  # the names list what the plural noun names
    if first is not root and first.dep_ == "appos" and first.head.lemma_.lower() in nouns:
        return first.head.lemma_.lower()
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in nouns:
            return child.lemma_.lower()
    if root.dep_ == "appos" and root.head.lemma_.lower() in nouns:
        return root.head.lemma_.lower()
    if first.dep_ == "nsubj" and first.head.lemma_ == "be":
        # "Vaara Oyj is a Finnish maker of cartons": what the name is, the sentence says
        # (of each subject: "Ruiz and Ortega were composers")
        attribute = next((c for c in first.head.children if c.dep_ == "attr"), None)
        if attribute is not None and attribute.lemma_.lower() in nouns:
            return attribute.lemma_.lower()
    return None


def fix_labels(mentions: list[Mention]) -> list[Mention]:
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
