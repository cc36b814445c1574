"""Parse pre-tokenised sentences as given (CaRB's input), without re-tokenising them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["parse_tokenized"]


def parse_tokenized(nlp: Language, lines: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Parse each line, tokens separated by whitespace, as one Doc with exactly those tokens.

    The pipeline's components run over ``Doc(nlp.vocab, words=line.split())``, so a token
    like ``--`` or ``take-it`` stays one token. An empty line gives an empty Doc.

    Example:
        >>> [len(d) for d in parse_tokenized(nlp, ["He left .", ""])]  # doctest: +SKIP
        [3, 0]
    """
    docs = (Doc(nlp.vocab, words=line.split()) for line in lines)
    yield from nlp.pipe(docs, batch_size=batch_size)
