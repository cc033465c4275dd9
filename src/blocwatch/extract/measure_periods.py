"""The period of a figure: a year or a month only where the text gives one; comparison
years, start years ("since 2016"), fiscal years and parts of a year give none."""

from __future__ import annotations

import re

from .dates import MONTHS
from .measure_filters import CLAUSE_OPEN
from .quantities import Quantity
from .reading import Reading, SentenceView

_MONTH_ONLY = re.compile(
    r"\b[Ii]n\s+(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b(?!\s*\d)"
)


# "during March", "for March", "in the month of March", "March exports": a month named
# without "in" before it (which the date reader takes)
_MONTH_OTHER = re.compile(
    r"\b(?:[Dd]uring|[Ff]or|[Tt]hroughout|[Ii]n\s+the\s+month\s+of)\s+"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b(?!\s*\d)"
    r"|\b(?P<month2>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?:['’]s)?\s+(?:trade|exports|imports|shipments|deliveries)\b"
)


def _year_before(reading: Reading, view: SentenceView) -> str | None:
    """The year the text named last before this sentence ("Trade fell in 2024. In December,
    it was $20bn."): the year of a month the sentence names without one, in a text whose
    publication date is unknown (a known one dates "in December" already)."""
    if reading.published_date is not None:
        return None
    for prev in reversed(reading.sentences[: view.index]):
        years = [d.value[:4] for d in reading.dates(prev) if d.kind in ("year", "my") and d.value]
        if years:
            return years[-1]
    return None


def _other_months(reading: Reading, view: SentenceView, headline: HeadlineYear, out) -> list:
    """Months :data:`_MONTH_OTHER` names, of the headline's year, else the latest such
    month up to the publication's (as the date reader dates "in March")."""
    found = []
    for m in _MONTH_OTHER.finditer(view.text):
        if any(abs(pos - m.start()) < 12 for pos, _, _ in out):
            continue
        month = MONTHS[(m.group("month") or m.group("month2")).lower()]
        year = headline.get() or _year_before(reading, view)
        pub = reading.published_date
        if year is None and pub is not None and re.match(r"\d{4}-\d{2}", reading.published or ""):
            year = str(pub.year if month <= pub.month else pub.year - 1)
        if year:
            found.append((m.start(), m.end(), f"{year}-{month:02d}"))
    return found


# A year after these words is a comparison ("doubled compared to 2021"), not the period.
_COMPARED = re.compile(
    r"(?:\b(?:compared?\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|than|since"
    r"|versus|vs\.?)"
    r"|(?:%|\bper\s?cent|\bpercent)\s+over)\s*(?:in\s+)?$",  # "up 37 per cent over 2004"
    re.I,
)
# "up 26% from 2022", "down from 2021": the base year of a change
_CHANGE_FROM = re.compile(
    r"\b(?:up|down|rise|rising|fall|falling|increase|decrease|growth|jump|drop)\b[^.;$£€¥]{0,25}"
    r"\bfrom\s*(?:in\s+)?$",
    re.I,
)
# "between 2008 and 2023", "from 2015 to 2020", "in 2019-2023": several years, no period
_YEAR_SPAN = re.compile(
    r"\b(?:(?i:between)\s+(?:19|20)\d\d\s+and"  # "Between 2019 and 2023" opens a sentence
    # "from February 2022 through the end of 2023": a span, whatever month starts it
    r"|(?i:from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+(?:to|until|till|through)"
    r"(?:\s+the\s+end\s+of|\s+[A-Z][a-z]+)?)\s+"
    r"(?:19|20)\d\d\b|\b(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d\b",
)
# "compared to the same period in 2023", "than in the same period last year", "in comparison
# with the same month of last year": the base of a comparison, whatever else is named
_SAME_PERIOD = re.compile(
    r"\b(?:same|corresponding|like)\s+(?:period|month|months|quarter|time|stretch)\s+"
    r"(?:(?:of|in|during)\s+)?(?:the\s+)?(?:previous\s+|prior\s+|preceding\s+)?$"
    r"|\bin\s+comparison\s+(?:to|with)\s+(?:the\s+)?$",
    re.I,
)
_SPLIT_YEAR = re.compile(r"\s?[/-]\s?(?:\d{2}|\d{4})\b")
# ... and after these, a fiscal year ("FY2024", "the fiscal year ending March 2017"), never
# the period
_NOT_PERIOD = re.compile(
    r"(?:\bFY\s?|\bfiscal\s+(?:year\s+)?"
    r"|\b(?:fiscal|financial)\s+year\s+(?:ending|ended|to|through)\s+(?:in\s+)?"
    r"(?:[A-Za-z]+\s+)?)$",
    re.I,
)
# "since 2011": where a running total starts, not its period ("since 2010, when" is one)
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
# "April-August", "January to November": a part of a year, whose period stays null.
_PART_OF = re.compile(
    r"\b(?:first|second|third|last|final)\s+(?:half|quarter|\w+\s+months|months"
    r"|(?:two|three)\s+quarters)\s+(?:of\s+)?(?:this\s+|last\s+|the\s+)?$"
    # "during nine months of 2022", "in eight months of this year": a count of months
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+"
    r"(?:this\s+|last\s+|the\s+)?$"
    r"|\b(?:H[12]|Q[1-4])\s+$"
    # "in the nine months to September 2024", "the year to March": a span ending then
    r"|\b(?:months|weeks|year|period)\s+(?:to|through|till|until|ending|ended)\s+"
    r"(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?$",
    re.I,
)
# "in the first quarter", "over the first nine months", "in Q1", "in H1": a part of a year
# named with no year after it (with one, the year reads as a part of that year, above)
_PART_OF_NO_YEAR = re.compile(
    r"\b(?:in|during|for|over|throughout)\s+(?:the\s+)?(?:first|second|third|fourth|final)"
    r"\s+(?:half|quarter|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
    r"months)\b(?!\s+(?:of|in|ended|ending|to)\b)"
    r"|\b(?:in|during|for)\s+(?:Q[1-4]|H[12])\b(?!\s*(?:of\s+)?(?:19|20)?\d\d\b)",
    re.I,
)
# "from April 2022 to February 2023": a month span across a year end is no period either
# Any month name, capitalised, abbreviations with their dot ("Jan.-May"): after the first one
# of a span, "May" is a month, not a modal.
_MONTH_NAMES = sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)
_ANY_MONTH = rf"(?:{'|'.join(_MONTH_NAMES)})\b\.?"
_PART_YEAR = re.compile(
    rf"\b{_ANY_MONTH}(?:,?\s+(?:19|20)\d\d)?"
    r"\s*(?:-|–|to|through|and)\s*"
    rf"{_ANY_MONTH}"
    r"(?:,?\s+(?:19|20)\d\d\b)?"  # "January-May 2024": the year of the span is no period
)


