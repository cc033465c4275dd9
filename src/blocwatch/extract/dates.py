"""Dates in text, with their precision, resolved against the publication date when relative.

A date is a string as precise as the text: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``. Relative
expressions ("on Wednesday", "last month", "in June") need the publication date; without it
they resolve to nothing rather than to a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = {
    d: i
    for i, d in enumerate("""monday tuesday wednesday thursday friday saturday sunday""".split())
}

# A month's name, full or short (shared with readers that match spans of days).
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_MONTH = rf"(?P<month>{MONTH_NAME})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "two years ago": spelled-out counts of years, as the digits are read
_NUMBERS = {
    w: i
    for i, w in enumerate(
        "two three four five six seven eight nine ten eleven twelve".split(), start=2
    )
}
_NUMBER_WORDS = "|".join(_NUMBERS)
# "signed on the 8th in Phnom Penh": a day of the month with neither month nor year, told
# only where a preposition, a clause's end or "of this month" follows (not "the 8th fleet").
_DAY_ONLY = re.compile(
    r"\b(?i:on)\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?P<this>\s+of\s+this\s+month\b)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|and|when|as|during|with|after|before"
    r"|by|amid|while|under|following|between|for)\b)"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("dotted", re.compile(r"\b(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>(?:19|20)\d\d)\b")),
    ("slashed", re.compile(r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<yy>(?:19|20)?\d\d)\b")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)(?!\s*-)")),
    # "17 January", "the 17th of January"
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+(?:19|20)\d\d)")),
    ("day_only", _DAY_ONLY),
    ("last_month_name", re.compile(rf"\b(?i:last)\s+{_MONTH}(?!\s*\d)")),
    (
        # "in June last year", "in mid-June of last year": that month of the year before
        "month_last_year",
        re.compile(
            rf"\b(?:(?i:in)\s+)?(?:(?i:late|early|mid)[- ]?)?{_MONTH}\s+(?:of\s+)?last\s+year\b"
        ),
    ),
    ("month_this_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?this\s+year\b", re.I)),
    (
        "in_month",
        re.compile(
            rf"\b(?:in|since|earlier in)\s+(?:(?:late|early|mid)[- ]?)?{_MONTH}(?!\s*\d)", re.I
        ),
    ),
    (
        "year",
        re.compile(
            r"(?<![\d$£€.,/–-])(?P<year>(?:19|20)\d\d)(?![\d%s]|'s|-year|-month|\s*(?:–|-)\s*\d)"
        ),
    ),
    (
        # "on Wednesday, June 19, 2024": the date that follows says which Wednesday
        "weekday",
        re.compile(
            r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            rf"(?!,?\s+(?:{MONTH_NAME}\.?\s+[0-3]?\d\b|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}))"
        ),
    ),
    ("part_year", re.compile(r"\b(?:mid|early|late)-(?P<year>(?:19|20)\d\d)\b", re.I)),
    (
        # "signed 30 years ago": counted back from publication
        "years_ago",
        re.compile(
            rf"\b(?P<n>[1-9]\d?|1\d\d|{_NUMBER_WORDS}|an?|one)\s+years?\s+"
            r"(?P<exact>to the day\s+)?ago\b",
            re.I,
        ),
    ),
    (
        # "signed three days ago" (that day), "two weeks ago" (the month, when the week
        # around that day lies in one)
        "days_ago",
        re.compile(
            rf"\b(?P<n>[1-9]|[12]\d|30|{_NUMBER_WORDS}|an?|one)\s+(?P<unit>days?|weeks?)\s+ago\b",
            re.I,
        ),
    ),
    (
        # "sealed 56 years to the day after ... signed": the date of what follows "after"
        "years_after",
        re.compile(
            r"\b(?P<n>[1-9]\d?|1\d\d)\s+years\s+(?P<exact>to the day\s+)?(?:after|since)\b",
            re.I,
        ),
    ),
    (
        # "signed last week", "earlier this week": the month the week lies in, when it lies
        # in one month (no day is told)
        "week",
        re.compile(r"\b(?P<which>last|this|earlier this)\s+week\b", re.I),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>last year|this year|last month|this month|earlier this month"
            r"|earlier this year|yesterday|today|the previous year|a year earlier"
            r"|the year before)\b",
            re.I,
        ),
    ),
]


# What a pattern cannot match without: a few quick looks at the sentence (a digit, a month
# name, a word or a sign) rule out most patterns in most sentences.
_NEEDS_OF = {
    "iso": ("digit", "hyphen"),
    "mdy": ("digit", "month"),
    "dmy": ("digit", "month"),
    "dotted": ("digit", "dot"),
    "slashed": ("digit", "slash"),
    "my": ("digit", "month"),
    "md": ("digit", "month"),
    "dm": ("digit", "month"),
    "day_only": ("digit",),
    "last_month_name": ("month", "last"),
    "month_last_year": ("month", "last", "year"),
    "month_this_year": ("month", "year"),
    "in_month": ("month",),
    "year": ("digit",),
    "weekday": ("weekday",),
    "part_year": ("digit", "hyphen"),
    # spelled-out counts too ("three years ago")
    "years_ago": ("year",),
    "years_after": ("digit", "year"),
    "days_ago": ("ago",),
    "relative": ("period",),
    "week": ("week",),
}
_NEEDS = {kind: frozenset(_NEEDS_OF.get(kind, ())) for kind, _ in _PATTERNS}
_ANY_DIGIT = re.compile(r"\d")
_ANY_MONTH = re.compile(_MONTH, re.I)
# Every month name, full or short, begins with its three-letter short form, itself a name.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _absent_needs(text: str, start: int, end: int) -> frozenset[str]:
    piece = text[start:end]
    absent = []
    if not _ANY_DIGIT.search(piece):
        absent.append("digit")
    if piece.isascii():
        # Plain ASCII: a case-insensitive pattern's word is in the lower-case text (the
        # patterns' case-insensitive words also match a few non-ASCII letters, hence the
        # regular expression for other text).
        low = piece.lower()
        if not any(stem in low for stem in _MONTH_STEMS):
            absent.append("month")
        if "year" not in low:
            absent.append("year")
            if "month" not in low and "day" not in low:
                absent.append("period")  # "last year", "this month", "yesterday", "today"
        if "last" not in low:
            absent.append("last")
    elif not _ANY_MONTH.search(piece):
        absent.append("month")
    if "week" not in piece and "Week" not in piece and "WEEK" not in piece:
        absent.append("week")
    if "ago" not in piece and "AGO" not in piece:
        absent.append("ago")
    for sign, need in (("day", "weekday"), ("-", "hyphen"), (".", "dot"), ("/", "slash")):
        if sign not in piece:  # case-sensitive: the weekdays' names end in "day"
            absent.append(need)
    return frozenset(absent)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    kind: str  # which pattern found it
    relative: bool


def parse_published(value: str | None) -> tuple[dt.date | None, int]:
    """(the publication date, its precision: 3 day, 2 month, 1 year, 0 none)."""
    if not value:
        return None, 0
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None, 0
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        return dt.date(int(y), int(mo or 1), int(d or 1)), 1 + bool(mo) + bool(d)
    except ValueError:
        return None, 0


def find_dates(text: str, start: int, end: int, published: str | None) -> list[DateMention]:
    """Dates in ``text[start:end]``, absolute and relative, earliest first, not overlapping
    (a longer expression wins over one inside it)."""
    pub, pub_precision = parse_published(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    needs_absent = _absent_needs(text, start, end)
    for kind, pattern in _PATTERNS:
        if _NEEDS.get(kind, frozenset()) & needs_absent:
            continue  # the pattern cannot match: a digit or a month name it needs is absent
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            ahead = kind in _PLANNABLE and _planned(text, start, m)
            value, relative = _value(kind, m, pub, pub_precision, ahead)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), value, kind, relative))
    found.sort(key=lambda d: d.start)
    return found


def days_without_year(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(character offset, month, day) of each day the text names without a year ("on
    February 22", "22 February"): unresolved without a publication date, yet a day that
    another date can contradict."""
    out = []
    for kind in ("md", "dm"):
        for m in _PATTERN_OF[kind].finditer(text, start, end):
            out.append((m.start(), _month(m.group("month")), int(m.group("day"))))
    return sorted(out)


