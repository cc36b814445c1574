"""Rule-based within-document coreference: pronouns and definite descriptions.

Precision comes first: a pronoun or description is linked only when the evidence leaves one
candidate (agreement in number, gender and type within a short window; a role noun that
matches a title held by exactly one person of the document; a company described as one
before; a name in apposition, "his Chinese counterpart, Yang Jiechi"; the one person of a
country a description names, "China's top diplomat", even before the name in a headline), or when salience settles it (the subject of the pronoun's own clause, or of the
previous sentence). Anything else stays unresolved: a wrong merge is worse than a missing one.

Example::

    mentions = find_mentions(doc)
    links = resolve_coreference(doc, mentions)   # [CorefLink(mention=4, antecedent=0, ...)]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.resolve.gazetteer import lookup_country, lookup_known
from kg.resolve.names import (
    feature, given_name_gender, is_common_given_name, is_initial, match_key, role_nouns,
    title_words,
)
from kg.types import CorefLink, Mention

__all__ = ["resolve_coreference", "mention_class"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "pobj", "iobj", "dative"})
_KNOWN_CLASS = {"Person": "person", "Organization": "org", "Country": "country",
                "Place": "place", "Group": "group"}
# which classes a pronoun may refer to
_PRONOUN_CLASSES = {"m": {"person"}, "f": {"person"}, "n": {"org", "country", "city", "place"},
                    "": {"group"}}
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_PERSON_NOUNS = frozenset({"man", "woman", "official", "source", "boy", "girl", "father",
                           "mother", "son", "daughter", "husband", "wife", "resident", "witness",
                           "victim", "suspect", "officer", "doctor", "teacher", "player",
                           "coach", "analyst", "lawyer", "spokesman", "spokeswoman"})
_REPORT_VERBS = frozenset({"tell", "inform", "warn", "assure", "notify", "remind"})


def mention_class(mention: Mention) -> str:
    """The coarse class of a name mention: person, org, country, place, group or other."""
    known = lookup_known(mention.name)
    if known is not None and known.type in _KNOWN_CLASS:
        return _KNOWN_CLASS[known.type]
    label = mention.label
    if label == "PERSON":
        return "person"
    if label == "ORG":
        return "org"
    if label == "GPE":
        return "country" if lookup_country(mention.name) else "city"
    if label in {"LOC", "FAC"}:
        return "place"
    if label == "NORP":
        return "group"
    return "other"


@dataclass
class _Group:
    """Name mentions of the document that are one thing (by name within the document)."""

    cls: str
    members: list[int] = field(default_factory=list)
    gender: str = ""
    titles: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    head_words: set[str] = field(default_factory=set)


def resolve_coreference(doc: Doc, mentions: list[Mention]) -> list[CorefLink]:
    """Link pronouns and definite descriptions to an earlier mention of the same thing.

    Args:
        doc: the parsed spaCy Doc the mentions were found in.
        mentions: ``kg.mentions.find_mentions(doc)``, in that order.

    Returns:
        One CorefLink per resolved pronoun or description, ``antecedent`` being the index
        of a name mention.
    """
    group_of, groups = _group_names(mentions)
    names_at: dict[int, list[int]] = {}  # head token -> name mentions (a lookup, not a scan)
    for i, m in enumerate(mentions):
        if m.kind == "name":
            names_at.setdefault(int(feature(m, "head")), []).append(i)
    name_heads = set(names_at)
    links: list[CorefLink] = []
    named: dict[int, int] = {}  # resolved mention -> the name mention it refers to
    open_pronouns: set[tuple[int, str]] = set()  # (sentence, gender) of unresolved pronouns
    for index, mention in enumerate(mentions):
        if mention.kind == "pronoun":
            key = (mention.sentence, feature(mention, "gender"))
            if key in open_pronouns:
                continue  # "It is twice as massive as Earth, and its ...": both mean one thing
            found = _parallel_pronoun(doc, mentions, index, named) or \
                _resolve_pronoun(doc, mentions, index, group_of, groups, name_heads)
            if found is None and feature(mention, "pleonastic") != "1":
                open_pronouns.add(key)
        elif mention.kind == "description":
            found = _resolve_description(doc, mentions, index, group_of, groups, names_at)
        else:
            continue
        if found is None:
            continue
        antecedent, reason = found
        antecedent = named.get(antecedent, antecedent)
        named[index] = antecedent
        links.append(CorefLink(mention=index, antecedent=antecedent, reason=reason))
        group_of[index] = group_of[antecedent]
        gender = feature(mention, "gender")
        if mention.kind == "pronoun" and gender in {"m", "f"}:
            groups[group_of[antecedent]].gender = gender
    return links


def _parallel_pronoun(doc: Doc, mentions: list[Mention], index: int,
                      named: dict[int, int]) -> tuple[int, str] | None:
    """A possessive that repeats an earlier resolved one of its sentence means the same thing
    ("hold the PRC accountable for its efforts ..., and its undermining of ..."), unless a
    new subject comes between them."""
    pronoun = mentions[index]
    if feature(pronoun, "possessive") != "1":
        return None
    for earlier in range(index - 1, -1, -1):
        other = mentions[earlier]
        if other.sentence != pronoun.sentence:
            return None
        if other.kind == "name" and feature(other, "dep") in _SUBJECTS:
            return None
        if other.kind == "pronoun" and other.text.lower() == pronoun.text.lower():
            if earlier not in named:
                return None
            token = doc[int(feature(pronoun, "head"))]
            subject = next(iter(_clause_subjects(token)), None)
            if subject is not None and other.start < subject.idx < pronoun.start:
                return None  # a new subject came between: "... to hold the PRC accountable for its"
            return named[earlier], "pronoun:parallel"
    return None


def _group_names(mentions: list[Mention]) -> tuple[dict[int, int], list[_Group]]:
    """Group the document's name mentions: same name, or a single word of a longer name."""
    group_of: dict[int, int] = {}
    groups: list[_Group] = []
    by_key: dict[tuple[str, str], int] = {}
    names = [(i, m) for i, m in enumerate(mentions) if m.kind == "name"]
    class_of = _document_classes(names)
    long_words: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for i, m in names:
        cls = class_of[i]
        key = _name_key(m, cls)
        words = key[1].split()
        if len(words) > 1:
            for word in words:
                if not is_initial(word):
                    long_words.setdefault((cls, word), set()).add(key)
    titles_of: dict[tuple[str, str], set[str]] = {}
    for i, m in names:
        if m.title:
            titles_of.setdefault(_name_key(m, class_of[i]), set()).add(m.title.casefold())
    for i, m in names:
        cls = class_of[i]
        key = _name_key(m, cls)
        owners = long_words.get((cls, key[1]), set())
        if len(key[1].split()) == 1 and len(owners) > 1 and m.title:
            owners = {k for k in owners if m.title.casefold() in titles_of.get(k, set())}
        if len(key[1].split()) == 1 and len(owners) == 1:
            key = next(iter(owners))
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append(_Group(cls))
        group = groups[by_key[key]]
        group_of[i] = by_key[key]
        group.members.append(i)
        if feature(m, "gender"):
            group.gender = feature(m, "gender")
        elif cls == "person" and not group.gender and key[1]:
            # "Ingrid Halvorsen" is a woman; a lone word only if commonly given ("Gonzalo")
            first = key[1].split()[0]
            given = given_name_gender(first) if len(key[1].split()) > 1 or \
                is_common_given_name(first) else None
            group.gender = given if given in {"m", "f"} else ""
        if m.title:
            group.titles.add(m.title.casefold())
        if feature(m, "role"):
            group.roles.add(feature(m, "role"))
        if feature(m, "title_country") or feature(m, "affiliation"):
            group.countries.add(feature(m, "title_country") or feature(m, "affiliation"))
        if cls == "country":
            group.countries.add(lookup_country(m.name).canonical)
        group.head_words.add(match_key(m.name).split()[-1] if match_key(m.name) else "")
    return group_of, groups


