"""Analyses and resolved entities -> one graph under kg's ontology, written into Oxigraph as made.

This is the only place graph terms are built. Each fact is a ``kg:Statement`` node that
carries the evidence: the document, the sentence and its offsets, the extractor's version,
confidence, polarity, modality, speaker, and every argument with its role. A fact that is
really asserted between two things is also a direct triple ``subject rel:<lemma> object``
(``kg:asserted true``): not a negated one, nor one wanted rather than done ("urged Iran to
return"), a self-loop, one about an unresolved pronoun or a clause, or a possessive between
anything but two entities. Concepts are named by the noun phrase's core, so one thing met in
several sentences is one node; clause arguments link to the statements read from the clause.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
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
from kg.rdf.factuality import add_factuality
from kg.rdf.oxgraph import OxGraph
from kg.rdf.link import LEADING_WORDS, Link, MentionIndex, index_mentions, is_pronoun, link_phrase
from kg.rdf.literals import clean_text, date_literal, text_literal
from kg.rdf.relations import relation_triples
from kg.types import Argument, DocumentAnalysis, Entity, Extraction, Phrase, Resolution, Sentence

__all__ = ["build_graph", "start_graph", "add_analysis", "finish_graph", "new_graph", "STANDARD_PREFIXES"]

STANDARD_PREFIXES = {
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "owl": OWL._NS,
    "xsd": XSD._NS,
    "skos": SKOS._NS,
    "prov": PROV._NS,
    "dcterms": DCTERMS._NS,
}
_BOUND_PREFIXES = {**STANDARD_PREFIXES, **PREFIXES}  # every prefix a kg graph declares
# The classes ontology/kg.ttl places under kg:Entity, by the names the resolver uses.
ENTITY_CLASSES = {
    term.removeprefix(str(KG._NS)): term
    for term in (KG.Entity, KG.Person, KG.Organization, KG.Country, KG.Place, KG.Group, KG.Event,
                 KG.Work, KG.Product, KG.Law)
}
EXTRACTOR_VERSION = f"kg {kg.__version__}"
# Roles whose argument says when, where or by whom, not what: never the direct object.
_CIRCUMSTANCE_ROLES = frozenset({"time", "place", "agent", "purpose"})
# Roles of the things a verb acts on directly, and what a copula says its subject is.
_OBJECT_ROLES = frozenset({"object", "indirect_object", "complement"})
# Extractions the graph does not state: a title ("Secretary Blinken") is kg:holdsTitle.
_UNSTATED_KINDS = frozenset({"title"})
# Modal verbs: a fact under one of them is still asserted (with kg:modality); a fact under
# any other modality (a governing verb: "urged ... to", "called for") is not.
MODAL_VERBS = frozenset("will would shall should may might must can could ought need dare".split())
# Characters that structure an absolute IRI and so stay unescaped in one given to kg.
_IRI_DELIMITERS = "-_.~:/?#@!$&()*+,;="


def new_graph() -> Graph:
    """An empty graph with kg's prefixes (and the standard ones it uses) bound."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in _BOUND_PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def build_graph(analyses: Iterable[DocumentAnalysis], resolution: Resolution, *,
                path: str | Path | None = None) -> OxGraph:
    """Build kg's RDF graph from document analyses and the resolver's entities.

    Args:
        analyses: one ``DocumentAnalysis`` per document (any iterable, read once).
        resolution: the canonical entities and which mention is which entity.
        path: a folder to keep the graph's Oxigraph store in; ``None`` keeps it in memory.

    Returns:
        A graph with entities, concepts, documents, relation properties, direct facts and
        statement nodes, written into Oxigraph as it is made (``.to_rdflib()`` gives an
        rdflib Graph). Rebuilding from the same input gives the same IRIs.

    Example:
        >>> graph = build_graph([], Resolution(entities=()))
        >>> len(graph)
        0
    """
    graph, mentions = start_graph(resolution, path)
    concepts: dict[URIRef, set[str]] = defaultdict(set)
    for analysis in analyses:
        add_analysis(graph, analysis, mentions.get(analysis.document.id), concepts)
    finish_graph(graph, concepts)
    return graph


def start_graph(resolution: Resolution, path: str | Path | None = None) -> tuple[OxGraph, dict[str, MentionIndex]]:
    """A new graph holding the resolver's entities, and each document's mention index (what
    ``add_analysis`` needs to link that document's phrases)."""
    graph = OxGraph(path, prefixes=_BOUND_PREFIXES)
    for entity in resolution.entities:
        add_entity(graph, entity)
    return graph, index_mentions(resolution)