_PATTERN_OF = dict(_PATTERNS)


# "will visit Moscow on Friday, January 17": a day without a year that a plan names is the
# next such day, not the last one.
_FUTURE = re.compile(
    r"\b(?:will|shall|is due to|are due to|is set to|are set to|is scheduled to|are scheduled to"
    r"|is expected to|are expected to|plans? to|is to|are to)\b",
    re.I,
)
_FUTURE_REACH = 60  # characters before the date
_PLANNABLE = frozenset(
    ("md", "dm", "day_only", "weekday", "in_month")
)  # days (and months: "plans to visit in January") that a plan can name without a year


def _planned(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether a plan ("will", "is due to") comes shortly before the date ``m``."""
    return _FUTURE.search(text, max(start, m.start() - _FUTURE_REACH), m.start()) is not None


def _value(
    kind: str, m: re.Match[str], pub: dt.date | None, pub_precision: int, ahead: bool = False
):
    g = m.groupdict()
    if kind in ("iso", "mdy", "dmy", "dotted"):
        month = _month(g["month"])
        return _format(int(g["year"]), month, int(g["day"])), False
    if kind == "slashed":
        yy = int(g["yy"])
        year = yy if yy >= 100 else (2000 + yy if yy < 70 else 1900 + yy)
        month, day = int(g["month"]), int(g["day"])
        if month > 12 >= day:
            month, day = day, month  # "17/01/2025": day first, as most of the world writes
        return _format(year, month, day), False
    if kind == "my":
        return _format(int(g["year"]), _month(g["month"]), None), False
    if kind in ("year", "part_year"):
        return g["year"], False
    if pub is None:
        return None, True
    if kind in ("md", "dm"):
        month, day = _month(g["month"]), int(g["day"])
        if ahead:
            # A plan names the next such day.
            upcoming = (month, day) >= (pub.month, pub.day if pub_precision == 3 else 1)
            year = pub.year if upcoming or pub_precision < 2 else pub.year + 1
        else:
            # With a month-precise publication date, a day in that month is in that year.
            pub_day = pub.day if pub_precision == 3 else 31
            same_year = (month, day) <= (pub.month, pub_day) or pub_precision < 2
            year = pub.year if same_year else pub.year - 1
        return (_format(year, month, day) if pub_precision >= 1 else None), True
    if kind == "day_only":
        if g["this"] and pub_precision == 3:
            return _format(pub.year, pub.month, int(g["day"])), True
        return _day_of_month(int(g["day"]), pub, pub_precision, ahead), True
    if kind == "last_month_name":
        # "last December": the latest such month before the publication month.
        month = _month(g["month"])
        if pub_precision < 2:
            return None, True
        year = pub.year if month < pub.month else pub.year - 1
        return _format(year, month, None), True
    if kind == "month_last_year":
        return _format(pub.year - 1, _month(g["month"]), None), True
    if kind == "month_this_year":
        return _format(pub.year, _month(g["month"]), None), True
    if kind == "in_month":
        month = _month(g["month"])
        if pub_precision < 2:
            return None, True
        if ahead:
            # "plans to visit in January": the next such month (this one, if it is now)
            year = pub.year if month >= pub.month else pub.year + 1
            return _format(year, month, None), True
        year = pub.year if month <= pub.month else pub.year - 1
        return _format(year, month, None), True
    if kind == "weekday":
        if pub_precision < 3:
            return None, True
        if ahead:
            forward = (WEEKDAYS[g["weekday"].lower()] - pub.weekday()) % 7
            return (pub + dt.timedelta(days=forward)).isoformat(), True
        back = (pub.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        return (pub - dt.timedelta(days=back)).isoformat(), True
    if kind == "week":
        return _month_of_week(pub, pub_precision, g["which"].lower() == "last"), True
    if kind == "days_ago":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBERS.get(n, 1)
        return _days_back(pub, pub_precision, count, g["unit"].lower().startswith("week")), True
    if kind in ("years_ago", "years_after"):
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBERS.get(n, 1)  # "a year ago", "one year ago"
        return _years_back(pub, pub_precision, count, bool(g["exact"])), True
    rel = g["rel"].lower()
    if rel in ("last year", "the previous year", "a year earlier", "the year before"):
        return str(pub.year - 1), True
    if rel in ("this year", "earlier this year"):
        return str(pub.year), True
    if pub_precision < 2:
        return None, True
    if rel in ("this month", "earlier this month"):
        return f"{pub.year:04d}-{pub.month:02d}", True
    if rel == "last month":
        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return f"{y:04d}-{mo:02d}", True
    if pub_precision < 3:
        return None, True
    if rel == "yesterday":
        return (pub - dt.timedelta(days=1)).isoformat(), True
    if rel == "today":
        return pub.isoformat(), True
    return None, True


def _day_of_month(day: int, pub: dt.date, pub_precision: int, ahead: bool) -> str | None:
    """ "on the 8th": that day of the publication month, or of the month before when the
    day is still to come (of the month after, for a plan); needs a day-precise date."""
    if pub_precision < 3:
        return None
    year, month = pub.year, pub.month
    if ahead and day < pub.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    elif not ahead and day > pub.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return _format(year, month, day)


def _month_of_week(pub: dt.date, pub_precision: int, last: bool) -> str | None:
    """The month of "last week" (Monday to Sunday before the publication's week) or of "this
    week" (its Monday up to the publication day), when the days lie in one month."""
    if pub_precision < 3:
        return None
    monday = pub - dt.timedelta(days=pub.weekday())
    first, end = (
        (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)) if last else (monday, pub)
    )
    if (first.year, first.month) != (end.year, end.month):
        return None
    return _format(first.year, first.month, None)


def _days_back(pub: dt.date, pub_precision: int, n: int, weeks: bool) -> str | None:
    """The day ``n`` days before publication; for ``n`` weeks, the month the days three
    either side of that day lie in (None when two months)."""
    if pub_precision < 3:
        return None
    if not weeks:
        return (pub - dt.timedelta(days=n)).isoformat()
    first, last = pub - dt.timedelta(days=7 * n + 3), pub - dt.timedelta(days=7 * n - 3)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return _format(first.year, first.month, None)


def _years_back(pub: dt.date, pub_precision: int, n: int, exact: bool) -> str | None:
    """The year ``n`` years before publication; "to the day" also keeps month and day."""
    if exact and pub_precision == 3:
        return _format(pub.year - n, pub.month, pub.day)
    return str(pub.year - n)


def _month(name: str) -> int:
    return int(name) if name.isdigit() else MONTHS[name.lower().rstrip(".")]


def _format(year: int, month: int | None, day: int | None) -> str | None:
    try:
        if month is None:
            return f"{year:04d}"
        if day is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
