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
