"""Extraction on a Dask distributed cluster (``blocwatch ingest --dask tcp://HOST:PORT``).

The ingesting process is the cluster's client: it sends each batch in pieces (one task per
piece, spread over the workers), gathers the :class:`Extraction` results and writes them
itself, so the cluster never touches the store. Workers need blocwatch installed (the same
version: the tasks are this package's functions, sent by name); the extractor's tables load
once per worker process and stay for every later task.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType

from ..errors import BlocwatchError
from ..model import Document, Extraction
from . import Results, WorkersLost, chunks, records
from .tasks import extract_records

# How long to try reaching the scheduler before giving up, in seconds.
CONNECT_TIMEOUT = 10
_PIECES_PER_WORKER = 2


class DaskExtractor:
    """A client of the scheduler at ``address``; raises :class:`BlocwatchError` when it
    cannot be reached or has no workers."""

    remote = True

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:  # pragma: no cover - a dependency, but installs can be partial
            raise BlocwatchError("--dask needs the 'distributed' package") from None
        self.address = address
        _check_address(address)
        try:
            self._client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            reason = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise BlocwatchError(f"dask scheduler {address}: cannot connect ({reason})") from None
        try:
            self._client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            self._client.close()
            raise BlocwatchError(
                f"dask scheduler {address}: no workers joined within {CONNECT_TIMEOUT} s"
            ) from None

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self._client.close()

    def _workers(self) -> int:
        # Threads across the cluster, asked per batch: workers may join or leave mid-run.
        return max(1, sum(self._client.nthreads().values()))

    def submit(self, docs: Sequence[Document]) -> Results:
        """Starts extracting ``docs`` on the cluster; see
        :class:`~blocwatch.workers.BatchExtractor`."""
        pieces = chunks(records(docs), self._workers() * _PIECES_PER_WORKER) if docs else []
        # pure=False: the same texts ingested again are new work, not a cached result.
        futures = [self._client.submit(extract_records, piece, pure=False) for piece in pieces]
        return lambda: self._gather(futures)

    def _gather(self, futures: list) -> list[Extraction]:
        try:
            parts = self._client.gather(futures)
        except (OSError, TimeoutError) as exc:
            raise WorkersLost(f"dask scheduler {self.address}: lost ({exc})") from None
        except Exception as exc:
            # A task failed (e.g. a worker killed too often, or its blocwatch too old).
            if type(exc).__module__.startswith("distributed"):
                raise WorkersLost(f"dask cluster {self.address}: {exc}") from None
            raise
        return [extraction for part in parts for extraction in part]


def _check_address(address: str) -> None:
    """Raises :class:`BlocwatchError` for an address that names no scheduler (checked
    before connecting: a client made from a malformed address is not cleaned up quietly)."""
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address, strict=False)
        if scheme in ("tcp", "tls"):
            host, port = parse_host_port(location)
            if not host or not port:
                raise ValueError("expected HOST:PORT")
    except (ValueError, TypeError) as exc:
        raise BlocwatchError(
            f"dask scheduler {address!r}: not an address like tcp://HOST:PORT ({exc})"
        ) from None
