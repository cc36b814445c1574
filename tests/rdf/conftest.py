"""Hand-made analyses for the RDF tests: plain records, no spaCy, so each rule is tested alone."""

from __future__ import annotations

import pytest

from kg.types import Argument, Entity, Extraction, Phrase, Resolution
from rdf_records import MEETING, make_analysis, mention, phrase, predicate


@pytest.fixture
def meeting() -> tuple[list[DocumentAnalysis], Resolution]:
    """Five diplomatic facts over one document, with resolved entities."""
    t = MEETING
    s = t.split("\n\n")
    offsets = [t.index(p) for p in s]
    mentions = [
        mention(t, "Blinken", "PERSON", 0),
        mention(t, "Wang Yi", "PERSON"),
        mention(t, "Rome", "GPE"),
        mention(t, "Blinken", "PERSON", 1),
        mention(t, "Xinjiang", "GPE"),
        mention(t, "Yang", "PERSON", 0),
        mention(t, "Yang", "PERSON", 1),
        mention(t, "United States", "GPE"),
        mention(t, "US", "GPE"),
        mention(t, "Blinken", "PERSON", 2),
        mention(t, "China", "GPE"),
    ]
    keys = {
        "Blinken": "person/antony-blinken",
        "Wang Yi": "person/wang-yi",
        "Rome": "place/rome",
        "Xinjiang": "place/xinjiang",
        "Yang": "person/yang-jiechi",
        "United States": "country/united-states",
        "US": "country/united-states",
        "China": "country/china",
    }
    table = {("news/meeting.txt", m.start, m.end): keys[m.text] for m in mentions}
    entities = (
        Entity("person/antony-blinken", "Antony Blinken", "Person", alt_labels=("Blinken",),
               titles=("Secretary of State",), affiliations=("country/united-states",), mention_count=3),
        Entity("person/wang-yi", "Wang Yi", "Person", mention_count=1),
        Entity("place/rome", "Rome", "Place", mention_count=1),
        Entity("place/xinjiang", "Xinjiang", "Place", mention_count=1),
        Entity("person/yang-jiechi", "Yang Jiechi", "Person", alt_labels=("Yang",), mention_count=2),
        Entity("country/united-states", "United States", "Country", alt_labels=("US",),
               same_as=("Q30",), mention_count=2),
        Entity("country/china", "China", "Country", same_as=("Q148",), mention_count=1),
    )
    extractions = [
        Extraction(
            phrase(t, "Blinken"), predicate(t, "met", "meet"),
            (Argument("object", phrase(t, "Wang Yi")),
             Argument("prep:in", phrase(t, "Rome")),
             Argument("time", phrase(t, "30 October 2021"), literal="date")),
            0.9, "verb", sentence=0),
        Extraction(
            Phrase("Blinken", offsets[1], offsets[1] + 7, offsets[1], offsets[1] + 7),
            predicate(t, "raised", "raise"),
            (Argument("object", phrase(t, "Xinjiang")), Argument("prep:with", phrase(t, "Yang"))),
            0.8, "verb", sentence=1),
        Extraction(
            Phrase("Yang", offsets[2], offsets[2] + 4, offsets[2], offsets[2] + 4),
            predicate(t, "warned", "warn"),
            (Argument("object", phrase(t, "the United States", "United States")),
             Argument("prep:against", phrase(t, "interference"))),
            0.7, "verb", sentence=2),
        Extraction(
            phrase(t, "The US", "US"), predicate(t, "will not tolerate", "tolerate", negated=True, modality="will"),
            (Argument("object", phrase(t, "the arms embargo", "embargo")),),
            0.6, "verb", sentence=3,
            speaker=Phrase("Blinken", offsets[3] + s[3].index("Blinken"), offsets[3] + s[3].index("Blinken") + 7,
                           offsets[3] + s[3].index("Blinken"), offsets[3] + s[3].index("Blinken") + 7)),
        Extraction(
            phrase(t, "China"), predicate(t, "pledged", "pledge"),
            (Argument("object", phrase(t, "$1.5 billion", "billion"), literal="money"),
             Argument("prep:to", phrase(t, "the fund", "fund"))),
            0.75, "verb", sentence=4),
    ]
    analysis = make_analysis("news/meeting.txt", t, extractions, mentions,
                             title="Blinken meets Wang Yi", date="2021-10-31")
    return [analysis], Resolution(entities, table)


@pytest.fixture(scope="session")
def seed_graph(seeds_dir):
    """The seed articles' graph, built by kg's real pipeline once per session."""
    from kg.pipeline import build

    return build([seeds_dir], html=False).graph
