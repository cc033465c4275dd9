"""Partial dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as the knowledge base compares them.

A partial date stands for an interval of days: ``2024-06`` is 2024-06-01 .. 2024-06-30.
Two dates are *compatible* when one interval contains the other (``2024-06`` and
``2024-06-19``; a missing date is compatible with everything). Comparisons between dates of
different precision are made at the precision they share, which is the same as comparing the
intervals' ends: ``a`` is on or before ``b`` when ``first_day(a) <= last_day(b)``; ``a`` is
before ``b`` when ``last_day(a) < first_day(b)``. Days are ISO strings, so the same
comparisons run in SQL on any database.

Publication dates from metadata are normalised here too (:func:`normalise_date`), taken as
written by the publisher: ``2024-06-19T23:30:00-05:00`` is ``2024-06-19`` (the day on the
publisher's calendar), not converted to UTC, because the reported day is what an analyst
reads next to the story.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from functools import lru_cache

from ..errors import BlocwatchError

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Dates within this many days of each other (both known at least to the month) are "near":
# one report of an agreement may be a day off (time zones, a dateline, a mistake) or name the
# wrong month. Near dates let reports that otherwise agree merge with a marked conflict;
# reports whose names are alike may be a month apart (NEAR_DAYS_NAMED).
NEAR_DAYS = 7
NEAR_DAYS_NAMED = 31


@lru_cache(maxsize=65536)
def parse(value: str | None) -> tuple[int, ...] | None:
    """The components of a valid partial date, or None for None/"" or a malformed value."""
    if not value:
        return None
    m = _PARTIAL.match(value)
    if not m:
        return None
    parts = tuple(int(p) for p in m.groups() if p is not None)
    try:
        if len(parts) == 3:
            dt.date(*parts)
        elif len(parts) == 2 and not 1 <= parts[1] <= 12:
            return None
    except ValueError:
        return None
    return parts


def validate(value: str, what: str = "date") -> str:
    """``value`` if it is a valid partial date; else a BlocwatchError naming ``what``."""
    if parse(value) is None:
        raise BlocwatchError(
            f"bad {what} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)"
        )
    return value


def precision(value: str | None) -> int:
    """0 for no date, 1 for a year, 2 for a month, 3 for a day."""
    parts = parse(value)
    return len(parts) if parts else 0


@lru_cache(maxsize=65536)
def first_day(value: str | None) -> str | None:
    """The first day of the interval a partial date stands for (ISO), or None."""
    parts = parse(value)
    if parts is None:
        return None
    year, month, day = (*parts, 1, 1)[:3]
    return f"{year:04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=65536)
def last_day(value: str | None) -> str | None:
    """The last day of the interval a partial date stands for (ISO), or None."""
    parts = parse(value)
    if parts is None:
        return None
    if len(parts) == 3:
        return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"
    if len(parts) == 2:
        year, month = parts
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{parts[0]:04d}-12-31"


def day_before(value: str | None) -> str | None:
    """The day before the first day of a partial date (ISO), or None."""
    first = first_day(value)
    if first is None:
        return None
    return (dt.date.fromisoformat(first) - dt.timedelta(days=1)).isoformat()


def compatible(a: str | None, b: str | None) -> bool:
    """True when either date is missing or one contains the other (2024-06 and 2024-06-19)."""
    pa, pb = parse(a), parse(b)
    if pa is None or pb is None:
        return True
    n = min(len(pa), len(pb))
    return pa[:n] == pb[:n]


def near(a: str | None, b: str | None, days: int = NEAR_DAYS) -> bool:
    """True when two incompatible dates, both known at least to the month, are at most
    ``days`` apart (the gap between the intervals they stand for: 2024-06 and 2024-07 are
    a day apart)."""
    pa, pb = parse(a), parse(b)
    if pa is None or pb is None or len(pa) < 2 or len(pb) < 2 or compatible(a, b):
        return False
    # Incompatible partial dates stand for disjoint intervals: the gap is from the end of
    # the earlier to the start of the later.
    early, late = sorted([(first_day(a), last_day(a)), (first_day(b), last_day(b))])
    gap = dt.date.fromisoformat(late[0]) - dt.date.fromisoformat(early[1])
    return gap.days <= days


def sort_key(value: str | None) -> tuple[str, int]:
    """Orders partial dates by their first day, then coarser before finer; None first."""
    return (first_day(value) or "", precision(value))


def reported_key(value: str | None) -> tuple[bool, tuple[str, int]]:
    """Orders reported dates as :func:`sort_key` does, but undated last."""
    return (not parse(value), sort_key(value))


def year(value: str | None) -> int | None:
    parts = parse(value)
    return parts[0] if parts else None


def maximal(values: list[str]) -> list[str]:
    """The values no other value refines: of 2024, 2024-06 and 2024-06-19 only 2024-06-19;
    of 2024-06-19 and 2024-06-20 both. Sorted, without repeats."""
    distinct = sorted({v for v in values if parse(v)}, key=sort_key)
    return [
        v
        for v in distinct
        if not any(w != v and precision(w) > precision(v) and compatible(v, w) for w in distinct)
    ]


def reported_day(published: str | None) -> str | None:
    """When a document was reported: its publication date, or None when it has none.

    The day it was ingested is *not* a stand-in: an undated article read today would
    otherwise become today's news (a denial "reported" years after the fact, a stance that
    overturns a later acknowledgement). The ingest time stays on the document
    (``documents.ingested_at``) as what it is. Malformed values count as unknown."""
    return published if parse(published) else None


# The start day of an agreement whose start is known on no clock (neither a valid-time date
# nor a dated source): after every as-of date, so it is in force on no date it could not be
# shown to be, and it sorts last.
UNKNOWN_START = "9999-12-31"


# --- Publication dates from metadata ------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:[A-Za-z]{3,9},?\s+)?"
_TAIL = r"(?:[\sT,].*)?"

_ISO = re.compile(r"(?P<year>\d{4})(?:[-/.](?P<month>\d{1,2})(?:[-/.](?P<day>\d{1,2}))?)?" + _TAIL)
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T.*)?")
_WORDY = (
    re.compile(_WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + _TAIL),  # 19 June 2024
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TAIL),  # June 19, 2024
    re.compile(_MONTH + r",?\s+" + _YEAR),  # June 2024
)
# Dates outside this range in news metadata are typos or placeholders (0001-01-01).
_MIN_YEAR, _MAX_YEAR = 1800, 2200


def normalise_date(value: object) -> str | None:
    """``value`` (ISO 8601, RFC 822 as in feeds, ``June 19, 2024``, ``19 June 2024``,
    ``2024/06/19``, ``20240619``, a :class:`datetime.date`) as ``YYYY-MM-DD``, or
    ``YYYY-MM`` / ``YYYY`` when that is all it says; None when it is not a date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    for parse in (_parse_iso, _parse_rfc822, _parse_wordy):
        result = parse(text)
        if result is not None:
            return result
    return None


def _parse_iso(text: str) -> str | None:
    match = _COMPACT.fullmatch(text) or _ISO.fullmatch(text)
    if not match:
        return None
    return _assemble(match["year"], match["month"], match["day"])


def _parse_rfc822(text: str) -> str | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}", text):
        return None
    parsed = email.utils.parsedate_tz(text)
    if not parsed:
        return None
    year, month, day = parsed[:3]
    if year < 100:  # RFC 822 two-digit years
        year += 2000 if year < 50 else 1900
    return _assemble(str(year), str(month), str(day))


def _parse_wordy(text: str) -> str | None:
    for pattern in _WORDY:
        match = pattern.fullmatch(text)
        if not match:
            continue
        month = _MONTHS.get(match["month"].lower())
        if month is None:
            continue
        day = match.groupdict().get("day")
        return _assemble(match["year"], str(month), day)
    return None


def _assemble(year: str, month: str | None, day: str | None) -> str | None:
    y = int(year)
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    if month is None:
        return f"{y:04d}"
    m = int(month)
    if not 1 <= m <= 12:
        return None
    if day is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, int(day)).isoformat()
    except ValueError:
        return None
