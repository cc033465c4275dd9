"""What runs in an extraction worker (a local process or a Dask worker): top-level functions,
importable by name, so that a spawned process or a remote worker finds them.

The extractor's tables and model are cached per process (``functools.lru_cache`` in
:mod:`blocwatch.extract`): a worker loads them once, on :func:`warm_up` or its first
document, and keeps them for every batch after.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence

from ..errors import BlocwatchError
from ..extract import extract, extract_many
from ..model import Extraction

# What a worker gets per document: (id, text, published). Plain tuples pickle smaller than
# Document objects and carry all the extractor reads.
Record = tuple[str, str, str | None]
# How often a local worker checks that the ingest that started it is still there, in seconds.
PARENT_POLL = 0.5

_WARM_UP_TEXT = (
    "Russia and China signed a treaty on strategic partnership in Moscow on 12 May 2024, "
    "and officials said trade between the two countries reached $240 billion last year."
)


def extract_records(records: Sequence[Record]) -> list[Extraction | BlocwatchError]:
    """The extraction of each record, in the order given, or the error that refused it
    (a plain :class:`BlocwatchError`, which pickles, with the same message). Every fact
    comes back with its confidence, whatever it is: the writer applies the ingest's floor."""
    return [
        BlocwatchError(str(found)) if isinstance(found, BlocwatchError) else found
        for found in extract_many(records, min_confidence=0.0)
    ]


def warm_up() -> None:
    """Loads the extractor's tables and model in this process (a pool initializer), so the
    first batch is not slower than the rest."""
    extract("warm-up", _WARM_UP_TEXT, "2024-05-13")


def start_local_worker(parent: int) -> None:
    """Initializer of a local worker process started by the process ``parent``: the worker
    ends itself soon after ``parent`` is gone (an ingest killed hard leaves no workers
    behind: they would wait for work forever), then loads the extractor."""
    watch = threading.Thread(
        target=_exit_without_parent, args=(parent,), name="blocwatch-parent", daemon=True
    )
    watch.start()
    warm_up()


def _exit_without_parent(parent: int) -> None:
    # A process whose parent died is handed to another (init, a subreaper): polling the
    # parent's id works on every platform, unlike Linux's PR_SET_PDEATHSIG.
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(1)
