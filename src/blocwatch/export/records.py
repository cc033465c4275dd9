"""Every record of the knowledge base, loaded once for an exporter, with its sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from ..kb.records import AgreementRecord, ClaimRecord, MeasureSeries, SourceSentence
from ..kb.sources import sources_by_record
from ..kinds import KINDS


@dataclass
class Everything:
    """Every record by its kind's plural (registry order), and every record's sentences."""

    records: dict[str, list[Any]]
    sources: dict[str, list[SourceSentence]]

    @property
    def agreements(self) -> list[AgreementRecord]:
        return self.records["agreements"]

    @property
    def claims(self) -> list[ClaimRecord]:
        return self.records["claims"]

    @property
    def measures(self) -> list[MeasureSeries]:
        return self.records["measures"]

    def counts(self) -> dict[str, int]:
        return {plural: len(records) for plural, records in self.records.items()}


def load_everything(conn: Connection, with_sources: bool = True) -> Everything:
    """All records of every registered kind in id order (and, when asked, every record's
    sentences)."""
    records: dict[str, list[Any]] = {}
    sources: dict[str, list[SourceSentence]] = {}
    for k in KINDS:
        table = k.hook("record_table")
        ids = list(conn.execute(select(table.c.id).order_by(table.c.id)).scalars())
        records[k.plural] = k.hook("record_loader")(conn, ids)
        if with_sources:
            sources.update(sources_by_record(conn, k.name))
    return Everything(records=records, sources=sources)


def grouped_sources(sentences: list[SourceSentence]) -> list[dict]:
    """Sentences grouped by report: [{doc_id, title, url, published, outlet, origin_doc,
    states, evidence: [{role, start, end, sentence}]}]."""
    out: dict[int, dict] = {}
    for s in sentences:
        entry = out.setdefault(
            s.report_id,
            {
                "doc_id": s.doc_id,
                "title": s.title,
                "url": s.url,
                "published": s.published,
                "outlet": s.outlet,
                "origin_doc": s.origin_doc,
                "states": s.states,
                "evidence": [],
            },
        )
        entry["evidence"].append(
            {"role": s.role, "start": s.start, "end": s.end, "sentence": s.sentence}
        )
    return list(out.values())
