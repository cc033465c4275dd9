"""Claim records: one per allegation (subject, beneficiary, action, and what was supplied),
with every source and a stance ledger over reported time.

Reports of one block (same subject, beneficiary and action) are one allegation, except that
items a document tells apart stay apart: when one document reports the same subject,
beneficiary and action separately for two item families with no item in common (missiles
denied, drones acknowledged), reports naming only the one family and reports naming only the
other are different allegations, in every document. Item families are read from what the
claim says was supplied (:mod:`.items`; generic words such as "weapons" name no family).
Without such a document, different items are taken as partial descriptions of one allegation
("shells" in one report, "ballistic missiles" in another): a report names what its sentence
names, rarely everything alleged.

Claimants never separate reports: one allegation made by different governments is
corroboration, and the record lists every claimant. Reports are placed in a fixed order
(those naming an item first, each by reported date and document) and join the record they
fit with every report of, preferring shared items, then shared claimants, then more
independent sources.

Status, from the ledger (each actor's latest stance in reported time; on the same date an
acknowledgement outranks a denial, as an admission against interest):

1. ``acknowledged``: a subject's latest stance acknowledges the claim;
2. ``contested``: otherwise, someone's latest stance denies it;
3. ``alleged``: otherwise.

A stance from an undated article counts only where no dated stance of its actor follows,
and it gives the status no date; as-of answers (:mod:`blocwatch.analyse.asof`) leave it out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..base import dates
from . import ids
from .items import GENERIC, families
from .reports import ClaimReport
from .support import combined_confidence, independent, reported_range

_STANCE_RANK = {"alleges": 0, "denies": 1, "acknowledges": 2}


def items(r: ClaimReport) -> frozenset[str]:
    return families(r.what) - GENERIC


def attested_splits(reports: list[ClaimReport]) -> frozenset[tuple[str, str]]:
    """Pairs of item families some document reports as separate allegations."""
    by_doc: dict[str, list[frozenset[str]]] = {}
    for r in reports:
        if items(r):
            by_doc.setdefault(r.source.doc_id, []).append(items(r))
    pairs: set[tuple[str, str]] = set()
    for sets in by_doc.values():
        for a in sets:
            for b in sets:
                if a.isdisjoint(b):
                    pairs.update((x, y) for x in a for y in b)
    return frozenset(pairs)


def same_claim(a: ClaimReport, b: ClaimReport, splits: frozenset[tuple[str, str]]) -> bool:
    """Whether two reports of one block may be the same allegation."""
    return _same_items(items(a), items(b), splits)


def _same_items(ia: frozenset[str], ib: frozenset[str], splits) -> bool:
    if not ia or not ib or not ia.isdisjoint(ib):
        return True
    return not any((x, y) in splits for x in ia for y in ib)


@dataclass
class Cluster:
    reports: list[ClaimReport] = field(default_factory=list)
    # Reports are compared by their item families only: distinct sets, with counts.
    item_sets: Counter = field(default_factory=Counter)
    claimants: set[str] = field(default_factory=set)
    origins: set[str] = field(default_factory=set)

    def add(self, r: ClaimReport) -> None:
        self.reports.append(r)
        self.item_sets[items(r)] += 1
        self.claimants.update(r.claimants)
        self.origins.add(r.source.origin)

    def fits(self, r: ClaimReport, splits: frozenset[tuple[str, str]]) -> bool:
        """``same_claim`` with every report of the record."""
        mine = items(r)
        return all(_same_items(mine, theirs, splits) for theirs in self.item_sets)

    def affinity(self, r: ClaimReport) -> tuple[int, int, int]:
        return (
            len(items(r) & set().union(*self.item_sets)),
            len(set(r.claimants) & self.claimants),
            len(self.origins),
        )


def _order(r: ClaimReport):
    return (dates.reported_key(r.source.reported), r.source.doc_id, r.id)


def cluster(reports: list[ClaimReport]) -> list[list[ClaimReport]]:
    """The reports of one block grouped into allegations (see the module docstring)."""
    splits = attested_splits(reports)
    anchored = sorted((r for r in reports if items(r)), key=_order)
    vague = sorted((r for r in reports if not items(r)), key=_order)
    clusters: list[Cluster] = []
    for r in anchored + vague:
        fitting = [(i, c) for i, c in enumerate(clusters) if c.fits(r, splits)]
        if fitting:
            _, best = max(fitting, key=lambda ic: (*ic[1].affinity(r), -ic[0]))
        else:
            best = Cluster()
            clusters.append(best)
        best.add(r)
    return [sorted(c.reports, key=_order) for c in clusters]


def status(ledger: list[dict], subject: tuple[str, ...]) -> tuple[str, str | None]:
    """(status, reported date of the stance that set it) from a ledger in reported order.

    Undated stances (from articles without a publication date) come before every dated
    one, so any dated stance of the same actor overrides them; when only undated stances
    set the status, its date is None ("undated"), never the date of some other report."""
    latest: dict[str, dict] = {}
    for entry in sorted(
        ledger, key=lambda e: (dates.sort_key(e["reported"]), _STANCE_RANK[e["stance"]])
    ):
        if entry["actor"]:
            latest[entry["actor"]] = entry
    acks = [e for a, e in latest.items() if a in subject and e["stance"] == "acknowledges"]
    if acks:
        return "acknowledged", _earliest_dated(acks)
    denials = [e for e in latest.values() if e["stance"] == "denies"]
    if denials:
        return "contested", _earliest_dated(denials)
    return "alleged", None


def _earliest_dated(entries: list[dict]) -> str | None:
    dated = [e["reported"] for e in entries if e["reported"]]
    return min(dated, key=dates.sort_key) if dated else None


def _ordered(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def build(block: str, group: list[ClaimReport]) -> dict:
    """The rows of one claim record (without its id) for the tables of the KB."""
    first_report = group[0]
    sources = [r.source for r in group]
    ledger = [
        {
            "actor": s.actor,
            "stance": s.stance,
            "reported": r.source.reported,
            "doc_id": r.source.doc_id,
            "report_id": r.id,
            "answers": s.answers,
        }
        for r in group
        for s in r.stances
    ]
    first, last = reported_range(sources)
    state, since = status(ledger, first_report.subject)
    claimants = _ordered(e["actor"] for e in ledger if e["stance"] == "alleges")
    deniers = _ordered(e["actor"] for e in ledger if e["stance"] == "denies")
    acknowledgers = _ordered(e["actor"] for e in ledger if e["stance"] == "acknowledges")
    record = {
        "block": block,
        "subject": list(first_report.subject),
        "beneficiary": list(first_report.beneficiary),
        "action": first_report.action,
        "claimants": claimants,
        "items": sorted(set().union(*(items(r) for r in group))),
        "denied_by": deniers,
        "acknowledged_by": acknowledgers,
        "hint": next((r.hint for r in group if r.hint), None),
        "status": state,
        # An alleged claim stands since its first dated report; a contested or acknowledged
        # one since the dated stance that made it so (None: only undated stances did).
        "status_since": since if state != "alleged" else first,
        "first_reported": first,
        "last_reported": last,
        "n_sources": len({s.doc_id for s in sources}),
        "n_independent_sources": independent(sources),
        "confidence": combined_confidence([(r.confidence, r.source) for r in group]),
    }
    roles = [
        *((a, "subject") for a in first_report.subject),
        *((a, "beneficiary") for a in first_report.beneficiary),
        *((a, "claimant") for a in claimants),
        *((a, "denier") for a in deniers),
        *((a, "acknowledger") for a in acknowledgers),
    ]
    return {
        "record": record,
        "parties": [{"actor": a, "role": role} for a, role in dict.fromkeys(roles)],
        "sources": [
            {
                "report_id": r.id,
                "doc_id": r.source.doc_id,
                "origin_doc": r.source.origin,
                "reported": r.source.reported,
            }
            for r in group
        ],
        "stances": [{"seq": i, **e} for i, e in enumerate(ledger, start=1)],
        "base_id": ids.claim_id(
            first_report.subject, first_report.beneficiary, first_report.action
        ),
    }


def resolve_block(block: str, reports: list[ClaimReport]) -> list[dict]:
    """The claim records of one block, with their ids."""
    built = [build(block, g) for g in cluster(reports)]
    for b, record_id in zip(built, ids.numbered([b["base_id"] for b in built]), strict=True):
        b["id"] = record_id
    return built