def finish_graph(graph: OxGraph, concepts: dict[URIRef, set[str]]) -> None:
    """Declare the concepts every document's statements met, once each."""
    for concept, labels in concepts.items():
        add_concept(graph, concept, labels)


def add_entity(graph: OxGraph, entity: Entity) -> None:
    """Add an entity: its class, labels, mention count, titles, affiliations and Wikidata id."""
    node = entity_iri(entity.key)
    graph.add((node, RDF.type, _entity_class(entity.type)))
    # a label must not be empty (the shapes say so), even when the text was only control codes
    label = clean_text(entity.label) or clean_text(entity.key) or "unnamed"
    graph.add((node, RDFS.label, Literal(label)))
    for alt in sorted(set(entity.alt_labels) - {entity.label}):
        graph.add((node, SKOS.altLabel, text_literal(alt)))
    graph.add((node, KG.mentionCount, _literal(entity.mention_count, XSD.integer)))
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


def add_concept(graph: OxGraph, concept: URIRef, labels: set[str]) -> None:
    """Add a concept with its label; other labels that minted the same IRI become altLabels."""
    first, *others = sorted(labels)
    graph.add((concept, RDF.type, KG.Concept))
    graph.add((concept, RDFS.label, text_literal(first)))
    for other in others:
        graph.add((concept, SKOS.altLabel, text_literal(other)))


def add_document(graph: OxGraph, analysis: DocumentAnalysis) -> URIRef:
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
    graph: OxGraph,
    analysis: DocumentAnalysis,
    mentions: MentionIndex | None,
    concepts: dict[URIRef, set[str]],
) -> None:
    """Add one document and every extraction read from it (a title extraction is left out:
    the title is on the entity already, as kg:holdsTitle)."""
    document = add_document(graph, analysis)
    sentences = {sentence.index: sentence for sentence in analysis.sentences}
    facts: list[tuple[URIRef, Sentence, Extraction]] = []
    seen: set[URIRef] = set()
    for extraction in analysis.extractions:
        if extraction.kind in _UNSTATED_KINDS:
            continue
        sentence = sentences.get(extraction.sentence) or _sentence_around(analysis, extraction)
        statement = statement_iri(analysis.document, sentence, extraction)
        if statement in seen:
            continue  # the same fact read twice from one sentence
        seen.add(statement)
        facts.append((statement, sentence, extraction))
    by_sentence: dict[int, list[tuple[URIRef, Sentence, Extraction]]] = defaultdict(list)
    for fact in facts:
        by_sentence[fact[2].sentence].append(fact)
    for statement, sentence, extraction in facts:
        contents = _clause_contents(statement, extraction, by_sentence[extraction.sentence])
        add_statement(graph, statement, document, sentence, extraction, mentions, concepts, contents)


def _clause_contents(
    statement: URIRef, extraction: Extraction, facts: list[tuple[URIRef, Sentence, Extraction]]
) -> dict[int, list[URIRef]]:
    """For each clause argument (by position), the statements read from that clause: those of
    ``facts`` (the statement's own sentence, so the cost stays per sentence) whose predicate
    holds the clause's head verb ("agreed to sell") or lies inside the clause ("to end the
    campaign and resolve the dispute": end, resolve)."""
    contents: dict[int, list[URIRef]] = {}
    for position, argument in enumerate(extraction.arguments):
        if not argument.clause:
            continue
        clause = argument.phrase
        contents[position] = [
            other for other, _, fact in facts
            if other != statement
            and (fact.predicate.start <= clause.head_start < fact.predicate.end
                 or clause.start <= fact.predicate.start and fact.predicate.end <= clause.end)
        ]
    return contents


def _sentence_around(analysis: DocumentAnalysis, extraction: Extraction) -> Sentence:
    """The sentence containing the predicate, or the predicate's own span if none does."""
    for sentence in analysis.sentences:
        if sentence.start <= extraction.predicate.start < sentence.end:
            return sentence
    start, end = extraction.predicate.start, extraction.predicate.end
    return Sentence(extraction.sentence, start, end, analysis.document.text[start:end])


