"""Document identity: content hashes and ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..base.fingerprints import content_hash  # noqa: F401 - document identity

# documents.id is String(200); room is kept for the "-<8 hex>" suffix added on a clash.
MAX_ID_LENGTH = 190
_ID_COLUMN = 200
_NOT_SLUG = re.compile(r"[^\w]+")


def short_hash(value: str, length: int = 8) -> str:
    """The first ``length`` hex digits of sha256(``value``): a stable, short distinguisher."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:length]


def slugify(name: str) -> str:
    """``name`` as an id: lower case, letters (any script) and digits joined by ``-``,
    at most :data:`MAX_ID_LENGTH` characters; empty when nothing usable is left."""
    slug = _NOT_SLUG.sub("-", unicodedata.normalize("NFKC", name).casefold())
    slug = slug.replace("_", "-")
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    return slug[:MAX_ID_LENGTH].rstrip("-")


def file_id(stem: str, text: str) -> str:
    """The id of a document read from a whole file: its slugified stem, or ``doc-<hash>``
    when the stem has no usable characters."""
    return slugify(stem) or f"doc-{short_hash(text)}"


def entry_id(stem: str, key: str) -> str:
    """The id of one record in a container (feed entry, WARC record):
    ``<file stem>-<8 hex of key>``, where key is its URL or, lacking one, its text."""
    base = slugify(stem)[: MAX_ID_LENGTH - 9] or "doc"
    return f"{base}-{short_hash(key)}"


def with_suffix(doc_id: str, hash_hex: str, length: int = 8) -> str:
    """``doc_id`` made distinct by the content hash, for when the id is taken by other
    content: ``<id>-<length hex>``."""
    return f"{doc_id[: _ID_COLUMN - 1 - length]}-{hash_hex[:length]}"
