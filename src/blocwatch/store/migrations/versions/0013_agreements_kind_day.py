"""Indexes for the obligations of a state on a date at a million facts:

- ``ix_agreements_kind_day`` (kind, first day, last day): every accession in force on a date
  (thousands) is read from it, where the index on the first day alone gave every agreement
  started by then (a hundred thousand) to be checked for its kind in the table;
- ``ix_edge_spans_source_tier`` and ``ix_edge_spans_target_tier`` (one end, kind, tier, days,
  the other end, record): the agreements of a state or of its organisations of some tiers on
  a day (thousands of rows for a state of many partners) read from an index alone, not
  looked up row by row in the table whose rows carry each record's detail.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


# Written out (not imported from schema.py): a migration makes what it made when written.
_SOURCE_TIER = ["source", "edge_kind", "label", "valid_from", "valid_until", "overlap", "target",
                "record_id"]  # fmt: skip
_TARGET_TIER = ["target", "edge_kind", "label", "valid_from", "valid_until", "overlap", "source",
                "record_id"]  # fmt: skip


def upgrade() -> None:
    op.create_index("ix_agreements_kind_day", "agreements", ["kind", "start_day", "end_day"])
    op.create_index("ix_edge_spans_source_tier", "edge_spans", _SOURCE_TIER)
    op.create_index("ix_edge_spans_target_tier", "edge_spans", _TARGET_TIER)


def downgrade() -> None:
    op.drop_index("ix_edge_spans_target_tier", table_name="edge_spans")
    op.drop_index("ix_edge_spans_source_tier", table_name="edge_spans")
    op.drop_index("ix_agreements_kind_day", table_name="agreements")
