"""Pronoun rules: which group of the document a pronoun means, or none when two tie."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.coref.clauses import SUBJECTS as _SUBJECTS
from kg.coref.clauses import (clause_subjects, clause_verb, is_main_clause_subject,
                              previous_sentence)
from kg.coref.dialogue import Dialogue
from kg.coref.groups import Group
from kg.coref.speech import bare_honorific, quoted_other
from kg.coref.unnamed import (thing_between, unnamed_clause_subject,
                              unnamed_person_between, unnamed_previous_subject,
                              unnamed_subject_before)
from kg.resolve.names import feature
from kg.types import Mention

__all__ = ["parallel_pronoun", "quoted_tokens", "resolve_pronoun"]

_OBJECTS = frozenset({"dobj", "pobj", "iobj", "dative"})
# which classes a pronoun may refer to
_PRONOUN_CLASSES = {"m": {"person"}, "f": {"person"}, "n": {"org", "country", "city", "place"},
                    "": {"group"}}
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_REPORT_VERBS = frozenset({"tell", "inform", "warn", "assure", "notify", "remind"})


def parallel_pronoun(doc: Doc, mentions: list[Mention], index: int,
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
            if any(subject is not None and other.start < subject.idx < pronoun.start
                   for subject in clause_subjects(token)):
                # a new subject came between: "... to hold the PRC accountable for its",
                # "His agent said his client ...": the agent's client
                return None
            return named[earlier], "pronoun:parallel"
    return None


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """The tokens inside double quotation marks ("..." or “...”), a paragraph at most."""
    inside, quoted = False, set()
    for token in doc:
        if token.text in {"“", "”", '"'} or "\n" in token.text:
            inside = token.text == "“" or (token.text == '"' and not inside)
        elif inside:
            quoted.add(token.i)
    return frozenset(quoted)


def resolve_pronoun(doc: Doc, mentions: list[Mention], index: int, group_of: dict[int, int],
                    groups: list[Group], name_heads: set[int],
                    quoted: frozenset[int] = frozenset(), topic: int | None = None,
                    dialogue: Dialogue | None = None) -> tuple[int, str] | None:
    """The mention a pronoun means, with the rule's name, or None.

    ``quoted`` (see ``quoted_tokens``) keeps a pronoun of the narrative from a name inside a
    quotation ("'Off Daniel's head,' he said": not Daniel), and a pronoun inside one from the
    names of the narrative around it ('"Kos owes me money," Wrona said. "He thinks ..."': not
    Wrona); only the topic rule may still reach across. ``topic`` is the group of the
    paragraph's topic person of the pronoun's gender (see ``kg.coref.salience``), which a
    tie between people, or a pronoun with none near, falls back on. ``dialogue`` knows who
    speaks a quotation and to whom (see ``kg.coref.dialogue``)."""
    pronoun = mentions[index]
    if feature(pronoun, "pleonastic") == "1":
        return None
    gender = feature(pronoun, "gender")
    classes = _PRONOUN_CLASSES[gender]
    token = doc[int(feature(pronoun, "head"))]
    if _stands_for_an_action(token):
        return None
    if feature(pronoun, "reflexive") == "1":
        return _reflexive(mentions, index, group_of, groups, classes, gender)
    for window in (0, 1):
        if window == 1 and (unnamed_subject_before(doc, name_heads, token) or
                            unnamed_previous_subject(doc, name_heads, token)):
            return None  # "Gavi, the alliance, said it ...": the subject is the likelier referent
        back = 0 if window == 0 else (previous_sentence(token) or (None, None))[1]
        if back is None:
            break
        if window == 1 and _open_it_before(mentions, index, group_of, pronoun.sentence - back):
            return None
        candidates = _candidates(doc, mentions, index, group_of, groups, quoted,
                                 pronoun.sentence - back)
        if window == 0 and not candidates:
            later = _agreeing_later(mentions, index, group_of, groups)
            ahead = _cataphora(doc, mentions, later, token)
            if ahead is not None:
                return ahead, "pronoun:cataphora"
        distinct = {group_of[i] for i in candidates}
        if not distinct:
            continue
        if len(distinct) == 1 and window == 0 and unnamed_clause_subject(doc, name_heads, token):
            return None
        found = candidates[-1], "pronoun:unique"
        own = dialogue.named_in_own_words(token) & distinct if dialogue is not None else set()
        if own:
            # '"Off Daniel's head," he said': the speaker is not whom their words name
            candidates = [i for i in candidates if group_of[i] not in own]
            if len({group_of[i] for i in candidates}) != 1:
                return None
            distinct = {group_of[candidates[-1]]}
            found = candidates[-1], "pronoun:speaker"
        if len(distinct) == 1 and _place_against_topic(mentions, index, candidates[-1], group_of,
                                                        groups, topic):
            return None
        if len(distinct) > 1:
            found = _choose(doc, mentions, candidates, token, window, group_of, topic, quoted)
            if found is not None and found[1] == "pronoun:paragraph-topic" and \
                    _topic_unfit(doc, mentions, index, group_of, groups, topic):
                return None
        if found is not None and window == 0 and \
                _unnamed_rival_near(doc, name_heads, mentions[found[0]], token):
            return None
        return found
    if token.i in quoted:
        return quoted_other(doc, mentions, index, group_of, groups, quoted, _TOPIC_WINDOW,
                            dialogue)
    found = _topic(mentions, index, group_of, groups, gender)
    if found is None and gender in {"m", "f"}:
        # the topic lapses over sentences that do not mention it ("The war came.")
        recent = [i for i in range(index) if group_of.get(i) == topic and
                  mentions[i].sentence >= pronoun.sentence - _TOPIC_LAPSE]
        found = _topic_among(recent, group_of, topic, False)
    if found is not None and _topic_unfit(doc, mentions, index, group_of, groups, topic):
        return None
    return found


def _candidates(doc: Doc, mentions: list[Mention], index: int, group_of: dict[int, int],
                groups: list[Group], quoted: frozenset[int], sentence: int) -> list[int]:
    """The mentions of one sentence before the pronoun that it may mean, in order.

    A pronoun of the narrative never means a name inside a quotation; one inside a quotation
    only the quotation's own names here (a speaker's "he" is seldom the narrative's nearest
    person: the speaker would say "I")."""
    pronoun = mentions[index]
    gender = feature(pronoun, "gender")
    token = doc[int(feature(pronoun, "head"))]
    found = []
    bound = _bound_group(doc, mentions, index, group_of)
    for i in _in_sentence(mentions, index, sentence):
        mention, head = mentions[i], int(feature(mentions[i], "head"))
        if bound is not None and group_of.get(i) == bound:
            continue  # "China vows it will retake it": not China, in any of its mentions
        if i not in group_of or groups[group_of[i]].cls not in _PRONOUN_CLASSES[gender] or \
                not _agrees(mention, groups[group_of[i]], gender) or mention.end > pronoun.start:
            continue
        if _bound(doc, token, mention) or _backgrounded(doc, token, mention) or \
                thing_between(doc, mention, token) or (head in quoted) != (token.i in quoted):
            continue
        found.append(i)
    return found


def _agreeing_later(mentions: list[Mention], index: int, group_of: dict[int, int],
                    groups: list[Group]) -> list[int]:
    """The mentions after the pronoun in its sentence that agree with it (for cataphora)."""
    gender = feature(mentions[index], "gender")
    return [i for i in _later_in_sentence(mentions, index) if i in group_of and
            groups[group_of[i]].cls in _PRONOUN_CLASSES[gender] and
            _agrees(mentions[i], groups[group_of[i]], gender)]


def _choose(doc: Doc, mentions: list[Mention], candidates: list[int], token: Token, window: int,
            group_of: dict[int, int], topic: int | None,
            quoted: frozenset[int]) -> tuple[int, str] | None:
    """Which of candidates of several groups a pronoun means: the salient subject, else the
    paragraph's topic when the others are only named in passing (no subject or object of a
    clause: "Joe Biden defended his son Hunter Biden ... after a jury convicted him"), else
    none."""
    subject = _salient_subject(doc, mentions, candidates, token, window, group_of)
    if subject is not None:
        return subject, "pronoun:subject"
    if any(group_of[i] != topic and _core_argument(doc[int(feature(mentions[i], "head"))])
           for i in candidates):
        return None
    return _topic_among(candidates, group_of, topic, token.i in quoted)


def _unnamed_rival_near(doc: Doc, name_heads: set[int], mention: Mention, pronoun: Token) -> bool:
    """Whether an unnamed noun of the pronoun's sentence is as likely its referent as the
    name chosen: a person between them ("the man opposite ... his knees"), or for it/its a
    noun subject before a name that is no subject ("the orchestra toured the United States,
    and its recordings")."""
    if unnamed_person_between(doc, name_heads, mention, pronoun):
        return True
    return pronoun.lower_ in {"it", "its"} and feature(mention, "dep") not in _SUBJECTS and \
        unnamed_subject_before(doc, name_heads, pronoun)


def _open_it_before(mentions: list[Mention], index: int, group_of: dict[int, int],
                    sentence: int) -> bool:
    """Whether a subject "it" follows an unresolved subject "it" of the previous sentence,
    which it most likely continues ('"It was too hot in Marseille." "It suits you."')."""
    pronoun = mentions[index]
    if pronoun.text.lower() != "it" or feature(pronoun, "dep") not in _SUBJECTS:
        return False
    return any(mentions[i].kind == "pronoun" and mentions[i].text.lower() == "it" and
               i not in group_of and feature(mentions[i], "dep") in _SUBJECTS
               for i in _in_sentence(mentions, index, sentence))


def _stands_for_an_action(pronoun: Token) -> bool:
    """Whether an "it" is the object of "do", standing for an action, not a thing named
    before ("neither of them had done it", "Who did it?")."""
    return pronoun.lower_ == "it" and pronoun.dep_ == "dobj" and pronoun.head.lemma_ == "do"


def _place_against_topic(mentions: list[Mention], index: int, candidate: int,
                         group_of: dict[int, int], groups: list[Group], topic: int | None) -> bool:
    """Whether an it/its would take a place that is no subject while the organisation the
    paragraph is about is a subject earlier in its sentence ("Vaara ... they moved production
    to Poland and Estonia, a betrayal of the town in which it had grown up": not Estonia)."""
    pronoun = mentions[index]
    if pronoun.text.lower() not in {"it", "its"} or topic is None or \
            groups[topic].cls != "org" or group_of[candidate] == topic:
        return False
    if groups[group_of[candidate]].cls not in {"country", "city", "place"} or \
            feature(mentions[candidate], "dep") in _SUBJECTS:
        return False
    return any(group_of.get(i) == topic and mentions[i].sentence == pronoun.sentence and
               feature(mentions[i], "dep") in _SUBJECTS for i in range(index))


def _topic_unfit(doc: Doc, mentions: list[Mention], index: int, group_of: dict[int, int],
                 groups: list[Group], topic: int | None) -> bool:
    """Whether the paragraph's topic cannot be what the pronoun means: it is the subject of
    an object pronoun's own clause ("China vows it will retake it"), or the pronoun's
    sentence names another of its gender as a modifier ("The Trump administration ...
    toward the end of his presidency")."""
    pronoun = mentions[index]
    token = doc[int(feature(pronoun, "head"))]
    if token.tag_ == "PRP" and token.dep_ in _OBJECTS:
        subject = next(iter(clause_subjects(token)), None)
        if subject is not None and any(group_of.get(i) == topic and
                                       int(feature(mentions[i], "head")) == subject.i
                                       for i in range(index)):
            return True
    gender = feature(pronoun, "gender")
    for i in _in_sentence(mentions, index, pronoun.sentence):
        head = doc[int(feature(mentions[i], "head"))]
        if i in group_of and group_of[i] != topic and mentions[i].kind == "name" and \
                groups[group_of[i]].cls in _PRONOUN_CLASSES[gender] and \
                _agrees(mentions[i], groups[group_of[i]], gender) and \
                head.dep_ in _MODIFIER_DEPS - {"poss"}:
            return True
    return False


def _topic_among(candidates: list[int], group_of: dict[int, int], topic: int | None,
                 quoted: bool) -> tuple[int, str] | None:
    """The latest of the candidates that is the paragraph's topic person, when one is."""
    if topic is None or quoted:
        return None
    ours = [i for i in candidates if group_of.get(i) == topic]
    return (ours[-1], "pronoun:paragraph-topic") if ours else None


def _reflexive(mentions: list[Mention], index: int, group_of: dict[int, int], groups: list[Group],
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
# how many sentences back the paragraph's topic must have been mentioned for a pronoun with
# nobody near to mean it
_TOPIC_LAPSE = 2


def _topic(mentions: list[Mention], index: int, group_of: dict[int, int], groups: list[Group],
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
        if i in group_of and groups[group_of[i]].cls == "person" and mention.kind == "name" and \
                not bare_honorific(mention):
            found.setdefault(group_of[i], i)
    fitting = {g: i for g, i in found.items() if groups[g].gender in {"", gender}}
    if len(fitting) != 1:
        return None
    group, latest = next(iter(fitting.items()))
    return (latest, "pronoun:topic") if groups[group].gender == gender else None


def _cataphora(doc: Doc, mentions: list[Mention], later: list[int], pronoun: Token) -> int | None:
    """"In his first speech as leader, Smith promised ...", "Before she left, Mary ...": a
    he, she, his or her in a phrase or clause fronted before a clause's subject means that
    subject, when it is a person name; "Her name is Siobhan Kerrigan": that name."""
    if pronoun.lower_ not in {"his", "her", "he", "she"}:
        return None
    named = _named_by_copula(pronoun)
    if named is not None:
        return next((i for i in later if int(feature(mentions[i], "head")) == named.i), None)
    node, steps = pronoun, 0
    while node.head.i != node.i and steps < 20:
        verb, steps = node.head, steps + 1
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.i > pronoun.i and node.right_edge.i < subject.i and \
                node.dep_ in {"prep", "advcl", "npadvmod", "advmod"}:
            return next((i for i in later if int(feature(mentions[i], "head")) == subject.i), None)
        if subject is not None and subject.i != pronoun.i and node is not subject:
            return None  # the pronoun's own clause has an earlier subject: not fronted
        node = verb
    return None


def _named_by_copula(pronoun: Token) -> Token | None:
    """The name a possessive's "name" is said to be: "Her name is Siobhan Kerrigan"."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.lemma_.lower() != "name" or noun.dep_ not in _SUBJECTS or \
            noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "attr"), None)


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


def _agrees(mention: Mention, group: Group, gender: str) -> bool:
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
    subject = next(iter(clause_subjects(pronoun)), None)
    return subject is not None and subject.i == head


def _bound_group(doc: Doc, mentions: list[Mention], index: int,
                 group_of: dict[int, int]) -> int | None:
    """The group of an object pronoun's own clause subject, which the pronoun is not."""
    token = doc[int(feature(mentions[index], "head"))]
    if token.tag_ != "PRP" or token.dep_ not in _OBJECTS:
        return None
    subject = next(iter(clause_subjects(token)), None)
    if subject is None:
        return None
    return next((group_of[i] for i in range(index) if i in group_of and
                 int(feature(mentions[i], "head")) == subject.i), None)


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
    if head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and \
            doc[head.i + 2].pos_ in {"ADJ", "VERB"}:
        return True  # "the US-allied island", "a Paris-based firm": part of a modifier
    if pronoun.lower_ in {"it", "its"} and head.dep_ == "pobj" and head.head.lower_ == "in" and \
            head.head.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "a judge in Texas ... it": a place qualifying a noun
    verb = clause_verb(pronoun)
    return bool(verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_ in _REPORT_VERBS and
                head.dep_ in {"dobj", "dative"} and head.head.i == verb.head.i)


def _salient_subject(doc: Doc, mentions: list[Mention], candidates: list[int], token: Token,
                     window: int, group_of: dict[int, int]) -> int | None:
    """The candidate that is the subject of the pronoun's clause (same sentence) or of the
    previous sentence's main verb (when the pronoun opens a new sentence as its subject);
    not when clauses joined by "and" have subjects of two candidates ("Daniel looked at
    Brian, and Brian studied the ceiling. He said")."""
    heads = {int(feature(mentions[i], "head")): i for i in candidates}
    if window == 0:
        # a person pronoun may look up through embedded clauses ("Blinken said he ...");
        # "it"/"its" only to the subject of its own clause, where metonymy is rarer
        climb = token.lower_ not in {"it", "its"}
        object_pronoun = token.tag_ == "PRP" and token.dep_ in _OBJECTS
        innermost = True
        excluded: set[int] = set()
        for subject in clause_subjects(token):
            if subject is not None and subject.i in heads:
                if innermost and object_pronoun:
                    # "Rui Costa, who is not related to her": her is not Rui Costa
                    excluded.add(group_of[heads[subject.i]])
                elif group_of[heads[subject.i]] not in excluded:
                    return heads[subject.i]
            elif not climb:
                return None
            innermost = False
        return None
    if token.dep_ not in _SUBJECTS or clause_verb(token) is None or \
            clause_verb(token).dep_ != "ROOT":
        return None
    previous = doc[int(feature(mentions[candidates[-1]], "head"))].sent
    for child in previous.root.children:
        if child.dep_ in _SUBJECTS and child.i in heads:
            rivals = {group_of[i] for i in candidates if _leads_main_clause(mentions[i], doc)}
            return heads[child.i] if rivals == {group_of[heads[child.i]]} else None
    return None


def _core_argument(token: Token) -> bool:
    """Whether a name is a subject or object of a clause (or in apposition to one), not only
    named in passing in a phrase ("In a letter to her sister Karen, she ...")."""
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ in _SUBJECTS or token.dep_ in {"dobj", "dative", "iobj"}


def _leads_main_clause(mention: Mention, doc: Doc) -> bool:
    return is_main_clause_subject(doc[int(feature(mention, "head"))])