def add_statement(
    graph: OxGraph,
    statement: URIRef,
    document: URIRef,
    sentence: Sentence,
    extraction: Extraction,
    mentions: MentionIndex | None,
    concepts: dict[URIRef, set[str]],
    contents: dict[int, list[URIRef]] | None = None,
) -> None:
    """Add one fact: its statement node and, when it asserts one, its direct triple.

    ``contents`` maps the position of a clause argument to the statements read from that
    clause, which the argument links to (kg:content).
    """
    predicate = extraction.predicate
    prop = relation_iri(predicate.lemma)
    if (prop, RDF.type, RDF.Property) not in graph:  # declared with its parents already
        for triple in relation_triples(predicate.lemma):
            graph.add(triple)
    subject_link = link_thing(extraction.subject, mentions, sentence, allow_literal=False)
    links = [
        None if argument.clause
        else link_thing(argument.phrase, mentions, sentence, literal=argument.literal)
        for argument in extraction.arguments
    ]
    subject, obj = _subject_and_object(extraction, subject_link, links, concepts)
    if obj is None and extraction.kind != "attribution":
        obj = _clause_participant(extraction, mentions, sentence, concepts)
    stateable = _asserts(extraction, subject_link, subject, obj, links)
    add_factuality(graph, statement, extraction, sentence.text,
                   (subject, prop, obj) if stateable else None)

    graph.add((statement, RDF.type, KG.Statement))
    if subject is not None:
        graph.add((statement, RDF.subject, subject))
    graph.add((statement, RDF.predicate, prop))
    if obj is not None:
        graph.add((statement, RDF.object, obj))
    graph.add((statement, KG.subjectText, text_literal(extraction.subject.text)))
    graph.add((statement, KG.predicateText, text_literal(predicate.text)))
    graph.add((statement, KG.predicateLemma, text_literal(predicate.lemma)))
    graph.add((statement, KG.sentenceText, text_literal(sentence.text)))
    graph.add((statement, PROV.wasDerivedFrom, document))
    graph.add((statement, KG.startOffset, _literal(sentence.start, XSD.integer)))
    graph.add((statement, KG.endOffset, _literal(sentence.end, XSD.integer)))
    graph.add((statement, KG.confidence, _confidence(extraction.confidence)))
    graph.add((statement, KG.negated, _literal(predicate.negated)))
    if predicate.modality:
        graph.add((statement, KG.modality, text_literal(predicate.modality)))
    graph.add((statement, KG.extractionKind, text_literal(extraction.kind)))
    graph.add((statement, KG.extractorVersion, _literal(EXTRACTOR_VERSION)))
    if extraction.speaker is not None:
        speaker = link_thing(extraction.speaker, mentions, sentence, allow_literal=False)
        if speaker is not None:
            graph.add((statement, KG.speaker, _linked(speaker, concepts)))
    for position, (argument, link) in enumerate(zip(extraction.arguments, links)):
        node = argument_iri(statement, position)
        graph.add((statement, KG.argument, node))
        graph.add((node, RDF.type, KG.Argument))
        graph.add((node, KG.role, _literal(argument.role.removeprefix("prep:"))))
        graph.add((node, KG.text, text_literal(argument.phrase.text)))
        graph.add((node, KG.position, _literal(position, XSD.integer)))
        if link is None:
            pass  # a clause or an unresolved pronoun: words, not a thing
        elif link.kind == "literal":
            graph.add((node, KG.literalValue, link.term))
            if link.unit:
                graph.add((node, KG.unit, text_literal(link.unit)))
        else:
            graph.add((node, KG.value, _linked(link, concepts)))
        for embedded in (contents or {}).get(position, ()):
            graph.add((node, KG.content, embedded))
        value = link.term if link is not None else None
        for inner in _mentioned(argument, mentions, sentence):
            if inner.term != value:
                graph.add((node, KG.mentions, _linked(inner, concepts)))


def link_thing(phrase: Phrase, mentions: MentionIndex | None, sentence: Sentence,
               literal: str | None = None, allow_literal: bool = True) -> Link | None:
    """``link_phrase`` on the phrase's noun core (a concept is named by its core), or None for
    an unresolved pronoun, which names nothing the graph knows."""
    link = link_phrase(phrase, mentions, sentence, literal=literal, allow_literal=allow_literal)
    if link.kind != "concept":
        return link
    if is_pronoun(phrase.text) or phrase.text.lower() in LEADING_WORDS:
        return None  # "it", or a lone "a" the parser left as a subject
    if phrase.core is not None:
        return link_phrase(phrase.core, None, sentence)
    return link


def _mentioned(argument: Argument, mentions: MentionIndex | None, sentence: Sentence) -> list[Link]:
    """The entities named inside an argument and the concepts a clause argument is about."""
    found = []
    if mentions is not None:
        found += [Link("entity", entity_iri(key))
                  for key in mentions.entities_within(argument.phrase.start, argument.phrase.end)]
    for noun in argument.nouns:
        link = link_thing(noun, mentions, sentence, allow_literal=False)
        if link is not None:
            found.append(link)
    return found


