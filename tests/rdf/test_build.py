"""build_graph implements kg's RDF model: direct facts, statement nodes, entities, documents."""

from __future__ import annotations

from decimal import Decimal

from rdflib import OWL, RDF, RDFS, XSD, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.namespaces import KG, REL, WD
from kg.rdf import build_graph
from kg.rdf.iris import concept_iri, document_iri, entity_iri
from kg.types import Argument, Extraction, Phrase, Predicate, Resolution

from rdf_records import make_analysis, phrase, predicate

BLINKEN = entity_iri("person/antony-blinken")
WANG = entity_iri("person/wang-yi")
YANG = entity_iri("person/yang-jiechi")
USA = entity_iri("country/united-states")
XINJIANG = entity_iri("place/xinjiang")


def statement_of(graph, subject, predicate):
    """The one statement node with this subject and predicate."""
    found = [
        s for s in graph.subjects(RDF.type, KG.Statement)
        if (s, RDF.subject, subject) in graph and (s, RDF.predicate, predicate) in graph
    ]
    assert len(found) == 1, found
    return found[0]


def argument_values(graph, statement):
    """role -> value (entity/concept IRI or literal) of a statement's arguments."""
    values = {}
    for argument in graph.objects(statement, KG.argument):
        role = str(graph.value(argument, KG.role))
        values[role] = graph.value(argument, KG.value) or graph.value(argument, KG.literalValue)
    return values


def test_a_fact_is_a_direct_triple_between_entities(meeting):
    graph = build_graph(*meeting)
    assert (BLINKEN, REL.meet, WANG) in graph
    assert (YANG, REL.warn, USA) in graph


def test_the_statement_node_repeats_the_direct_triple_and_carries_the_evidence(meeting):
    graph = build_graph(*meeting)
    statement = statement_of(graph, BLINKEN, REL["raise"])
    assert (statement, RDF.object, XINJIANG) in graph
    assert (BLINKEN, REL["raise"], XINJIANG) in graph
    assert str(graph.value(statement, KG.sentenceText)) == "Blinken raised Xinjiang with Yang."
    assert graph.value(statement, PROV.wasDerivedFrom) == document_iri("news/meeting.txt")
    text = meeting[0][0].document.text
    start = graph.value(statement, KG.startOffset).toPython()
    end = graph.value(statement, KG.endOffset).toPython()
    assert text[start:end] == "Blinken raised Xinjiang with Yang."
    assert graph.value(statement, KG.confidence).toPython() == Decimal("0.8")
    assert str(graph.value(statement, KG.predicateText)) == "raised"
    assert graph.value(statement, KG.extractorVersion) is not None


def test_nary_arguments_keep_their_roles(meeting):
    graph = build_graph(*meeting)
    statement = statement_of(graph, BLINKEN, REL["raise"])
    assert argument_values(graph, statement) == {"object": XINJIANG, "with": YANG}


def test_a_negated_fact_has_a_statement_but_no_direct_triple(meeting):
    graph = build_graph(*meeting)
    statement = statement_of(graph, USA, REL.tolerate)
    assert graph.value(statement, KG.negated) == Literal(True)
    assert str(graph.value(statement, KG.modality)) == "will"
    assert not list(graph.triples((None, REL.tolerate, None)))


def test_reported_speech_names_its_speaker(meeting):
    graph = build_graph(*meeting)
    statement = statement_of(graph, USA, REL.tolerate)
    assert graph.value(statement, KG.speaker) == BLINKEN


def test_non_entity_arguments_become_labelled_concepts(meeting):
    graph = build_graph(*meeting)
    embargo = concept_iri("arms embargo")
    assert (embargo, RDF.type, KG.Concept) in graph
    assert graph.value(embargo, RDFS.label) == Literal("arms embargo")


def test_dates_and_amounts_are_typed_literals(meeting):
    graph = build_graph(*meeting)
    met = argument_values(graph, statement_of(graph, BLINKEN, REL.meet))
    assert met["time"] == Literal("2021-10-30", datatype=XSD.date)
    assert met["in"] == entity_iri("place/rome")
    pledge = statement_of(graph, entity_iri("country/china"), REL.pledge)
    money = [a for a in graph.objects(pledge, KG.argument) if graph.value(a, KG.role) == Literal("object")][0]
    assert graph.value(money, KG.literalValue).toPython() == Decimal("1500000000")
    assert graph.value(money, KG.unit) == Literal("$")


def test_a_time_argument_is_never_the_direct_object(meeting):
    graph = build_graph(*meeting)
    assert not [o for o in graph.objects(BLINKEN, REL.meet) if isinstance(o, Literal)]


