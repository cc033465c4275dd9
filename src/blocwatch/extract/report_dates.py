"""Dates that only a report clause tells: "Pakistan has signed an agreement with China,
state media reported on Monday". The day of the report dates a signing only when the text
tells no day of the signing itself ("the two countries signed it on Saturday")."""

from __future__ import annotations

from ..lang.en.words import signing_dates as en
from .dates import MONTHS, WEEKDAYS
from .reading import Cue, Reading, SentenceView

_REPORTED = en.REPORTED
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(("today", "yesterday"))
# Words that may stand between a reporting verb and its day ("said late on Monday").
_BEFORE_DAY = frozenset(("on", "late", "early", "this", "last"))


def day_of_report(reading: Reading, view: SentenceView, signing: list[Cue]) -> bool:
    """Whether the sentence's only day is that of a reporting verb after the signing verb
    ("has signed a pact ..., officials said on Wednesday", "..., AFP reported Thursday")."""
    # "have signed an agreement ..., Rosatom announced on Tuesday": a reporting verb that the
    # cues also read as a soft signing word is the report, not the signing
    signing = [c for c in signing if c.text.lower() not in _REPORTED] or signing
    days = [
        i
        for i in range(view.tok, view.tok_end)
        if reading.lower(i) in _DAY_WORDS or reading.lower(i) in MONTHS
    ]
    if len(days) != 1:
        return False
    day = days[0]
    if reading.lower(day) in MONTHS:
        return False  # "on June 3": a date of its own, not a report's weekday
    if any(c.tok > day for c in signing):
        return False
    i = day - 1
    while i > view.tok and reading.lower(i) in _BEFORE_DAY and day - i <= 3:
        i -= 1
    return reading.lower(i) in _REPORTED and i > max(c.tok_end for c in signing)
