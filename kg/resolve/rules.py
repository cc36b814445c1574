"""The user's merge rules: names that must, or must not, be one entity.

A rules file is UTF-8 text, one rule a line, three tab-separated fields::

    # comment
    merge<TAB>Tony Blinken<TAB>Antony Blinken
    forbid<TAB>Joe Biden<TAB>Hunter Biden

``merge`` (or ``declare``) joins every mention of the two names; ``forbid`` keeps them apart
whatever the other rules say. Names are compared by match key (case, dots and articles
ignored).
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError

__all__ = ["load_merge_rules"]

_MERGE = {"merge", "declare", "same"}
_FORBID = {"forbid", "split", "distinct"}


def load_merge_rules(path: str | Path) -> tuple[tuple[tuple[str, str], ...],
                                                tuple[tuple[str, str], ...]]:
    """Read a rules file.

    Args:
        path: the rules file.

    Returns:
        ``(forbid, declare)``, each a tuple of name pairs, ready for ``resolve_entities``.

    Raises:
        InputError: the file cannot be read, or a line is not ``merge|forbid<TAB>a<TAB>b``.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read merge rules ({error.__class__.__name__})")
    forbid, declare = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 3 or not fields[1] or not fields[2]:
            raise InputError(str(path), "expected 'merge|forbid<TAB>name<TAB>name'", line=number)
        kind = fields[0].lower()
        if kind in _MERGE:
            declare.append((fields[1], fields[2]))
        elif kind in _FORBID:
            forbid.append((fields[1], fields[2]))
        else:
            raise InputError(str(path), f"unknown rule {fields[0]!r} (use merge or forbid)",
                             line=number)
    return tuple(forbid), tuple(declare)
