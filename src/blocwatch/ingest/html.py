"""Web pages (``.html``, ``.htm``, and HTML records of WARC files).

trafilatura finds the article in the page and drops navigation, related links, comment
sections and footers; :mod:`.boilerplate` then removes the widgets that sit inside article
bodies. Metadata comes from the page's own tags: ``og:title``/``<title>``,
``article:published_time`` and similar, ``og:site_name``, the canonical link.
"""

from __future__ import annotations

import logging
import re

from ..base.dates import normalise_date
from ..model import Document
from .base import BadInput
from .boilerplate import drop_boilerplate
from .htmltext import declared_charset
from .ids import content_hash
from .textio import decode, primary_language

_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,8})""", re.IGNORECASE)
_OG_LOCALE = re.compile(
    r"""<meta[^>]+property\s*=\s*["']og:locale["'][^>]*content\s*=\s*["']([A-Za-z]{2,8})""",
    re.IGNORECASE,
)

# trafilatura and htmldate log every page they find thin or odd at WARNING; for an ingest
# that is noise, and a page without text is reported as an input error anyway.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def read_html(
    data: bytes,
    *,
    origin: str,
    doc_id: str,
    url: str | None = None,
    fallback_date: str | None = None,
    charset: str | None = None,
) -> Document:
    """The article in the HTML page ``data``: main text as paragraphs separated by blank
    lines, with title, publication date, site name, canonical URL and language from the
    page. ``url`` (a WARC target URI) wins over the page's own; ``fallback_date`` is used
    when the page states none; ``charset`` (from an HTTP header) is tried when the bytes are
    not UTF-8, as is a ``<meta charset>``. Raises :class:`BadInput` for unreadable pages."""
    text = decode(data, fallback=charset or declared_charset(data))
    extracted = _extract(text)
    if extracted is None or extracted.body is None:
        raise BadInput("no article text found in the page")
    title = _clean(extracted.title)
    blocks = drop_boilerplate(_blocks(extracted.body))
    # trafilatura keeps the headline as the first heading; it is the title, not the text
    # (as for .txt files).
    if blocks and title and _same(blocks[0], title):
        blocks = blocks[1:]
    body = "\n\n".join(blocks)
    if not body.strip():
        raise BadInput("no article text found in the page")
    return Document(
        id=doc_id,
        text=body,
        title=title,
        url=url or _clean(extracted.url),
        published=normalise_date(extracted.date) or normalise_date(fallback_date),
        source=_clean(extracted.sitename),
        lang=_language(text),
        origin=origin,
        content_hash=content_hash(body),
    )


def _extract(text: str):
    import trafilatura  # imported here: it takes a second, and only HTML needs it
    from trafilatura.settings import set_date_params

    try:
        return trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Only dates the page states in its metadata, URL or markup: the extensive
            # search guesses from any date-like string in the text (a "2023" in a table).
            date_extraction_params=set_date_params(extensive=False),
        )
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        # lxml and trafilatura raise these on pathological markup; the page is then bad
        # input, not a crash of the whole ingest.
        raise BadInput(f"cannot parse the HTML ({type(exc).__name__}: {exc})") from None


def _blocks(body) -> list[str]:
    """trafilatura's XML body as text blocks: paragraphs, headings, quotes; a list's items
    and a table's rows one per line."""
    blocks = []
    for element in body:
        tag = element.tag
        if tag == "list":
            lines = [_inline(item) for item in element.iter("item")]
        elif tag == "table":
            lines = [
                " | ".join(filter(None, (_inline(cell) for cell in row.iter("cell"))))
                for row in element.iter("row")
            ]
        elif tag == "graphic":
            continue
        else:
            lines = [_inline(element)]
        block = "\n".join(line for line in lines if line)
        if block:
            blocks.append(block)
    return blocks


def _inline(element) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "lb":
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None


def _language(page: str) -> str | None:
    head = page[:20000]
    match = _LANG.search(head) or _OG_LOCALE.search(head)
    return primary_language(match.group(1)) if match else None
