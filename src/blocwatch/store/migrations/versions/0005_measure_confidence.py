"""A confidence for measure records, as agreements and claims have one: ``measure_points``
gets the combined confidence of the reports behind each point (1 - prod(1 - c) over
independent origins, each origin counted with its best report), ``measures`` the best of
its points'. Queries with a confidence floor filter on them.

Existing rows are filled from ``measure_sources`` and ``measure_reports`` by the same rule
the resolver applies (``resolve.support.combined_confidence``, written out here because a
migration must not change when the code does).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TABLES = ("measure_points", "measures")


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(
            table, sa.Column("confidence", sa.Float, nullable=False, server_default=sa.text("0"))
        )
    _fill(op.get_bind())
    if op.get_bind().dialect.name != "sqlite":  # SQLite cannot drop a column default
        for table in _TABLES:
            op.alter_column(table, "confidence", server_default=None)


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+), not a batch copy: recreating ``measures`` on
    # SQLite would cascade-delete the points, parties and sources that refer to it.
    for table in _TABLES:
        op.drop_column(table, "confidence")


def _combined(best: dict[str, float]) -> float:
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - c
    return round(min(1.0 - doubt, 0.99), 3)


def _fill(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text(
            "SELECT s.measure_id, s.point, s.origin_doc, r.confidence FROM measure_sources s"
            " JOIN measure_reports r ON r.id = s.report_id"
        )
    )
    best: dict[tuple[str, str], dict[str, float]] = {}
    for measure_id, point, origin, confidence in rows:
        per_origin = best.setdefault((measure_id, point), {})
        c = min(max(float(confidence), 0.0), 1.0)
        per_origin[origin] = max(per_origin.get(origin, 0.0), c)
    series: dict[str, float] = {}
    for (measure_id, point), per_origin in best.items():
        value = _combined(per_origin)
        series[measure_id] = max(series.get(measure_id, 0.0), value)
        conn.execute(
            sa.text(
                "UPDATE measure_points SET confidence = :c WHERE measure_id = :m AND point = :p"
            ),
            {"c": value, "m": measure_id, "p": point},
        )
    for measure_id, value in series.items():
        conn.execute(
            sa.text("UPDATE measures SET confidence = :c WHERE id = :m"),
            {"c": value, "m": measure_id},
        )
