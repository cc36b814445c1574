"""The user's merge rules: names that must, or must not, be one entity.

A rules file is UTF-8 text, one rule a line, three tab-separated fields::

    # comment
    merge<TAB>Tony Blinken<TAB>Antony Blinken
    forbid<TAB>Joe Biden<TAB>Hunter Biden
    unlink<TAB>002.txt<TAB>1184

``merge`` (or ``declare``) joins every mention of the two names; ``forbid`` keeps them apart
whatever the other rules say. Names are compared by match key (case, dots and articles
ignored). ``unlink`` undoes one coreference link: the pronoun or description starting at
that character offset of that document (the ``offset`` column of merges.tsv) is left
unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

__all__ = ["MergeRules", "load_merge_rules"]


@dataclass(frozen=True)
class MergeRules:
    """A rules file's contents: name pairs to keep apart or join, and links to undo."""

    forbid: tuple[tuple[str, str], ...] = ()
    declare: tuple[tuple[str, str], ...] = ()
    unlink: tuple[tuple[str, int], ...] = ()  # (document id, character offset of the mention)

_MERGE = {"merge", "declare", "same"}
_FORBID = {"forbid", "split", "distinct"}
_UNLINK = {"unlink"}


def load_merge_rules(path: str | Path) -> MergeRules:
    """Read a rules file.

    Args:
        path: the rules file.

    Returns:
        Its MergeRules, ready for ``resolve_entities``.

    Raises:
        InputError: the file cannot be read, or a line is not
        ``merge|forbid<TAB>a<TAB>b`` or ``unlink<TAB>document<TAB>offset``.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read merge rules ({error.__class__.__name__})")
    forbid, declare, unlink = [], [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 3 or not fields[1] or not fields[2]:
            raise InputError(str(path), "expected 'merge|forbid<TAB>name<TAB>name' or "
                             "'unlink<TAB>document<TAB>offset'", line=number)
        kind = fields[0].lower()
        if kind in _MERGE:
            declare.append((fields[1], fields[2]))
        elif kind in _FORBID:
            forbid.append((fields[1], fields[2]))
        elif kind in _UNLINK:
            if not fields[2].isdigit():
                raise InputError(str(path), f"unlink wants a character offset, not {fields[2]!r}",
                                 line=number)
            unlink.append((fields[1], int(fields[2])))
        else:
            raise InputError(str(path), f"unknown rule {fields[0]!r} (use merge, forbid or unlink)",
                             line=number)
    return MergeRules(tuple(forbid), tuple(declare), tuple(unlink))
