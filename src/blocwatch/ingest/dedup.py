"""Near-duplicate detection: the same story in two outlets, lightly edited.

Each document's text gets a MinHash signature (datasketch) of its word 3-shingles: 128
permutations and a fixed seed, so the same text gives the same signature in every run and
on every machine. The signature is stored with the document (``documents.minhash``), and
its 42 band hashes in ``documents_bands`` (the LSH index, in the store: see
:func:`blocwatch.base.fingerprints.band_hashes`), so a copy is found whichever run stored
the first one, and an ingest's memory does not grow with the store: each batch reads the
stored documents sharing a band with any of its documents in one query.

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

from datasketch import LeanMinHash
from sqlalchemy import ARRAY, BigInteger, ColumnElement, Connection, any_, bindparam, select

from ..base.chunks import chunks
from ..base.fingerprints import (  # noqa: F401 - dedup's own vocabulary
    NUM_PERM,
    SEED,
    SHINGLE_WORDS,
    bands_of,
    from_bytes,
    shingles,
    signature,
    similarity,
    to_bytes,
)
from ..store.schema import documents, documents_bands

THRESHOLD = 0.5
# The index and the signature estimate only pick candidates for the exact comparison; the
# floor is far enough below THRESHOLD (4 standard errors of the estimate) that no pair
# above it is lost to estimation noise.
_ESTIMATE_FLOOR = 0.3
# Band hashes looked up in one query: a batch of 100 documents has at most 4,200, so a
# batch is one query (well under SQLite's 32,766 bound parameters).
_LOOKUP = 8000

Pending = dict[str, tuple[LeanMinHash, str | None, str]]


class NearDuplicateIndex:
    """The near-duplicate index as one batch sees it: the stored documents sharing a band
    with any of the batch's signatures (read from ``documents_bands`` by
    :meth:`for_batch`), and the batch's own documents as they are classified (:meth:`add`).
    Its size is bounded by the batch, not by the store."""

    def __init__(self) -> None:
        self._stored: dict[int, list[str]] = {}  # band hash -> stored document ids
        self._pending: dict[int, list[str]] = {}  # band hash -> ids of this batch

    @classmethod
    def for_batch(cls, conn: Connection, bands: list[list[int]]) -> NearDuplicateIndex:
        """The index for a batch whose documents have the band hashes ``bands`` (one list a
        document, :func:`~blocwatch.base.fingerprints.bands_of`): every stored document
        sharing a band with one of them, read in one query per :data:`_LOOKUP` band
        hashes (one for a batch of 100 documents)."""
        index = cls()
        wanted = sorted({band for doc_bands in bands for band in doc_bands})
        for chunk in chunks(wanted, _LOOKUP):
            rows = conn.execute(
                select(documents_bands.c.band, documents_bands.c.doc_id).where(
                    _band_in(conn, chunk)
                )
            )
            for band, doc_id in rows:
                index._stored.setdefault(band, []).append(doc_id)
        return index

    def add(self, doc_id: str, bands: list[int]) -> None:
        """Indexes the band hashes ``bands`` under ``doc_id``, a document of this batch
        (the store learns it when it is inserted:
        :func:`blocwatch.store.documents.insert_documents`)."""
        for band in bands:
            self._pending.setdefault(band, []).append(doc_id)

    def candidates(self, bands: list[int]) -> set[str]:
        """Ids of indexed documents that share one of the band hashes ``bands``."""
        found: set[str] = set()
        for band in bands:
            found.update(self._stored.get(band, ()))
            found.update(self._pending.get(band, ()))
        return found

    def find(
        self, conn: Connection, text: str, sig: LeanMinHash, bands: list[int], pending: Pending
    ) -> str | None:
        """The id of the first copy of ``text`` (whose signature is ``sig``, its band hashes
        ``bands``) among stored documents and ``pending`` (this batch's documents, not yet
        readable from ``conn``: id -> (signature, duplicate_of, text)), or None when it has
        no near-duplicate."""
        candidates = self.candidates(bands)
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


def _band_in(conn: Connection, values: list[int]) -> ColumnElement[bool]:
    # PostgreSQL plans a 4,200-value IN list in about 100 ms; one array parameter takes a
    # sixth of that (measured on 84,000 band rows). SQLite has no arrays.
    column = documents_bands.c.band
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam("bands", values, type_=ARRAY(BigInteger)))
    return column.in_(values)


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
