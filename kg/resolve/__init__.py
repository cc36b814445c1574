"""Entity resolution: from every document's mentions to canonical, typed, stable entities.

``resolve_entities`` runs on the client and sees all documents: it clusters name mentions
across documents (``cluster``), decides each entity's type on evidence (``typing``), names it
and mints its stable key (``keys``), and maps every name mention and every pronoun or
description resolved by coreference to its entity. ``load_merge_rules`` reads the user's
overrides; ``write_merge_report`` writes every merge and its reason for the user to audit.

Example::

    resolution = resolve_entities(analyses)
    resolution.entity_at("seeds/001.txt", 120, 134)   # 'person/antony-blinken'
"""

from __future__ import annotations

from kg.resolve.entities import resolve_entities
from kg.resolve.report import format_merge_report, write_merge_report
from kg.resolve.rules import load_merge_rules

__all__ = ["resolve_entities", "load_merge_rules", "format_merge_report", "write_merge_report"]
