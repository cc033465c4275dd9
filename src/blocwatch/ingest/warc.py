"""Web archives (``.warc``, ``.warc.gz``): each HTML page captured is a document.

Records are read one at a time from the stream (warcio), each bounded by the document size
limit, so an archive of any size streams through. ``response`` and ``resource`` records
with an HTML payload and a 2xx status go through the HTML reader, with the
``WARC-Target-URI`` as the URL and the ``WARC-Date`` (the capture day) as the date when the
page states none. Other records with a payload (images, scripts, redirects, errors) are
skipped; requests, metadata and warcinfo records are not inputs at all.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document
from .base import BadInput, InputError, Skipped
from .html import read_html
from .ids import entry_id
from .textio import size_limit, too_large

_PAGE_RECORDS = {"response", "resource", "revisit", "conversion"}
_HTML = {"text/html", "application/xhtml+xml"}
_NO_WARC_HEADER = "it does not start with a WARC/1.x record"


def read_warc(
    stream: BinaryIO, *, origin: str, stem: str
) -> Iterator[Document | InputError | Skipped]:
    """The HTML pages of the WARC ``stream`` as documents with ids
    ``<stem>-<8 hex of the target URI>`` and origins ``origin#record N`` (N counts every
    record from 1). Raises :class:`BadInput` when the stream is not a WARC file at all."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = iter(ArchiveIterator(stream))
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
            reason = _load_failure(exc)
        except (AttributeError, TypeError, IndexError, KeyError) as exc:
            # warcio trips over some malformed headers (a response record without a
            # WARC-Target-URI); the input is broken, not blocwatch.
            reason = f"malformed record headers ({type(exc).__name__})"
        else:
            reason = None
        if reason is not None:
            if number == 0:
                raise BadInput(f"not a WARC file ({reason})") from None
            # The stream cannot be resynchronised after a broken record.
            yield InputError(f"{origin}#record {number + 1}", f"unreadable WARC record ({reason})")
            return
        number += 1
        where = f"{origin}#record {number}"
        if number == 1 and (record.format != "warc" or record.rec_type is None):
            raise BadInput(f"not a WARC file ({_NO_WARC_HEADER})")
        if record.rec_type not in _PAGE_RECORDS:
            continue
        try:
            item = _page(record, where, stem)
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
            yield InputError(where, f"unreadable WARC record ({_load_failure(exc)})")
            return
        if item is not None:
            yield item
    if number == 0:
        raise BadInput("empty file (no WARC records)")


def _page(record, where: str, stem: str) -> Document | InputError | Skipped | None:
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    if record.rec_type == "revisit":
        # A revisit repeats an earlier capture without its payload.
        return None
    if record.http_headers is not None and record.rec_type == "response":
        status = record.http_headers.get_statuscode() or ""
        content_type = record.http_headers.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return Skipped(where, f"HTTP status {status or 'unknown'}")
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime, charset = _content_type(content_type)
    if mime not in _HTML:
        return Skipped(where, f"not HTML ({mime or 'no content type'})")
    payload = record.content_stream().read(size_limit() + 1)
    if len(payload) > size_limit():
        return InputError(where, too_large(None).reason)
    # The payload was read to its end; bytes the record announced but the file does not
    # hold mean it was cut short (an interrupted crawl or copy).
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        return InputError(where, f"truncated WARC record ({missing:,} bytes missing)")
    try:
        document = read_html(
            payload,
            origin=where,
            doc_id=entry_id(stem, uri or ""),
            url=uri,
            fallback_date=record.rec_headers.get_header("WARC-Date"),
            charset=charset,
        )
    except BadInput as exc:
        return InputError(where, exc.reason)
    if not uri:
        document.id = entry_id(stem, document.text)
    return document


def _content_type(value: str) -> tuple[str, str | None]:
    mime, *params = (part.strip() for part in value.split(";"))
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return mime.lower(), charset


def _load_failure(exc: BaseException) -> str:
    message = str(exc).strip()
    if "non-chunked gzip" in message:
        return "gzip compressed as one stream, not per record; fix it with `warcio recompress`"
    if message.startswith(("Unknown archive format", "Invalid WARC record")):
        return _NO_WARC_HEADER  # warcio quotes the first line's words, which helps nobody
    first = next((line.strip() for line in message.splitlines() if line.strip()), "")
    return first or type(exc).__name__
