"""Analyses and resolved entities -> one rdflib.Graph under kg's ontology.

This is the only place graph terms are built. Each fact is asserted twice: a direct triple
``subject rel:<lemma> object`` (not for negated facts), and a ``kg:Statement`` node that
carries the evidence: the document, the sentence and its offsets, the extractor's version,
confidence, polarity, modality, speaker, and every argument with its role.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

import kg
from kg.namespaces import KG, PREFIXES, WD
from kg.rdf.iris import (
    argument_iri,
    document_iri,
    entity_iri,
    relation_iri,
    safe_segment,
    statement_iri,
)
from kg.rdf.link import Link, MentionIndex, index_mentions, link_phrase
from kg.rdf.literals import clean_text, date_literal, text_literal
from kg.rdf.relations import relation_triples
from kg.types import DocumentAnalysis, Entity, Extraction, Resolution, Sentence

__all__ = ["build_graph", "new_graph", "STANDARD_PREFIXES"]

STANDARD_PREFIXES = {
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "owl": OWL._NS,
    "xsd": XSD._NS,
    "skos": SKOS._NS,
    "prov": PROV._NS,
    "dcterms": DCTERMS._NS,
}
# The classes ontology/kg.ttl places under kg:Entity, by the names the resolver uses.
ENTITY_CLASSES = {
    term.removeprefix(str(KG._NS)): term
    for term in (KG.Entity, KG.Person, KG.Organization, KG.Country, KG.Place, KG.Group, KG.Event,
                 KG.Work, KG.Product, KG.Law)
}
EXTRACTOR_VERSION = f"kg {kg.__version__}"
# Roles whose argument says when, not what: never the object of the direct triple.
_CIRCUMSTANCE_ROLES = frozenset({"time"})
# Characters that structure an absolute IRI and so stay unescaped in one given to kg.
_IRI_DELIMITERS = "-_.~:/?#@!$&()*+,;="


def new_graph() -> Graph:
    """An empty graph with kg's prefixes (and the standard ones it uses) bound."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in {**STANDARD_PREFIXES, **PREFIXES}.items():
        graph.bind(prefix, namespace)
    return graph


def build_graph(analyses: Iterable[DocumentAnalysis], resolution: Resolution) -> Graph:
    """Build kg's RDF graph from document analyses and the resolver's entities.

    Args:
        analyses: one ``DocumentAnalysis`` per document (any iterable, read once).
        resolution: the canonical entities and which mention is which entity.

    Returns:
        A graph with entities, concepts, documents, relation properties, direct facts and
        statement nodes. Rebuilding from the same input gives the same IRIs.

    Example:
        >>> graph = build_graph([], Resolution(entities=()))
        >>> len(graph)
        0
    """
    graph = new_graph()
    for entity in resolution.entities:
        add_entity(graph, entity)
    mentions = index_mentions(resolution)
    concepts: dict[URIRef, set[str]] = defaultdict(set)
    for analysis in analyses:
        add_analysis(graph, analysis, mentions.get(analysis.document.id), concepts)
    for concept, labels in concepts.items():
        add_concept(graph, concept, labels)
    return graph


def add_entity(graph: Graph, entity: Entity) -> None:
    """Add an entity: its class, labels, mention count, titles, affiliations and Wikidata id."""
    node = entity_iri(entity.key)
    graph.add((node, RDF.type, _entity_class(entity.type)))
    # a label must not be empty (the shapes say so), even when the text was only control codes
    label = clean_text(entity.label) or clean_text(entity.key) or "unnamed"
    graph.add((node, RDFS.label, Literal(label)))
    for alt in sorted(set(entity.alt_labels) - {entity.label}):
        graph.add((node, SKOS.altLabel, text_literal(alt)))
    graph.add((node, KG.mentionCount, Literal(entity.mention_count, datatype=XSD.integer)))
    for title in entity.titles:
        graph.add((node, KG.holdsTitle, text_literal(title)))
    for key in entity.affiliations:
        graph.add((node, KG.affiliatedWith, entity_iri(key)))
    for same in entity.same_as:
        graph.add((node, OWL.sameAs, _wikidata_iri(same)))


def _entity_class(name: str) -> URIRef:
    """The entity class called ``name``, or kg:Entity for a name that is not one."""
    return ENTITY_CLASSES.get(name, KG.Entity)


def _wikidata_iri(value: str) -> URIRef:
    """A Wikidata IRI from ``Q42`` or an IRI already written out."""
    if value.startswith(("http://", "https://")):
        return URIRef(safe_segment(value, keep=_IRI_DELIMITERS))
    return WD[safe_segment(value)]


def add_concept(graph: Graph, concept: URIRef, labels: set[str]) -> None:
    """Add a concept with its label; other labels that minted the same IRI become altLabels."""
    first, *others = sorted(labels)
    graph.add((concept, RDF.type, KG.Concept))
    graph.add((concept, RDFS.label, text_literal(first)))
    for other in others:
        graph.add((concept, SKOS.altLabel, text_literal(other)))