def sentence_periods(
    reading: Reading, view: SentenceView, headline: HeadlineYear, prior_year: str | None = None
):
    """(offset in the sentence, period) for each year or month the sentence names that can
    be a figure's period. ``prior_year``: the year of the flow the sentence just before
    gave, which "a year earlier" at the head of this one counts back from."""
    out = [
        (d.start - view.start, d.end - view.start, d.value)
        for d in reading.dates(view)
        if d.kind in ("year", "my")
        or (d.kind == "in_month" and d.value)
        or (d.kind == "relative" and len(d.value) in (4, 7))  # "last year", "last month"
        # "last April", "in April last year": a month the publication date resolves
        or (d.kind in ("last_month_name", "month_last_year") and len(d.value or "") == 7)
    ]
    out = _counted_back(view.text, out, prior_year)
    months = list(_MONTH_ONLY.finditer(view.text))
    fallback_year = (headline.get() or _year_before(reading, view)) if months else None
    if fallback_year:
        for m in months:
            if not any(abs(pos - m.start()) < 12 for pos, _, _ in out):
                month = MONTHS[m.group("month").lower()]
                out.append((m.start(), m.end(), f"{fallback_year}-{month:02d}"))
    out += _other_months(reading, view, headline, out)
    part_year = _part_year_spans(view.text)
    whole = [(*m.span(), m.group(0)[-4:]) for m in _WHOLE_YEAR_SPAN.finditer(view.text)]
    # "January-December 2005": the year the span ends with, not its first or last month
    out = [(s, e, next((y for lo, hi, y in whole if s < hi and e > lo), v)) for s, e, v in out]
    kept = []
    for start, end, value in out:
        if _COMPARED.search(view.text[max(0, start - 40) : start]) and (len(out) > 1 or part_year):
            continue
        if _CHANGE_FROM.search(view.text[:start]):
            continue  # "up 26% from 2022": the base of a change, whatever else is named
        if _SAME_PERIOD.search(view.text[:start]):
            continue  # "up 12% compared to the same period in 2023": the base, no period
        if _SCHEDULED.search(view.text[:start]):
            continue  # "with deliveries scheduled for 2029": a year to come, no period
        before = view.text[:start]
        open_period = (
            _in_part_year(start, before, part_year)  # "in the first half of 2024"
            or _NOT_PERIOD.search(before)
            or _SPLIT_YEAR.match(view.text[end:])  # "2023/24": a fiscal year
            or (_SINCE.search(before) and not re.match(r"\s*when\b", view.text[end:]))
        )
        # a part of a year, a fiscal year or a start: the figure's period stays open
        kept.append((start, end, OPEN if open_period else value))
    # "from January to November", "in the first quarter", "$13.7bn in Q1": a part of a
    # year that names no year still dates its figures by a part of a year
    part_year = part_year + [m.span() for m in _PART_OF_NO_YEAR.finditer(view.text)]
    for lo, hi in part_year:
        if not any(lo - 4 <= start <= hi for start, _, _ in kept):
            kept.append((lo, hi, OPEN))
    return kept


