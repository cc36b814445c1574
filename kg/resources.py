"""Where kg's shipped files are: the ontology, the shapes and the world-knowledge tables.

They live in the top-level ``ontology/`` folder of the source tree, which the wheel installs
as the package ``kg.ontology``; this module finds them either way.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ontology_file"]


def ontology_file(name: str) -> Path:
    """The path of ``ontology/<name>`` (``kg.ttl``, ``shapes.ttl``, ``data/...``)."""
    source_tree = Path(__file__).resolve().parent.parent / "ontology" / name
    if source_tree.exists():
        return source_tree
    installed = Path(__file__).resolve().parent / "ontology" / name
    if installed.exists():
        return installed
    raise FileNotFoundError(f"kg's ontology file {name!r} is missing from this installation")