def _subject_and_object(extraction: Extraction, subject_link: Link | None,
                        links: list[Link | None], concepts: dict[URIRef, set[str]]):
    """The doer and the thing done to, as graph terms (either may be None).

    A passive's logical subject is its agent ("signed by both governments") and its surface
    subject the object; with no agent, the doer is unknown. Otherwise the object is the first
    argument that is a thing: not a clause, a time, a place or a pronoun; and when the fact
    has a clause argument, only an object or complement ("told reporters that ...").
    """
    arguments = extraction.arguments
    if extraction.kind == "passive":
        agent = next((link for link, a in zip(links, arguments) if a.role == "agent" and link), None)
        subject = _linked(agent, concepts) if agent is not None and agent.kind != "literal" else None
        return subject, _linked(subject_link, concepts) if subject_link is not None else None
    subject = _linked(subject_link, concepts) if subject_link is not None else None
    # Beside a clause ("said in a statement that ..."), only a true object is what the fact
    # is about ("told reporters that ...").
    reports = any(a.clause and not _is_circumstance(a) for a in arguments)
    obj = next((_linked(link, concepts) for link, a in zip(links, arguments)
                if link is not None and not _is_circumstance(a)
                and (not reports or a.role in _OBJECT_ROLES)), None)
    return subject, obj


# Words opening an adverbial clause (its role is "prep:<word>"): circumstances, not objects.
_SUBORDINATORS = frozenset("if unless because while whereas although though when whenever as since "
                           "after before until till once so lest".split())


def _is_circumstance(argument) -> bool:
    """A time, place, agent or purpose, or a clause opened by a subordinator ("when X left")."""
    return argument.role in _CIRCUMSTANCE_ROLES or (
        argument.role.startswith("prep:") and argument.role[5:] in _SUBORDINATORS)


def _clause_participant(extraction: Extraction, mentions: MentionIndex | None, sentence: Sentence,
                        concepts: dict[URIRef, set[str]]):
    """The main participant of a clause object ("called for the embargo to be lifted": the
    embargo), which the governing verb's relation reaches directly; the nested statement stays.
    Only a clause under a preposition: what is said or stressed ("stressed the US will ...")
    is not what the speaker acts on."""
    for argument in extraction.arguments:
        if not argument.clause or argument.role in _CIRCUMSTANCE_ROLES or not argument.nouns:
            continue
        if not argument.role.startswith("prep:") or argument.role[5:] in _SUBORDINATORS:
            continue  # a content clause ("stressed (that) X will") or a circumstance ("if X wins")
        link = link_thing(argument.nouns[0], mentions, sentence, allow_literal=False)
        if link is not None:
            return _linked(link, concepts)
    return None


def _asserts(extraction: Extraction, subject_link: Link | None, subject, obj,
             links: list[Link | None]) -> bool:
    """Whether the fact is asserted as a direct triple.

    Not when it is negated; when subject or object is missing or the same node; when its
    modality is a governing verb rather than a modal ("urged Iran to return": Iran has not
    returned); nor for a possessive unless it joins two entities ("China's top diplomat Yang
    Jiechi"), since "X has Y" between anything else says too little to be a fact of the graph;
    nor for "X is Y" between two distinct entities.
    """
    if extraction.predicate.negated or subject is None or obj is None or subject == obj:
        return False
    modality = extraction.predicate.modality
    if modality and modality not in MODAL_VERBS:
        return False
    object_link = next((link for link in links if link is not None and link.term == obj), None)
    both_entities = (subject_link is not None and subject_link.kind == "entity"
                     and object_link is not None and object_link.kind == "entity")
    if extraction.kind == "possessive":
        return both_entities
    # "X is Y" between two things the resolver keeps apart is a misreading ("his counterpart
    # in Beijing, Yang" read as Beijing is Yang): what X is, is a concept ("top diplomat").
    return not (extraction.predicate.lemma == "be" and both_entities)


def _linked(link: Link, concepts: dict[URIRef, set[str]]):
    """The link's term, remembering a concept's label so it is declared once at the end."""
    if link.kind == "concept":
        concepts[link.term].add(link.label)
    return link.term


@lru_cache(maxsize=4096)
def _confidence(value: float) -> Literal:
    """A confidence in [0, 1] as an xsd:decimal rounded to four places, in canonical form
    ("0.85", "1.0"), so rebuilding gives the same text."""
    bounded = min(max(float(value), 0.0), 1.0)
    digits = f"{bounded:.4f}".rstrip("0")
    return Literal(digits + "0" if digits.endswith(".") else digits, datatype=XSD.decimal)


@lru_cache(maxsize=8192, typed=True)  # typed: Literal(1) is an integer, Literal(True) a boolean
def _literal(value, datatype: URIRef | None = None) -> Literal:
    """``Literal(value, datatype=datatype)``, made once per value: the same offsets, positions
    and roles recur in every document, and making a Literal costs more than adding it."""
    return Literal(value, datatype=datatype)
