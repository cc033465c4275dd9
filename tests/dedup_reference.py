"""The near-duplicate decisions as made before the index moved into the store: a frozen
copy of the in-memory LSH index (``ingest/lsh.py`` and ``NearDuplicateIndex`` of
``ingest/dedup.py`` before migration 0011) and of the ingest loop's classification, kept
so that tests can check that the index in ``documents_bands`` links exactly the same
documents. Not used by the package."""

from __future__ import annotations

import numpy as np
from sqlalchemy import Connection, Engine, select

from blocwatch.base.chunks import chunks
from blocwatch.base.fingerprints import from_bytes, shingles, signature, similarity, to_bytes
from blocwatch.ingest.dedup import _ESTIMATE_FLOOR, THRESHOLD, jaccard
from blocwatch.ingest.run import _free_id
from blocwatch.model import Document
from blocwatch.store.documents import hashes_stored, ids_stored, insert_documents
from blocwatch.store.schema import documents

BANDS = 42
ROWS = 3
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SALTS = (np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)).reshape(
    1, BANDS
)


def band_hashes(hashvalues: np.ndarray) -> np.ndarray:
    values = np.asarray(hashvalues, dtype=np.uint64)[:, : BANDS * ROWS]
    rows = values.reshape(values.shape[0], BANDS, ROWS)
    mixed = (rows[:, :, 0] << np.uint64(32)) | rows[:, :, 1]
    mixed ^= rows[:, :, 2] * _MIX
    return mixed ^ _SALTS


class BandIndex:
    """Document positions by band hash (the old index's sorted runs, without the runs:
    every lookup answered the same set of positions)."""

    def __init__(self) -> None:
        self._by_hash: dict[int, list[int]] = {}
        self._count = 0

    def add(self, hashes: np.ndarray) -> None:
        for row in np.atleast_2d(hashes).tolist():
            for value in row:
                self._by_hash.setdefault(value, []).append(self._count)
            self._count += 1

    def query(self, hashes: np.ndarray) -> set[int]:
        found: set[int] = set()
        for value in hashes.tolist():
            found.update(self._by_hash.get(value, ()))
        return found


class OldNearDuplicateIndex:
    def __init__(self) -> None:
        self._bands = BandIndex()
        self._ids: list[str] = []

    @classmethod
    def load(cls, engine: Engine) -> OldNearDuplicateIndex:
        index = cls()
        with engine.connect() as conn:
            rows = conn.execute(
                select(documents.c.id, documents.c.minhash).order_by(documents.c.id)
            ).all()
        for doc_id, blob in rows:
            sig = from_bytes(blob)
            if sig is not None:
                index.add(doc_id, sig)
        return index

    def add(self, doc_id: str, sig) -> None:
        self._bands.add(band_hashes(sig.hashvalues.reshape(1, -1)))
        self._ids.append(doc_id)

    def candidates(self, sig) -> set[str]:
        hashes = band_hashes(sig.hashvalues.reshape(1, -1))[0]
        return {self._ids[position] for position in self._bands.query(hashes)}

    def find(self, conn: Connection, text: str, sig, pending: dict) -> str | None:
        candidates = self.candidates(sig)
        if not candidates:
            return None
        close = []
        for doc_id in candidates & pending.keys():
            other, duplicate_of, other_text = pending[doc_id]
            if similarity(sig, other) >= _ESTIMATE_FLOOR:
                close.append((doc_id, duplicate_of, other_text))
        for batch in chunks(sorted(candidates - pending.keys())):
            rows = conn.execute(
                select(
                    documents.c.id, documents.c.minhash, documents.c.duplicate_of, documents.c.text
                ).where(documents.c.id.in_(batch))
            )
            for doc_id, blob, duplicate_of, other_text in rows:
                other = from_bytes(blob)
                if other is not None and similarity(sig, other) >= _ESTIMATE_FLOOR:
                    close.append((doc_id, duplicate_of, other_text))
        mine = shingles(text)
        matches = []
        for doc_id, duplicate_of, other_text in close:
            score = jaccard(mine, shingles(other_text))
            if score >= THRESHOLD:
                matches.append((score, doc_id, duplicate_of))
        if not matches:
            return None
        _score, doc_id, duplicate_of = min(
            matches, key=lambda item: (-item[0], item[2] is not None, item[1])
        )
        return duplicate_of or doc_id


def reference_ingest(
    engine: Engine, docs: list[Document], batch_size: int
) -> dict[str, str | None]:
    """Stores ``docs`` as the old ingest loop did (no extraction), ``batch_size`` at a
    time, the index loaded from the store at the start; returns each stored document's
    ``duplicate_of``."""
    index = OldNearDuplicateIndex.load(engine)
    decisions: dict[str, str | None] = {}
    for batch in chunks(docs, batch_size):
        with engine.begin() as conn:
            stored_hashes = hashes_stored(conn, (doc.content_hash or "" for doc in batch))
            taken = ids_stored(conn, (doc.id for doc in batch))
            seen: dict[str, str] = {}
            pending: dict = {}
            new = []
            for doc in batch:
                key = doc.content_hash or ""
                if key in stored_hashes or key in seen:
                    continue
                doc.id = _free_id(conn, doc, taken)
                taken.add(doc.id)
                seen[key] = doc.id
                sig = signature(doc.text)
                doc.duplicate_of = index.find(conn, doc.text, sig, pending)
                index.add(doc.id, sig)  # (the old loop forgot it again if not stored)
                pending[doc.id] = (sig, doc.duplicate_of, doc.text)
                new.append((doc, sig))
            insert_documents(
                conn, [doc for doc, _ in new], signatures={d.id: to_bytes(s) for d, s in new}
            )
        for doc, _sig in new:
            decisions[doc.id] = doc.duplicate_of
    return decisions
