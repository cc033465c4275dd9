"""SQLite: a covering index by edge that also holds each row's detail,
``ix_edge_spans_edge_details`` (0014's ``ix_edge_spans_edge`` columns, ``detail`` last), so
the whole network of a day as JSON (``analyse/network_json.py``) is grouped with its
records' details, strongest first, as the index is read: one query, no lookup of a detail
per (edge, record) entry in Python. Beside 0014's index, which the network's objects keep
reading (narrower, faster to scan). Not in ``schema.py``'s metadata (it is SQLite's only;
the schema comparison leaves it out).

PostgreSQL gets nothing: a B-tree entry there is bounded (2,704 bytes) and a detail is not;
its JSON answer looks the details up in Python.

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# Written out (not imported from schema.py): a migration makes what it made when written.
_EDGE = ["source", "target", "edge_kind", sa.text("weight DESC"), "record_id", "valid_from",
         "fact_type", "valid_until", "overlap", "merge", "directed", "label", "detail"]  # fmt: skip
NAME = "ix_edge_spans_edge_details"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if _sqlite():
        op.create_index(NAME, "edge_spans", _EDGE)


def downgrade() -> None:
    if _sqlite():
        op.drop_index(NAME, table_name="edge_spans")
