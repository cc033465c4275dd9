"""The store on both backends: migrations, what each column type holds, errors opening a
store, and readers working while a writer holds a long transaction."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, inspect, make_url, select, text, update
from sqlalchemy.exc import OperationalError

from blocwatch.base.fingerprints import BANDS, content_hash, signature, stored_bands, to_bytes
from blocwatch.config import database_url
from blocwatch.errors import BlocwatchError
from blocwatch.model import Agreement, Claim, Document, Evidence, Extraction, Stance
from blocwatch.store import connect, schema
from blocwatch.store import db as db_module
from blocwatch.store.db import _alembic_config, schema_differences, schema_revision
from blocwatch.store.documents import count_documents, get_document, insert_documents
from blocwatch.store.facts import facts_for_document, replace_facts
from blocwatch.store.schema import agreement_reports, claim_reports, documents, evidence
from blocwatch.store.search import search_documents


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request, tmp_path: Path):
    """The URL of a database with no tables at all: a SQLite file not yet created, or an
    empty PostgreSQL database (not a copy of the migrated template)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    databases = request.getfixturevalue("postgres")
    name = databases.create(migrated=False)
    yield databases.url_for(name)
    databases.drop(name)


def doc(doc_id: str, text: str = "", **fields) -> Document:
    # Texts differ in more than case: the content hash is case-folded, and unique.
    return Document(id=doc_id, text=text or f"A report on talks, {len(doc_id)} {doc_id}.", **fields)


# --- migrations ------------------------------------------------------------------------


def test_migrations_on_an_empty_database_make_exactly_the_schema(empty_db_url):
    engine = connect(empty_db_url)
    current, head = schema_revision(engine)
    assert current == head
    with engine.connect() as conn:
        assert schema_differences(conn) == []
    # The search index, which the metadata does not describe, is there too.
    inspector = inspect(engine)
    if engine.dialect.name == "sqlite":
        assert "documents_fts" in inspector.get_table_names()
    else:
        assert "ix_documents_fts" in {ix["name"] for ix in inspector.get_indexes("documents")}
    engine.dispose()


