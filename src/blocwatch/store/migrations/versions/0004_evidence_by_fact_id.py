"""Evidence looked up by fact id first: ``ix_evidence_fact`` on (fact_id, fact_type) rather
than (fact_type, fact_id).

Every query on evidence names both columns (a record's sources join evidence on its reports'
ids; an actor's sentences ask for some fact ids of one type), so either order serves them.
But with fact_type first, SQLite without statistics (blocwatch never runs ANALYZE) takes
``fact_type = ?`` for a selective lookup and reads every evidence row of that type as the
outer loop of the sources join: on a base of a million facts, the sources of 500 records
took 0.2 s instead of 0.1 ms, and an obligations query minutes (bench/query_latency.py).
With fact_id first no plan can start from the type alone.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_evidence_fact", table_name="evidence")
    op.create_index("ix_evidence_fact", "evidence", ["fact_id", "fact_type"])


def downgrade() -> None:
    op.drop_index("ix_evidence_fact", table_name="evidence")
    op.create_index("ix_evidence_fact", "evidence", ["fact_type", "fact_id"])
