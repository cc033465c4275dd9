"""``record_spans``: one row per record span of the as-of index ``edge_spans`` (first day,
record, fact type, edge kind; last day, overlap, weight, label, detail), what the span says
of its record whatever the pair. The whole network of a day reads each of its details once
from here, in key order, instead of grouping the day's pair rows by record (436,000 rows of
a day on a million facts, for 180,000 details). Filled from the pair rows already stored.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_KEY = "valid_from, record_id, fact_type, edge_kind"
_VALUES = "valid_until, overlap, weight, label, detail"


def upgrade() -> None:
    op.create_table(
        "record_spans",
        sa.Column("valid_from", sa.String(10), primary_key=True),
        sa.Column("record_id", sa.String(120), primary_key=True),
        sa.Column("fact_type", sa.String(16), primary_key=True),
        sa.Column("edge_kind", sa.String(16), primary_key=True),
        sa.Column("valid_until", sa.String(10)),
        sa.Column("overlap", sa.Boolean, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_record_spans_record", "record_spans", ["record_id", "fact_type"])
    # A span's pair rows hold the same values (resolve/spans.py): any one of them will do.
    if op.get_bind().dialect.name == "postgresql":
        rows = f"SELECT DISTINCT ON ({_KEY}) {_KEY}, {_VALUES} FROM edge_spans"
    else:
        # SQLite takes the other columns from one row of each group.
        rows = f"SELECT {_KEY}, {_VALUES} FROM edge_spans GROUP BY {_KEY}"
    op.execute(f"INSERT INTO record_spans ({_KEY}, {_VALUES}) {rows}")


def downgrade() -> None:
    op.drop_table("record_spans")
