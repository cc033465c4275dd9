"""Agreement records: reports of one party set merged into one record per real agreement.

Why this rule: an analyst counts treaties, not articles. Fifty outlets name one treaty
fifty ways -- one gives its name and no date, another the date and no name, a third a date
a day off (a dateline, a time zone), a fourth calls the "no limits" partnership by the joint
statement that announced it -- and every split is a second treaty that does not exist, a
bond listed twice, a count inflated. But the same two states do sign different agreements
years apart (Russia and North Korea in 2000 and in 2024), and merging those would hide a
change of alliance. So two reports (their party sets are equal: one block) are of the same
agreement when all of these hold:

- **not from one document**: within a document the extractor has already merged what it can
  tell is one agreement, so a report never joins a record that holds a dated or named report
  of its own document: two such reports are two agreements (a new treaty and the one it
  replaces), and a vague mention beside them (neither date nor name: "the earlier treaty",
  "the trade deal") is another agreement the document names in passing -- unless all it
  adds is a later step of the agreement ("the agreement was ratified"), which continues the
  one the document has just named. Measured with ``blocwatch eval-kb``: letting every vague
  mention join its document's dated record merged two different treaties in three dev
  documents (the 1963 and 2019 Franco-German treaties, among others); of the vague mentions
  beside a dated one in the sample and the study files, the one with a later step was the
  same agreement;
- **their names do not disagree**: where both have one they are alike (:mod:`.names`);
- **their dates fit**: compatible at their precision (2024-06 and 2024-06-19; a missing date
  fits any), or *near* -- both known at least to the month and at most ``dates.NEAR_DAYS``
  apart, ``dates.NEAR_DAYS_NAMED`` when their names are alike (a disagreement of a day or a
  month). Near dates make one record with a marked conflict (both dates, with sources), not a
  second record. Dates years apart never fit: the 2000 and 2024 treaties stay apart;
- **something says they are one**: their names are alike; or their kinds are compatible
  (equal; one generic, "agreement" or "other"; or both binding instruments: treaty, pact,
  partnership); or their provisions agree (a joint statement and the partnership it
  announces, both on space, AI and climate). An accession only matches an accession.

A renewal or extension is not a new agreement: the extractor reports it as a lifecycle step
(``extended``) of the agreement it renews, which keeps its signing date (the 1961 China-North
Korea treaty, renewed in 2021, stays the 1961 record, with its renewal dated 2021).

Reports are placed in a fixed order, so that the result depends only on the set of reports:
first those with a signing date or a name (day-precise first, then month, year, undated;
then by reported date and document), then the vague ones (neither date nor name). Each joins
the existing record it fits with every report of (:meth:`Cluster.affinity` says which, when
several fit: alike names, agreeing provisions, the record signed last before the report
appeared, equal kinds, equal dates, more independent sources); else it starts a new record.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ..base import dates
from ..model import END_EVENTS, LIFECYCLE_RANK, START_EVENTS
from . import ids, names
from . import succession as _succession
from .cards import card_rows
from .reports import AgreementReport
from .support import (
    choose,
    choose_date,
    combined_confidence,
    independent,
    reported_range,
)

REPLACES = "replaces"
# More days than lie between any two dates the knowledge base holds.
_FAR = 10**7
GENERIC_KINDS = frozenset({"agreement", "other"})
BINDING_KINDS = frozenset({"treaty", "pact", "partnership"})

# What decides whether two reports may be one agreement, besides their documents:
# (kind, name, signed), and their provisions where those three leave it open. Reports with
# equal terms behave alike, so a record is compared by its distinct terms, not report by
# report: a record with a thousand reports stays cheap.
Terms = tuple[str, str | None, str | None]


def terms(r: AgreementReport) -> Terms:
    return (r.kind, r.name, r.signed)


def kinds_compatible(kind_a: str, kind_b: str) -> bool:
    """Equal kinds, a generic one, or two binding instruments (accessions aside)."""
    if kind_a == kind_b or kind_a in GENERIC_KINDS or kind_b in GENERIC_KINDS:
        return True
    return kind_a in BINDING_KINDS and kind_b in BINDING_KINDS


def provisions_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both state provisions, and they share at least half of the shorter list."""
    if not a or not b:
        return False
    return 2 * len(a & b) >= min(len(a), len(b))


