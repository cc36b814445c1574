"""kg: build a knowledge graph from text.

Documents are read (``kg.ingest``), parsed and turned into facts and mentions
(``kg.analyze``), resolved into canonical entities (``kg.resolve``), written as RDF under kg's
ontology (``kg.rdf``) and exported as Turtle and an offline HTML graph (``kg.export``,
``kg.viz``). ``kg.pipeline.build`` composes the stages.
"""

__version__ = "0.1.0"