def test_entities_carry_type_labels_counts_titles_affiliations_and_wikidata(meeting):
    graph = build_graph(*meeting)
    assert (BLINKEN, RDF.type, KG.Person) in graph
    assert graph.value(BLINKEN, RDFS.label) == Literal("Antony Blinken")
    assert (BLINKEN, SKOS.altLabel, Literal("Blinken")) in graph
    assert graph.value(BLINKEN, KG.mentionCount) == Literal(3, datatype=XSD.integer)
    assert (BLINKEN, KG.holdsTitle, Literal("Secretary of State")) in graph
    assert (BLINKEN, KG.affiliatedWith, USA) in graph
    assert (USA, OWL.sameAs, WD.Q30) in graph
    assert (USA, RDF.type, KG.Country) in graph


def test_documents_carry_title_date_source_and_hash(meeting):
    graph = build_graph(*meeting)
    document = document_iri("news/meeting.txt")
    assert (document, RDF.type, KG.Document) in graph
    assert graph.value(document, DCTERMS.title) == Literal("Blinken meets Wang Yi")
    assert graph.value(document, DCTERMS.date) == Literal("2021-10-31", datatype=XSD.date)
    assert graph.value(document, KG.sourceFile) == Literal("/data/news/meeting.txt")
    assert len(str(graph.value(document, KG.contentHash))) == 64


def test_relation_properties_are_labelled_under_the_hierarchy(meeting):
    graph = build_graph(*meeting)
    assert (REL.meet, RDFS.subPropertyOf, REL.communicate) in graph
    assert (REL.communicate, RDFS.subPropertyOf, KG.relation) in graph
    assert graph.value(REL.meet, RDFS.label) == Literal("meet")
    # not in the curated table: WordNet's tolerate ("put up with") is a kind of consent
    assert (REL.tolerate, RDFS.subPropertyOf, REL.agree) in graph
    assert (REL.agree, RDFS.subPropertyOf, KG.relation) in graph


def test_rebuilding_gives_the_same_graph_and_iris(meeting):
    first, second = build_graph(*meeting), build_graph(*meeting)
    assert isomorphic(first, second)
    assert set(first.subjects(RDF.type, KG.Statement)) == set(second.subjects(RDF.type, KG.Statement))


def test_a_fact_read_twice_from_one_sentence_is_one_statement(meeting):
    analyses, resolution = meeting
    analysis = analyses[0]
    doubled = type(analysis)(analysis.document, analysis.sentences, analysis.mentions,
                             analysis.extractions + analysis.extractions[:1])
    graph = build_graph([doubled], resolution)
    assert len(set(graph.subjects(RDF.type, KG.Statement))) == len(analysis.extractions)


def test_an_unresolved_subject_becomes_a_concept():
    text = "The talks ended."
    extraction = Extraction(Phrase("The talks", 0, 9, 4, 9), Predicate("ended", "end", 10, 15), (), 0.5, "verb")
    graph = build_graph([make_analysis("t.txt", text, [extraction])], Resolution(()))
    statement = next(graph.subjects(RDF.type, KG.Statement))
    assert graph.value(statement, RDF.subject) == concept_iri("talks")
    assert graph.value(statement, RDF.object) is None


def test_an_entity_type_the_ontology_lacks_falls_back_to_entity():
    from kg.types import Entity

    graph = build_graph([], Resolution((Entity("thing/x", "X", "Spaceship"), Entity("thing/y", "Y", "Statement"))))
    assert (entity_iri("thing/x"), RDF.type, KG.Entity) in graph
    assert (entity_iri("thing/y"), RDF.type, KG.Entity) in graph


def test_every_entity_class_is_under_kg_entity_in_the_ontology():
    from rdflib import Graph

    from kg.rdf.build import ENTITY_CLASSES
    from kg.resources import ontology_file

    ontology = Graph().parse(ontology_file("kg.ttl"))
    for term in ENTITY_CLASSES.values():
        assert KG.Entity in set(ontology.transitive_objects(term, RDFS.subClassOf)), term


def test_an_argument_role_keeps_its_preposition_without_the_prefix(meeting):
    graph = build_graph(*meeting)
    roles = {str(r) for r in graph.objects(None, KG.role)}
    assert {"object", "with", "in", "time", "against", "to"} <= roles
    assert not any(role.startswith("prep:") for role in roles)


