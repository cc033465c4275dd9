"""Questions to the knowledge base, as library functions and as :class:`KnowledgeBase`, the
queries of the application object ``blocwatch.open(db)`` returns (:mod:`blocwatch.app`).

Every query returns plain dataclasses (:mod:`.records`) in a :class:`~.records.Records` list;
``as_frame=True`` (or ``.to_frame()`` on the result) gives a pandas DataFrame instead. Bad
input (an unknown actor code, a malformed date) raises :class:`~blocwatch.errors.BlocwatchError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Connection, Engine

from ..errors import BlocwatchError
from ..kinds import kind as registered_kind
from ..store import connect
from .actors import actor_profile, timeline
from .agreements import find_agreements
from .changes import changes
from .claims import find_claims
from .measures import find_measures
from .records import (
    ActorProfile,
    AgreementRecord,
    Change,
    ClaimRecord,
    MeasureSeries,
    Records,
    SourceSentence,
    TimelineEvent,
)
from .sources import record_sources
from .validate import DateLike, day

if TYPE_CHECKING:
    import pandas as pd

# What a query returns: the records, or (``as_frame=True``) a pandas DataFrame of them.
Result: TypeAlias = "Records | pd.DataFrame"

__all__ = [
    "ActorProfile",
    "AgreementRecord",
    "Change",
    "ClaimRecord",
    "KnowledgeBase",
    "MeasureSeries",
    "Records",
    "SourceSentence",
    "TimelineEvent",
    "open_kb",
]


def _result(records: list[Any], as_frame: bool) -> Result:
    records = records if isinstance(records, Records) else Records(records)
    return records.to_frame() if as_frame else records


class KnowledgeBase:
    """The knowledge base of one store. Each method runs one read transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __repr__(self) -> str:
        return f"KnowledgeBase({self.engine.url.render_as_string(hide_password=True)!r})"

    @contextmanager
    def _conn(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def agreements(
        self,
        party: Iterable[str] | str | None = None,
        *,
        as_of: DateLike | None = None,
        provision: str | None = None,
        defense: bool | None = None,
        kind: str | None = None,
        min_confidence: float | None = None,
        as_frame: bool = False,
    ) -> Result:
        """Agreements with all of ``party`` as parties, in force on ``as_of``, with
        ``provision``, with (True) or without (False) a defence clause, of at least
        ``min_confidence``. See :func:`blocwatch.kb.agreements.find_agreements` for how
        dates compare."""
        with self._conn() as conn:
            found = find_agreements(
                conn,
                party=party,
                as_of=day(as_of, "as-of date"),
                provision=provision,
                defense=defense,
                kind=kind,
                min_confidence=min_confidence,
            )
        return _result(found, as_frame)

    def claims(
        self,
        subject: str | None = None,
        *,
        claimant: str | None = None,
        beneficiary: str | None = None,
        status: str | None = None,
        action: str | None = None,
        denied_by: str | None = None,
        min_confidence: float | None = None,
        as_frame: bool = False,
    ) -> Result:
        """Claims by subject, claimant, beneficiary, denier, status and action, of at least
        ``min_confidence``."""
        with self._conn() as conn:
            found = find_claims(
                conn,
                subject=subject,
                claimant=claimant,
                beneficiary=beneficiary,
                status=status,
                action=action,
                denied_by=denied_by,
                min_confidence=min_confidence,
            )
        return _result(found, as_frame)

    def measures(
        self,
        actor: Iterable[str] | str | None = None,
        *,
        metric: str | None = None,
        min_confidence: float | None = None,
        as_frame: bool = False,
    ) -> Result:
        """Measure series involving ``actor`` (a code or a list), of ``metric``, with their
        points of at least ``min_confidence``. With ``as_frame`` one row per point (series
        id, actors, metric, unit, period, value ...)."""
        with self._conn() as conn:
            found = find_measures(conn, actor=actor, metric=metric, min_confidence=min_confidence)
        if not as_frame:
            return Records(found)
        rows = Records(
            {"id": m.id, "actors": m.actors, "metric": m.metric, "unit": m.unit, **p}
            for m in found
            for p in m.points
        )
        return rows.to_frame()

    def find(self, kind: str, *, as_frame: bool = False, **filters: Any) -> Result:
        """The records of any registered kind (``"exercises"`` or ``"exercise"``) by its
        ``finder`` hook, with that hook's ``filters`` (e.g. ``actor=["RUS"]``). A kind
        with no such hook, or an unknown kind, is a BlocwatchError."""
        try:
            finder = registered_kind(kind).hook("finder")
        except (KeyError, AttributeError, ValueError):
            raise BlocwatchError(f"unknown kind of record {kind!r}") from None
        with self._conn() as conn:
            return _result(finder(conn, **filters), as_frame)

    def actor(self, code: str) -> ActorProfile:
        """The profile of one state or organisation."""
        with self._conn() as conn:
            return actor_profile(conn, code)

    def timeline(self, code: str, *, as_frame: bool = False) -> Result:
        """Dated events involving ``code``, oldest first."""
        with self._conn() as conn:
            return _result(timeline(conn, code), as_frame)

    def sources(self, record_id: str, *, as_frame: bool = False) -> Result:
        """Every sentence behind a record, with document title, URL and date."""
        with self._conn() as conn:
            return _result(record_sources(conn, record_id), as_frame)

    def changes(self, since: DateLike, *, as_frame: bool = False) -> Result:
        """Records new or changed since a reported date."""
        with self._conn() as conn:
            return _result(changes(conn, day(since, "since date") or ""), as_frame)


def open_kb(db: str | None = None, *, create: bool = False) -> KnowledgeBase:
    """The knowledge base of the store at ``db`` (a path or URL; default ``$BLOCWATCH_DB`` or
    ``./blocwatch.db``), migrated to the current schema; BlocwatchError when it holds no
    knowledge base, unless ``create`` is true."""
    return KnowledgeBase(connect(db, create=create))
