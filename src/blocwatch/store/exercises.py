"""The tables of joint military exercises (the ``exercise`` kind): the reports, one row a
document's mention of an exercise, and the records resolution merges them into. Built on
:data:`blocwatch.store.schema.metadata` with its helpers; migration ``0006`` creates them."""

from __future__ import annotations

from sqlalchemy import JSON, Column, String, Text

from .schema import _parties_table, _record_table, _report_table, _sources_table


def _exercise_columns() -> list[Column]:
    """What a report and a record of an exercise both state. ``status``: held (the text
    reports it happened or is under way) or scheduled (announced for a time)."""
    return [
        Column("participants", JSON, nullable=False),
        Column("name", Text),
        Column("start", String(10)),
        Column("end", String(10)),
        Column("place", String(200)),
        Column("domain", String(16)),
        Column("status", String(16), nullable=False),
    ]


exercise_reports = _report_table("exercise", *_exercise_columns())

exercises = _record_table(
    "exercises",
    *_exercise_columns(),
    # First day of start (or of the first report when no date is known): what "held by D"
    # compares, as agreements' start_day.
    Column("start_day", String(10), nullable=False, index=True),
)

exercise_parties = _parties_table("exercise")

# What each source states of the exercise, beside its document: a record shows the
# best-supported value, the sources show each.
exercise_sources = _sources_table(
    "exercise",
    Column("name", Text),
    Column("start", String(10)),
    Column("place", String(200)),
    Column("domain", String(16)),
)
