"""Succession between the agreement records of one block: a new treaty that replaces an
older one between the same parties (the 2024 Russia-North Korea treaty and the 2000 one).

The extractor marks it within a document (:mod:`blocwatch.extract.succession`): the new
agreement's report has a ``replaces`` step and the old one's a ``superseded`` step. Here the
two reports' records are linked: the old record ends the day the new one enters into force
(or is signed, when no source reports its entry into force) and is in force on no day from
then on; each record lists the other (``replaced_by``/``replaces``, stored as
``agreement_values`` rows with the report that says so). Links never join records: a report
that both marks and is marked stays in its own record.
"""

from __future__ import annotations

from .reports import AgreementReport

SUPERSEDED = "superseded"


def links(groups: list[list[AgreementReport]], replaces: str) -> list[tuple[int, int]]:
    """(old, new) indices of ``groups`` where a document says the new replaces the old:
    in each document, a report with a ``replaces`` step is paired with each report signed
    before it whose ``superseded`` step carries its start (entry into force or signing, as
    the extractor dates it)."""
    where: dict[int, int] = {r.id: i for i, g in enumerate(groups) for r in g}
    by_doc: dict[str, tuple[list[AgreementReport], list[AgreementReport]]] = {}
    for g in groups:
        for r in g:
            kinds = {k for k, _ in r.events}
            new, old = by_doc.setdefault(r.source.doc_id, ([], []))
            if replaces in kinds:
                new.append(r)
            if SUPERSEDED in kinds:
                old.append(r)
    out: set[tuple[int, int]] = set()
    for new, old in by_doc.values():
        for n in new:
            for o in old:
                if where[o.id] != where[n.id] and _pair(o, n):
                    out.add((where[o.id], where[n.id]))
    return sorted(out)


def _pair(old: AgreementReport, new: AgreementReport) -> bool:
    if not (old.signed and new.signed and old.signed[:4] < new.signed[:4]):
        return False
    starts = {new.signed} | {d for k, d in new.events if k == "in_force" and d}
    return any(k == SUPERSEDED and d in starts for k, d in old.events)


def record_links(built: list[dict], groups, pairs: list[tuple[int, int]]) -> None:
    """Add the ``replaces``/``replaced_by`` rows of each linked pair to the built records
    (their ids assigned), citing the report of each side that states it."""
    for old, new in pairs:
        old_id, new_id = built[old]["id"], built[new]["id"]
        _add(built[new], "replaces", old_id, _stating(groups[new], "replaces"))
        _add(built[old], "replaced_by", new_id, _stating(groups[old], SUPERSEDED))


def _stating(group: list[AgreementReport], step: str) -> AgreementReport:
    return next(r for r in group if any(k == step for k, _ in r.events))


def _add(built: dict, attribute: str, other_id: str, report: AgreementReport) -> None:
    row = {
        "attribute": attribute,
        "report_id": report.id,
        "value": other_id,
        "doc_id": report.source.doc_id,
    }
    # One row per record, attribute and report (the table's key): a report that names two
    # predecessors links the first.
    if not any(
        v["attribute"] == attribute and v["report_id"] == report.id for v in built["values"]
    ):
        built["values"].append(row)