def add_document(graph: Graph, analysis: DocumentAnalysis) -> URIRef:
    """Add a document node with its title, date, source file and content hash."""
    document = analysis.document
    node = document_iri(document.id)
    graph.add((node, RDF.type, KG.Document))
    graph.add((node, DCTERMS.identifier, text_literal(document.id)))
    if document.title:
        graph.add((node, DCTERMS.title, text_literal(document.title)))
    day = date_literal(document.date)
    if day is not None:
        graph.add((node, DCTERMS.date, day))
    graph.add((node, KG.sourceFile, text_literal(document.source)))
    graph.add((node, KG.contentHash, text_literal(document.content_hash)))
    if document.url and urlsplit(document.url).scheme in ("http", "https"):
        graph.add((node, DCTERMS.source, URIRef(safe_segment(document.url, keep=_IRI_DELIMITERS))))
    return node


def add_analysis(
    graph: Graph,
    analysis: DocumentAnalysis,
    mentions: MentionIndex | None,
    concepts: dict[URIRef, set[str]],
) -> None:
    """Add one document and every extraction read from it."""
    document = add_document(graph, analysis)
    sentences = {sentence.index: sentence for sentence in analysis.sentences}
    seen: set[URIRef] = set()
    for extraction in analysis.extractions:
        sentence = sentences.get(extraction.sentence) or _sentence_around(analysis, extraction)
        statement = statement_iri(analysis.document, sentence, extraction)
        if statement in seen:
            continue  # the same fact read twice from one sentence
        seen.add(statement)
        add_statement(graph, statement, document, sentence, extraction, mentions, concepts)


def _sentence_around(analysis: DocumentAnalysis, extraction: Extraction) -> Sentence:
    """The sentence containing the predicate, or the predicate's own span if none does."""
    for sentence in analysis.sentences:
        if sentence.start <= extraction.predicate.start < sentence.end:
            return sentence
    start, end = extraction.predicate.start, extraction.predicate.end
    return Sentence(extraction.sentence, start, end, analysis.document.text[start:end])


def add_statement(
    graph: Graph,
    statement: URIRef,
    document: URIRef,
    sentence: Sentence,
    extraction: Extraction,
    mentions: MentionIndex | None,
    concepts: dict[URIRef, set[str]],
) -> None:
    """Add one fact: its direct triple (unless negated) and its statement node."""
    predicate = extraction.predicate
    prop = relation_iri(predicate.lemma)
    for triple in relation_triples(predicate.lemma):
        graph.add(triple)
    subject = _linked(link_phrase(extraction.subject, mentions, sentence, allow_literal=False), concepts)
    links = [
        link_phrase(a.phrase, mentions, sentence, literal=a.literal) for a in extraction.arguments
    ]
    objects = [
        _linked(link, concepts)
        for link, argument in zip(links, extraction.arguments)
        if argument.role not in _CIRCUMSTANCE_ROLES
    ]
    if objects and not predicate.negated:
        graph.add((subject, prop, objects[0]))

    graph.add((statement, RDF.type, KG.Statement))
    graph.add((statement, RDF.subject, subject))
    graph.add((statement, RDF.predicate, prop))
    if objects:
        graph.add((statement, RDF.object, objects[0]))
    graph.add((statement, KG.predicateText, text_literal(predicate.text)))
    graph.add((statement, KG.predicateLemma, text_literal(predicate.lemma)))
    graph.add((statement, KG.sentenceText, text_literal(sentence.text)))
    graph.add((statement, PROV.wasDerivedFrom, document))
    graph.add((statement, KG.startOffset, Literal(sentence.start, datatype=XSD.integer)))
    graph.add((statement, KG.endOffset, Literal(sentence.end, datatype=XSD.integer)))
    graph.add((statement, KG.confidence, _confidence(extraction.confidence)))
    graph.add((statement, KG.negated, Literal(predicate.negated)))
    if predicate.modality:
        graph.add((statement, KG.modality, text_literal(predicate.modality)))
    graph.add((statement, KG.extractionKind, text_literal(extraction.kind)))
    graph.add((statement, KG.extractorVersion, Literal(EXTRACTOR_VERSION)))
    if extraction.speaker is not None:
        speaker = link_phrase(extraction.speaker, mentions, sentence, allow_literal=False)
        graph.add((statement, KG.speaker, _linked(speaker, concepts)))
    for position, (argument, link) in enumerate(zip(extraction.arguments, links)):
        node = argument_iri(statement, position)
        graph.add((statement, KG.argument, node))
        graph.add((node, RDF.type, KG.Argument))
        graph.add((node, KG.role, Literal(argument.role.removeprefix("prep:"))))
        graph.add((node, KG.text, text_literal(argument.phrase.text)))
        graph.add((node, KG.position, Literal(position, datatype=XSD.integer)))
        if link.kind == "literal":
            graph.add((node, KG.literalValue, link.term))
            if link.unit:
                graph.add((node, KG.unit, text_literal(link.unit)))
        else:
            graph.add((node, KG.value, _linked(link, concepts)))


def _linked(link: Link, concepts: dict[URIRef, set[str]]):
    """The link's term, remembering a concept's label so it is declared once at the end."""
    if link.kind == "concept":
        concepts[link.term].add(link.label)
    return link.term


def _confidence(value: float) -> Literal:
    """A confidence in [0, 1] as an xsd:decimal rounded to four places, in canonical form
    ("0.85", "1.0"), so rebuilding gives the same text."""
    bounded = min(max(float(value), 0.0), 1.0)
    digits = f"{bounded:.4f}".rstrip("0")
    return Literal(digits + "0" if digits.endswith(".") else digits, datatype=XSD.decimal)