def test_literal_objects_use_the_extractors_kind():
    text = "Sales rose 25 percent."
    start = text.index("25 percent")
    extraction = Extraction(
        Phrase("Sales", 0, 5, 0, 5), Predicate("rose", "rise", 6, 10),
        (Argument("object", Phrase("25 percent", start, start + 10, start, start + 10), literal="percent"),),
        0.5, "verb",
    )
    graph = build_graph([make_analysis("p.txt", text, [extraction])], Resolution(()))
    assert (concept_iri("sales"), REL.rise, Literal(Decimal(25), datatype=XSD.decimal)) in graph


# --- which facts become direct triples, and what concepts are named ---------------------------

def _graph(text, extractions, names=()):
    """The graph of a one-paragraph text whose ``names`` (word, key) are resolved entities."""
    from kg.types import Entity

    import re

    table = {}
    for word, key in names:  # every occurrence of the word is the entity
        for found in re.finditer(re.escape(word), text):
            table[("n.txt", found.start(), found.end())] = key
    entities = tuple(Entity(key, key.split("/")[1], "Person") for key in {k for _, k in names})
    return build_graph([make_analysis("n.txt", text, extractions)], Resolution(entities, table))


def _phrase(text, words, head=None, core=None):
    found = phrase(text, words, head)
    if core is None:
        return found
    start = text.index(core, found.start)
    core_phrase = Phrase(core, start, start + len(core), start + len(core) - len(core.split()[-1]), start + len(core))
    return Phrase(found.text, found.start, found.end, found.head_start, found.head_end, core=core_phrase)


def _direct(graph):
    return {(s, p, o) for s, p, o in graph if str(p).startswith(str(REL))}


def test_a_clause_argument_links_to_its_statement_and_is_no_concept():
    text = "Lee said that Park would visit Seoul."
    said = Extraction(phrase(text, "Lee"), predicate(text, "said", "say"),
                      (Argument("complement", phrase(text, "Park would visit Seoul", "visit"), clause=True),),
                      0.8, "attribution")
    visit = Extraction(phrase(text, "Park"), predicate(text, "would visit", "visit", modality="would"),
                       (Argument("object", phrase(text, "Seoul")),), 0.7, "verb", speaker=phrase(text, "Lee"))
    graph = _graph(text, [said, visit], [("Lee", "person/lee"), ("Park", "person/park"), ("Seoul", "person/seoul")])
    lee, park, seoul = (entity_iri(f"person/{n}") for n in ("lee", "park", "seoul"))
    # reported by Lee: the direct triple is under the reported form of the relation
    assert _direct(graph) == {(park, REL.reported_visit, seoul)}
    assert (park, REL.visit, seoul) not in graph
    speech = statement_of(graph, lee, REL.say)
    (argument,) = graph.objects(speech, KG.argument)
    assert graph.value(argument, KG.value) is None
    assert graph.value(argument, KG.content) == statement_of(graph, park, REL.visit)
    assert set(graph.objects(argument, KG.mentions)) == {park, seoul}
    assert not set(graph.subjects(RDF.type, KG.Concept))


def test_beside_a_clause_only_a_true_object_is_the_direct_object():
    text = "Lee said in a statement that talks resumed."
    said = Extraction(phrase(text, "Lee"), predicate(text, "said", "say"),
                      (Argument("prep:in", phrase(text, "a statement", "statement")),
                       Argument("complement", phrase(text, "talks resumed", "resumed"), clause=True)),
                      0.8, "attribution")
    graph = _graph(text, [said], [("Lee", "person/lee")])
    assert not _direct(graph)


def test_a_concept_is_named_by_the_noun_core_and_shared_across_phrases():
    text = "Kim filed an initial public offering of shares.\n\nThe initial public offering grew."
    filed = Extraction(phrase(text, "Kim"), predicate(text, "filed", "file"),
                       (Argument("object", _phrase(text, "an initial public offering of shares", "offering",
                                                   core="initial public offering")),), 0.8, "verb", sentence=0)
    second = text.index("The initial")
    grew = Extraction(Phrase("The initial public offering", second, second + 27, second + 19, second + 27,
                             core=Phrase("initial public offering", second + 4, second + 27, second + 19, second + 27)),
                      predicate(text, "grew", "grow"), (), 0.8, "verb", sentence=1)
    graph = _graph(text, [filed, grew], [("Kim", "person/kim")])
    offering = concept_iri("initial public offering")
    assert (entity_iri("person/kim"), REL.file, offering) in graph
    assert set(graph.subjects(RDF.type, KG.Concept)) == {offering}
    argument = next(graph.subjects(KG.value, offering))
    assert str(graph.value(argument, KG.text)) == "an initial public offering of shares"


