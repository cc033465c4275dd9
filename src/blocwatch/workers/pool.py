"""Extraction in local worker processes (``blocwatch ingest --workers N``)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

from ..model import Document, Extraction
from . import Results, WorkersLost, chunks, records
from .tasks import extract_records, start_local_worker

# Each batch is cut into this many pieces per worker, so a worker that finishes early takes
# another piece instead of waiting for the slowest (dense articles take longer).
_PIECES_PER_WORKER = 2


class PoolExtractor:
    """``workers`` processes started with ``spawn`` (no state inherited from this process, a
    database connection included: the same on every platform), each loading the extractor's
    tables once when it starts, and ending when this process ends, however it ends."""

    remote = True

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_local_worker,
            initargs=(os.getpid(),),
        )

    def __enter__(self) -> PoolExtractor:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        # Pieces still queued belong to batches that will not be written.
        self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, docs: Sequence[Document]) -> Results:
        """Starts extracting ``docs`` in the pool; see
        :class:`~blocwatch.workers.BatchExtractor`."""
        pieces = chunks(records(docs), self.workers * _PIECES_PER_WORKER) if docs else []
        try:
            futures = [self._pool.submit(extract_records, piece) for piece in pieces]
        except BrokenProcessPool as exc:
            raise WorkersLost(f"an extraction process died ({exc})") from None
        return lambda: _gather(futures)


def _gather(futures: list[Future]) -> list[Extraction]:
    out: list[Extraction] = []
    for future in futures:
        try:
            out.extend(future.result())
        except BrokenProcessPool as exc:
            raise WorkersLost(f"an extraction process died ({exc})") from None
    return out
