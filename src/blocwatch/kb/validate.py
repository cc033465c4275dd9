"""Checking what a user asks before it reaches the database: actor codes, dates, statuses,
provisions, record ids. Every mistake is a BlocwatchError with a message saying what and why."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from ..base import dates
from ..errors import BlocwatchError, UnknownThing
from ..kinds import kind_of_id
from ..model import CLAIM_ACTIONS, CLAIM_STATUSES, METRICS, PROVISIONS

DateLike = str | _dt.date  # datetime.datetime and pandas.Timestamp are dates too


def actor(code: str) -> str:
    """The canonical (upper-case) form of a known actor code."""
    from ..base.lexicon import load_lexicon

    if not isinstance(code, str) or not code.strip():
        raise BlocwatchError("an actor code is required (e.g. RUS, PRK, NATO)")
    canonical = code.strip().upper()
    types = load_lexicon().types
    if canonical not in types:
        raise UnknownThing(
            f"unknown actor code {code!r}: use an ISO 3166-1 alpha-3 code for a state "
            "(RUS, PRK, USA) or an organisation code (NATO, EU, UN)"
        )
    return canonical


def min_confidence(value: float | None) -> float | None:
    """A confidence floor: a number from 0 to 1 (None: no floor)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise BlocwatchError(f"minimum confidence {value!r}: expected a number from 0 to 1")
    return float(value)


def actors(codes: Iterable[str] | str | None) -> list[str]:
    if codes is None:
        return []
    if isinstance(codes, str):
        codes = [codes]
    return list(dict.fromkeys(actor(c) for c in codes))


def day(value: DateLike | None, what: str = "date") -> str | None:
    """A date given as ``str`` (``2024``, ``2024-06``, ``2024-06-19``), ``datetime.date``,
    ``datetime.datetime`` or ``pandas.Timestamp`` (a datetime) as the string the store
    compares; None stays None."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise BlocwatchError(
            f"{what}: expected a str, date, datetime or Timestamp, not {type(value).__name__}"
        )
    return date(value, what)


def date(value: str | None, what: str = "date") -> str | None:
    if value is None:
        return None
    return dates.validate(str(value).strip(), what)


def one_of(value: str | None, allowed: Iterable[str], what: str) -> str | None:
    if value is None:
        return None
    if value not in allowed:
        raise BlocwatchError(f"unknown {what} {value!r}: expected one of {', '.join(allowed)}")
    return value


def status(value: str | None) -> str | None:
    return one_of(value, CLAIM_STATUSES, "claim status")


def provision(value: str | None) -> str | None:
    return one_of(value, PROVISIONS, "provision")


def action(value: str | None) -> str | None:
    return one_of(value, CLAIM_ACTIONS, "claim action")


def metric(value: str | None) -> str | None:
    return one_of(value, METRICS, "metric")


def record_type(record_id: str) -> str:
    """The type of record an id names (agreement, claim, measure ...), by its prefix."""
    return kind_of_id(record_id).name