def test_a_gerund_argument_mentions_the_concepts_inside_it_and_reaches_its_participant():
    text = "Kim called for lifting the arms embargo."
    start = text.index("arms embargo")
    noun = Phrase("arms embargo", start, start + 12, start + 5, start + 12)
    called = Extraction(phrase(text, "Kim"), predicate(text, "called for", "call_for"),
                        (Argument("prep:for", phrase(text, "lifting the arms embargo", "lifting"), clause=True,
                                  nouns=(noun,)),), 0.8, "verb")
    graph = _graph(text, [called], [("Kim", "person/kim")])
    argument = next(graph.subjects(RDF.type, KG.Argument))
    assert set(graph.objects(argument, KG.mentions)) == {concept_iri("arms embargo")}
    # The clause object's main participant gets the governing verb's edge (issue 13).
    assert _direct(graph) == {(entity_iri("person/kim"), REL.call_for, concept_iri("arms embargo"))}


def test_a_passive_asserts_its_agent_as_the_doer():
    text = "The treaty was signed by Lee."
    signed = Extraction(_phrase(text, "The treaty", "treaty", core="treaty"), predicate(text, "was signed", "sign"),
                        (Argument("agent", phrase(text, "Lee")),), 0.8, "passive")
    graph = _graph(text, [signed], [("Lee", "person/lee")])
    assert _direct(graph) == {(entity_iri("person/lee"), REL.sign, concept_iri("treaty"))}


def test_a_passive_without_agent_has_no_doer():
    text = "The treaty was signed in Rome."
    signed = Extraction(_phrase(text, "The treaty", "treaty", core="treaty"), predicate(text, "was signed", "sign"),
                        (Argument("place", phrase(text, "Rome")),), 0.8, "passive")
    graph = _graph(text, [signed])
    statement = next(graph.subjects(RDF.type, KG.Statement))
    assert not _direct(graph)
    assert graph.value(statement, RDF.subject) is None
    assert graph.value(statement, RDF.object) == concept_iri("treaty")


def test_a_place_is_a_circumstance_not_the_object():
    text = "Lee met in Rome."
    met = Extraction(phrase(text, "Lee"), predicate(text, "met", "meet"),
                     (Argument("place", phrase(text, "Rome")),), 0.8, "verb")
    graph = _graph(text, [met], [("Lee", "person/lee"), ("Rome", "person/rome")])
    assert not _direct(graph)


def test_a_fact_under_a_governing_verb_is_not_asserted_but_one_under_a_modal_is():
    text = "Park to return.\n\nPark will return home."
    urged = Extraction(phrase(text, "Park"), predicate(text, "to return", "return", modality="urge"),
                       (Argument("object", _phrase(text, "return.", "return", core="return")),), 0.6, "control",
                       sentence=0)
    will = Extraction(Phrase("Park", 17, 21, 17, 21), predicate(text, "will return", "return", modality="will"),
                      (Argument("object", phrase(text, "home")),), 0.6, "verb", sentence=1)
    graph = _graph(text, [urged, will], [("Park", "person/park")])
    assert _direct(graph) == {(entity_iri("person/park"), REL["return"], concept_iri("home"))}
    assert set(graph.objects(None, KG.asserted)) == {Literal(True), Literal(False)}


def test_self_loops_and_title_extractions_are_not_direct_facts():
    text = "Secretary Lee met Lee."
    loop = Extraction(phrase(text, "Secretary Lee", "Lee"), predicate(text, "met", "meet"),
                      (Argument("object", Phrase("Lee", 18, 21, 18, 21)),), 0.5, "verb")
    title = Extraction(phrase(text, "Secretary Lee", "Lee"), Predicate("is", "be", 0, 0),
                       (Argument("complement", phrase(text, "Secretary")),), 0.5, "title")
    graph = _graph(text, [loop, title], [("Lee", "person/lee")])
    assert not _direct(graph)
    assert len(set(graph.subjects(RDF.type, KG.Statement))) == 1


def test_an_unresolved_pronoun_is_no_concept_and_no_subject():
    text = "It raised funds."
    raised = Extraction(phrase(text, "It"), predicate(text, "raised", "raise"),
                        (Argument("object", phrase(text, "funds")),), 0.5, "verb")
    graph = _graph(text, [raised])
    statement = next(graph.subjects(RDF.type, KG.Statement))
    assert not _direct(graph)
    article = Extraction(phrase(text, "It"), predicate(text, "raised", "raise"),
                         (Argument("object", Phrase("a", 0, 1, 0, 1)),), 0.5, "verb")
    assert not set(_graph(text, [article]).subjects(RDF.type, KG.Concept))
    assert graph.value(statement, RDF.subject) is None
    assert str(graph.value(statement, KG.subjectText)) == "It"
    assert set(graph.subjects(RDF.type, KG.Concept)) == {concept_iri("funds")}


