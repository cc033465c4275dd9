"""A covering index on the as-of index ``edge_spans`` by edge: ``ix_edge_spans_edge`` (source,
target, kind, weight descending, record, first day, fact type, last day, overlap, merge,
direction, label) holds every column the whole network of a day groups by pair, in the order
of the groups and of each edge's records (strongest first), so SQLite groups them as it
reads the index (no sort, no read of the table's rows and their details). Like the covering
indexes of 0012, it does not start with the edge kind: SQLite's planner (no ANALYZE) would
take it for every question naming a kind.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Written out (not imported from schema.py): a migration makes what it made when written.
_EDGE = ["source", "target", "edge_kind", sa.text("weight DESC"), "record_id", "valid_from",
         "fact_type", "valid_until", "overlap", "merge", "directed", "label"]  # fmt: skip


def upgrade() -> None:
    op.create_index("ix_edge_spans_edge", "edge_spans", _EDGE)


def downgrade() -> None:
    op.drop_index("ix_edge_spans_edge", table_name="edge_spans")
