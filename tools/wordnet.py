"""A small reader of the WordNet 3.0 database files (wndb(5)): senses, hypernyms, derivations.

Debian's ``wordnet-base`` puts them in ``/usr/share/wordnet``. nltk's reader would need a
``lexnames`` file Debian does not ship and refuses paths outside its data folders, and the
generator needs only three things, so reading the text format directly is simpler.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

__all__ = ["Synset", "WordNet", "DEFAULT_DIR"]

DEFAULT_DIR = Path("/usr/share/wordnet")
_POS_FILES = {"v": "verb", "n": "noun"}
_POS_NUMBER = {"n": 1, "v": 2}  # ss_type as sense keys write it


@dataclass(frozen=True)
class Synset:
    """One synset: its words (lowercase, ``_`` for spaces), lexicographer file and pointers."""

    pos: str
    offset: int
    lex_file: int
    words: tuple[tuple[str, int], ...]  # (word, lex_id)
    pointers: tuple[tuple[str, str, int, int, int], ...]  # (symbol, pos, offset, source, target)
    gloss: str

    @property
    def key(self) -> tuple[str, int]:
        return self.pos, self.offset

    def sense_key(self, word: str) -> str:
        """The sense key of ``word`` in this synset, as cntlist.rev writes it."""
        lex_id = next(i for w, i in self.words if w == word)
        return f"{word}%{_POS_NUMBER[self.pos]}:{self.lex_file:02d}:{lex_id:02d}::"


def _parse_synset(pos: str, line: str) -> Synset:
    data, _, gloss = line.partition(" | ")
    fields = data.split()
    offset, lex_file, count = int(fields[0]), int(fields[1]), int(fields[3], 16)
    words = tuple((fields[4 + 2 * i].lower(), int(fields[5 + 2 * i], 16)) for i in range(count))
    at = 4 + 2 * count
    pointers = []
    for _ in range(int(fields[at])):
        symbol, target, target_pos, source_target = fields[at + 1:at + 5]
        pointers.append((symbol, "v" if target_pos == "v" else "n" if target_pos == "n" else target_pos,
                         int(target), int(source_target[:2], 16), int(source_target[2:], 16)))
        at += 4
    return Synset(pos, offset, lex_file, words, tuple(pointers), gloss.strip())


class WordNet:
    """Verbs and nouns of a WordNet 3.0 database folder.

    >>> wn = WordNet()  # doctest: +SKIP
    >>> [s.words[0][0] for s in wn.senses("condemn", "v")][:2]  # doctest: +SKIP
    ['condemn', 'condemn']
    """

    def __init__(self, folder: Path = DEFAULT_DIR) -> None:
        self.folder = Path(folder)

    @cached_property
    def _synsets(self) -> dict[tuple[str, int], Synset]:
        synsets = {}
        for pos, name in _POS_FILES.items():
            for line in (self.folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
                if not line.startswith("  "):  # the licence header is indented by two spaces
                    synset = _parse_synset(pos, line)
                    synsets[synset.key] = synset
        return synsets

    @cached_property
    def _index(self) -> dict[tuple[str, str], tuple[int, ...]]:
        index = {}
        for pos, name in _POS_FILES.items():
            for line in (self.folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
                if line.startswith("  "):
                    continue
                fields = line.split()
                senses = int(fields[2])
                index[fields[0], pos] = tuple(int(f) for f in fields[-senses:])
        return index

    @cached_property
    def _counts(self) -> dict[str, int]:
        counts = {}
        for line in (self.folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():
            key, _, count = line.split()
            counts[key] = int(count)
        return counts

    def lemmas(self, pos: str) -> list[str]:
        """Every lemma of ``pos`` ("v" or "n"), sorted."""
        return sorted(lemma for lemma, p in self._index if p == pos)

    def senses(self, lemma: str, pos: str) -> list[Synset]:
        """``lemma``'s synsets of ``pos`` in WordNet's order, most frequent first."""
        return [self._synsets[pos, offset] for offset in self._index.get((lemma, pos), ())]

    def synset(self, pos: str, offset: int) -> Synset:
        return self._synsets[pos, offset]

    def count(self, lemma: str, synset: Synset) -> int:
        """How often ``lemma`` was tagged in this sense in WordNet's semantic concordance."""
        return self._counts.get(synset.sense_key(lemma), 0)

    def hypernyms(self, synset: Synset) -> list[Synset]:
        return [self._synsets[p, o] for s, p, o, _, _ in synset.pointers if s in ("@", "@i")]

    def derived_verbs(self, lemma: str, synset: Synset) -> list[tuple[str, Synset]]:
        """The verb senses WordNet derives ``lemma``'s word in ``synset`` from (pointer ``+``)."""
        position = 1 + [w for w, _ in synset.words].index(lemma)
        found = []
        for symbol, pos, offset, source, target in synset.pointers:
            if symbol == "+" and pos == "v" and source == position:
                verb = self._synsets["v", offset]
                found.append((verb.words[target - 1][0], verb))
        return found