def terms_verdict(a: Terms, b: Terms) -> bool | None:
    """Whether reports with these terms may be of the same agreement: True or False, or None
    when only their provisions can tell (names unknown, kinds apart; see the module
    docstring: names do not disagree, dates fit, and names, kinds or provisions agree)."""
    (kind_a, name_a, signed_a), (kind_b, name_b, signed_b) = a, b
    if (kind_a == "accession") != (kind_b == "accession"):
        return False
    alike = names.alike(name_a, name_b)
    if alike is False:
        return False
    window = dates.NEAR_DAYS_NAMED if alike else dates.NEAR_DAYS
    if not (dates.compatible(signed_a, signed_b) or dates.near(signed_a, signed_b, window)):
        return False
    return True if alike or kinds_compatible(kind_a, kind_b) else None


def same_agreement(a: AgreementReport, b: AgreementReport) -> bool:
    """Whether two reports (of one party set) may be of the same agreement."""
    if a.source.doc_id == b.source.doc_id and (_anchored(a) or _anchored(b)):
        vague = b if _anchored(a) else a
        if _anchored(vague) or not _continues(vague):
            return False
    verdict = terms_verdict(terms(a), terms(b))
    if verdict is None:
        return provisions_agree(frozenset(a.provisions), frozenset(b.provisions))
    return verdict


# Steps after the signing: a vague report stating one continues the agreement its document
# has named ("the agreement was ratified in May").
LATER_STEPS = frozenset({"ratified", "in_force", "extended", "suspended", "withdrawn"})


def _continues(r: AgreementReport) -> bool:
    return any(kind in LATER_STEPS for kind, _ in r.events)


def _anchored(r: AgreementReport) -> bool:
    return bool(r.signed or r.name)


@dataclass
class Cluster:
    reports: list[AgreementReport] = field(default_factory=list)
    terms: Counter = field(default_factory=Counter)
    # terms -> the distinct provision lists of the reports with them, with counts
    provisions: dict[Terms, Counter] = field(default_factory=dict)
    provision_lists: Counter = field(default_factory=Counter)
    latest_signed: str | None = None  # the first day of the latest signing date
    anchored_docs: set[str] = field(default_factory=set)
    origins: set[str] = field(default_factory=set)

    def add(self, r: AgreementReport) -> None:
        self.reports.append(r)
        self.terms[terms(r)] += 1
        self.provisions.setdefault(terms(r), Counter())[frozenset(r.provisions)] += 1
        self.provision_lists[frozenset(r.provisions)] += 1
        day = dates.first_day(r.signed)
        if day and (self.latest_signed is None or day > self.latest_signed):
            self.latest_signed = day
        self.origins.add(r.source.origin)
        if _anchored(r):
            self.anchored_docs.add(r.source.doc_id)

    def fits(self, r: AgreementReport) -> bool:
        """``same_agreement`` with every report of the record."""
        # A document with a dated or named report in the record told the two apart, unless
        # this one only adds a later step of it.
        if r.source.doc_id in self.anchored_docs and (_anchored(r) or not _continues(r)):
            return False
        mine, provisions = terms(r), frozenset(r.provisions)
        for t in self.terms:
            verdict = terms_verdict(mine, t)
            if verdict is False:
                return False
            if verdict is None and not all(
                provisions_agree(provisions, p) for p in self.provisions[t]
            ):
                return False
        return True

    def affinity(self, r: AgreementReport) -> tuple[int, ...]:
        """How well ``r`` fits this record, among the records it fits: alike names, then
        agreeing provisions, then the record signed last before ``r`` was reported (an
        article about "the treaty" is about the latest one it could mean, not the one with
        the most reports), then equal kinds, equal dates, more independent sources."""
        provisions = frozenset(r.provisions)
        return (
            sum(n for t, n in self.terms.items() if names.alike(r.name, t[1]) is True),
            sum(n for p, n in self.provision_lists.items() if provisions_agree(provisions, p)),
            self._recency(r.source.reported),
            sum(n for t, n in self.terms.items() if r.kind == t[0]),
            sum(n for t, n in self.terms.items() if r.signed and r.signed == t[2]),
            len(self.origins),
        )

    def _recency(self, reported: str | None) -> int:
        """Minus the days from the record's latest signing date to ``reported``; lowest when
        either is unknown, lower still when the record was signed after it."""
        day, latest = dates.first_day(reported), self.latest_signed
        if latest is None or day is None:
            return -_FAR
        if latest > day:
            return -2 * _FAR
        return -(dt.date.fromisoformat(day) - dt.date.fromisoformat(latest)).days


def _order(r: AgreementReport):
    return (
        -dates.precision(r.signed),
        dates.sort_key(r.source.reported),
        r.source.doc_id,
        r.id,
    )


