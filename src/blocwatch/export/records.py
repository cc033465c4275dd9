"""Every record of the knowledge base, loaded once for an exporter, with its sentences."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from ..kb.agreements import load_agreements
from ..kb.claims import load_claims
from ..kb.measures import load_measures
from ..kb.records import AgreementRecord, ClaimRecord, MeasureSeries, SourceSentence
from ..kb.sources import sources_by_record
from ..store.schema import agreements, claims, measures


@dataclass
class Everything:
    agreements: list[AgreementRecord]
    claims: list[ClaimRecord]
    measures: list[MeasureSeries]
    sources: dict[str, list[SourceSentence]]

    def counts(self) -> dict[str, int]:
        return {
            "agreements": len(self.agreements),
            "claims": len(self.claims),
            "measures": len(self.measures),
        }


def load_everything(conn: Connection, with_sources: bool = True) -> Everything:
    """All records in id order (and, when asked, every record's sentences)."""

    def ids(table) -> list[str]:
        return list(conn.execute(select(table.c.id).order_by(table.c.id)).scalars())

    sources: dict[str, list[SourceSentence]] = {}
    if with_sources:
        for fact_type in ("agreement", "claim", "measure"):
            sources.update(sources_by_record(conn, fact_type))
    return Everything(
        agreements=load_agreements(conn, ids(agreements)),
        claims=load_claims(conn, ids(claims)),
        measures=load_measures(conn, ids(measures)),
        sources=sources,
    )


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