# words of organisation and place names, never of a person's ("King of Castelvero")
_NOT_IN_PERSON_NAMES = frozenset({"of", "the", "and", "for", "on", "at"})


def _document_classes(names: list[tuple[int, Mention]]) -> dict[int, str]:
    """Each name's class, with what the document says of people overriding spaCy's label:
    an honorific or title, a first word that is a given name ("Ingrid Halvorsen" tagged ORG),
    or a single word of a person's name ("Halvorsen" tagged GPE after "Ingrid Halvorsen")."""
    classes = {i: mention_class(m) for i, m in names}
    words_of = {i: match_key(m.name).split() for i, m in names}
    person_words: set[str] = set()
    for i, m in names:
        if classes[i] in {"person", "country"} or lookup_known(m.name) is not None:
            continue
        words = words_of[i]
        if feature(m, "honorific") or m.title or (
                1 < len(words) <= 4 and not feature(m, "org_head") and
                given_name_gender(words[0]) in {"m", "f"} and words[0] not in title_words() and
                not set(words) & _NOT_IN_PERSON_NAMES):
            classes[i] = "person"
    for i, _ in names:
        if classes[i] == "person" and len(words_of[i]) > 1:
            person_words.update(w for w in words_of[i] if not is_initial(w))
    for i, m in names:
        words = words_of[i]
        if len(words) == 1 and words[0] in person_words and classes[i] != "country" and \
                lookup_known(m.name) is None:
            classes[i] = "person"
    return classes


