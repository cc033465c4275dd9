"""Near-duplicate detection: the same story in two outlets, lightly edited.

Each document's text gets a MinHash signature (datasketch) of its word 3-shingles: 128
permutations and a fixed seed, so the same text gives the same signature in every run and
on every machine. The signature is stored with the document (``documents.minhash``); at the
start of an ingest an LSH index (:mod:`.lsh`) is rebuilt from the stored signatures, so a
copy is found whichever run stored the first one.

A candidate from the index is kept when the signatures' estimate of its similarity is at
least ``_ESTIMATE_FLOOR``; the decision is then taken on the exact Jaccard similarity of the
two texts' shingle sets (estimates scatter by about 0.045 near 0.5 at 128 permutations, the
exact value does not). The threshold was chosen by measuring on the fixtures in
``tests/fixtures/ingest/dedup`` (exact Jaccard; MinHash estimate in brackets):

====================================================================  ==============
pair                                                                  similarity
====================================================================  ==============
same wire story in two outlets, first sentence rewritten, one added   0.777 (0.83)
same story, second copy cut to its first half (measured, not a file)  0.504 (0.45)
follow-up story reusing 3 of its 5 paragraphs of background           0.410 (0.40)
same signing reported independently by another agency                0.014 (0.02)
later story on the same topic (same states, same agreement)           0.016 (0.00)
====================================================================  ==============

``THRESHOLD = 0.5`` links the copy with a wide margin, and the half copy just, and keeps the
follow-up apart: it shares background but reports new facts, and linking it would mark
news as a copy. Independent reports of one event, which corroborate each other, are far
below any threshold.
"""

from __future__ import annotations

import numpy as np
from datasketch import LeanMinHash
from sqlalchemy import Connection, Engine, select

from ..base.chunks import chunks
from ..base.fingerprints import (  # noqa: F401 - dedup's own vocabulary
    NUM_PERM,
    SEED,
    SHINGLE_WORDS,
    from_bytes,
    shingles,
    signature,
    similarity,
    to_bytes,
)
from ..store.schema import documents
from .lsh import BandIndex, band_hashes

THRESHOLD = 0.5
# The index and the signature estimate only pick candidates for the exact comparison; the
# floor is far enough below THRESHOLD (4 standard errors of the estimate) that no pair
# above it is lost to estimation noise.
_ESTIMATE_FLOOR = 0.3
_LOAD_BATCH = 5000

Pending = dict[str, tuple[LeanMinHash, str | None, str]]


class NearDuplicateIndex:
    """The LSH index over stored signatures; finds the first copy of a near-duplicate.

    It holds every stored document (its band hashes and id, about 0.6 kB a document: 60 MB
    for 100,000 documents), so that a copy is found whichever run stored the first one: the
    one part of an ingest's memory that grows, by design, with the store (not the input)."""

    def __init__(self) -> None:
        self._bands = BandIndex()
        self._ids: list[str] = []

    @classmethod
    def load(cls, engine: Engine) -> NearDuplicateIndex:
        """The index of every signature stored in ``engine``'s documents, read in pages so
        that a large store is never loaded in one result."""
        index = cls()
        last = ""
        with engine.connect() as conn:
            while True:
                rows = conn.execute(
                    select(documents.c.id, documents.c.minhash)
                    .where(documents.c.id > last)
                    .order_by(documents.c.id)
                    .limit(_LOAD_BATCH)
                ).all()
                if not rows:
                    break
                ids, values = [], []
                for doc_id, blob in rows:
                    sig = from_bytes(blob)
                    if sig is not None:
                        ids.append(doc_id)
                        values.append(sig.hashvalues)
                if ids:
                    index._bands.add_bulk(band_hashes(np.stack(values)))
                    index._ids.extend(ids)
                last = rows[-1][0]
        return index

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, doc_id: str, sig: LeanMinHash) -> None:
        """Indexes ``sig`` under ``doc_id``."""
        self._bands.add(band_hashes(sig.hashvalues.reshape(1, -1)))
        self._ids.append(doc_id)

    def checkpoint(self) -> int:
        """A mark to :meth:`rollback` to if the documents added after it are not stored."""
        return len(self._ids)

    def rollback(self, mark: int) -> None:
        """Forgets the documents added since ``mark`` (their batch was rolled back)."""
        self._bands.truncate(mark)
        del self._ids[mark:]

    def settle(self) -> None:
        """Called after a batch is committed: compacts the index when it has grown."""
        self._bands.compact_if_large()

    def candidates(self, sig: LeanMinHash) -> set[str]:
        """Ids of indexed documents that share a band with ``sig``."""
        hashes = band_hashes(sig.hashvalues.reshape(1, -1))[0]
        return {self._ids[position] for position in self._bands.query(hashes)}

    def find(self, conn: Connection, text: str, sig: LeanMinHash, pending: Pending) -> str | None:
        """The id of the first copy of ``text`` (whose signature is ``sig``) among stored
        documents and ``pending`` (this batch's documents, not yet readable from ``conn``:
        id -> (signature, duplicate_of, text)), or None when it has no near-duplicate."""
        candidates = self.candidates(sig)
        if not candidates:
            return None
        # (id, duplicate_of, text or None) of candidates whose estimate is close enough
        # to be worth the exact comparison.
        close: list[tuple[str, str | None, str | None]] = []
        for doc_id in candidates & pending.keys():
            other, duplicate_of, other_text = pending[doc_id]
            if similarity(sig, other) >= _ESTIMATE_FLOOR:
                close.append((doc_id, duplicate_of, other_text))
        stored = sorted(candidates - pending.keys())
        for batch in chunks(stored):
            rows = conn.execute(
                select(documents.c.id, documents.c.minhash, documents.c.duplicate_of).where(
                    documents.c.id.in_(batch)
                )
            )
            for doc_id, blob, duplicate_of in rows:
                other = from_bytes(blob)
                if other is not None and similarity(sig, other) >= _ESTIMATE_FLOOR:
                    close.append((doc_id, duplicate_of, None))
        if not close:
            return None
        texts = _texts(conn, [doc_id for doc_id, _, text in close if text is None])
        mine = shingles(text)
        matches = []
        for doc_id, duplicate_of, other_text in close:
            other_text = other_text if other_text is not None else texts.get(doc_id)
            if other_text is None:
                continue
            score = jaccard(mine, shingles(other_text))
            if score >= THRESHOLD:
                matches.append((score, doc_id, duplicate_of))
        if not matches:
            return None
        # The most similar copy (on a tie, an original, then the smallest id); its own first
        # copy when it is a copy itself, so every copy of a story points at the first one.
        _score, doc_id, duplicate_of = min(
            matches, key=lambda item: (-item[0], item[2] is not None, item[1])
        )
        return duplicate_of or doc_id


def jaccard(a: set[bytes], b: set[bytes]) -> float:
    """The exact Jaccard similarity of two shingle sets (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _texts(conn: Connection, ids: list[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for chunk in chunks(ids):
        rows = conn.execute(
            select(documents.c.id, documents.c.text).where(documents.c.id.in_(chunk))
        )
        texts.update((doc_id, text) for doc_id, text in rows)
    return texts
