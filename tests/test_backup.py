"""Backup and restore (issue 16): ``blocwatch backup`` while the store is in use, and
``dump``/``load`` round trips that rebuild the same documents, ids and records, on SQLite
and on PostgreSQL."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from blocwatch.errors import BlocwatchError
from blocwatch.pipeline import ingest, load_dump
from blocwatch.store import connect
from blocwatch.store.backup import dump_documents
from blocwatch.store.documents import iter_documents
from blocwatch.store.schema import agreements, claims, measures

STORIES = {
    "wire/2024/rus-prk": "Russia and North Korea signed a treaty on comprehensive strategic "
    "partnership in Pyongyang on 19 June 2024, with a clause on mutual assistance.",
    "wire/2024/rus-prk-copy": "Russia and North Korea signed a treaty on comprehensive "
    "strategic partnership in Pyongyang on 19 June 2024, with a clause on mutual assistance, "
    "officials said.",
    "wire/2024/shells": "Ukraine's intelligence service alleged that North Korea supplied "
    "artillery shells to Russia; Pyongyang denied it.",
    "wire/2024/trade": "Trade between Russia and China reached $240 billion in 2023, customs "
    "data showed.",
}


def fill(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "stories.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": doc_id, "text": text, "published": "2024-06-20", "source": "W"})
            + "\n"
            for doc_id, text in STORIES.items()
        )
    )
    summary = ingest([str(path)], db=db_url)
    assert summary.new == 4 and summary.failed == 0


def snapshot(db_url: str) -> dict:
    """Documents with their ingest metadata, and the record ids of the knowledge base."""
    engine = connect(db_url)
    docs = {
        doc.id: (doc.content_hash, doc.ingested_at, doc.duplicate_of, doc.origin, doc.published)
        for doc in iter_documents(engine)
    }
    with engine.connect() as conn:
        records = {
            table.name: sorted(conn.execute(select(table.c.id)).scalars())
            for table in (agreements, claims, measures)
        }
    engine.dispose()
    return {"documents": docs, "records": records}


def test_dump_and_load_rebuild_the_same_store(db_url, postgres_or_sqlite_second, tmp_path):
    fill(db_url, tmp_path)
    before = snapshot(db_url)
    assert before["documents"]["wire/2024/rus-prk-copy"][2] == "wire/2024/rus-prk"
    assert before["records"]["agreements"] and before["records"]["claims"]
    dumped = io.StringIO()
    assert dump_documents(db_url, dumped) == 4
    lines = dumped.getvalue().splitlines()
    assert json.loads(lines[0]) == {"format": "blocwatch-documents", "version": 1}
    assert load_dump(postgres_or_sqlite_second, io.StringIO(dumped.getvalue())) == 4
    assert snapshot(postgres_or_sqlite_second) == before


@pytest.fixture
def postgres_or_sqlite_second(db_url: str, request: pytest.FixtureRequest, tmp_path: Path):
    """A second, empty store on the same backend as ``db_url``."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'second.db'}"
        return
    postgres = request.getfixturevalue("postgres")
    name = postgres.create()
    yield postgres.url_for(name)
    postgres.drop(name)


def test_load_refuses_a_store_that_is_not_empty(db_url, tmp_path):
    fill(db_url, tmp_path)
    dumped = io.StringIO()
    dump_documents(db_url, dumped)
    with pytest.raises(BlocwatchError, match="empty store; this one holds 4 documents"):
        load_dump(db_url, io.StringIO(dumped.getvalue()))


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{}"], "not a blocwatch dump"),
        (['{"format": "blocwatch-documents", "version": 1}', "nope"], "-:2: malformed JSON"),
        (['{"format": "blocwatch-documents", "version": 1}', '{"id": "x"}'], '"text" missing'),
        (
            [
                '{"format": "blocwatch-documents", "version": 1}',
                '{"id": "x", "text": "t", "content_hash": "0", "ingested_at": "2024"}',
            ],
            "does not match its hash",
        ),
    ],
)
def test_load_refuses_what_is_not_a_dump(tmp_path, lines, message):
    with pytest.raises(BlocwatchError, match=message):
        load_dump(str(tmp_path / "s.db"), io.StringIO("\n".join(lines) + "\n"))


def test_cli_dump_load_round_trip(cli, tmp_path):
    source = tmp_path / "a.db"
    fill(f"sqlite:///{source}", tmp_path)
    dump = tmp_path / "dump.jsonl"
    assert cli("dump", "--db", str(source), "-o", str(dump)).exit_code == 0
    target = tmp_path / "b.db"
    result = cli("load", str(dump), "--db", str(target))
    assert result.exit_code == 0, result.output
    assert "loaded 4 documents" in result.stdout
    assert snapshot(f"sqlite:///{target}") == snapshot(f"sqlite:///{source}")


def test_sqlite_backup_is_a_consistent_copy_while_in_use(cli, tmp_path):
    source = tmp_path / "live.db"
    fill(f"sqlite:///{source}", tmp_path)
    reader = sqlite3.connect(source)  # a reader holds the store open meanwhile
    reader.execute("SELECT count(*) FROM documents").fetchone()
    dest = tmp_path / "copy.db"
    result = cli("backup", str(dest), "--db", str(source))
    reader.close()
    assert result.exit_code == 0, result.output
    assert snapshot(f"sqlite:///{dest}") == snapshot(f"sqlite:///{source}")
    again = cli("backup", str(dest), "--db", str(source))
    assert isinstance(again.exception, BlocwatchError) and "exists already" in str(again.exception)


def test_postgres_backup_with_pg_dump(postgres, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.fail("pg_dump is missing (.ci/run installs Debian's postgresql)")
    from blocwatch.store.backup import backup_store

    name = postgres.create()
    url = postgres.url_for(name)
    try:
        fill(url, tmp_path)
        dest = backup_store(url, tmp_path / "store.pgdump")
        listing = subprocess.run(
            ["pg_restore", "--list", str(dest)], capture_output=True, text=True, check=True
        ).stdout
        assert "TABLE DATA public documents" in listing
        assert "TABLE DATA public agreements" in listing
    finally:
        postgres.drop(name)