def _name_key(mention: Mention, cls: str) -> tuple[str, str]:
    known = lookup_known(mention.name)
    if known is not None:
        return cls, match_key(known.canonical)
    words = [w for w in match_key(mention.name).split() if not is_initial(w)]
    return cls, " ".join(words)


def _resolve_pronoun(doc: Doc, mentions: list[Mention], index: int, group_of: dict[int, int],
                     groups: list[_Group], name_heads: set[int]) -> tuple[int, str] | None:
    pronoun = mentions[index]
    if feature(pronoun, "pleonastic") == "1":
        return None
    gender = feature(pronoun, "gender")
    classes = _PRONOUN_CLASSES[gender]
    token = doc[int(feature(pronoun, "head"))]
    if feature(pronoun, "reflexive") == "1":
        return _reflexive(mentions, index, group_of, groups, classes, gender)
    for window in (0, 1):
        if window == 1 and (_unnamed_subject_before(doc, token) or
                            _unnamed_previous_subject(doc, name_heads, token)):
            return None  # "Gavi, the alliance, said it ...": the subject is the likelier referent
        sentence = pronoun.sentence - window
        candidates = [i for i in _in_sentence(mentions, index, sentence) if
                      i in group_of and groups[group_of[i]].cls in classes and
                      _agrees(mentions[i], groups[group_of[i]], gender) and
                      not _bound(doc, token, mentions[i]) and
                      not _backgrounded(doc, token, mentions[i]) and
                      not _thing_between(doc, mentions[i], token)]
        if window == 0:
            candidates = [i for i in candidates if mentions[i].end <= pronoun.start]
            if not candidates:
                later = [i for i in _later_in_sentence(mentions, index) if i in group_of and
                         groups[group_of[i]].cls in classes and
                         _agrees(mentions[i], groups[group_of[i]], gender)]
                ahead = _cataphora(doc, mentions, later, token)
                if ahead is not None:
                    return ahead, "pronoun:cataphora"
        distinct = {group_of[i] for i in candidates}
        if len(distinct) == 1 and window == 0 and _unnamed_clause_subject(doc, name_heads, token):
            return None
        if len(distinct) == 1:
            return candidates[-1], "pronoun:unique"
        if len(distinct) > 1:
            subject = _salient_subject(doc, mentions, candidates, token, window)
            return (subject, "pronoun:subject") if subject is not None else None
    return _topic(mentions, index, group_of, groups, gender)


