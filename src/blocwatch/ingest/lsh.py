"""A compact LSH index of MinHash signatures, for finding near-duplicate candidates.

Banding as in datasketch's ``MinHashLSH``: a signature's first ``BANDS * ROWS`` values are
cut into bands of ``ROWS``; two documents are candidates when any band is equal. With 42
bands of 3 rows a pair with Jaccard similarity 0.5 is a candidate with probability 0.996,
0.6 with 0.99996, an unrelated pair (0.01) with 0.00004.

datasketch keeps a Python set per bucket, about 11 kB per document: 11 GB and minutes of
loading for a million documents at the start of every ingest. Here each band value is one
64-bit hash in sorted NumPy arrays with the document's 32-bit position (12 bytes per band
and document, about 0.5 kB a document), so the index of a large store loads in seconds.
"""

from __future__ import annotations

import numpy as np

BANDS = 42
ROWS = 3
# Odd 64-bit constants: the rows of a band are mixed into one hash, and each band gets its
# own salt so that equal values in different bands do not match by accident.
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SALTS = (np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)).reshape(
    1, BANDS
)
# The latest additions are kept in a dict (about 100 bytes per band and document) until
# there are this many; then they become a sorted run.
_RUN_AT = 5_000


def band_hashes(hashvalues: np.ndarray) -> np.ndarray:
    """The ``(n, BANDS)`` band hashes of ``n`` signatures given as an ``(n, >= BANDS*ROWS)``
    array of 32-bit MinHash values."""
    values = np.asarray(hashvalues, dtype=np.uint64)[:, : BANDS * ROWS]
    rows = values.reshape(values.shape[0], BANDS, ROWS)
    # (v0 << 32 | v1) keeps two rows exactly; the third is mixed in by multiplication
    # (modulo 2**64: NumPy integer arrays wrap). A collision only costs a wasted check.
    mixed = (rows[:, :, 0] << np.uint64(32)) | rows[:, :, 1]
    mixed ^= rows[:, :, 2] * _MIX
    return mixed ^ _SALTS


class BandIndex:
    """Document positions by band hash. Positions are ``0..len-1`` in the order documents
    were added.

    The bulk lives in a few sorted runs of (hash, position) arrays, merged like a binary
    counter so each run is at least twice the size of the next: a query is one binary search
    per run, and merging costs O(n log n) over a whole ingest. The latest additions sit in
    a dict until there are enough of them to make a run."""

    def __init__(self) -> None:
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted hashes, positions)
        self._in_runs = 0  # positions below this are in the runs
        self._recent: dict[int, list[int]] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, hashes: np.ndarray) -> None:
        """Appends documents by their ``(n, BANDS)`` band hashes."""
        for row in np.atleast_2d(hashes).tolist():
            for value in row:
                self._recent.setdefault(value, []).append(self._count)
            self._count += 1

    def add_bulk(self, hashes: np.ndarray) -> None:
        """Appends many documents at once, straight into a sorted run (loading a store)."""
        self.compact()
        count = len(hashes)
        positions = np.repeat(np.arange(self._count, self._count + count, dtype=np.int64), BANDS)
        self._count += count
        self._in_runs = self._count
        self._push_run(_sorted_run(np.ascontiguousarray(hashes).ravel(), positions))

    def truncate(self, count: int) -> None:
        """Forgets the documents added after the first ``count`` (a rolled-back batch); only
        documents still among the latest additions can be forgotten."""
        if count < self._in_runs:
            raise ValueError("cannot forget documents already compacted")
        if count >= self._count:
            return
        for value in list(self._recent):
            kept = [position for position in self._recent[value] if position < count]
            if kept:
                self._recent[value] = kept
            else:
                del self._recent[value]
        self._count = count

    def compact_if_large(self) -> None:
        """Moves the latest additions into a sorted run once there are many of them. Call it
        only where no :meth:`truncate` to an earlier count can follow."""
        if self._count - self._in_runs >= _RUN_AT:
            self.compact()

    def compact(self) -> None:
        """Moves every latest addition into a sorted run, merging runs of similar size."""
        if self._count == self._in_runs:
            return
        size = sum(len(positions) for positions in self._recent.values())
        hashes = np.fromiter(
            (value for value, positions in self._recent.items() for _ in positions),
            dtype=np.uint64,
            count=size,
        )
        owners = np.fromiter(
            (p for positions in self._recent.values() for p in positions),
            dtype=np.int64,
            count=size,
        )
        self._recent = {}
        self._in_runs = self._count
        self._push_run(_sorted_run(hashes, owners))

    def _push_run(self, run: tuple[np.ndarray, np.ndarray]) -> None:
        self._runs.append(run)
        while len(self._runs) > 1 and len(self._runs[-1][0]) * 2 > len(self._runs[-2][0]):
            newer, older = self._runs.pop(), self._runs.pop()
            self._runs.append(
                _sorted_run(
                    np.concatenate([older[0], newer[0]]), np.concatenate([older[1], newer[1]])
                )
            )

    def query(self, hashes: np.ndarray) -> set[int]:
        """Positions of the documents sharing a band with the ``(BANDS,)`` band hashes."""
        found: set[int] = set()
        for sorted_hashes, owners in self._runs:
            low = np.searchsorted(sorted_hashes, hashes, side="left")
            high = np.searchsorted(sorted_hashes, hashes, side="right")
            hit = high > low
            for start, end in zip(low[hit].tolist(), high[hit].tolist(), strict=True):
                found.update(owners[start:end].tolist())
        for value in hashes.tolist():
            found.update(self._recent.get(value, ()))
        return found


def _sorted_run(hashes: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(hashes, kind="stable")
    return hashes[order], owners[order].astype(np.int32)
