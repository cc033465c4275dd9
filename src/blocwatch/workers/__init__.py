"""Where extraction runs: in the ingesting process, in local worker processes, or on a Dask
cluster. Whichever runs it, the facts come back to the one process that owns the store and
writes them, in document order, so every choice stores the same rows.

:func:`open_extractor` gives a :class:`BatchExtractor`: ``submit(docs)`` starts extracting a
batch and returns a function that waits for its results (one :class:`Extraction` per
document, in order). :class:`~.ahead.ExtractAhead` joins one to the ingest loop, starting a
batch's extraction as soon as it is read, while the batch before it is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from ..errors import BlocwatchError
from ..model import Document, Extraction

Results = Callable[[], list[Extraction | BlocwatchError]]


class WorkersLost(RuntimeError):  # noqa: N818 - it says what happened, like BrokenProcessPool
    """Extraction workers went away mid-run (a crashed process, a lost scheduler). Not a
    :class:`BlocwatchError`: the ingest loop must stop, not count one batch as failed and
    go on with workers that are gone."""


class BatchExtractor(Protocol):
    """Extracts batches of documents somewhere."""

    #: Whether extraction runs outside this process (then it pays to start it early).
    remote: bool

    def submit(self, docs: Sequence[Document]) -> Results:
        """Starts extracting ``docs``; the function returned waits for the results (one per
        document, in order) and raises :class:`WorkersLost` when the workers are gone."""
        ...


class SerialExtractor:
    """Extraction in this process, when the results are asked for (every fact, as the
    workers give them: the writer applies the confidence floor)."""

    remote = False

    def submit(self, docs: Sequence[Document]) -> Results:
        from ..extract import extract_many

        docs = list(docs)
        return lambda: list(extract_many(docs, 0.0))


@contextmanager
def open_extractor(
    *, workers: int | None = None, dask: str | None = None
) -> Iterator[BatchExtractor]:
    """The extractor for ``workers`` local processes (None: this process), or for the Dask
    scheduler at ``dask`` (``tcp://HOST:PORT``); its processes or connection are closed on
    exit. Raises :class:`BlocwatchError` for both given, fewer than one worker, or a
    scheduler that cannot be reached."""
    if workers is not None and dask is not None:
        raise BlocwatchError("give --workers or --dask, not both")
    if workers is not None and workers < 1:
        raise BlocwatchError(f"--workers must be at least 1, not {workers}")
    if dask is not None:
        from .cluster import DaskExtractor

        with DaskExtractor(dask) as extractor:
            yield extractor
    elif workers is not None:
        from .pool import PoolExtractor

        with PoolExtractor(workers) as extractor:
            yield extractor
    else:
        yield SerialExtractor()


def records(docs: Sequence[Document]) -> list[tuple[str, str, str | None]]:
    """What a worker needs of each document."""
    return [(doc.id, doc.text, doc.published) for doc in docs]


def chunks(items: list, parts: int) -> list[list]:
    """``items`` cut into at most ``parts`` runs of nearly equal length, in order."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return out


__all__ = ["BatchExtractor", "SerialExtractor", "WorkersLost", "open_extractor"]
