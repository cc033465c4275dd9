"""``agreement_values.value`` holds each value as JSON, typed: a defence clause is a JSON
boolean, not the text "true"/"false" that readers had to turn back into a boolean (the other
attributes, dates, places, kinds and names, are JSON strings).

Existing rows are converted in place: a defence value's text is already the JSON literal;
every other value becomes a JSON string.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE agreement_values ALTER COLUMN value TYPE JSON USING CASE"
            " WHEN attribute = 'defense' THEN value::json ELSE to_json(value) END"
        )
        return
    op.execute("UPDATE agreement_values SET value = json_quote(value) WHERE attribute != 'defense'")
    with op.batch_alter_table("agreement_values") as batch:
        batch.alter_column("value", type_=sa.JSON, existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE agreement_values ALTER COLUMN value TYPE TEXT USING CASE"
            " WHEN attribute = 'defense' THEN value::text ELSE value #>> '{}' END"
        )
        return
    with op.batch_alter_table("agreement_values") as batch:
        batch.alter_column("value", type_=sa.Text, existing_nullable=False)
    op.execute(
        "UPDATE agreement_values SET value = json_extract(value, '$') WHERE attribute != 'defense'"
    )
