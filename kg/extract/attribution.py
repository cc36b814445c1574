"""Attribution: reported speech keeps its speaker.

"The spokesman told reporters that the talks would resume" yields the speech fact
(spokesman, told, reporters, that the talks would resume) and the embedded fact
(the talks, would resume) whose ``speaker`` is the spokesman. "According to X, ..." makes X
the speaker of the clause it modifies.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["SPEECH_VERBS", "is_speech_verb", "reporting_verb", "according_to"]

SPEECH_VERBS = frozenset(
    """
    acknowledge add admit affirm allege announce argue assert believe caution charge claim
    comment complain confirm contend declare deny disclose emphasise emphasize estimate
    explain fear hint indicate insist maintain mention note observe predict pledge promise
    reaffirm recall reiterate remark reply report respond reveal say signal state stress
    suggest tell think testify tweet underline urge vow warn write
    """.split()
)
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})


def is_speech_verb(verb: Token) -> bool:
    """True for verbs of saying and believing ("said", "told", "warned", "believes")."""
    return verb.lemma_.lower() in SPEECH_VERBS


def reporting_verb(verb: Token) -> Token | None:
    """The speech verb that reports the clause headed by ``verb``, if any.

    The clause is the content of a speech verb's ``ccomp`` ("said that X"), or the speech
    verb hangs from it as a parenthetical ("X, he said").
    """
    if verb.dep_ in _CONTENT_DEPS and is_speech_verb(verb.head):
        return verb.head
    for child in verb.children:
        if child.dep_ in ("parataxis", "advcl") and is_speech_verb(child) and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "mark") for c in child.children
        ):
            return child
    return None


def according_to(verb: Token) -> Token | None:
    """The object of an "according to" phrase modifying ``verb`` ("According to the ministry")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                if to.lower_ == "to":
                    return next((g for g in to.children if g.dep_ == "pobj"), None)
    return None