def _reflexive(mentions: list[Mention], index: int, group_of: dict[int, int], groups: list[_Group],
               classes: set[str], gender: str) -> tuple[int, str] | None:
    """"Lunde had himself trained", "Smith praised himself": the nearest subject before it in
    its sentence that agrees."""
    pronoun = mentions[index]
    for i in reversed(_in_sentence(mentions, index, pronoun.sentence)):
        mention = mentions[i]
        if i in group_of and feature(mention, "dep") in _SUBJECTS and \
                groups[group_of[i]].cls in classes and _agrees(mention, groups[group_of[i]], gender):
            return i, "pronoun:reflexive"
    return None


# how many sentences before the last one a "he" or "she" may look for the one person it fits
_TOPIC_WINDOW = 4


def _topic(mentions: list[Mention], index: int, group_of: dict[int, int], groups: list[_Group],
           gender: str) -> tuple[int, str] | None:
    """A "he" or "she" with nobody fitting in its own or the previous sentence: the one person
    known to be of its gender named in the sentences before, when no person of unknown gender
    is named there ("Halvorsen ... Lunde had trained in Leipzig ... On her return she married").
    """
    if gender not in {"m", "f"}:
        return None
    pronoun = mentions[index]
    found: dict[int, int] = {}
    for i in range(index - 1, -1, -1):
        mention = mentions[i]
        if mention.sentence < pronoun.sentence - 1 - _TOPIC_WINDOW:
            break
        if i in group_of and groups[group_of[i]].cls == "person" and mention.kind == "name":
            found.setdefault(group_of[i], i)
    fitting = {g: i for g, i in found.items() if groups[g].gender in {"", gender}}
    if len(fitting) != 1:
        return None
    group, latest = next(iter(fitting.items()))
    return (latest, "pronoun:topic") if groups[group].gender == gender else None


def _cataphora(doc: Doc, mentions: list[Mention], later: list[int], pronoun: Token) -> int | None:
    """"In his first speech as leader, Smith promised ...": a possessive in a phrase fronted
    before its clause's subject means that subject, when it is a person name."""
    if pronoun.lower_ not in {"his", "her"}:
        return None
    verb = _clause_verb(pronoun)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None) if verb is not None else None
    if subject is None or subject.i < pronoun.i:
        return None
    fronted = next((c for c in verb.children if c.i < subject.i and
                    c.left_edge.i <= pronoun.i <= c.right_edge.i and
                    c.dep_ in {"prep", "advcl", "npadvmod", "advmod"}), None)
    if fronted is None:
        return None
    return next((i for i in later if int(feature(mentions[i], "head")) == subject.i), None)


def _later_in_sentence(mentions: list[Mention], index: int) -> list[int]:
    """Indices of the mentions after ``index`` in its sentence."""
    found = []
    for i in range(index + 1, len(mentions)):
        if mentions[i].sentence != mentions[index].sentence:
            break
        found.append(i)
    return found


def _in_sentence(mentions: list[Mention], index: int, sentence: int) -> list[int]:
    """Indices of the mentions before ``index`` that lie in one sentence (mentions are sorted
    by offset, so a backward scan stops at the sentence's start)."""
    found = []
    for i in range(index - 1, -1, -1):
        if mentions[i].sentence < sentence:
            break
        if mentions[i].sentence == sentence:
            found.append(i)
    return found[::-1]


def _unnamed_subject_before(doc: Doc, pronoun: Token) -> bool:
    """Whether the pronoun's sentence has, before it, a singular noun subject that is no
    name we know and could be what the pronoun means ("Gavi, the alliance, said it ...",
    "A spokesman said he ..."; not "Analysts said it ...")."""
    personal = pronoun.lower_ not in {"it", "its"}
    for token in doc[pronoun.sent.start:pronoun.i]:
        if token.dep_ not in _SUBJECTS or token.tag_ not in {"NN", "NNP"}:
            continue
        is_person_noun = token.lemma_.lower() in _PERSON_NOUNS or (
            token.lemma_.lower() in role_nouns() and role_nouns()[token.lemma_.lower()].type == "Person")
        if is_person_noun == personal or (token.tag_ == "NNP" and not token.ent_type_):
            return True
    return False


