"""Plain-text articles (``.txt``, ``.text``).

The layout understood, all of it optional but the body::

    Headline on the first line
    Published: 2024-06-19
    Source: Meridian Wire
    URL: https://meridian-wire.test/...

    Body text, kept exactly as written from here on.

The first line is a title when it looks like a headline (short, no final period) and is
followed by a blank line or a header line. Header lines may also open a file that has no
title. Neither the title nor the headers are part of the document's text.
"""

from __future__ import annotations

import re

from ..base.dates import normalise_date
from ..model import Document
from .base import BadInput
from .ids import content_hash
from .textio import decode, primary_language, universal_newlines

# Headlines are rarely longer; a longer first line is a paragraph.
_MAX_TITLE_CHARS = 200
_HEADER = re.compile(
    r"(?P<key>published|date|source|url|link|lang|language)[ \t]*:[ \t]*(?P<value>\S.*?)\s*",
    re.IGNORECASE,
)
_HEADER_FIELD = {
    "published": "published",
    "date": "published",
    "source": "source",
    "url": "url",
    "link": "url",
    "lang": "lang",
    "language": "lang",
}


def read_txt(data: bytes, *, origin: str, doc_id: str) -> Document:
    """The document in the plain-text ``data``: title and header lines as metadata, the
    rest as text (line ends made ``\\n``, trailing whitespace dropped, nothing else
    changed). Raises :class:`BadInput` for text that cannot be read or has no body."""
    text = universal_newlines(decode(data))
    lines = text.split("\n")
    i = _skip_blank(lines, 0)
    title = None
    if _is_title(lines, i):
        title = lines[i].strip()
        i += 1
    meta: dict[str, str] = {}
    while i < len(lines) and (match := _HEADER.fullmatch(lines[i])):
        meta.setdefault(_HEADER_FIELD[match["key"].lower()], match["value"])
        i += 1
    i = _skip_blank(lines, i)
    body = "\n".join(lines[i:]).rstrip()
    if not body:
        if meta:
            raise BadInput("no text after the title and header lines")
        # A lone short line is the document itself, not a headline of nothing.
        title, body = None, text.strip()
    return Document(
        id=doc_id,
        text=body,
        title=title,
        url=meta.get("url"),
        published=normalise_date(meta.get("published")),
        source=meta.get("source"),
        lang=primary_language(meta.get("lang")),
        origin=origin,
        content_hash=content_hash(body),
    )


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _is_title(lines: list[str], i: int) -> bool:
    if i + 1 >= len(lines):
        return False
    line = lines[i].strip()
    if not line or len(line) > _MAX_TITLE_CHARS or _HEADER.fullmatch(line):
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    following = lines[i + 1]
    return not following.strip() or bool(_HEADER.fullmatch(following))
