"""Joining a :class:`~blocwatch.workers.BatchExtractor` to the ingest loop.

The ingest loop announces each batch as soon as it is read (``on_read``) and writes it after
the next one is read (``on_new``, inside the batch's transaction). :class:`ExtractAhead`
starts the extraction of a batch on the announcement, so workers extract batch k+1 while
this process writes batch k, and hands the results to the write. Only documents that turn
out new are written; their results are found by the document object itself (the loop
hands the same objects to both calls), so a result is only ever used for exactly the text,
date and id it was made from.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from sqlalchemy import Engine

from ..errors import BlocwatchError
from ..extract import extract_document
from ..model import Document, Extraction
from ..store.documents import hashes_stored
from . import BatchExtractor, Results

# One batch being written and one read ahead; older ones are done with.
_HELD_BATCHES = 2


class _Started:
    """One batch whose extraction was started: its documents' ids as submitted, by content
    hash, and the function that waits for the results."""

    def __init__(self, docs: Sequence[Document], results: Results) -> None:
        # Keyed by object identity; holding the documents keeps their ids unique.
        self._docs = list(docs)
        self.slots = {id(doc): (i, doc.id) for i, doc in enumerate(self._docs)}
        self._results = results
        self._done: list[Extraction | BlocwatchError] | None = None

    def results(self) -> list[Extraction | BlocwatchError]:
        if self._done is None:
            self._done = self._results()
        return self._done


class ExtractAhead:
    """``on_read`` and ``extractions_for`` for :func:`blocwatch.ingest.ingest` and
    :func:`blocwatch.pipeline.store_facts`, over ``extractor``."""

    def __init__(self, extractor: BatchExtractor, engine: Engine) -> None:
        self._extractor = extractor
        self._engine = engine
        self._started: deque[_Started] = deque(maxlen=_HELD_BATCHES)

    def on_read(self, batch: list[Document]) -> None:
        """Starts extracting the documents of ``batch`` that may be new: not those whose
        content the store holds already (ingesting a file again costs no extraction)."""
        with self._engine.connect() as conn:
            stored = hashes_stored(conn, (doc.content_hash or "" for doc in batch))
        fresh: dict[str, Document] = {}
        for doc in batch:
            if doc.content_hash and doc.content_hash not in stored:
                fresh.setdefault(doc.content_hash, doc)
        docs = list(fresh.values())
        self._started.append(_Started(docs, self._extractor.submit(docs)))

    def extractions_for(self, docs: list[Document]) -> list[Extraction | BlocwatchError]:
        """The extraction of each of ``docs`` (new documents of a batch announced before),
        in order, or the error that refused it: from the workers when they had it, else
        made here. A document whose id changed since it was read (its id was taken) is
        extracted again here under its new id, as is one the workers never saw."""
        out: list[Extraction | BlocwatchError] = []
        for doc in docs:
            found = self._find(doc)
            if found is None:
                try:
                    found = extract_document(doc, 0.0)  # as the workers: every fact
                except BlocwatchError as exc:
                    found = exc
            out.append(found)
        return out

    def _find(self, doc: Document) -> Extraction | BlocwatchError | None:
        for started in self._started:
            slot = started.slots.get(id(doc))
            if slot is not None:
                position, submitted_id = slot
                if submitted_id != doc.id:
                    return None
                return started.results()[position]
        return None
