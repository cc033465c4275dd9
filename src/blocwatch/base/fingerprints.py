"""Fingerprints of a document's text, computed by ingest and stored with the document: its
content hash (exact copies) and its MinHash signature (near-duplicates), in the form
``documents.content_hash`` and ``documents.minhash`` hold them."""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from datasketch import LeanMinHash

NUM_PERM = 128
SEED = 20240619
SHINGLE_WORDS = 3
_SCHEME = "affine32"
_BYTEORDER = "<"  # stored signatures are portable between machines
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """sha256 (hex) of ``text`` with Unicode composed, whitespace runs collapsed and case
    folded, so a re-wrapped or re-cased copy of a document hashes the same."""
    normal = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    # surrogatepass: a hash for any str; a lone surrogate is refused by the readers, later.
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The word ``size``-grams of ``text`` (case folded, punctuation ignored); a text shorter
    than ``size`` words is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> LeanMinHash:
    """The MinHash signature of ``text``'s shingles."""
    # datasketch takes most of a second to import: only code that hashes pays for it.
    from datasketch import LeanMinHash, MinHash

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
    from datasketch import LeanMinHash

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


# Banding of a signature for the near-duplicate index (``documents_bands``), as in
# datasketch's ``MinHashLSH``: the first ``BANDS * ROWS`` values are cut into bands of
# ``ROWS``; two documents are candidates when any band is equal. With 42 bands of 3 rows a
# pair with Jaccard similarity 0.5 is a candidate with probability 0.996, 0.6 with 0.99996,
# an unrelated pair (0.01) with 0.00004.
BANDS = 42
ROWS = 3
# Odd 64-bit constants: the rows of a band are mixed into one hash, and each band gets its
# own salt so that equal values in different bands do not match by accident.
_MIX = 0x9E3779B97F4A7C15
_SALT = 0xC2B2AE3D27D4EB4F


def band_hashes(hashvalues: np.ndarray) -> np.ndarray:
    """The ``(n, BANDS)`` band hashes (``uint64``) of ``n`` signatures given as an
    ``(n, >= BANDS*ROWS)`` array of 32-bit MinHash values."""
    import numpy as np

    values = np.asarray(hashvalues, dtype=np.uint64)[:, : BANDS * ROWS]
    rows = values.reshape(values.shape[0], BANDS, ROWS)
    # (v0 << 32 | v1) keeps two rows exactly; the third is mixed in by multiplication
    # (modulo 2**64: NumPy integer arrays wrap). A collision only costs a wasted check.
    mixed = (rows[:, :, 0] << np.uint64(32)) | rows[:, :, 1]
    mixed ^= rows[:, :, 2] * np.uint64(_MIX)
    salts = (np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(_SALT)).reshape(1, BANDS)
    return mixed ^ salts


def stored_bands(sig: LeanMinHash) -> list[int]:
    """The distinct band hashes of ``sig`` as signed 64-bit integers, the form the store's
    ``documents_bands.band`` column holds (SQL has no unsigned 64-bit type)."""
    return sorted(set(bands_of([sig])[0]))


def bands_of(sigs: list[LeanMinHash]) -> list[list[int]]:
    """The band hashes of each of ``sigs`` (``BANDS`` each) as signed 64-bit integers,
    computed for all at once."""
    import numpy as np

    if not sigs:
        return []
    hashes = band_hashes(np.stack([sig.hashvalues for sig in sigs]))
    return hashes.view(np.int64).tolist()
