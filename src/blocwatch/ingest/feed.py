"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``, ``.feed``): each entry is a document.

The entry's full content (``content:encoded``, Atom ``content``) is preferred over its
summary; markup is stripped, paragraphs kept. The feed's title is the documents' source.
feedparser is given bytes, never a name, so it reads nothing from the network or disk.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..base.dates import normalise_date
from ..model import Document
from .base import BadInput, InputError, Skipped
from .htmltext import fragment_to_text
from .ids import content_hash, entry_id
from .textio import check_not_binary, primary_language

_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def read_feed(data: bytes, *, origin: str, stem: str) -> Iterator[Document | Skipped | InputError]:
    """The entries of the RSS/Atom feed ``data`` as documents with ids
    ``<stem>-<8 hex of the entry's link or text>`` and origins ``origin#entry N``; an entry
    with no text is skipped. Raises :class:`BadInput` when ``data`` is not a feed. A feed
    that is malformed XML but partly readable gives the entries read, then an
    :class:`InputError` for the feed saying where it broke (entries may be missing or
    cut there), and an entry without text in it is an error, not a skip."""
    import feedparser  # imported here: only feeds need it

    if not data.strip():
        raise BadInput("empty file")
    check_not_binary(data)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            raise BadInput(f"not a readable RSS or Atom feed ({_reason(parsed)})")
        if not parsed.version:
            raise BadInput("not an RSS or Atom feed")
    broken = _broken(parsed)
    feed = parsed.feed
    source = _plain(feed.get("title_detail")) or None
    lang = primary_language(feed.get("language"))
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#entry {number}"
        text = _entry_text(entry)
        if not text:
            if broken:
                yield InputError(where, f"feed entry without text in a malformed feed ({broken})")
            else:
                yield Skipped(where, "feed entry without text")
            continue
        link = entry.get("link")
        url = link if isinstance(link, str) and link.startswith(("http://", "https://")) else None
        yield Document(
            id=entry_id(stem, url or text),
            text=text,
            title=_plain(entry.get("title_detail")) or None,
            url=url,
            published=_date(entry),
            source=source,
            lang=primary_language(entry.get("language")) or lang,
            origin=where,
            content_hash=content_hash(text),
        )
    if broken:
        yield InputError(
            origin,
            f"malformed feed ({broken}): {len(parsed.entries)} entries read, others may be"
            " missing or incomplete",
        )


def _broken(parsed) -> str | None:
    """Why a feed that was read is malformed (None when it is not, or only its declared
    encoding or content type was off, which loses nothing)."""
    import feedparser

    exc = parsed.get("bozo_exception") if parsed.bozo else None
    if exc is None or isinstance(exc, feedparser.ThingsNobodyCaresAboutButMe):
        return None
    if hasattr(exc, "getLineNumber") and hasattr(exc, "getMessage"):
        return f"{exc.getMessage()} at line {exc.getLineNumber()}"
    return _reason(parsed)


def _entry_text(entry) -> str:
    # The longest of the full contents and the summary: some feeds put the article in
    # content:encoded and a teaser in description, others the reverse.
    candidates = [_plain(content) for content in entry.get("content") or []]
    candidates.append(_plain(entry.get("summary_detail")))
    return max(candidates, key=len, default="").strip()


def _plain(detail) -> str:
    """The text of a feedparser text construct (a dict with ``value`` and ``type``)."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    if detail.get("type", "text/plain") in _HTML_TYPES:
        return fragment_to_text(value)
    return value.strip()


def _date(entry) -> str | None:
    for key in ("published", "updated", "created"):
        date = normalise_date(entry.get(key))
        if date:
            return date
    return None


def _reason(parsed) -> str:
    exc = parsed.get("bozo_exception")
    message = str(exc).strip() if exc else ""
    return message.splitlines()[0] if message else "malformed XML"
