"""The near-duplicate index in the store: ``documents_bands`` holds each document's 42 band
hashes (``blocwatch.base.fingerprints.stored_bands``) keyed by (band, doc_id). An ingest
looks a batch's bands up there instead of loading every stored signature into an index in
memory, which grew by 0.67 kB a document (250 MB at 372,000 documents, and three times that
while merging its sorted runs).

A store that already holds documents gets their bands here, from the stored signatures.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_PAGE = 2000


def upgrade() -> None:
    op.create_table(
        "documents_bands",
        sa.Column("band", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column(
            "doc_id",
            sa.String(200),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sqlite_with_rowid=False,
    )
    _index_stored(op.get_bind())


def _index_stored(conn: sa.Connection) -> None:
    from blocwatch.base.fingerprints import from_bytes, stored_bands

    documents = sa.table("documents", sa.column("id"), sa.column("minhash"))
    bands = sa.table("documents_bands", sa.column("band"), sa.column("doc_id"))
    last = ""
    while True:
        page = conn.execute(
            sa.select(documents.c.id, documents.c.minhash)
            .where(documents.c.id > last)
            .order_by(documents.c.id)
            .limit(_PAGE)
        ).all()
        if not page:
            return
        rows = []
        for doc_id, blob in page:
            sig = from_bytes(blob)
            if sig is not None:
                rows.extend({"band": band, "doc_id": doc_id} for band in stored_bands(sig))
        if rows:
            conn.execute(bands.insert(), rows)
        last = page[-1][0]


def downgrade() -> None:
    op.drop_table("documents_bands")
