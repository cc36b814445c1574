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

from rdf_records import make_analysis

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
    assert (REL.tolerate, RDFS.subPropertyOf, KG.relation) in graph


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
