"""From the paths a user gives to a stream of documents: files, folders, standard input.

The file type comes from the name (``.txt``, ``.html``, ``.jsonl``, ``.rss``, ``.warc.gz``
...); a file without a suffix and standard input are recognised by their first bytes. Every
failure becomes an :class:`InputError` naming the input, and reading goes on with the next.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from ..model import Document
from .base import BadInput, InputError, Skipped
from .feed import read_feed
from .html import read_html
from .ids import content_hash, file_id, short_hash
from .jsonl import read_jsonl
from .textio import check_size, clean_text, size_limit, too_large
from .txt import read_txt
from .warc import read_warc

Item = Document | InputError | Skipped
OnBytes = Callable[[int], None]

# Suffixes and the reader for each; ".warc.gz" is matched on the whole name.
KINDS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".feed": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}
_SUPPORTED = ", ".join(KINDS)
_SNIFF_BYTES = 4096
_FEED_ROOT = re.compile(
    rb"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>)*<(?:[\w.-]+:)?(rss|feed|RDF)\b",
    re.DOTALL | re.IGNORECASE,
)


def read_inputs(
    paths: Sequence[str], *, stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Streams documents from files, folders (recursively, sorted by name, hidden files and
    folders skipped, files of unknown type passed over) and ``-`` (standard input, or
    ``stdin``). A bad input is yielded as an :class:`InputError` and reading goes on. A whole
    large container is never held in memory: JSON Lines files are read line by line and
    WARC files record by record; every other input is bounded by the document size limit."""
    for item in iter_inputs(paths, stdin=stdin):
        if not isinstance(item, Skipped):
            yield item


def iter_inputs(
    paths: Sequence[str], *, stdin: BinaryIO | None = None, on_bytes: OnBytes | None = None
) -> Iterator[Item]:
    """:func:`read_inputs`, also yielding what was skipped; ``on_bytes(n)`` is called as
    ``n`` more bytes of the inputs have been read (for a progress bar). Every document
    passes :func:`checked` whatever its format."""
    for item in _iter_inputs(paths, stdin=stdin, on_bytes=on_bytes):
        yield checked(item) if isinstance(item, Document) else item


_TEXT_FIELDS = ("title", "url", "source")


def checked(doc: Document) -> Document | InputError:
    """``doc`` with its text and metadata cleaned by :func:`~.textio.clean_text` (its
    content hash made again when the text changed), or an :class:`InputError` naming its
    origin when the text or its metadata cannot be stored."""
    try:
        text = clean_text(doc.text)
        if text != doc.text:
            doc.text = text
            doc.content_hash = content_hash(text)
        if not text.strip():
            raise BadInput("no text (only control characters)")
        doc.id = clean_text(doc.id, "id")
        for name in _TEXT_FIELDS:
            value = getattr(doc, name)
            if value is not None:
                setattr(doc, name, clean_text(value, name) or None)
    except BadInput as exc:
        return InputError(doc.origin or doc.id, exc.reason)
    return doc


def _iter_inputs(
    paths: Sequence[str], *, stdin: BinaryIO | None = None, on_bytes: OnBytes | None = None
) -> Iterator[Item]:
    on_bytes = on_bytes or _ignore
    for given in paths:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded("-", lambda s=stream: _read_unknown(s, "-", "stdin", on_bytes))
            continue
        if not given:
            yield InputError("''", "empty path")
            continue
        path = Path(given)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except FileNotFoundError:
            reason = "broken symbolic link" if path.is_symlink() else "no such file or directory"
            yield InputError(given, reason)
            continue
        except OSError as exc:
            yield InputError(given, _os_reason(exc))
            continue
        if is_dir:
            yield from _walk(path, on_bytes)
            continue
        kind = kind_of(path)
        if kind is None and path.suffix:
            yield InputError(
                given, f"unsupported file type {path.suffix!r} (supported: {_SUPPORTED})"
            )
            continue
        yield from _read_file(path, kind, on_bytes)