def test_migrations_go_down_to_nothing_and_up_again(empty_db_url):
    engine = connect(empty_db_url)
    cfg = _alembic_config(empty_db_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    engine.dispose()
    engine = connect(empty_db_url)
    with engine.connect() as conn:
        assert schema_differences(conn) == []
    engine.dispose()


def test_migration_0007_types_the_values_already_stored(empty_db_url):
    engine = connect(empty_db_url)
    cfg = _alembic_config(empty_db_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
        conn.execute(
            text(
                "INSERT INTO agreements (id, block, parties, kind, signed_conflict,"
                " place_conflict, defense_conflict, provisions, status, start_day,"
                " n_sources, n_independent_sources, confidence) VALUES ('A-X', 'X',"
                " '[]', 'treaty', false, false, false, '[]', 'signed', '2024-01-01',"
                " 1, 1, 0.5)"
            )
        )
        for attribute, value in [("defense", "true"), ("place", "Pyongyang")]:
            conn.execute(
                text("INSERT INTO agreement_values VALUES ('A-X', :a, 1, :v, 'd')"),
                {"a": attribute, "v": value},
            )
    engine.dispose()
    engine = connect(empty_db_url)  # migrates to the head again
    with engine.connect() as conn:
        rows = conn.execute(
            select(schema.agreement_values.c.attribute, schema.agreement_values.c.value)
        )
        assert dict(rows.all()) == {"defense": True, "place": "Pyongyang"}
    engine.dispose()


def test_migration_0011_indexes_the_bands_of_documents_already_stored(empty_db_url):
    engine = connect(empty_db_url)
    cfg = _alembic_config(empty_db_url)
    texts = {"old-a": "Envoys of two states met in a port city on Tuesday.", "old-b": "x"}
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
        for doc_id, body in texts.items():
            conn.execute(
                text(
                    "INSERT INTO documents (id, text, content_hash, minhash, ingested_at)"
                    " VALUES (:id, :text, :hash, :minhash, '2026-01-01T00:00:00Z')"
                ),
                {
                    "id": doc_id,
                    "text": body,
                    "hash": content_hash(body),
                    # old-b's signature is corrupt: not indexed, as before the migration.
                    "minhash": to_bytes(signature(body)) if doc_id == "old-a" else b"junk",
                },
            )
    engine.dispose()
    engine = connect(empty_db_url)  # migrates to the head again
    with engine.connect() as conn:
        rows = conn.execute(select(schema.documents_bands)).all()
    assert sorted(rows) == sorted(
        (band, "old-a") for band in stored_bands(signature(texts["old-a"]))
    )
    assert len(rows) == BANDS
    engine.dispose()


def test_processes_opening_a_new_store_at_once_migrate_it_once(empty_db_url):
    # Threads stand for processes: each opens its own engine, as `blocwatch` commands do.
    with ThreadPoolExecutor(4) as pool:
        engines = list(pool.map(lambda _: connect(empty_db_url), range(4)))
    current, head = schema_revision(engines[0])
    assert current == head
    for engine in engines:
        engine.dispose()


def test_a_sqlite_store_that_answers_locked_at_once_is_opened_on_a_later_attempt(
    tmp_path, monkeypatch
):
    # SQLite reports a lock cycle between openers at once rather than waiting; the race is
    # rare, so the first two openings are made to meet it.
    real_open, calls = db_module._open, []

    def open_meeting_a_cycle(engine, url, migrate):
        calls.append(url)
        if len(calls) <= 2:
            raise OperationalError(
                "PRAGMA journal_mode=WAL", {}, sqlite3.OperationalError("database is locked")
            )
        real_open(engine, url, migrate)

    monkeypatch.setattr(db_module, "_open", open_meeting_a_cycle)
    engine = connect(f"sqlite:///{tmp_path / 'kb.db'}")
    assert len(calls) == 3
    assert schema_revision(engine)[0] == schema_revision(engine)[1]
    engine.dispose()


def test_a_sqlite_store_locked_on_every_attempt_gives_one_line_error(tmp_path, monkeypatch):
    def always_locked(engine, url, migrate):
        raise OperationalError(
            "BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked")
        )

    monkeypatch.setattr(db_module, "_open", always_locked)
    with pytest.raises(BlocwatchError, match=r"kb\.db: database is locked$"):
        connect(f"sqlite:///{tmp_path / 'kb.db'}")


# --- what the columns hold ---------------------------------------------------------------


def test_json_booleans_ids_and_cascades_round_trip(engine):
    text = "Russia and North Korea signed a treaty. Moscow denied it sent arms."
    with engine.begin() as conn:
        insert_documents(conn, [doc("d1", text), doc("d2")])
    span = Evidence(0, 39, text[:39])
    extraction = Extraction(
        doc_id="d1",
        agreements=[
            Agreement(
                parties=["RUS", "PRK"],
                kind="treaty",
                defense=True,
                provisions=["mutual_defense", "consultation"],
                evidence=[span],
            ),
            Agreement(parties=["RUS", "IRN"], kind="treaty", defense=False, evidence=[span]),
        ],
        claims=[
            Claim(
                claimant=["USA"],
                subject=["RUS"],
                beneficiary=["PRK"],
                action="arms_transfer",
                denied_by=["RUS"],
                stances=[Stance("RUS", "denies", Evidence(40, 67, text[40:]))],
                evidence=[span],
            )
        ],
    )
    with engine.begin() as conn:
        replace_facts(conn, extraction, "test-1")
    facts = facts_for_document(engine, "d1")
    first, second = facts["agreements"]
    assert first["parties"] == ["RUS", "PRK"]
    assert first["provisions"] == ["mutual_defense", "consultation"]
    assert first["defense"] is True and second["defense"] is False
    assert second["id"] > first["id"]  # ids are generated, in insertion order
    assert facts["claims"][0]["stances"][0]["stance"] == "denies"
    assert [e["role"] for e in facts["claims"][0]["evidence"]] == ["fact", "denies"]
    # The denial's span is stored once (an evidence row) and read back onto its stance.
    assert facts["claims"][0]["stances"][0]["evidence"] == {
        "start": 40,
        "end": 67,
        "sentence": text[40:],
    }
    with engine.connect() as conn:
        (stored,) = conn.execute(select(claim_reports.c.stances)).scalars()
    assert stored[0]["evidence"] is True and text[40:] not in json.dumps(stored)
    assert get_document(engine, "d1")["extractor"] == "test-1"

    # Deleting a document deletes its facts and evidence (ON DELETE CASCADE).
    with engine.begin() as conn:
        conn.execute(delete(documents).where(documents.c.id == "d1"))
    with engine.connect() as conn:
        assert conn.execute(select(agreement_reports.c.id)).all() == []
        assert conn.execute(select(evidence.c.id)).all() == []
    assert count_documents(engine) == 1


def test_ids_are_case_sensitive_and_source_filters_are_not(engine):
    from blocwatch.store.documents import list_documents

    with engine.begin() as conn:
        insert_documents(
            conn,
            [
                doc("Report", "First text.", source="Meridian Wire", published="2024-05-01"),
                doc("report", "Second text.", source="MERIDIAN WIRE"),
            ],
        )
    assert get_document(engine, "Report")["source"] == "Meridian Wire"
    assert get_document(engine, "report")["source"] == "MERIDIAN WIRE"
    assert get_document(engine, "REPORT") is None
    listed = list_documents(engine, source="meridian wire")
    # Dated before undated on both backends (NULLs sort differently unless told).
    assert [row["id"] for row in listed] == ["Report", "report"]


def test_metadata_longer_than_its_column_is_cut_and_a_long_id_refused(engine):
    with engine.begin() as conn:
        insert_documents(conn, [doc("long", source="S" * 300, lang="en-GB-oxendict")])
    stored = get_document(engine, "long")
    assert stored["source"] == "S" * 200 and stored["lang"] == "en-GB-ox"
    with pytest.raises(BlocwatchError, match="id over 200 characters"), engine.begin() as conn:
        insert_documents(conn, [doc("x" * 201)])


# --- opening a store ---------------------------------------------------------------------


def test_postgresql_urls_get_the_installed_driver():
    assert database_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert database_url("postgres://u@h:5433/db") == "postgresql+psycopg://u@h:5433/db"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("kb.db").startswith("sqlite:///")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_server_is_a_one_line_error_without_the_password():
    url = f"postgresql://someone:s3cret@127.0.0.1:{_closed_port()}/kb"
    with pytest.raises(BlocwatchError) as caught:
        connect(url)
    message = str(caught.value)
    assert "\n" not in message and "s3cret" not in message
    assert message.startswith("database postgresql+psycopg://someone:***@127.0.0.1:")
    assert "Connection refused" in message


def test_a_missing_database_and_a_wrong_password_are_one_line_errors(postgres):
    missing = make_url(postgres.url_for("no_such_database"))
    with pytest.raises(BlocwatchError, match='database "no_such_database" does not exist'):
        connect(missing.render_as_string(hide_password=False))
    wrong = postgres.url.set(password="not-the-password").render_as_string(hide_password=False)
    with pytest.raises(BlocwatchError, match="password authentication failed") as caught:
        connect(wrong)
    assert "not-the-password" not in str(caught.value) and "\n" not in str(caught.value)


# --- readers and a writer ----------------------------------------------------------------


def test_two_readers_read_while_a_writer_holds_a_long_transaction(db_url):
    with connect(db_url).begin() as conn:
        insert_documents(conn, [doc("before", "Envoys met on the grain corridor.", title="Old")])

    writer = connect(db_url).connect()
    transaction = writer.begin()
    insert_documents(
        writer, [doc(f"new-{i}", f"The grain corridor reopened ({i}).") for i in range(50)]
    )
    writer.execute(update(documents).where(documents.c.id == "before").values(title="New"))

    def read() -> tuple:
        # Its own engine, as another process (the dashboard, `blocwatch docs`) would have.
        reader = connect(db_url)
        try:
            return (
                count_documents(reader),
                get_document(reader, "before")["title"],
                [hit["id"] for hit in search_documents(reader, "grain corridor")],
            )
        finally:
            reader.dispose()

    # Started together, so both read while the write is open; a reader that waited for the
    # writer would time out here instead of hanging the suite.
    pool = ThreadPoolExecutor(2)
    start = threading.Barrier(2)
    futures = [pool.submit(lambda: (start.wait(), read())[1]) for _ in range(2)]
    try:
        results = [future.result(timeout=20) for future in futures]
    finally:
        pool.shutdown(wait=False)
    assert results == [(1, "Old", ["before"])] * 2

    transaction.commit()
    writer.close()
    count, title, hits = read()
    assert (count, title, len(hits)) == (51, "New", 20)
