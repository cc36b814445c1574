"""kg's RDF model: analyses and entities -> an rdflib.Graph under kg's ontology.

``build_graph`` is the stage's entry point; ``split_by_document`` gives the same graph as a
dataset with one named graph per document (for TriG); ``iris`` mints every IRI.
"""

from kg.rdf.build import build_graph, new_graph
from kg.rdf.dataset import split_by_document
from kg.rdf.iris import concept_iri, document_iri, entity_iri, relation_iri, statement_iri

__all__ = [
    "build_graph",
    "new_graph",
    "split_by_document",
    "entity_iri",
    "concept_iri",
    "document_iri",
    "relation_iri",
    "statement_iri",
]
