"""SQLite: the covering edge index ``ix_edge_spans_edge`` also holds each row's detail, so the
whole network of a day as JSON (``analyse/network_json.py``) is grouped with its records'
details, strongest first, as the index is read: one query, no lookup of a detail per (edge,
record) entry in Python. The same columns as 0014's, ``detail`` last.

PostgreSQL keeps 0014's index: a B-tree entry there is bounded (2,704 bytes) and a detail
is not; its JSON answer looks the details up in Python.

Revision ID: 0017
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None

# Written out (not imported from schema.py): a migration makes what it made when written.
_EDGE = ["source", "target", "edge_kind", sa.text("weight DESC"), "record_id", "valid_from",
         "fact_type", "valid_until", "overlap", "merge", "directed", "label"]  # fmt: skip


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if _sqlite():
        op.drop_index("ix_edge_spans_edge", table_name="edge_spans")
        op.create_index("ix_edge_spans_edge", "edge_spans", [*_EDGE, "detail"])


def downgrade() -> None:
    if _sqlite():
        op.drop_index("ix_edge_spans_edge", table_name="edge_spans")
        op.create_index("ix_edge_spans_edge", "edge_spans", _EDGE)
