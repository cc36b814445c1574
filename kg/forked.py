"""Run one job in a forked process beside this one, and wait for its result later.

The last stage of a build writes the Turtle and the HTML page from the same graph, each in one
process. With several workers, the page is written in a forked copy of the process (which
shares the built graph's memory rather than receiving it) while this one writes the graph
files, so two cores finish the build together.

>>> wait = start_forked(lambda: write_html(graph, "out/graph.html"))  # doctest: +SKIP
>>> write_graph(graph, "out/graph.ttl"); stats = wait()  # doctest: +SKIP
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable

from kg.errors import KgError

__all__ = ["start_forked", "can_fork"]


def can_fork() -> bool:
    """Whether this platform forks safely (Linux; macOS forks badly, Windows not at all)."""
    return sys.platform.startswith("linux")


def start_forked(job: Callable[[], object]) -> Callable[[], object]:
    """Start ``job()`` in a forked process now; return ``wait``, which gives its result.

    ``wait()`` raises a ``KgError`` with the job's own message when it failed (one line, for
    the command line), or saying how the process ended if it died.
    """
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)

    def run() -> None:
        try:
            sending.send(("done", job()))
        except KgError as error:
            sending.send(("failed", str(error)))
        except Exception as error:  # noqa: BLE001 -- reported to the parent, which raises it
            sending.send(("failed", f"{type(error).__name__}: {error}"))

    process = context.Process(target=run, daemon=True)
    process.start()
    sending.close()

    def wait():
        try:
            outcome, value = receiving.recv()
        except EOFError:  # it died without a word (killed, out of memory)
            outcome, value = "failed", None
        process.join()
        if outcome == "done":
            return value
        raise KgError(value or f"the process writing beside the build ended with code {process.exitcode}")

    return wait