def cluster(reports: list[AgreementReport]) -> list[list[AgreementReport]]:
    """The reports of one block grouped into agreements (see the module docstring)."""
    anchored = sorted((r for r in reports if _anchored(r)), key=_order)
    vague = sorted((r for r in reports if not _anchored(r)), key=_order)
    clusters: list[Cluster] = []
    # Index of records by the years of their signing dates: a dated report can only fit a
    # record whose dates are all in its year (or, near a new year, the adjacent one), so it
    # is compared with those and with the still undated records, not with the whole block.
    by_year: dict[int, set[int]] = {}
    undated: set[int] = set()
    for r in anchored + vague:
        year = dates.year(r.signed)
        if year is None:
            candidates = range(len(clusters))
        else:
            near = by_year.get(year - 1, set()) | by_year.get(year, set())
            candidates = sorted(near | by_year.get(year + 1, set()) | undated)
        fitting = [(i, clusters[i]) for i in candidates if clusters[i].fits(r)]
        if fitting:
            index, best = max(fitting, key=lambda ic: (*ic[1].affinity(r), -ic[0]))
        else:
            index, best = len(clusters), Cluster()
            clusters.append(best)
            undated.add(index)
        best.add(r)
        if year is not None:
            undated.discard(index)
            by_year.setdefault(year, set()).add(index)
    return [c.reports for c in clusters]


def _events(r: AgreementReport) -> list[tuple[str, str | None]]:
    """A report's lifecycle steps; its signing date counts as one even where the extractor
    recorded no signing step (a treaty mentioned with its year)."""
    out: list[tuple[str, str | None]] = []
    for kind, date in r.events:
        if kind == REPLACES:
            continue  # a link to another record (:mod:`.succession`), not a step of this one
        if (kind, date) not in out:
            out.append((kind, date))
    signing = "accession" if r.kind == "accession" else "signed"
    if r.signed and not any(k == signing and dates.compatible(d, r.signed) for k, d in out):
        out.append((signing, r.signed))
    return out


@dataclass
class Lifecycle:
    status: str
    valid_from: str | None
    in_force_from: str | None
    ended: str | None
    end_day: str | None


def lifecycle(
    reports: list[AgreementReport],
    signed: str | None,
    kind: str,
    superseded_on: str | None = None,
) -> Lifecycle:
    """Status and valid time from the lifecycle steps of all reports. Each step's date is
    the best-supported among its sources; the status is the latest dated step (same date:
    the later step of the lifecycle). An undated step further along the lifecycle ("has
    since entered into force") sets the status only if a source reports it after the
    latest dated step: a step reported on the day of the signing is a plan ("must be
    ratified before it enters into force"), not a fact."""
    stated: dict[str, list] = {}
    for r in reports:
        for step, date in _events(r):
            stated.setdefault(step, []).append((date, r.source))
    chosen = {step: choose_date(values).value for step, values in stated.items()}
    if signed:
        # The signing step carries the record's signing date (best-supported of all reports).
        chosen["accession" if kind == "accession" else "signed"] = signed
    if superseded_on:
        # Replaced by another record: it ends the day that one starts (:mod:`.succession`).
        chosen["superseded"] = superseded_on
        stated.setdefault("superseded", [])
    dated = [(k, d) for k, d in chosen.items() if d]
    status, latest = "signed", None
    if dated:
        status, latest = max(
            dated, key=lambda kd: (dates.first_day(kd[1]), LIFECYCLE_RANK.get(kd[0], 0))
        )

    def reported_later(step: str) -> bool:
        if latest is None:
            return True
        return any(
            s.reported and dates.first_day(s.reported) > dates.last_day(latest)
            for _, s in stated[step]
        )

    later = [
        k
        for k, d in chosen.items()
        if not d and LIFECYCLE_RANK.get(k, 0) > LIFECYCLE_RANK.get(status, 0) and reported_later(k)
    ]
    if later:
        status = max(later, key=lambda k: LIFECYCLE_RANK.get(k, 0))
    starts = [d for k, d in dated if k in START_EVENTS]
    valid_from = signed or (min(starts, key=dates.sort_key) if starts else None)
    ended = end_day = None
    if status in END_EVENTS:
        ended = chosen.get(status)
        if ended and status == "superseded":
            # The successor is in force from its first day: the old one is not, so that no
            # date has both (a state bound and "not bound" by the same pair of treaties).
            end_day = dates.day_before(ended)
        elif ended:
            end_day = dates.last_day(ended)
        else:
            # Undated end: it had ended by the time the first source said so.
            said = [s.reported for _, s in stated[status] if s.reported]
            end_day = dates.last_day(min(said, key=dates.sort_key)) if said else None
    return Lifecycle(status, valid_from, chosen.get("in_force"), ended, end_day)


