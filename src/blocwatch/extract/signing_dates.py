"""When an agreement was signed: a year among its modifiers ("a 2017 treaty"), "in March of
that year", a year in brackets, or the date nearest to its signing word."""

from __future__ import annotations

import re

from .dates import MONTHS
from .reading import Cue, Reading, SentenceView

_OF_THAT_YEAR = re.compile(
    r"\b(?:in\s+)?(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+of\s+that\s+year\b"
)


def year_before(reading: Reading, np_start: int) -> str | None:
    """A year among the noun phrase's modifiers: "the 2020 trade deal", "a 2017 treaty"."""
    for i in range(np_start - 1, max(0, np_start - 5) - 1, -1):
        if is_year(reading, i):
            return reading.token_text(i)
        t = reading.doc[i]
        # An article or punctuation ends the modifiers: "in 2019 the trade deal" is undated.
        if t.lower_ in ("a", "an", "the") or not (t.is_alpha or t.text in ("-", "–")):
            return None
    return None


def signing_date(reading: Reading, view: SentenceView, np, signing: list[Cue], nps) -> str | None:
    """When the agreement named by noun phrase ``np`` was signed, as precise as the text, or
    None; ``signing`` are the signing words that belong to it, ``nps`` all agreement noun
    phrases of the sentence."""
    start, end, _ = np
    year = year_before(reading, start)
    if year:
        # "a 2001 treaty, signed in Moscow in March of that year"
        month = _OF_THAT_YEAR.search(view.text)
        if month and signing:
            return f"{year}-{MONTHS[month.group('month').lower()]:02d}"
        return year
    # "Partnership (2022)" in a heading.
    if reading.token_text(end) == "(" and reading.doc[end + 1 : end + 2].text.isdigit():
        value = reading.token_text(end + 1)
        if len(value) == 4:
            return value
    if not signing:
        return None
    return nearest_date(reading, view, signing[0].tok, nps, np)


def nearest_date(reading: Reading, view: SentenceView, tok: int, nps, np) -> str | None:
    """The date nearest to token ``tok`` that is not inside another noun phrase."""
    best, best_dist, seen = None, 10**9, 0
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        if d.kind == "year" and any(o is not np and o[0] - 5 <= span.start < o[0] for o in nps):
            continue
        seen += 1
        dist = abs(span.start - tok)
        precise = len(d.value)
        if dist < best_dist or (dist == best_dist and best and precise > len(best)):
            best, best_dist = d.value, dist
    # A long lead sentence with one agreement and one date ("declared on Friday that ...,
    # setting out ... in a joint statement issued in Beijing") dates it however far apart.
    alone = seen == 1 and len(nps) == 1
    return best if best_dist <= 25 or (alone and best_dist <= 50) else None


def is_year(reading: Reading, i: int) -> bool:
    """Whether token ``i`` is a year of the 20th or 21st century."""
    t = reading.doc[i] if i < len(reading.doc) else None
    return t is not None and t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")


def year_after(reading: Reading, view: SentenceView, code: str, after: int) -> str | None:
    """The year right after a party in a list: "with Britain in 2023"."""
    for m in view.mentions:
        if m.code == code and m.tok >= after:
            i = m.tok_end
            if reading.lower(i) == "in" and is_year(reading, i + 1):
                return reading.token_text(i + 1)
            return None
    return None
