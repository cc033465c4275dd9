"""Joint military exercises, the fourth fact kind: ``exercise_reports`` (what one document
states) and the knowledge-base tables ``exercises``, ``exercise_parties`` and
``exercise_sources`` (``store/exercises.py``).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from blocwatch.store.skeleton import (
    create_parties_table,
    create_record_table,
    create_sources_table,
)

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _exercise_columns() -> list[sa.Column]:
    """What a report and a record of an exercise both state."""
    return [
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
        sa.Column("place", sa.String(200)),
        sa.Column("domain", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "exercise_reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "doc_id",
            sa.String(200),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        *_exercise_columns(),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_exercise_reports_doc", "exercise_reports", ["doc_id"])
    create_record_table(
        "exercises",
        *_exercise_columns(),
        sa.Column("start_day", sa.String(10), nullable=False),
        indexed=("start_day",),
    )
    create_parties_table("exercise")
    create_sources_table(
        "exercise",
        sa.Column("name", sa.Text),
        sa.Column("start", sa.String(10)),
        sa.Column("place", sa.String(200)),
        sa.Column("domain", sa.String(16)),
    )


def downgrade() -> None:
    for table in ("exercise_sources", "exercise_parties", "exercises", "exercise_reports"):
        op.drop_table(table)
