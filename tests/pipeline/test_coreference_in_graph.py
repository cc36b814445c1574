"""Facts said of a pronoun land on the entity the pronoun means, end to end."""

from __future__ import annotations

from rdflib import RDFS

from kg.namespaces import ENTITY, REL
from kg.pipeline import build


def test_a_fact_about_she_attaches_to_the_person_she_refers_to(tmp_path):
    article = tmp_path / "visit.txt"
    article.write_text(
        "Angela Merkel visited Paris on Monday. She met Emmanuel Macron at the Elysee Palace.\n",
        encoding="utf-8",
    )
    graph = build([article], html=False).graph
    met = {
        (str(graph.value(s, RDFS.label)), str(graph.value(o, RDFS.label)))
        for s, o in graph.subject_objects(REL["meet"])
        if str(s).startswith(str(ENTITY))
    }
    assert met == {("Angela Merkel", "Emmanuel Macron")}
