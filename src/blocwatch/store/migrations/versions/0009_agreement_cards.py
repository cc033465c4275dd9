"""Agreement cards: ``agreement_cards``, what an agreement shows beyond its row (conflicts
with their sources, lifecycle steps at their best-supported dates, succession links),
decided at resolve time (``blocwatch/resolve/cards.py``) instead of on every read: a
party's agreements in force on a date no longer reads every source of every record.

A store that already holds agreements gets their cards here, from the records as stored.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement_cards",
        sa.Column(
            "agreement_id",
            sa.String(120),
            sa.ForeignKey("agreements.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("card", sa.Text, nullable=False),
    )
    from blocwatch.resolve.cards import index_all

    index_all(op.get_bind())


def downgrade() -> None:
    op.drop_table("agreement_cards")
