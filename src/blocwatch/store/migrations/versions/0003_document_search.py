"""Full-text search over documents: an FTS5 index on SQLite, a GIN index on PostgreSQL.

Neither is part of ``schema.metadata`` (SQLAlchemy has no type for either);
``blocwatch.store.search`` names them so that schema comparisons leave them out.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# SQLite: an external-content FTS5 table over documents (the text is stored once, in
# documents), keyed by the documents' rowid and kept in step by triggers, so every writer
# (ingest, tests, a user's own SQL) updates it. Porter stemming approximates PostgreSQL's
# English configuration.
_SQLITE_UP = [
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END""",
    # Only when the indexed columns change: extraction updates documents.extractor and lang.
    """CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]
_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS documents_fts_update",
    "DROP TRIGGER IF EXISTS documents_fts_delete",
    "DROP TRIGGER IF EXISTS documents_fts_insert",
    "DROP TABLE IF EXISTS documents_fts",
]

# PostgreSQL: an expression index; blocwatch.store.search queries the same expression
# (titles weigh more than text), so the planner uses it.
_POSTGRES_UP = [
    """CREATE INDEX ix_documents_fts ON documents USING gin ((
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || to_tsvector('english'::regconfig, text)))""",
]
_POSTGRES_DOWN = ["DROP INDEX IF EXISTS ix_documents_fts"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(_SQLITE_UP)
    elif dialect == "postgresql":
        _run(_POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(_SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(_POSTGRES_DOWN)