# "up from $300bn a year earlier", "than the previous year": a year counted back from the
# year the sentence names before it, not from the day of publication
_YEAR_BEFORE = re.compile(
    r"^(?:a\s+year\s+(?:earlier|before)|the\s+(?:previous|preceding|prior)\s+year"
    r"|the\s+year\s+(?:before|earlier))$",
    re.I,
)


def _counted_back(
    text: str, periods: list[tuple[int, int, str]], prior_year: str | None = None
) -> list[tuple[int, int, str]]:
    """ "A$327bn in 2023, up from A$300bn a year earlier": the year before the one named
    last before it in the sentence (2022); "A year earlier, trade stood at ..." after a
    sentence that dated its flow 2023: 2022 too; otherwise the publication's year before."""
    out = []
    for start, end, value in periods:
        if _YEAR_BEFORE.match(text[start:end]):
            years = [v for s, _, v in out if s < start and len(v) == 4 and v.isdigit()]
            if not years and prior_year and not text[:start].strip(" ,"):
                years = [prior_year]  # the sentence opens with it
            if years:
                value = str(int(years[-1]) - 1)
        out.append((start, end, value))
    return out


# "January-December 2005": the months of a whole year are that year
_WHOLE_YEAR = re.compile(r"Jan(?:uary|\.)?\s*(?:-|–|to|through)\s*Dec(?:ember|\.)?\b")
_WHOLE_YEAR_SPAN = re.compile(_WHOLE_YEAR.pattern + r",?\s+(?:19|20)\d\d\b")


def _part_year_spans(text: str) -> list[tuple[int, int]]:
    """Where the sentence names a span of months or of years ("January-May 2024",
    "between 2019 and 2023")."""
    spans = [m.span() for m in _PART_YEAR.finditer(text) if not _WHOLE_YEAR.match(m.group(0))]
    return spans + [m.span() for m in _YEAR_SPAN.finditer(text)]


