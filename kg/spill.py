"""Analyses kept on disk while a build runs, so memory does not grow with the text.

A build must see every document before it resolves entities, and it builds the graph only
after that. A build without ``--store`` used to hold every analysis (text, sentences, facts)
in memory meanwhile: about 190 MB per 1,000 news articles. ``AnalysisSpill`` appends each
analysis, pickled, to an anonymous temporary file as it arrives and keeps only its offset;
the graph stage reads them back by document id, in this process or in forked worker
processes, which inherit the open file. The file has no name, so even a killed build leaves
nothing behind. A build with ``--store`` reads its SQLite instead
(``kg.store.StoredAnalyses``); both answer ``read(ids)``.

>>> with AnalysisSpill() as spill:  # doctest: +SKIP
...     spill.add(analysis)
...     [same] = spill.read([analysis.document.id])
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterable

from kg.errors import KgError
from kg.types import DocumentAnalysis

__all__ = ["AnalysisSpill"]


class AnalysisSpill:
    """An anonymous temporary file of pickled analyses, read back by document id."""

    def __init__(self) -> None:
        try:
            self._file = tempfile.TemporaryFile(prefix="kg-analyses-")
        except OSError as error:
            raise KgError(f"cannot make a temporary file for the analyses in {tempfile.gettempdir()} "
                          f"({error.strerror or error})") from None
        self._offsets: dict[str, tuple[int, int]] = {}

    def __enter__(self) -> AnalysisSpill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, analysis: DocumentAnalysis) -> None:
        """Append one analysis (a later one with the same document id replaces it)."""
        data = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._offsets[analysis.document.id] = (self._file.tell(), len(data))
            self._file.write(data)
        except OSError as error:  # a full disk
            raise KgError(f"{tempfile.gettempdir()}: cannot keep the analyses on disk "
                          f"({error.strerror or error})") from None

    def finish(self) -> None:
        """Flush what was added, so that forked processes can read it."""
        self._file.flush()

    def read(self, ids: Iterable[str]) -> list[DocumentAnalysis]:
        """The analyses of ``ids``, in that order (call ``finish`` first)."""
        handle = self._file.fileno()
        found = []
        for doc_id in ids:
            offset, size = self._offsets[doc_id]
            # pread leaves the file position alone, which forked readers share
            found.append(pickle.loads(os.pread(handle, size, offset)))
        return found

    def close(self) -> None:
        """Close (and so remove) the file."""
        self._file.close()
