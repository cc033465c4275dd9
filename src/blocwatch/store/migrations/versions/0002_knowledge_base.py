"""The knowledge base: records merged across documents, their sources, values, lifecycle
events, stance ledgers and measure series (see ``blocwatch.resolve``).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from blocwatch.store.skeleton import (
    create_parties_table,
    create_record_table,
    create_sources_table,
)
from blocwatch.store.skeleton import record_fk as _fk

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_blocks",
        sa.Column("fact_type", sa.String(16), primary_key=True),
        sa.Column("report_id", sa.Integer, primary_key=True),
        sa.Column("doc_id", sa.String(200), nullable=False),
        sa.Column("block", sa.String(400), nullable=False),
    )
    op.create_index("ix_report_blocks_doc", "report_blocks", ["doc_id"])
    op.create_index("ix_report_blocks_block", "report_blocks", ["fact_type", "block"])

    create_record_table(
        "agreements",
        sa.Column("parties", sa.JSON, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("signed", sa.String(10)),
        sa.Column("signed_conflict", sa.Boolean, nullable=False),
        sa.Column("place", sa.String(200)),
        sa.Column("place_conflict", sa.Boolean, nullable=False),
        sa.Column("defense", sa.Boolean),
        sa.Column("defense_conflict", sa.Boolean, nullable=False),
        sa.Column("provisions", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("valid_from", sa.String(10)),
        sa.Column("in_force_from", sa.String(10)),
        sa.Column("ended", sa.String(10)),
        sa.Column("start_day", sa.String(10), nullable=False),
        sa.Column("end_day", sa.String(10)),
        indexed=("start_day",),
    )
    create_parties_table("agreement")

    op.create_table(
        "agreement_provisions",
        _fk("agreement_id", "agreements"),
        sa.Column("provision", sa.String(32), primary_key=True),
        sa.Column("n_sources", sa.Integer, nullable=False),
    )
    op.create_index("ix_agreement_provisions_provision", "agreement_provisions", ["provision"])

    create_sources_table("agreement")

    op.create_table(
        "agreement_values",
        _fk("agreement_id", "agreements"),
        sa.Column("attribute", sa.String(16), primary_key=True),
        sa.Column("report_id", sa.Integer, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("doc_id", sa.String(200), nullable=False),
    )

    op.create_table(
        "agreement_events",
        _fk("agreement_id", "agreements"),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("doc_id", sa.String(200), nullable=False),
        sa.Column("report_id", sa.Integer, nullable=False),
        sa.Column("reported", sa.String(10)),
    )

    create_record_table(
        "claims",
        sa.Column("subject", sa.JSON, nullable=False),
        sa.Column("beneficiary", sa.JSON, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("claimants", sa.JSON, nullable=False),
        sa.Column("items", sa.JSON, nullable=False),
        sa.Column("denied_by", sa.JSON, nullable=False),
        sa.Column("acknowledged_by", sa.JSON, nullable=False),
        sa.Column("hint", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_since", sa.String(10)),
        indexed=("status",),
    )
    create_parties_table("claim", "role")
    create_sources_table("claim")

    op.create_table(
        "claim_stances",
        _fk("claim_id", "claims"),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("actor", sa.String(16)),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("reported", sa.String(10)),
        sa.Column("doc_id", sa.String(200), nullable=False),
        sa.Column("report_id", sa.Integer, nullable=False),
        sa.Column("answers", sa.String(16)),
    )

    create_record_table(
        "measures",
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("n_points", sa.Integer, nullable=False),
        confidence=False,
    )
    create_parties_table("measure")

    op.create_table(
        "measure_points",
        _fk("measure_id", "measures"),
        sa.Column("point", sa.String(64), primary_key=True),
        sa.Column("period", sa.String(10)),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("reported", sa.String(10)),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("n_independent_sources", sa.Integer, nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
    )

    create_sources_table(
        "measure",
        sa.Column("point", sa.String(64), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "measure_sources",
        "measure_points",
        "measure_parties",
        "measures",
        "claim_stances",
        "claim_sources",
        "claim_parties",
        "claims",
        "agreement_events",
        "agreement_values",
        "agreement_sources",
        "agreement_provisions",
        "agreement_parties",
        "agreements",
        "report_blocks",
    ):
        op.drop_table(table)
