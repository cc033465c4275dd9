"""``pending_blocks``: resolution blocks whose records lag their stored reports, with how
many reports were added to or removed from each since it was last resolved. An ingest
resolves a block once its new reports reach a fraction of its size, and every block still
pending when its run ends, so a block's history is not rebuilt for each batch.

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_blocks",
        sa.Column("fact_type", sa.String(16), primary_key=True),
        sa.Column("block", sa.String(400), primary_key=True),
        sa.Column("reports", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("pending_blocks")
