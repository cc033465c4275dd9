"""The tables of a blocwatch store, as one SQLAlchemy Core MetaData.

Alembic migrations in ``migrations/versions`` create exactly these tables; a test compares the
two. Documents are the source of truth; every fact table is derived from them by the extractor
and can be dropped and re-derived (``blocwatch reextract``).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", String(10), index=True),
    Column("source", String(200), index=True),
    Column("lang", String(8)),
    Column("origin", Text),
    Column("content_hash", String(64), nullable=False, unique=True),
    # MinHash signature of the text's shingles, for near-duplicate lookup across runs.
    Column("minhash", LargeBinary),
    Column("duplicate_of", String(200), ForeignKey("documents.id"), index=True),
    Column("ingested_at", String(32), nullable=False, index=True),
    # Version of the extractor whose facts are stored for this document (null: not extracted).
    Column("extractor", String(32)),
)

# Facts as one document reports them. Lists of actor codes are JSON arrays.
agreement_reports = Table(
    "agreement_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("parties", JSON, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("name", Text),
    Column("signed", String(10)),
    Column("place", String(200)),
    Column("defense", Boolean),
    Column("provisions", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("signatories", JSON, nullable=False),
    Column("events", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_agreement_reports_doc", "doc_id"),
)

claim_reports = Table(
    "claim_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("claimant", JSON, nullable=False),
    Column("subject", JSON, nullable=False),
    Column("beneficiary", JSON, nullable=False),
    Column("action", String(32), nullable=False),
    Column("what", Text),
    Column("denied_by", JSON, nullable=False),
    Column("acknowledged_by", JSON, nullable=False),
    Column("stances", JSON, nullable=False),
    Column("hint", Text),
    Column("confidence", Float, nullable=False),
    Index("ix_claim_reports_doc", "doc_id"),
)

measure_reports = Table(
    "measure_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("actors", JSON, nullable=False),
    Column("metric", String(32), nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(16), nullable=False),
    Column("period", String(10)),
    Column("confidence", Float, nullable=False),
    Index("ix_measure_reports_doc", "doc_id"),
)

# The sentences behind each reported fact: (fact_type, fact_id) points into one of the
# *_reports tables; role says what the span supports ("fact", "denies", "signed" ...).
evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fact_type", String(16), nullable=False),
    Column("fact_id", Integer, nullable=False),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(32), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Index("ix_evidence_fact", "fact_type", "fact_id"),
    Index("ix_evidence_doc", "doc_id"),
)
