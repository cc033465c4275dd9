"""JSON Lines (``.jsonl``, ``.ndjson``): one document a line.

Fields: ``id`` and ``text`` required; ``url``, ``title``, ``published``, ``source``, ``lang``
optional; others (a gold file's annotations, say) ignored. The file is read line by line,
each line bounded by the document size limit, so a file of any size streams through. A bad
line is reported with its number and the other lines still go in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..base.dates import normalise_date
from ..model import Document
from .base import BadInput, InputError
from .ids import MAX_ID_LENGTH, content_hash
from .textio import check_not_binary, clean_text, primary_language, size_limit, too_large

_OPTIONAL = ("url", "title", "published", "source", "lang")
# How much of an over-long line is read at a time while skipping it.
_SKIP_CHUNK = 1 << 20


def read_jsonl(stream: BinaryIO, *, origin: str) -> Iterator[Document | InputError]:
    """The documents of the JSON Lines ``stream``, or an :class:`InputError` with origin
    ``origin:LINE`` for each line that is not one. Raises :class:`BadInput` when the whole
    stream is unreadable (binary, UTF-16) or has no line at all."""
    any_line = False
    for number, raw in enumerate(_lines(stream), start=1):
        if number == 1:
            check_not_binary(raw if isinstance(raw, bytes) else b"")
            if isinstance(raw, bytes) and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
        where = f"{origin}:{number}"
        if raw is None:
            any_line = True
            yield InputError(where, too_large(None).reason)
            continue
        if not raw.strip():
            continue
        any_line = True
        try:
            yield _document(raw, where)
        except BadInput as exc:
            yield InputError(where, exc.reason)
    if not any_line:
        raise BadInput("empty file (no JSON lines)")


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``stream``; None stands for a line over the size limit, which is read
    past in chunks and never held in memory."""
    limit = size_limit()
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _document(raw: bytes, where: str) -> Document:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(
            f"unreadable encoding: not UTF-8 (byte 0x{raw[exc.start]:02x}"
            f" at column {exc.start + 1})"
        ) from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        message = exc.msg.removesuffix(" at").rstrip(": ")  # "Invalid control character at"
        raise BadInput(f"malformed JSON ({message} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise BadInput(f"not a JSON object (a {type(record).__name__})")
    doc_id = _id(record)
    text = record.get("text")
    if text is None:
        raise BadInput('missing "text"')
    if not isinstance(text, str):
        raise BadInput(f'"text" is not a string (a {type(text).__name__})')
    if not text.strip():
        raise BadInput('empty "text"')
    text = clean_text(text, '"text"')
    if not text.strip():
        raise BadInput('no "text" (only control characters)')
    fields = {}
    for name in _OPTIONAL:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise BadInput(f'"{name}" is not a string (a {type(value).__name__})')
        if value is not None:
            value = clean_text(value, f'"{name}"')
        fields[name] = (value.strip() or None) if isinstance(value, str) else None
    return Document(
        id=doc_id,
        text=text,
        title=fields["title"],
        url=fields["url"],
        published=normalise_date(fields["published"]),
        source=fields["source"],
        lang=primary_language(fields["lang"]),
        origin=where,
        content_hash=content_hash(text),
    )


def _id(record: dict) -> str:
    value = record.get("id")
    if value is None:
        raise BadInput('missing "id"')
    # Numbers are common ids in exported data; booleans are not ids.
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise BadInput(f'"id" is not a string (a {type(value).__name__})')
    doc_id = str(value).strip()
    if not doc_id:
        raise BadInput('empty "id"')
    if len(doc_id) > MAX_ID_LENGTH:
        raise BadInput(f'"id" is longer than {MAX_ID_LENGTH} characters')
    return clean_text(doc_id, '"id"')
