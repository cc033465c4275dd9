"""Publication dates from metadata, normalised to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

The date is taken as written by the publisher: ``2024-06-19T23:30:00-05:00`` is
``2024-06-19`` (the day on the publisher's calendar), not converted to UTC, because the
reported day is what an analyst reads next to the story.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

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
