"""The work behind ``kg extract``: read files, parse them, write extractions as JSON or CaRB."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from kg.errors import InputError
from kg.types import to_dict

__all__ = ["extract_files", "read_lines"]

FORMATS = ("json", "carb")


def read_text(path: Path) -> str:
    """The UTF-8 text of ``path``; an ``InputError`` names the file when it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not a text file") from None
    except OSError as error:
        raise InputError(str(path), f"cannot be read ({error.strerror})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"is not UTF-8 text (undecodable byte at offset {error.start})") from None


def read_lines(paths: Iterable[Path]) -> Iterator[str]:
    """The lines of the files, in order, without their line ends."""
    for path in paths:
        yield from read_text(path).splitlines()


def extract_files(paths: list[Path], out: TextIO, tokenized: bool = False, fmt: str = "json",
                  model: str | None = None, problems: list | None = None) -> int:
    """Extract facts from text files and write them to ``out``; return the number written.

    Args:
        paths: text files. Plain text is split into lines and sentences by the pipeline;
            with ``tokenized`` every line is one sentence of space-separated tokens.
        out: where the lines go.
        tokenized: parse each line as given, without re-tokenising (CaRB's input).
        fmt: ``"json"`` (one extraction per line: its fields plus the sentence text) or
            ``"carb"`` (``sentence<TAB>confidence<TAB>predicate<TAB>arg1...``).
        model: an installed spaCy pipeline (default: kg's default pipeline).
        problems: a list to append a ``kg.problems.Problem`` to for each sentence whose
            extraction raised (that sentence is skipped, the rest are written).

    Example:
        >>> extract_files([Path("dev.txt")], sys.stdout, tokenized=True, fmt="carb")  # doctest: +SKIP
    """
    from kg.extract import extract_sentence
    from kg.extract.carb import format_carb
    from kg.extract.tokenized import parse_tokenized
    from kg.nlp import DEFAULT_MODEL, load_pipeline, parse_texts

    for path in paths:  # fail on a bad file before any output
        read_text(path)
    nlp = load_pipeline(model or DEFAULT_MODEL)
    written = 0
    if problems is None:
        problems = []
    if tokenized:
        lines = list(read_lines(paths))
        for line, doc in zip(lines, parse_tokenized(nlp, lines)):
            extractions = _isolated(extract_sentence, doc, line, problems)
            if fmt == "carb":
                rows = format_carb(line, doc, extractions)
            else:
                rows = [_json_line(e, line) for e in extractions]
            written += _write(out, rows)
        return written
    texts = [read_text(path) for path in paths]
    for path, doc in zip(paths, parse_texts(nlp, texts)):
        sentences = list(doc.sents)
        extractions = _isolated(extract_sentence, doc, str(path), problems)
        for extraction in extractions:
            sent = sentences[extraction.sentence]
            if fmt == "carb":
                row = format_carb(" ".join(t.text for t in sent if not t.is_space), doc, [extraction])
            else:
                row = [_json_line(extraction, sent.text.strip())]
            written += _write(out, row)
    return written


def _isolated(extract_sentence, doc, name: str, problems: list) -> list:
    """Every sentence's extractions; a sentence that raises is skipped and recorded."""
    from kg.problems import Problem, describe

    extractions = []
    for index, sent in enumerate(doc.sents):
        try:
            extractions.extend(extract_sentence(sent, index))
        except Exception as error:
            problems.append(Problem(name or sent.text.strip()[:80], index, "extract", describe(error)))
    return extractions


def _json_line(extraction, sentence: str) -> str:
    record = to_dict(extraction)
    record["sentence_text"] = sentence
    return json.dumps(record, ensure_ascii=False)


def _write(out: TextIO, rows: list[str]) -> int:
    for row in rows:
        out.write(row + "\n")
    return len(rows)
