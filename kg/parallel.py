"""Running document analysis in this process, in N worker processes, or on a Dask cluster.

Whatever runs it, analysis is a stream: documents go out in batches, at most a few batches are
in flight at a time (so memory does not grow with the corpus), and analyses come back in input
order, so that everything downstream, and so the output, does not depend on how many workers
there were.

Worker processes run one BLAS/OpenMP thread each: spaCy's matrix code otherwise starts a
thread per core in every process, and N processes fight over the cores. Dask's nanny already
starts its workers with one such thread each.

>>> analyses = analyze_in_parallel(documents, workers=2)  # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from kg.errors import KgError
from kg.problems import failed_analysis
from kg.types import Document, DocumentAnalysis

__all__ = ["analyze_in_parallel", "analyze_batch", "connect_dask", "DEFAULT_BATCH_SIZE"]

DEFAULT_BATCH_SIZE = 16  # documents per task sent to a worker
_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def analyze_in_parallel(
    documents: Iterable[Document],
    model: str | None = None,
    *,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[DocumentAnalysis]:
    """Analyse documents serially, in ``workers`` processes, or on a Dask cluster.

    Args:
        documents: the documents, consumed lazily.
        model: the spaCy pipeline's name (``None``: kg's default).
        workers: processes to use on this machine (1: analyse in this process).
        dask: a Dask scheduler address (``tcp://host:8786``) or ``local:N`` for a local
            cluster of N single-threaded worker processes; overrides ``workers``.
        batch_size: documents per task sent to a worker.

    Returns:
        The analyses, in the order of ``documents``.
    """
    from kg.nlp import DEFAULT_MODEL

    model = model or DEFAULT_MODEL
    if dask:
        return _analyze_on_dask(documents, model, dask, batch_size)
    if workers < 1:
        raise KgError(f"--workers must be at least 1, not {workers}")
    if workers == 1:
        from kg.analyze import analyze_documents

        return analyze_documents(documents, model)
    return _analyze_in_processes(documents, model, workers, batch_size)


def analyze_batch(documents: list[Document], model: str) -> list[DocumentAnalysis]:
    """Analyse a batch of documents in the current process (the task a worker runs)."""
    from kg.analyze import analyze_documents

    return list(analyze_documents(documents, model))


def _analyze_in_processes(
    documents: Iterable[Document], model: str, workers: int, batch_size: int
) -> Iterator[DocumentAnalysis]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = _process_context(model)

    def new_pool():
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(model,)
        )

    pools = [new_pool()]

    def submit(function, batch, model):
        return pools[-1].submit(function, batch, model)

    def recover() -> None:
        """A dead worker breaks the whole pool: start a fresh one for the retry."""
        try:
            pools[-1].submit(int).result()
        except BrokenProcessPool:
            pools[-1].shutdown(wait=False, cancel_futures=True)
            pools.append(new_pool())

    try:
        yield from _in_order(submit, documents, model, batch_size, window=2 * workers, recover=recover)
    finally:
        pools[-1].shutdown(wait=True, cancel_futures=True)


def _process_context(model: str):
    """Fork a process that already holds the pipeline where that is safe, else spawn.

    On Linux, forking after loading the pipeline once here starts each worker in a fraction
    of a second with the model's memory shared, as spaCy's own ``n_process`` does; elsewhere
    (macOS, Windows) each spawned worker imports kg and loads the pipeline itself.
    """
    import multiprocessing

    if sys.platform.startswith("linux"):
        from kg.nlp import load_pipeline

        load_pipeline(model)
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _start_worker(model: str) -> None:
    """Limit this worker to one BLAS thread, then load the pipeline once."""
    for name in _THREAD_VARIABLES:
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)  # in case numpy was imported before the variables were set
    except ImportError:
        pass
    from kg.nlp import load_pipeline

    load_pipeline(model)


def _analyze_on_dask(
    documents: Iterable[Document], model: str, address: str, batch_size: int
) -> Iterator[DocumentAnalysis]:
    client, cluster = connect_dask(address)
    try:
        _load_on_workers(client, model)
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(function, batch, model):
            return client.submit(function, batch, model, pure=False)

        yield from _in_order(submit, documents, model, batch_size, window=2 * workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def connect_dask(address: str):
    """A Dask client for ``address``, or for a new local cluster when it is ``local:N``.

    Returns:
        ``(client, cluster)``; ``cluster`` is the local cluster to close, or ``None``.
    """
    from distributed import Client, LocalCluster

    if address.startswith("local"):
        count = address.partition(":")[2] or "2"
        if not count.isdigit() or int(count) < 1:
            raise KgError(f"--dask local:N needs a number of workers, not {address!r}")
        cluster = LocalCluster(
            n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as error:  # ValueError: not an address at all
        raise KgError(f"cannot reach the Dask scheduler at {address!r} ({error})") from None


def _load_on_workers(client, model: str) -> None:
    """Load the pipeline once in every worker now, so that a worker without kg fails early.

    Later tasks find it in ``load_pipeline``'s per-process cache; workers that join later
    load it on their first task.
    """
    from kg.nlp import load_pipeline

    try:
        client.run(load_pipeline, model)
    except Exception as error:  # raised remotely: a missing package or pipeline on a worker
        raise KgError(
            f"the Dask workers cannot load kg's pipeline {model!r} ({type(error).__name__}: {error}); "
            "install kg and the spaCy pipeline on every worker"
        ) from None


def _in_order(
    submit: Callable, documents: Iterable[Document], model: str, batch_size: int, window: int,
    recover: Callable[[], None] | None = None,
) -> Iterator[DocumentAnalysis]:
    """Submit batches, keep at most ``window`` in flight, and yield results in input order.

    A batch whose task fails (its worker died, or it raised) is run once more; if it fails
    again its documents come back as failed analyses (``kg.problems``), not as an abort.
    """
    pending: deque = deque()
    iterator = iter(documents)

    def results(future, batch: list[Document]) -> list[DocumentAnalysis]:
        try:
            return future.result()
        except Exception:
            if recover is not None:
                recover()
            try:
                return submit(analyze_batch, batch, model).result()
            except Exception as error:
                return [failed_analysis(document, "worker", error) for document in batch]

    while batch := list(itertools.islice(iterator, batch_size)):
        pending.append((submit(analyze_batch, batch, model), batch))
        if len(pending) >= window:
            yield from results(*pending.popleft())
    while pending:
        yield from results(*pending.popleft())