def _in_part_year(start: int, before: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a date at ``start`` (``before``: the sentence before it) dates a part of a
    year or a span, not a year or month of its own."""
    return (
        any(lo - 4 <= start <= hi for lo, hi in spans)
        # "January - September of this year": the year of a span of months
        or any(_OF_SPAN.fullmatch(before[hi:]) for _, hi in spans if hi <= len(before))
        or bool(_PART_OF.search(before[-40:]))
    )


_OF_SPAN = re.compile(r",?\s+of\s+(?:the\s+)?", re.I)


# The period of a figure the text dates only by a part of a year, a fiscal year or a start:
# no period, and no year from the headline either.
OPEN = ""


def nearest_period(text: str, q: Quantity, money: list[Quantity], periods) -> str | None:
    """The period nearest to a figure that no other figure stands between: in "$310.2
    billion, against $298.7 billion in 2021" the year belongs to the second. One just
    after the figure ("$500m in June 2012") wins over one as near before it."""
    bracketed = _year_of_bracket(text, q)
    if bracketed:
        return bracketed
    best, best_dist = None, 10**9
    for start, end, period in periods:
        lo, hi = sorted((start, q.start))
        if any(o is not q and lo < o.start < hi for o in money):
            continue
        if start >= q.end and _ATTRIBUTIVE.search(text[:start]):
            continue  # "$1.9bn, in addition to a 2015 contract": the year of another noun
        if any(o is not q and _BRACKET_AFTER.match(text[end : o.start]) for o in money):
            continue  # "less than in 2022 ($4.7bn)": the year of the bracketed figure
        dist = start - q.end if start >= q.end else (q.start - end) * 2
        if start < q.start and CLAUSE_OPEN.search(text[end : q.start]):
            dist += 200  # "in May 2011, and a further $500m ... in June 2012"
        if dist < best_dist:
            best, best_dist = period, dist
    if best_dist < 160:
        return best
    if len(periods) == 1 and best is not None:
        return best  # the one period the sentence gives
    return opening_period(text, periods)


# "a 2015 contract", "the 2019 deal": a year that qualifies the noun after it, which dates
# that noun, not a figure given before it
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.I)
# "compared to 2022 ($6.3bn)", "than in December 2022 ($4.7bn)": a figure in brackets just
# after a year or a month is that period's
_BRACKET_AFTER = re.compile(r"^\s*\(\s*(?:about|around|some|nearly|almost)?\s*$", re.I)
_YEAR_THEN_BRACKET = re.compile(
    r"(?:\b(?P<month>[A-Z][a-z]+)\s+)?\b(?P<year>(?:19|20)\d\d)\s*\(\s*"
    r"(?:about|around|some|nearly|almost)?\s*$"
)


def _year_of_bracket(text: str, q: Quantity) -> str | None:
    """The year (or month) just before the bracket a figure opens: "compared to 2022 ($6.3
    billion)" dates the $6.3 billion 2022; "from January through December 2022 ($4.7bn)"
    too (a whole year's months are the year)."""
    found = _YEAR_THEN_BRACKET.search(text[: q.start])
    if found is None:
        return None
    year, month = found.group("year"), (found.group("month") or "").lower()
    if month in MONTHS and not _WHOLE_YEAR.search(text[max(0, found.start() - 30) : found.end()]):
        if _PART_YEAR.search(text[max(0, found.start() - 30) : found.end()]):
            return None  # "January-May 2022 ($4bn)": a part of a year, no period
        return f"{year}-{MONTHS[month]:02d}"
    return year


# "In 2017,", "At the end of 2017,", "Throughout 2023,": a sentence opened by its period
_OPENING = re.compile(r"(?:In|During|For|Over|Throughout|At\s+the\s+end\s+of)\b")


def opening_period(text: str, periods, reach: int = 25) -> str | None:
    """ "In December alone, trade rose to $21.97bn, with imports of $10.67bn": a period that
    opens the sentence (within ``reach`` characters) holds for all of its figures."""
    if not _OPENING.match(text):
        return None
    opening = [period for pos, _, period in periods if pos <= reach]
    return opening[0] if opening else None


# "up from $13bn in 2021", "compared with 2022": the year of a comparison, not the news
_BASE_YEAR = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell)\s+from\b[^.;]{0,40}|"
    r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|against)\b[^.;]{0,30})$",
    re.I,
)


# "a target of $30bn by 2025": a year aimed at, never the news's year
_AIMED_YEAR = re.compile(r"\b(?:by|before|until|till|target(?:ed)?\s+(?:of|for))\s*$", re.I)
# "first deliveries scheduled for 2029", "due by 2027", "will mature in December": a year or
# month things are to happen in
_SCHEDULED = re.compile(
    r"\b(?:scheduled|slated|due|planned|set|expected|foreseen|pencilled|penciled"
    # "$2bn of the deposits will mature in December": when a loan falls due, not its period
    r"|mature|matures|maturing|expire|expires|expiring|payable|repayable)\s+"
    r"(?:to\s+\w+\s+)?(?:(?:for|in|by|until)\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.I,
)
# "in the current fiscal year", "in the financial year 2023-24": the sentence dates its own
# figures, so the headline's year is not theirs
# "fiscal year", "FY 2024-25", "FY25", "in 2023-24", "fiscal 2024": a year of its own kind
# (not "2023-11-05", a date)
_OWN_YEAR_PHRASE = re.compile(
    r"\b(?:fiscal|financial)\s+(?:year\b|(?:19|20)\d\d\b)|\bFY\s?-?(?:19|20)?\d\d\b"
    r"|\b(?:19|20)\d\d\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d)\b(?![-–/]\d)",
    re.I,
)


def own_year_phrase(text: str) -> bool:
    """Whether a sentence dates its figures by a year of its own kind (a fiscal year)."""
    return bool(_OWN_YEAR_PHRASE.search(text))


class HeadlineYear:
    """The year the headline or lead gives, found on first use (most documents have no
    figure that needs it)."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self._value: str | None = None
        self._done = False

    def get(self) -> str | None:
        if not self._done:
            self._value, self._done = _headline_year(self.reading), True
        return self._value


def _headline_year(reading: Reading) -> str | None:
    for view in reading.sentences[:2]:
        spans = _part_year_spans(view.text)
        for d in reading.dates(view):
            before = reading.text[view.start : d.start]
            if d.kind == "year" and not (
                _in_part_year(d.start - view.start, before, spans)
                or _NOT_PERIOD.search(before)
                or _SINCE.search(before)
                or _BASE_YEAR.search(before)
                or _CHANGE_FROM.search(before)
                or _AIMED_YEAR.search(before)
                or _SCHEDULED.search(before)
            ):
                return d.value
    return None
