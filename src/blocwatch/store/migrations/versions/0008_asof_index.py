"""The as-of index of the network: ``edge_spans``, one row per record, per pair of actors it
ties, per span of time over which what it says of them is constant (see ``schema.py`` and
``blocwatch/resolve/spans.py``). The network as of a date and the obligations read the
rows of the day instead of rebuilding every record in force (seconds on a million facts).

A store that already holds records gets their rows here, from the records as stored.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edge_spans",
        sa.Column("valid_from", sa.String(10), primary_key=True),
        sa.Column("record_id", sa.String(120), primary_key=True),
        sa.Column("fact_type", sa.String(16), primary_key=True),
        sa.Column("edge_kind", sa.String(16), primary_key=True),
        sa.Column("source", sa.String(16), primary_key=True),
        sa.Column("target", sa.String(16), primary_key=True),
        sa.Column("directed", sa.Boolean, nullable=False),
        sa.Column("merge", sa.Boolean, nullable=False),
        sa.Column("valid_until", sa.String(10)),
        sa.Column("overlap", sa.Boolean, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_edge_spans_record", "edge_spans", ["record_id", "fact_type"])
    op.create_index("ix_edge_spans_source", "edge_spans", ["source", "edge_kind", "valid_from"])
    op.create_index("ix_edge_spans_target", "edge_spans", ["target", "edge_kind", "valid_from"])
    # The records already stored are indexed as they stand (the resolver's rules, not SQL's).
    from blocwatch.resolve.spans import index_all

    index_all(op.get_bind())


def downgrade() -> None:
    op.drop_table("edge_spans")
