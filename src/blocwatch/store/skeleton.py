"""The tables every fact kind has in the knowledge base, as migrations create them: a record
table (id, block, the kind's columns, reported time, source counts, confidence), a parties
table and a sources table. Migrations ``0002`` (agreements, claims, measures) and ``0006``
(exercises) build their kinds from these, as ``schema.py`` builds the metadata from its own
helpers.

A migration that has run must create the same tables when run again: change nothing here
that an existing migration uses; add instead.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def record_fk(name: str, target: str) -> sa.Column:
    """The link of a row to its record: part of the row's key; deleted with the record."""
    return sa.Column(
        name, sa.String(120), sa.ForeignKey(f"{target}.id", ondelete="CASCADE"), primary_key=True
    )


def reported_columns() -> list[sa.Column]:
    """Reported time and source counts, as every record table has them."""
    return [
        sa.Column("first_reported", sa.String(10)),
        sa.Column("last_reported", sa.String(10)),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("n_independent_sources", sa.Integer, nullable=False),
    ]


def create_record_table(
    plural: str, *columns: sa.Column, indexed: tuple[str, ...] = (), confidence: bool = True
) -> None:
    """A kind's record table, indexed on its block, ``indexed`` and reported time."""
    op.create_table(
        plural,
        sa.Column("id", sa.String(120), primary_key=True),
        sa.Column("block", sa.String(400), nullable=False),
        *columns,
        *reported_columns(),
        *([sa.Column("confidence", sa.Float, nullable=False)] if confidence else []),
    )
    for column in ("block", *indexed, "first_reported", "last_reported"):
        op.create_index(f"ix_{plural}_{column}", plural, [column])


def create_parties_table(kind: str, *keys: str) -> None:
    """Who a record names: one row per actor (and per each of ``keys``), indexed by actor."""
    table = f"{kind}_parties"
    op.create_table(
        table,
        record_fk(f"{kind}_id", f"{kind}s"),
        sa.Column("actor", sa.String(16), primary_key=True),
        *(sa.Column(key, sa.String(16), primary_key=True) for key in keys),
    )
    op.create_index(f"ix_{table}_{'_'.join(('actor', *keys))}", table, ["actor", *keys])


def create_sources_table(kind: str, *columns: sa.Column) -> None:
    """One row per report merged into a record, with the kind's own ``columns``."""
    table = f"{kind}_sources"
    op.create_table(
        table,
        record_fk(f"{kind}_id", f"{kind}s"),
        sa.Column("report_id", sa.Integer, primary_key=True),
        *columns,
        sa.Column("doc_id", sa.String(200), nullable=False),
        sa.Column("origin_doc", sa.String(200), nullable=False),
        sa.Column("reported", sa.String(10)),
    )
    op.create_index(f"ix_{table}_doc_id", table, ["doc_id"])