def test_a_possessive_is_a_direct_fact_only_between_two_entities():
    text = "Lee's adviser Park.\n\nLee's plans."
    between = Extraction(phrase(text, "Lee"), Predicate("has", "have", 6, 6),
                         (Argument("object", phrase(text, "adviser Park", "Park")),), 0.3, "possessive", sentence=0)
    second = text.index("Lee's plans")
    plans = Extraction(Phrase("Lee", second, second + 3, second, second + 3), Predicate("has", "have", second, second),
                       (Argument("object", phrase(text, "plans")),), 0.3, "possessive", sentence=1)
    graph = _graph(text, [between, plans], [("Lee", "person/lee"), ("Park", "person/park")])
    assert _direct(graph) == {(entity_iri("person/lee"), REL.have, entity_iri("person/park"))}



def test_is_between_two_distinct_entities_is_not_a_direct_fact_but_is_with_a_concept():
    text = "Lee is Park.\n\nLee is a senator."
    same = Extraction(phrase(text, "Lee"), predicate(text, "is", "be"),
                      (Argument("complement", phrase(text, "Park")),), 0.5, "apposition", sentence=0)
    second = text.index("Lee is a")
    senator = Extraction(Phrase("Lee", second, second + 3, second, second + 3),
                         Predicate("is", "be", second + 4, second + 6),
                         (Argument("complement", _phrase(text, "a senator", "senator", core="senator")),),
                         0.5, "copula", sentence=1)
    graph = _graph(text, [same, senator], [("Lee", "person/lee"), ("Park", "person/park")])
    assert _direct(graph) == {(entity_iri("person/lee"), REL.be, concept_iri("senator"))}


def test_a_complement_beside_a_clause_is_still_the_object():
    text = "The deal would be the largest since talks began."
    deal = Extraction(_phrase(text, "The deal", "deal", core="deal"), predicate(text, "would be", "be", modality="would"),
                      (Argument("complement", _phrase(text, "the largest", "largest", core="largest")),
                       Argument("prep:since", phrase(text, "since talks began", "began"), clause=True)),
                      0.5, "copula")
    graph = _graph(text, [deal])
    assert _direct(graph) == {(concept_iri("deal"), REL.be, concept_iri("largest"))}


def test_a_clause_argument_links_to_every_statement_read_inside_it():
    text = "Lee urged Park to end the feud and sign the pact."
    urged = Extraction(phrase(text, "Lee"), predicate(text, "urged", "urge"),
                       (Argument("object", phrase(text, "Park")),
                        Argument("complement", phrase(text, "to end the feud and sign the pact", "end"), clause=True)),
                       0.8, "verb")
    end = Extraction(phrase(text, "Park"), predicate(text, "to end", "end", modality="urge"),
                     (Argument("object", phrase(text, "the feud", "feud")),), 0.6, "control")
    sign = Extraction(phrase(text, "Park"), predicate(text, "sign", "sign", modality="urge"),
                      (Argument("object", phrase(text, "the pact", "pact")),), 0.6, "verb")
    graph = _graph(text, [urged, end, sign], [("Lee", "person/lee"), ("Park", "person/park")])
    lee, park = entity_iri("person/lee"), entity_iri("person/park")
    assert _direct(graph) == {(lee, REL.urge, park)}
    clause = next(a for a in graph.subjects(RDF.type, KG.Argument) if graph.value(a, KG.role) == Literal("complement"))
    assert set(graph.objects(clause, KG.content)) == {statement_of(graph, park, REL.end), statement_of(graph, park, REL.sign)}


def test_a_purpose_or_when_clause_does_not_hide_the_prepositional_object():
    text = "Lee travelled to Rome to meet Kim when talks resumed."
    travelled = Extraction(phrase(text, "Lee"), predicate(text, "travelled to", "travel_to"),
                           (Argument("prep:to", phrase(text, "Rome")),
                            Argument("purpose", phrase(text, "to meet Kim", "meet"), clause=True),
                            Argument("prep:when", phrase(text, "when talks resumed", "resumed"), clause=True)),
                           0.8, "verb")
    graph = _graph(text, [travelled], [("Lee", "person/lee"), ("Rome", "place/rome"), ("Kim", "person/kim")])
    assert _direct(graph) == {(entity_iri("person/lee"), REL.travel_to, entity_iri("place/rome"))}
