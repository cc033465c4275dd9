"""The ingest stage: read articles from files, folders, feeds, archives and standard input
into stored documents, without duplicates.

- :func:`read_inputs` streams :class:`~blocwatch.model.Document` objects (or an
  :class:`InputError` for each bad input) from paths; one reader module per format
  (:mod:`.txt`, :mod:`.html`, :mod:`.jsonl`, :mod:`.feed`, :mod:`.warc`).
- :func:`ingest` stores them in batches, dropping exact duplicates (same content hash) and
  linking near-duplicates (:mod:`.dedup`) to their first copy.
"""

from .base import InputError
from .run import IngestSummary, ingest
from .sources import read_inputs

__all__ = ["InputError", "IngestSummary", "ingest", "read_inputs"]
