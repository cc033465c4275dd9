"""What every analysis shares: a connection from whatever the caller holds (a connection, an
engine, a :class:`~blocwatch.kb.KnowledgeBase`), checked dates, codes and year ranges, and how
an actor is shown (name, kind and region from the lexicon)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any

from sqlalchemy import Connection, Engine

from ..base import dates
from ..base.lexicon import ActorInfo, actor_info  # noqa: F401 - analyse's own names
from ..errors import BlocwatchError
from ..kb import validate
from ..store.binds import reading

# The widest year range an over-time analysis accepts: a typo (20240) is an error, not a loop.
MAX_YEARS = 200
# Without --from, an over-time analysis covers this many years up to --to.
DEFAULT_YEARS = 10


@contextmanager
def connection(source: Any) -> Iterator[Connection]:
    """A connection to read from: ``source`` itself, or a new one on its engine (closed at
    the end of the block)."""
    bind = source if isinstance(source, Connection | Engine) else getattr(source, "engine", None)
    if not isinstance(bind, Connection | Engine):
        raise TypeError(
            f"expected a Connection, an Engine or a KnowledgeBase, not {type(source).__name__}"
        )
    with reading(bind) as conn:
        yield conn


def today() -> str:
    return dt.date.today().isoformat()


def as_of_date(value: str | None) -> str:
    """A checked as-of date (YYYY, YYYY-MM or YYYY-MM-DD); today when None."""
    if value is None:
        return today()
    return validate.date(value, "as-of date")


def on_or_before(value: str | None, as_of: str) -> bool:
    """Whether a partial date may fall on or before ``as_of`` (compared at the precision the
    two share, as the knowledge base's as-of queries do). None: unknown, False."""
    first = dates.first_day(value)
    return first is not None and first <= dates.last_day(as_of)


def actor(code: str) -> str:
    """A known actor code, upper-cased; BlocwatchError otherwise."""
    return validate.actor(code)


def state(code: str, what: str = "actor") -> str:
    """A known code of a state (not an organisation); BlocwatchError otherwise."""
    from ..base.lexicon import load_lexicon

    code = validate.actor(code)
    if load_lexicon().types.get(code) != "state":
        raise BlocwatchError(
            f"{what} {code} is an organisation: ask about one of its member states"
        )
    return code


def year(value: int | str | None, what: str) -> int | None:
    """A year as an int (None stays None); BlocwatchError unless it has four digits."""
    if value is None:
        return None
    text = str(value).strip()
    if not (text.isdigit() and len(text) == 4):
        raise BlocwatchError(f"bad {what} {value!r}: expected a year such as 2021")
    return int(text)


def year_range(start: int | str | None, end: int | str | None) -> list[int]:
    """The years from ``start`` to ``end`` inclusive; ``end`` defaults to this year and
    ``start`` to :data:`DEFAULT_YEARS` years before it."""
    last = year(end, "--to year") or dt.date.today().year
    first = year(start, "--from year") or last - DEFAULT_YEARS + 1
    if first > last:
        raise BlocwatchError(f"--from year {first} is after --to year {last}")
    if last - first + 1 > MAX_YEARS:
        raise BlocwatchError(f"{first}-{last} spans more than {MAX_YEARS} years")
    return list(range(first, last + 1))


def unique(values) -> list:
    """The values in first-seen order, without repeats."""
    return list(dict.fromkeys(values))


class YearByYear:
    """What a per-year answer (:class:`~.alignment.Alignment`, :class:`~.growth.Growth`)
    shares: a dataclass with ``years``, each year carrying the ids of its records."""

    years: list

    @property
    def record_ids(self) -> list[str]:
        return sorted({i for y in self.years for i in y.record_ids})

    def year(self, year: int):
        return next(y for y in self.years if y.year == year)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for entry, y in zip(out["years"], self.years, strict=True):
            entry["record_ids"] = y.record_ids
        out["record_ids"] = self.record_ids
        return out