def kind_of(path: Path) -> str | None:
    """The reader for ``path`` by its name (``txt``, ``html``, ``jsonl``, ``feed``,
    ``warc``), or None for an unsupported or missing suffix."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return KINDS.get(Path(name).suffix)


def scan(paths: Sequence[str]) -> tuple[int, int]:
    """(number of files, total bytes) that :func:`iter_inputs` would read from ``paths``,
    from file metadata only; standard input counts as zero bytes."""
    files = size = 0
    for given in paths:
        path = Path(given)
        candidates = _files_under(path) if path.is_dir() else [path]
        for file in candidates:
            try:
                size += file.stat().st_size
                files += 1
            except OSError:
                continue
    return files, size


def _walk(folder: Path, on_bytes: OnBytes) -> Iterator[Item]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(str(folder), _os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            # Symbolic links to folders are not followed: they can loop.
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as exc:
            yield InputError(str(path), _os_reason(exc))
            continue
        if is_dir:
            yield from _walk(path, on_bytes)
            continue
        kind = kind_of(path)
        if kind is None:
            reason = "unsupported file type"
            if entry.is_symlink() and path.is_dir():
                reason = "symbolic link to a folder, not followed"
            yield Skipped(str(path), reason)
            continue
        yield from _read_file(path, kind, on_bytes)


def _files_under(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and kind_of(Path(name)) is not None:
                yield Path(root, name)


def _read_file(path: Path, kind: str | None, on_bytes: OnBytes) -> Iterator[Item]:
    origin = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(origin, _os_reason(exc))
        return
    with handle:
        stem = _stem(path)
        yield from _guarded(origin, lambda: _read_kind(handle, kind, origin, stem, on_bytes))


def _read_kind(
    handle: BinaryIO, kind: str | None, origin: str, stem: str, on_bytes: OnBytes
) -> Iterator[Item]:
    if kind is None:
        yield from _read_unknown(handle, origin, stem, on_bytes)
    elif kind == "jsonl":
        yield from read_jsonl(_Counting(handle, on_bytes), origin=origin)
    elif kind == "warc":
        yield from read_warc(_Counting(handle, on_bytes), origin=origin, stem=stem)
    else:
        size = os.fstat(handle.fileno()).st_size
        check_size(size)
        data = _read_bounded(handle)
        on_bytes(len(data))
        if len(data) > size_limit():  # a pipe or device has no size; a file may grow
            raise too_large(None)
        yield from _read_whole(data, kind, origin, stem)


def _read_whole(data: bytes, kind: str, origin: str, stem: str) -> Iterator[Item]:
    """The documents of a whole input ``data`` (at most the size limit) of type ``kind``."""
    if kind == "feed":
        yield from read_feed(data, origin=origin, stem=stem)
        return
    reader = read_txt if kind == "txt" else read_html
    document = reader(data, origin=origin, doc_id=stem)
    # The id is the file's name; standard input has none, so its content makes one.
    document.id = _stdin_id(document.text) if origin == "-" else file_id(stem, document.text)
    yield document


def _read_unknown(stream: BinaryIO, origin: str, stem: str, on_bytes: OnBytes) -> Iterator[Item]:
    """An input of unknown type, recognised by its first bytes: ``{`` JSON Lines, ``<``
    HTML or (with an ``<rss>``, ``<feed>`` or RDF root) a feed, anything else text."""
    head = stream.read(_SNIFF_BYTES)
    kind = _sniff(head)
    if kind == "jsonl":
        yield from read_jsonl(_Counting(_Prefixed(head, stream), on_bytes), origin=origin)
        return
    data = head + _read_bounded(stream, size_limit() + 1 - len(head))
    on_bytes(len(data))
    if len(data) > size_limit():
        raise too_large(None)
    yield from _read_whole(data, kind, origin, stem)


def _sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        return "feed" if _FEED_ROOT.match(start) else "html"
    return "txt"


def _guarded(origin: str, read: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """The items of ``read()``; a :class:`BadInput` or I/O failure ends that input with an
    :class:`InputError` naming it, never the whole run."""
    try:
        yield from read()
    except BadInput as exc:
        yield InputError(origin, exc.reason)
    except OSError as exc:
        yield InputError(origin, _os_reason(exc))


def _read_bounded(stream: BinaryIO, limit: int | None = None) -> bytes:
    """At most ``limit`` (default: the size limit + 1) bytes: enough to tell that an input
    is too large without reading all of it (a file may grow, stdin has no size)."""
    return stream.read(size_limit() + 1 if limit is None else max(limit, 0))


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".warc.gz"):
        return name[: -len(".warc.gz")]
    return path.stem


def _stdin_id(text: str) -> str:
    return f"stdin-{short_hash(content_hash(text))}"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


def _ignore(_n: int) -> None:
    return None


class _Prefixed:
    """A binary stream that first returns ``head`` (bytes already read to sniff the type)
    and then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.read(size)
        if size is None or size < 0:
            data, self._head = self._head + self._stream.read(), b""
            return data
        data, self._head = self._head[:size], self._head[size:]
        if len(data) < size:
            data += self._stream.read(size - len(data))
        return data

    def readline(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.readline(size)
        unbounded = size is None or size < 0
        limit = len(self._head) if unbounded else min(size, len(self._head))
        cut = self._head.find(b"\n", 0, limit)
        take = cut + 1 if cut >= 0 else limit
        line, self._head = self._head[:take], self._head[take:]
        if cut >= 0 or self._head:  # the line ended, or size was reached, within head
            return line
        if unbounded:
            return line + self._stream.readline()
        rest = size - len(line)
        return line + self._stream.readline(rest) if rest > 0 else line


class _Counting:
    """A binary stream that reports how many bytes were read through it."""

    def __init__(self, stream, on_bytes: OnBytes) -> None:
        self._stream = stream
        self._on_bytes = on_bytes

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._on_bytes(len(data))
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self._stream.readline(size)
        self._on_bytes(len(data))
        return data
