"""Documents, the facts each document reports, and their evidence.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _doc_fk() -> sa.Column:
    return sa.Column(
        "doc_id", sa.String(200), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("source", sa.String(200)),
        sa.Column("lang", sa.String(8)),
        sa.Column("origin", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("duplicate_of", sa.String(200), sa.ForeignKey("documents.id")),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("extractor", sa.String(32)),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_source", "documents", ["source"])
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])
    op.create_index("ix_documents_ingested_at", "documents", ["ingested_at"])

    op.create_table(
        "agreement_reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("parties", sa.JSON, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("signed", sa.String(10)),
        sa.Column("place", sa.String(200)),
        sa.Column("defense", sa.Boolean),
        sa.Column("provisions", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("signatories", sa.JSON, nullable=False),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_agreement_reports_doc", "agreement_reports", ["doc_id"])

    op.create_table(
        "claim_reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("claimant", sa.JSON, nullable=False),
        sa.Column("subject", sa.JSON, nullable=False),
        sa.Column("beneficiary", sa.JSON, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("what", sa.Text),
        sa.Column("denied_by", sa.JSON, nullable=False),
        sa.Column("acknowledged_by", sa.JSON, nullable=False),
        sa.Column("stances", sa.JSON, nullable=False),
        sa.Column("hint", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_claim_reports_doc", "claim_reports", ["doc_id"])

    op.create_table(
        "measure_reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("period", sa.String(10)),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_measure_reports_doc", "measure_reports", ["doc_id"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("fact_type", sa.String(16), nullable=False),
        sa.Column("fact_id", sa.Integer, nullable=False),
        _doc_fk(),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    op.create_index("ix_evidence_fact", "evidence", ["fact_type", "fact_id"])
    op.create_index("ix_evidence_doc", "evidence", ["doc_id"])


def downgrade() -> None:
    for table in ("evidence", "measure_reports", "claim_reports", "agreement_reports", "documents"):
        op.drop_table(table)
