"""Near-duplicate detection: the same story in two outlets, lightly edited.

Each document's text gets a MinHash signature of its word 3-shingles (128 permutations,
fixed seed: the same text gives the same signature in every run and on every machine). The
signature is stored with the document; at the start of an ingest an LSH index is rebuilt
from the stored signatures, so a copy is found whichever run stored the first one.

A candidate from the LSH index is confirmed by the estimated Jaccard similarity of the two
signatures. The threshold was chosen by measuring on ``tests/fixtures/ingest/dedup``:

- the same wire story in two outlets, first sentence rewritten and a sentence added:
  estimated Jaccard 0.77 (exact 0.76);
- a different story on the same topic (same states, same agreement, shared phrases):
  0.03;
- the same story cut to its first half by the second outlet: 0.48.

``THRESHOLD = 0.4`` links all copies above (with room for heavier edits) and stays far
above unrelated stories on one topic. The LSH index is built for a lower threshold
(``_LSH_THRESHOLD``) so that pairs just above 0.4 are not missed by its banding; the exact
estimate then decides.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable

from datasketch import LeanMinHash, MinHash, MinHashLSH
from sqlalchemy import Connection, Engine, select

from ..store.schema import documents

NUM_PERM = 128
SEED = 20240619
SHINGLE_WORDS = 3
THRESHOLD = 0.5
# The LSH index and the signature estimate only pick candidates for the exact comparison:
# both are set well below THRESHOLD (the estimate's standard error at 128 permutations is
# about 0.045 near 0.5) so that no pair above it is lost to estimation noise.
_LSH_THRESHOLD = 0.3
_ESTIMATE_FLOOR = 0.3
_SCHEME = "affine32"
_BYTEORDER = "<"  # stored signatures are portable between machines
_WORD = re.compile(r"\w+")
_LOAD_BATCH = 5000

Pending = dict[str, tuple[LeanMinHash, str | None, str]]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The word ``size``-grams of ``text`` (case folded, punctuation ignored); a text shorter
    than ``size`` words is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> LeanMinHash:
    """The MinHash signature of ``text``'s shingles."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=_SCHEME)
    minhash.update_batch(sorted(shingles(text)))
    return LeanMinHash(minhash)


def to_bytes(sig: LeanMinHash) -> bytes:
    """``sig`` as stored in ``documents.minhash``."""
    buffer = bytearray(sig.bytesize(byteorder=_BYTEORDER))
    sig.serialize(buffer, byteorder=_BYTEORDER)
    return bytes(buffer)


def from_bytes(data: bytes | None) -> LeanMinHash | None:
    """The signature stored as ``data``, or None when there is none or it was made with
    other settings (it cannot be compared with this code's signatures)."""
    if not data:
        return None
    try:
        sig = LeanMinHash.deserialize(data, byteorder=_BYTEORDER)
    except (ValueError, TypeError, struct.error):  # a corrupt blob is no signature
        return None
    if sig.seed != SEED or len(sig) != NUM_PERM or sig.scheme != _SCHEME:
        return None
    return sig


def similarity(a: LeanMinHash, b: LeanMinHash) -> float:
    """Estimated Jaccard similarity of the shingle sets behind ``a`` and ``b``."""
    return float(a.jaccard(b))


class NearDuplicateIndex:
    """An LSH index over stored signatures; finds the first copy of a near-duplicate."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=_LSH_THRESHOLD, num_perm=NUM_PERM)

    @classmethod
    def load(cls, engine: Engine) -> NearDuplicateIndex:
        """The index of every signature stored in ``engine``'s documents, read in pages so
        that a large store is not loaded in one result."""
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
                for doc_id, blob in rows:
                    sig = from_bytes(blob)
                    if sig is not None:
                        index.add(doc_id, sig)
                last = rows[-1][0]
        return index

    def add(self, doc_id: str, sig: LeanMinHash) -> None:
        """Indexes ``sig`` under ``doc_id``."""
        if doc_id not in self._lsh:
            self._lsh.insert(doc_id, sig, check_duplication=False)

    def remove(self, doc_ids: Iterable[str]) -> None:
        """Forgets ``doc_ids`` (documents of a batch that was rolled back)."""
        for doc_id in doc_ids:
            if doc_id in self._lsh:
                self._lsh.remove(doc_id)

    def find(self, conn: Connection, text: str, sig: LeanMinHash, pending: Pending) -> str | None:
        """The id of the first copy of ``text`` (whose signature is ``sig``) among stored
        documents and ``pending`` (this batch's documents, not yet readable from ``conn``:
        id -> (signature, duplicate_of, text)), or None when it has no near-duplicate."""
        candidates = set(self._lsh.query(sig))
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
        if stored:
            rows = conn.execute(
                select(documents.c.id, documents.c.minhash, documents.c.duplicate_of).where(
                    documents.c.id.in_(stored)
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
    if not ids:
        return {}
    rows = conn.execute(select(documents.c.id, documents.c.text).where(documents.c.id.in_(ids)))
    return dict(rows.tuples())
