"""The merge report: every surface form an entity absorbed, and why, as a TSV a user can audit.

A bad merge found here is undone with a ``forbid`` line in a merge-rules file (see
``kg.resolve.rules``), a missed one made with ``merge``, a wrong pronoun or description link
with ``unlink<TAB>document<TAB>offset``::

    entity	label	surface	reason	document	offset
    person/antony-blinken	Antony Blinken	Blinken	surname	001.txt
    person/yang-jiechi	Yang Jiechi	his Chinese counterpart	coreference:description:country	002.txt	1184

One row per entity, surface form, reason and document: a form merged in three documents has
three rows. A pronoun or description has a row per use, with its character offset. Reasons: ``alias-table`` (a shipped alias or country name), ``surname``,
``short-form``, ``acronym``, ``middle-initial``, ``country-prefix``, ``name`` (the same name
in another document), ``declared`` (a user's merge rule), ``title`` (a description matched
to a title the person holds) and ``coreference:<rule>`` for pronouns and descriptions, the
rule being kg.coref's (``pronoun:subject``, ``description:apposition``, ...).
"""

from __future__ import annotations

from pathlib import Path

from kg.atomic import write_text_atomically
from kg.types import MergeRecord, Resolution

__all__ = ["format_merge_report", "write_merge_report"]

_HEADER = ("entity", "label", "surface", "reason", "document", "offset")


def format_merge_report(resolution: Resolution) -> str:
    """The merge report as TSV text, one line per (entity, surface, reason, document), sorted.

    Example::

        print(format_merge_report(resolve_entities(analyses)))
    """
    rows = ["\t".join(_HEADER)]
    for entity in resolution.entities:
        for merge in sorted(entity.merges, key=MergeRecord.sort_key):
            offset = "" if merge.offset is None else str(merge.offset)
            fields = (entity.key, entity.label, merge.surface, merge.reason, merge.document, offset)
            rows.append("\t".join(_clean(f) for f in fields))
    return "\n".join(rows) + "\n"


def write_merge_report(resolution: Resolution, path: str | Path) -> Path:
    """Write the merge report to ``path`` atomically (a temporary file, then a rename)."""
    return write_text_atomically(path, format_merge_report(resolution))


def _clean(text: str) -> str:
    return " ".join(str(text).split())  # no tab or newline may break a row