def _display(values: list[tuple[str, AgreementReport]], chosen_key: str, key) -> str | None:
    """The surface form of the chosen value: the first reported form with its key."""
    forms = [
        v for v, _ in sorted(values, key=lambda vr: _order_reported(vr[1])) if key(v) == chosen_key
    ]
    return forms[0] if forms else None


def _order_reported(r: AgreementReport):
    return (dates.reported_key(r.source.reported), r.source.doc_id, r.id)


def build(block: str, group: list[AgreementReport], superseded_on: str | None = None) -> dict:
    """The rows of one agreement record (without its id) for the tables of the KB;
    ``superseded_on``: the day a successor record starts, which ends this one."""
    sources = [r.source for r in group]
    signed = choose_date([(r.signed, r.source) for r in group])
    defense = choose([(r.defense, r.source) for r in group])
    place_key = choose([(r.place.casefold() if r.place else None, r.source) for r in group])
    specific = [(r.kind, r.source) for r in group if r.kind not in GENERIC_KINDS]
    kind = choose(specific or [(r.kind, r.source) for r in group]).value
    name_key = choose([(names.normal(r.name) or None, r.source) for r in group]).value
    named = [(r.name, r) for r in group if r.name]
    places = [(r.place, r) for r in group if r.place]
    life = lifecycle(group, signed.value, kind, superseded_on)
    first, last = reported_range(sources)
    provisions: dict[str, set[str]] = {}
    for r in group:
        for p in r.provisions:
            provisions.setdefault(p, set()).add(r.source.origin)
    values = []
    for r in sorted(group, key=_order_reported):
        stated = {
            "signed": r.signed,
            "place": r.place,
            "defense": r.defense,
            "kind": r.kind,
            "name": r.name,
        }
        values.extend(
            {"attribute": a, "report_id": r.id, "value": v, "doc_id": r.source.doc_id}
            for a, v in stated.items()
            if v is not None
        )
    events = [
        {
            "kind": kind_,
            "date": date,
            "doc_id": r.source.doc_id,
            "report_id": r.id,
            "reported": r.source.reported,
        }
        for r in sorted(group, key=_order_reported)
        for kind_, date in _events(r)
    ]
    record = {
        "block": block,
        "parties": list(group[0].parties),
        "kind": kind,
        "name": _display(named, name_key, names.normal) if name_key else None,
        "signed": signed.value,
        "signed_conflict": signed.conflict,
        "place": _display(places, place_key.value, str.casefold) if place_key.value else None,
        "place_conflict": place_key.conflict,
        "defense": defense.value,
        "defense_conflict": defense.conflict,
        "provisions": sorted(provisions),
        "status": life.status,
        "valid_from": life.valid_from,
        "in_force_from": life.in_force_from,
        "ended": life.ended,
        "start_day": (
            dates.first_day(life.valid_from) or dates.first_day(first) or dates.UNKNOWN_START
        ),
        "end_day": life.end_day,
        "first_reported": first,
        "last_reported": last,
        "n_sources": len({s.doc_id for s in sources}),
        "n_independent_sources": independent(sources),
        "confidence": combined_confidence([(r.confidence, r.source) for r in group]),
    }
    return {
        "record": record,
        "parties": [{"actor": a} for a in group[0].parties],
        "provisions": [
            {"provision": p, "n_sources": len(origins)} for p, origins in sorted(provisions.items())
        ],
        "sources": [
            {
                "report_id": r.id,
                "doc_id": r.source.doc_id,
                "origin_doc": r.source.origin,
                "reported": r.source.reported,
            }
            for r in sorted(group, key=_order_reported)
        ],
        "values": values,
        "events": [{"seq": i, **e} for i, e in enumerate(events, start=1)],
        "base_id": ids.agreement_id(group[0].parties, dates.year(life.valid_from)),
    }


def resolve_block(block: str, reports: list[AgreementReport]) -> list[dict]:
    """The agreement records of one block, with their ids and succession links: a record
    another replaces ends when that one starts (:mod:`.succession`)."""
    groups = cluster(reports)
    built = [build(block, g) for g in groups]
    links = _succession.links(groups, REPLACES)
    for old, new in links:
        start = built[new]["record"]["in_force_from"] or built[new]["record"]["valid_from"]
        if start:
            built[old] = build(block, groups[old], superseded_on=start)
    for b, record_id in zip(built, ids.numbered([b["base_id"] for b in built]), strict=True):
        b["id"] = record_id
    _succession.record_links(built, groups, links)
    for b in built:
        b["cards"] = card_rows(b)
    return built
