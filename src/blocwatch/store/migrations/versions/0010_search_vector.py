"""Search on PostgreSQL from a stored text vector: ``documents.search_vector``, a generated
column (the same expression migration 0003 indexed, computed once when a document is
written), with the GIN index ``ix_documents_fts`` on it instead of on the expression.

Ranking read the expression's index for the matches, then computed every matching
document's vector again from its text to rank it: a common word took seconds on a million
facts. With the vector stored, ``ts_rank`` reads it. SQLite keeps FTS5 (migration 0003).
Like the FTS5 table, the column is not part of ``schema.metadata``
(``blocwatch.store.search`` names it so that schema comparisons leave it out).

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_UP = [
    "DROP INDEX IF EXISTS ix_documents_fts",
    """ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || to_tsvector('english'::regconfig, text)) STORED""",
    "CREATE INDEX ix_documents_fts ON documents USING gin (search_vector)",
]
_DOWN = [
    "DROP INDEX IF EXISTS ix_documents_fts",
    "ALTER TABLE documents DROP COLUMN IF EXISTS search_vector",
    """CREATE INDEX ix_documents_fts ON documents USING gin ((
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || to_tsvector('english'::regconfig, text)))""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _DOWN:
            op.execute(statement)
