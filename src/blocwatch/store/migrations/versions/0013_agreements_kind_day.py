"""An index of the agreements by kind and the days they are in force
(``ix_agreements_kind_day``): the obligations read every accession in force on a date
(thousands on a large base) from it, where the index on the first day alone gave every
agreement started by then (a hundred thousand) to be checked for its kind in the table.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_agreements_kind_day", "agreements", ["kind", "start_day", "end_day"])


def downgrade() -> None:
    op.drop_index("ix_agreements_kind_day", table_name="agreements")
