"""Covering indexes on the as-of index ``edge_spans``: the rows of a day are read from an
index holding every column the query needs, not from the table (whose rows carry each
record's detail, a few hundred bytes). ``ix_edge_spans_tier`` (tier, kind, first day, ...)
gives the obligations the defence edges of a day; ``ix_edge_spans_day`` (first day, last
day, ..., kind, pair, weight) gives the network page every pair of the day with its weight.
``ix_edge_spans_pair`` (source, target, kind, first and last day) finds a page's edges. Neither
covering index starts with the edge kind: SQLite's planner (blocwatch runs no ANALYZE)
would take them for the few rows of one actor, which the source and target indexes find.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Written out (not imported from schema.py): a migration makes what it made when written.
_TIER = ["label", "edge_kind", "valid_from", "valid_until", "overlap", "source", "target",
         "record_id"]  # fmt: skip
_DAY = ["valid_from", "valid_until", "overlap", "edge_kind", "source", "target", "record_id",
        "merge", "weight"]  # fmt: skip
_PAIR = ["source", "target", "edge_kind", "valid_from", "valid_until", "overlap"]


def upgrade() -> None:
    op.create_index("ix_edge_spans_tier", "edge_spans", _TIER)
    op.create_index("ix_edge_spans_day", "edge_spans", _DAY)
    op.create_index("ix_edge_spans_pair", "edge_spans", _PAIR)


def downgrade() -> None:
    op.drop_index("ix_edge_spans_pair", table_name="edge_spans")
    op.drop_index("ix_edge_spans_day", table_name="edge_spans")
    op.drop_index("ix_edge_spans_tier", table_name="edge_spans")