def _unnamed_clause_subject(doc: Doc, name_heads: set[int], pronoun: Token) -> bool:
    """Whether "it"/"its" sits in a clause whose subject is a singular noun that is no name
    ("hold the [People's Republic of China] accountable for its ..." parsed without a name)."""
    if pronoun.lower_ not in {"it", "its"}:
        return False
    subject = next(iter(_clause_subjects(pronoun)), None)
    if subject is None or subject.tag_ not in {"NN", "NNP"}:
        return False
    return subject.i not in name_heads


def _unnamed_previous_subject(doc: Doc, name_heads: set[int], pronoun: Token) -> bool:
    """Whether the previous sentence's main subject is a noun that is no name and could be
    what a sentence-opening pronoun means ("The company, based in Leeds, ... Its chairman")."""
    if pronoun.sent.start == 0:
        return False
    previous = doc[pronoun.sent.start - 1].sent
    subject = next((c for c in previous.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not (subject.tag_ in {"NN", "NNP"} or (  # "Bluefin" tagged RB
            subject.text[:1].isupper() and subject.pos_ not in {"PRON", "DET"})):
        return False
    if subject.i in name_heads:
        return False
    is_person_noun = subject.lemma_.lower() in _PERSON_NOUNS or (
        subject.lemma_.lower() in role_nouns() and
        role_nouns()[subject.lemma_.lower()].type == "Person")
    return is_person_noun == (pronoun.lower_ not in {"it", "its"})


def _thing_between(doc: Doc, mention: Mention, pronoun: Token) -> bool:
    """Whether a subject "it" has, between it and a same-sentence name, a definite thing
    that is no name and no person, the likelier referent ("The department sued to stop the
    deal, arguing it would raise fares")."""
    head = int(feature(mention, "head", "-1"))
    if pronoun.lower_ != "it" or pronoun.dep_ not in _SUBJECTS or head < pronoun.sent.start:
        return False
    for token in doc[doc[head].right_edge.i + 1:pronoun.i]:  # not in its own apposition
        if token.tag_ == "NN" and not token.ent_type_ and token.dep_ in {"dobj", *_SUBJECTS} and \
                token.lemma_.lower() not in _PERSON_NOUNS and token.lemma_.lower() not in role_nouns() and \
                any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
            return True
    return False


def _agrees(mention: Mention, group: _Group, gender: str) -> bool:
    if gender in {"m", "f"}:
        return group.gender in {"", gender}
    if gender == "n":
        return feature(mention, "number", "sg") == "sg"
    return feature(mention, "number") == "pl"


def _bound(doc: Doc, pronoun: Token, mention: Mention) -> bool:
    """A non-possessive object pronoun is not the subject of its own clause ("X praised
    him": him is not X; "Rui Costa, who is not related to her": her is not Rui Costa)."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ not in _OBJECTS:
        return False
    head = int(feature(mention, "head"))
    subject = next(iter(_clause_subjects(pronoun)), None)
    return subject is not None and subject.i == head


def _backgrounded(doc: Doc, pronoun: Token, mention: Mention) -> bool:
    """Mentions that are not antecedents: a name used as a modifier ("the US diplomat"), a
    name whose apposition holds the pronoun ("Samsung, its rival"), or the addressee of a
    report the pronoun is inside ("told Reuters it could raise")."""
    if mention.kind != "name":
        return False
    head = doc[int(feature(mention, "head"))]
    for child in head.children:  # "Samsung, its main rival,": its is not Samsung
        if child.dep_ == "appos" and child.left_edge.i <= pronoun.i <= child.right_edge.i:
            return True
    if head.dep_ in _MODIFIER_DEPS - {"poss"} and head.head.pos_ in {"NOUN", "PROPN"} and \
            head.head.i > head.i:
        return True
    if pronoun.lower_ in {"it", "its"} and head.dep_ == "pobj" and head.head.lower_ == "in" and \
            head.head.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "a judge in Texas ... it": a place qualifying a noun
    verb = _clause_verb(pronoun)
    return bool(verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_ in _REPORT_VERBS and
                head.dep_ in {"dobj", "dative"} and head.head.i == verb.head.i)


def _salient_subject(doc: Doc, mentions: list[Mention], candidates: list[int], token: Token,
                     window: int) -> int | None:
    """The candidate that is the subject of the pronoun's clause (same sentence) or of the
    previous sentence's main verb (when the pronoun opens a new sentence as its subject)."""
    heads = {int(feature(mentions[i], "head")): i for i in candidates}
    if window == 0:
        # a person pronoun may look up through embedded clauses ("Blinken said he ...");
        # "it"/"its" only to the subject of its own clause, where metonymy is rarer
        climb = token.lower_ not in {"it", "its"}
        object_pronoun = token.tag_ == "PRP" and token.dep_ in _OBJECTS
        innermost = True
        excluded: set[int] = set()
        for subject in _clause_subjects(token):
            if subject is not None and subject.i in heads:
                if innermost and object_pronoun:
                    # "Rui Costa, who is not related to her": her is not Rui Costa
                    excluded.add(_group_key(mentions, heads[subject.i]))
                elif _group_key(mentions, heads[subject.i]) not in excluded:
                    return heads[subject.i]
            elif not climb:
                return None
            innermost = False
        return None
    if token.dep_ not in _SUBJECTS or _clause_verb(token) is None or \
            _clause_verb(token).dep_ != "ROOT":
        return None
    previous = doc[int(feature(mentions[candidates[-1]], "head"))].sent
    for child in previous.root.children:
        if child.dep_ in _SUBJECTS and child.i in heads:
            return heads[child.i]
    return None


def _group_key(mentions: list[Mention], index: int) -> str:
    return match_key(mentions[index].name).split()[-1] if mentions[index].name else str(index)


def _clause_subjects(token: Token):
    """The subjects of the clauses above a token, innermost first.

    A small clause counts ("hold Beijing accountable for its"), and the subject of an
    infinitive is its controller ("ordered X to end its"). ``None`` stands for a clause
    whose subject is, or contains, the token itself, or comes after it.
    """
    node, steps = token.head, 0
    while steps < 30:
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is None and node.dep_ == "xcomp":
            governor = node.head
            subject = next((c for c in governor.children if c.dep_ == "dobj"), None) or \
                next((c for c in governor.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl":
            yield node.head  # "Rui Costa, who ...": the clause is about Rui Costa
        elif subject is not None:
            inside = subject.left_edge.i <= token.i <= subject.right_edge.i
            yield None if inside or subject.i > token.i else subject
        if node.head.i == node.i:
            return
        node, steps = node.head, steps + 1


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb (or the root) above a token, the token's own clause."""
    current = token if token.pos_ in {"VERB", "AUX"} and token.dep_ != "aux" else token.head
    steps = 0
    while current.pos_ not in {"VERB", "AUX"} and current.dep_ != "ROOT" and steps < 20:
        current, steps = current.head, steps + 1
    return current


def _resolve_description(doc: Doc, mentions: list[Mention], index: int,
                         group_of: dict[int, int],
                         groups: list[_Group],
                         names_at: dict[int, list[int]]) -> tuple[int, str] | None:
    description = mentions[index]
    if feature(description, "number") != "sg":
        return None
    lemma = feature(description, "head_lemma")
    noun = role_nouns().get(lemma)
    if noun is None:
        return None
    cls = {"Person": "person", "Organization": "org"}.get(noun.type, "country")
    apposed = _apposed_name(doc, mentions, index, group_of, names_at)
    if apposed is not None and groups[group_of[apposed]].cls == cls:
        return apposed, "description:apposition"  # "his Chinese counterpart Yang Jiechi"
    if set(feature(description, "modifiers").split()) & _PAST_WORDS:
        return None  # "the former president" is not whoever holds the office now
    earlier = [i for i in range(index) if i in group_of and mentions[i].end <= description.start]
    country = feature(description, "country")
    if noun.type == "Person" and country:
        return _person_of_country(mentions, index, group_of, groups, noun, country)
    if noun.type == "Person":
        if not noun.title_words:
            return None  # "his counterpart": whose, the text must say
        fits = _fitting([i for i in earlier if groups[group_of[i]].cls == "person"], group_of,
                        groups, noun.title_words, description.title, lemma)
        reason = "description:title"
    elif noun.type == "Organization":
        fits = [i for i in earlier if groups[group_of[i]].cls == "org" and
                (lemma in groups[group_of[i]].roles or lemma in groups[group_of[i]].head_words)]
        reason = "description:role"
    else:
        fits = [i for i in earlier if groups[group_of[i]].cls == "country" and
                mentions[i].sentence >= description.sentence - 1 and
                (not country or country in groups[group_of[i]].countries)]
        reason = "description:recent"
    if len({group_of[i] for i in fits}) != 1:
        return None
    return fits[-1], reason


def _apposed_name(doc: Doc, mentions: list[Mention], index: int, group_of: dict[int, int],
                  names_at: dict[int, list[int]]) -> int | None:
    """The name mention in apposition with a description ("his counterpart, Yang Jiechi",
    "Wang Yi, the foreign minister", "my counterpart in Beijing, Yang Jiechi")."""
    head = doc[int(feature(mentions[index], "head"))]
    partners = {c.i for c in head.children if c.dep_ == "appos"}
    if head.dep_ == "appos":
        partners.add(head.head.i)
    for prep in (c for c in head.children if c.dep_ == "prep"):
        # "my counterpart in Beijing, Yang Jiechi": the parser hangs the name on the city,
        # the caller's class check keeps only a name of the description's kind
        partners |= {g.i for o in prep.children if o.dep_ == "pobj"
                     for g in o.children if g.dep_ == "appos"}
    found = sorted(i for head in partners for i in names_at.get(head, ()) if i in group_of)
    return found[0] if len(found) == 1 else None


def _person_of_country(mentions: list[Mention], index: int, group_of: dict[int, int],
                       groups: list[_Group], noun, country: str) -> tuple[int, str] | None:
    """The one person of a country a description names anywhere in the document ("the
    Chinese foreign minister", "China's top diplomat", a headline's "Chinese counterpart").

    A person whose title fits the noun first; failing that, the only person of that country
    with no title at all (a title that does not fit rules a person out)."""
    description = mentions[index]
    people = [i for i in group_of if mentions[i].kind == "name" and
              groups[group_of[i]].cls == "person" and country in groups[group_of[i]].countries]
    if noun.title_words:
        fits = _fitting(people, group_of, groups, noun.title_words, description.title,
                        feature(description, "head_lemma"))
        if not fits:
            fits = [i for i in people if not groups[group_of[i]].titles]
    else:
        fits = people  # "his Chinese counterpart": any Chinese person
    if len({group_of[i] for i in fits}) != 1:
        return None
    before = [i for i in fits if mentions[i].end <= description.start]
    return (before[-1] if before else min(fits)), "description:country"


_PAST_WORDS = frozenset({"former", "late", "then", "ex", "previous", "outgoing", "erstwhile"})
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "under", "acting", "former", "associate"})


def _fitting(candidates: list[int], group_of: dict[int, int], groups: list[_Group],
             words: tuple[str, ...], title: str | None, lemma: str) -> list[int]:
    """The candidates whose titles fit a description: the exact title if anyone holds it,
    else a title containing it ("the minister" -> a "trade minister")."""
    exact = [i for i in candidates if _fits_title(groups[group_of[i]], words, title, lemma)]
    if exact or not title:
        return exact
    return [i for i in candidates
            if _fits_title(groups[group_of[i]], words, title, lemma, loose=True)]


def _fits_title(group: _Group, words: tuple[str, ...], title: str | None, lemma: str,
                loose: bool = False) -> bool:
    if title and loose:  # "the minister" fits a "trade minister", not a "vice minister"
        wanted = set(title.casefold().split())
        return any(wanted <= set(held.split()) and not (set(held.split()) - wanted) & _RANK_WORDS
                   for held in group.titles)
    if title:
        return title.casefold() in group.titles
    if lemma in group.roles:
        return True
    return any(word in held for held in group.titles for word in words)
