"""Joint military exercises, the fourth fact kind: ``exercise_reports`` (what one document
states) and the knowledge-base tables ``exercises``, ``exercise_parties`` and
``exercise_sources`` (``store/exercises.py``).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _record_fk() -> sa.Column:
    return sa.Column(
        "exercise_id",
        sa.String(120),
        sa.ForeignKey("exercises.id", ondelete="CASCADE"),
        primary_key=True,
    )


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
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
        sa.Column("place", sa.String(200)),
        sa.Column("domain", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_exercise_reports_doc", "exercise_reports", ["doc_id"])
    op.create_table(
        "exercises",
        sa.Column("id", sa.String(120), primary_key=True),
        sa.Column("block", sa.String(400), nullable=False),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
        sa.Column("place", sa.String(200)),
        sa.Column("domain", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("start_day", sa.String(10), nullable=False),
        sa.Column("first_reported", sa.String(10)),
        sa.Column("last_reported", sa.String(10)),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("n_independent_sources", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    for column in ("block", "start_day", "first_reported", "last_reported"):
        op.create_index(f"ix_exercises_{column}", "exercises", [column])
    op.create_table(
        "exercise_parties",
        _record_fk(),
        sa.Column("actor", sa.String(16), primary_key=True),
    )
    op.create_index("ix_exercise_parties_actor", "exercise_parties", ["actor"])
    op.create_table(
        "exercise_sources",
        _record_fk(),
        sa.Column("report_id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text),
        sa.Column("start", sa.String(10)),
        sa.Column("place", sa.String(200)),
        sa.Column("domain", sa.String(16)),
        sa.Column("doc_id", sa.String(200), nullable=False),
        sa.Column("origin_doc", sa.String(200), nullable=False),
        sa.Column("reported", sa.String(10)),
    )
    op.create_index("ix_exercise_sources_doc_id", "exercise_sources", ["doc_id"])


def downgrade() -> None:
    for table in ("exercise_sources", "exercise_parties", "exercises", "exercise_reports"):
        op.drop_table(table)
