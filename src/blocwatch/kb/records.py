"""What knowledge-base queries return: plain dataclasses (``to_dict()`` gives JSON-ready
dicts) and :class:`Records`, a list that turns into a pandas DataFrame on request."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..base import dates

if TYPE_CHECKING:
    import pandas as pd

# Field names of the records that JSON Lines, Parquet and frames spell the gold schema's way.
FRAME_NAMES = {"claimants": "claimant"}
_PRECISIONS = {1: "year", 2: "month", 3: "day"}


def _precision(value: str | None) -> str | None:
    return _PRECISIONS.get(dates.precision(value)) if value else None


class Records(list[Any]):
    """A list of records with :meth:`to_frame` and :meth:`to_dicts`."""

    def to_dicts(self) -> list[dict[str, Any]]:
        return [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in self]

    def to_frame(self) -> pd.DataFrame:
        """The records as a pandas DataFrame, one row per record, one column per field
        (lists and nested values stay Python objects), with the spellings of JSON Lines and
        Parquet (``claimant``), nullable booleans (``boolean``: <NA> where the text is silent)
        and, beside a ``signed`` string, ``signed_date`` (datetime64, first day of it) and
        ``date_precision`` (day, month, year)."""
        import pandas as pd  # imported here: a notebook pays for pandas only when it asks

        rows = self.to_dicts()
        if not rows:
            return pd.DataFrame()
        frame = pd.DataFrame(rows, columns=list(rows[0])).rename(columns=FRAME_NAMES)
        for column in frame.columns:
            values = frame[column].dropna()
            if len(values) and all(isinstance(v, bool) for v in values):
                frame[column] = frame[column].astype("boolean")
        if "signed" in frame.columns:
            at = list(frame.columns).index("signed") + 1
            frame.insert(at, "date_precision", frame["signed"].map(_precision))
            first = frame["signed"].map(lambda v: dates.first_day(v) if v else None)
            frame.insert(at, "signed_date", pd.to_datetime(first, format="%Y-%m-%d"))
        return frame


@dataclass
class _Record:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AgreementRecord(_Record):
    """One real-world agreement as the knowledge base holds it. ``conflicts`` maps an
    attribute (signed, place, defense) whose sources disagree to each value with the
    documents that state it; ``events`` are its lifecycle steps with best-supported dates;
    ``replaces``/``replaced_by`` the ids of the agreements it succeeds or that succeed it."""

    id: str
    parties: list[str]
    kind: str
    name: str | None
    signed: str | None
    signed_conflict: bool
    place: str | None
    place_conflict: bool
    defense: bool | None
    defense_conflict: bool
    provisions: list[str]
    status: str
    valid_from: str | None
    in_force_from: str | None
    ended: str | None
    first_reported: str | None
    last_reported: str | None
    n_sources: int
    n_independent_sources: int
    confidence: float
    conflicts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    replaces: list[str] = field(default_factory=list)
    replaced_by: list[str] = field(default_factory=list)
    type: str = "agreement"

    if not TYPE_CHECKING:  # (mypy would take every attribute for one the card may give)

        def __getattr__(self, name: str) -> Any:
            # Called only for an attribute the instance lacks: a record read from the store
            # (kb/agreements.py) keeps its card, the JSON of conflicts, events, replaces and
            # replaced_by, as text until one of them is read (most readers of thousands of
            # agreements ask for parties and dates). The card's fields are then set in the
            # record's order (before the type), each one the card lacks given its default,
            # in one assignment of the whole dict (a thread reading the record meanwhile
            # sees it before or after, never half set). A card field the caller has set
            # already keeps its value. A dunder probe (copy's ``__deepcopy__``) is no card
            # field: it leaves the card unread.
            if name.startswith("__"):
                raise AttributeError(name)
            own = self.__dict__
            card = own.get("_card")
            if card is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            given = json.loads(card)
            fields = {key: value for key, value in own.items() if key not in _SET_AFTER}
            for key, default in _CARD_DEFAULTS:
                if key not in own:
                    fields[key] = given[key] if key in given else default()
            fields["type"] = own.get("type", "agreement")
            self.__dict__ = fields
            return getattr(self, name)


# The fields a card gives, with their defaults.
_CARD_DEFAULTS = [(name, dict if name == "conflicts" else list) for name in
                  ("conflicts", "events", "replaces", "replaced_by")]  # fmt: skip
_SET_AFTER = frozenset(("_card", "type"))


@dataclass
class ClaimRecord(_Record):
    """One allegation with its stance ledger (``ledger``: actor, stance, reported, doc_id,
    answers; actor None where the outlet itself asserts it)."""

    id: str
    subject: list[str]
    beneficiary: list[str]
    action: str
    claimants: list[str]
    items: list[str]
    denied_by: list[str]
    acknowledged_by: list[str]
    hint: str | None
    status: str
    status_since: str | None
    first_reported: str | None
    last_reported: str | None
    n_sources: int
    n_independent_sources: int
    confidence: float
    ledger: list[dict[str, Any]] = field(default_factory=list)
    type: str = "claim"


@dataclass
class MeasureSeries(_Record):
    """A time series of one metric for an actor pair; ``points``: point (its key in the
    series), period, value, reported, n_sources, n_independent_sources, conflict,
    confidence (combined over the point's reports, as a record's), doc_ids. The series'
    ``confidence`` is its best point's."""

    id: str
    actors: list[str]
    metric: str
    unit: str
    first_reported: str | None
    last_reported: str | None
    n_sources: int
    n_independent_sources: int
    confidence: float
    points: list[dict[str, Any]] = field(default_factory=list)
    type: str = "measure"


@dataclass
class ActorProfile(_Record):
    """Everything the knowledge base holds about one state or organisation."""

    code: str
    name: str
    kind: str  # state | organisation
    region: str | None
    names_seen: dict[str, int]  # the actor's own names: name, aliases, capital, seat
    agreements: list[AgreementRecord]
    partners: dict[str, int]
    claims_as_subject: list[ClaimRecord]
    claims_as_claimant: list[ClaimRecord]
    claims_as_beneficiary: list[ClaimRecord]
    claims_denied: list[ClaimRecord]
    claims_acknowledged: list[ClaimRecord]
    measures: list[MeasureSeries]
    people_seen: dict[str, int] = field(default_factory=dict)  # its leaders and officials


@dataclass
class TimelineEvent(_Record):
    """A dated event. ``time`` says which clock the date is on: "valid" (when it happened:
    signed, in force, a figure's period) or "reported" (when a source said it: stances)."""

    date: str
    time: str
    kind: str
    record_id: str
    summary: str
    actors: list[str]
    doc_ids: list[str]
    conflict: bool = False


@dataclass
class SourceSentence(_Record):
    """One sentence behind a record, with its document and what that document states."""

    record_id: str
    doc_id: str
    title: str | None
    url: str | None
    published: str | None
    outlet: str | None
    origin_doc: str
    report_id: int
    role: str
    start: int
    end: int
    sentence: str
    states: dict[str, Any] = field(default_factory=dict)


@dataclass
class Change(_Record):
    """A record that is new or changed since a reported date, and how."""

    record_id: str
    type: str
    change: str  # new | updated
    summary: str
    first_reported: str | None
    last_reported: str | None
    new_sources: list[str]
    details: list[str]
