"""Covering indexes on the as-of index ``edge_spans``: the rows of a day are read from an
index holding every column the query needs, not from the table (whose rows carry each
record's detail, a few hundred bytes). ``ix_edge_spans_tier`` (kind, tier, first day, ...)
gives the obligations the defence edges of a day; ``ix_edge_spans_day`` (kind, first day,
...) gives the network page every pair of the day with its weight.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TIER = ["edge_kind", "label", "valid_from", "valid_until", "overlap", "source", "target",
         "record_id"]  # fmt: skip
_DAY = ["edge_kind", "valid_from", "valid_until", "overlap", "source", "target", "record_id",
        "merge", "weight"]  # fmt: skip


def upgrade() -> None:
    op.create_index("ix_edge_spans_tier", "edge_spans", _TIER)
    op.create_index("ix_edge_spans_day", "edge_spans", _DAY)


def downgrade() -> None:
    op.drop_index("ix_edge_spans_day", table_name="edge_spans")
    op.drop_index("ix_edge_spans_tier", table_name="edge_spans")
