"""Nothing breaks, nothing is lost (issue 16): a bad document costs only itself, extraction
runs outside the write lock, a held lock is waited for a bounded time and then reported in
one line, and concurrent ingests wait for each other. Every test runs on SQLite and on
PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from blocwatch.errors import BlocwatchError
from blocwatch.ingest import ingest
from blocwatch.pipeline import ingest as pipeline_ingest
from blocwatch.store.documents import get_document, iter_documents
from blocwatch.store.schema import documents, evidence
from blocwatch.store.writing import StoreBusy, write_transaction

GOOD = "Russia and Belarus signed an energy agreement in Minsk on 3 March 2025, officials said."


def nul_after_sniff(path: Path) -> Path:
    """The issue's repro: a .txt file whose NUL byte sits after the first 8 kB that the
    binary check looks at."""
    path.write_bytes(b"T\n\n" + b"a" * 9000 + b"\x00x")
    return path


def test_a_nul_past_the_binary_check_costs_only_its_document(engine, db_url, tmp_path, cli):
    folder = tmp_path / "in"
    folder.mkdir()
    nul_after_sniff(folder / "a-nul.txt")
    (folder / "b-good.txt").write_text(GOOD)
    result = cli("ingest", str(folder), "--db", db_url)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {folder / 'a-nul.txt'}: text contains a NUL character (U+0000) at offset 9,000"
    ]
    assert [doc.id for doc in iter_documents(engine)] == ["b-good"]
    assert get_document(engine, "b-good")["extractor"]  # and its facts went in with it


def test_control_characters_are_stripped_by_the_documented_rule(engine, tmp_path):
    path = tmp_path / "bell.jsonl"
    record = {
        "id": "bell\x07",
        "text": "Ankara\x1b[31m and Baku\x7f signed a pact.\x85",
        "title": "T\x01",
    }
    path.write_text(json.dumps(record) + "\n")
    summary = ingest(engine, [str(path)])
    assert (summary.new, summary.failed) == (1, 0)
    stored = get_document(engine, "bell")
    assert stored["text"] == "Ankara[31m and Baku signed a pact."
    assert stored["title"] == "T"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"id": "lone", "text": "Text with a lone \ud800 surrogate."}, "lone surrogate (U+D800)"),
        ({"id": "nul-title", "text": "Fine text.", "title": "a\x00b"}, '"title" contains a NUL'),
        ({"id": "only-controls", "text": "\x01\x02\x03"}, "only control characters"),
    ],
)
def test_text_no_database_can_store_is_refused_with_its_reason(engine, tmp_path, record, reason):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({"id": "ok", "text": GOOD}) + "\n")
    summary = ingest(engine, [str(path)])
    assert (summary.new, summary.failed) == (1, 1)
    assert reason in summary.errors[0] and summary.errors[0].startswith(f"{path}:1: ")
    assert [doc.id for doc in iter_documents(engine)] == ["ok"]


def test_a_row_the_database_refuses_rolls_back_alone(engine, tmp_path):
    """A savepoint per document: the second document's facts break a constraint of the
    database itself (not a check of ours); its document and facts go, the others stay."""
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"{GOOD} Story {name}.")

    def store(conn, doc, _ready):
        span = {"fact_type": "agreement", "fact_id": 1, "role": "fact", "sentence": "s"}
        conn.execute(evidence.insert().values(doc_id=doc.id, start=0, end=1, **span))
        if doc.id == "b":  # an evidence row without its NOT NULL offsets
            conn.execute(evidence.insert().values(doc_id=doc.id, **span))

    summary = ingest(engine, [str(tmp_path)], on_document=store)
    assert (summary.new, summary.failed) == (2, 1)
    assert summary.errors[0].startswith(
        f"{tmp_path / 'b.txt'}: not stored: the database refused it"
    )
    assert sorted(doc.id for doc in iter_documents(engine)) == ["a", "c"]
    with engine.connect() as conn:
        owners = conn.execute(select(evidence.c.doc_id)).scalars().all()
    assert sorted(owners) == ["a", "c"]


def test_extraction_runs_outside_the_write_transaction(engine, tmp_path):
    """While a batch is prepared (extracted), no write lock is held: another writer gets
    the lock at once, without waiting."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"{GOOD} Story {name}.")
    got_lock = []

    def prepare(docs):
        with write_transaction(engine, wait=0) as conn:
            got_lock.append(conn.execute(select(func.count()).select_from(documents)).scalar())
        return [None] * len(docs)

    summary = ingest(engine, [str(tmp_path)], prepare=prepare, batch_size=1)
    assert summary.new == 2
    assert got_lock == [0, 1]


def test_a_document_the_extractor_refuses_costs_only_itself(db_url, tmp_path, monkeypatch):
    """A document over the extraction time budget is not stored; its batch's others are."""
    import blocwatch.extract as extract_module

    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD + " " + "More words here. " * 200)
    monkeypatch.setattr(extract_module, "CHUNK_CHARS", 500)
    monkeypatch.setenv("BLOCWATCH_EXTRACT_SECONDS", "0.000001")
    summary = pipeline_ingest([str(tmp_path)], db=db_url)
    assert (summary.new, summary.failed) == (1, 1)
    line = summary.errors[0]
    assert line.startswith(f"{tmp_path / 'b.txt'}: not stored: extraction over its time budget")
    assert "BLOCWATCH_EXTRACT_SECONDS" in line


@contextmanager
def lock_held(engine):
    """The store's write lock, held by another connection (another process's ingest)."""
    if engine.dialect.name == "sqlite":
        other = sqlite3.connect(engine.url.database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
        return
    from blocwatch.store import writing

    other = create_engine(engine.url)
    with other.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": writing._WRITE_LOCK})
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": writing._WRITE_LOCK})
    other.dispose()


def test_a_held_lock_is_waited_for_then_reported_in_one_line(
    engine, db_url, tmp_path, cli, monkeypatch
):
    (tmp_path / "a.txt").write_text(GOOD)
    monkeypatch.setenv("BLOCWATCH_LOCK_WAIT", "1")
    with lock_held(engine):
        result = cli("ingest", str(tmp_path / "a.txt"), "--db", db_url)
        with pytest.raises(StoreBusy, match="busy"), write_transaction(engine, wait=0.3):
            pass
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.exception is None
    assert (
        "error: ingest stopped: the store is busy: another writer held its lock for over 1 s"
        in result.stderr
    )
    assert [doc.id for doc in iter_documents(engine)] == []
    # Once the lock is free the same command goes through.
    again = cli("ingest", str(tmp_path / "a.txt"), "--db", db_url)
    assert again.exit_code == 0, again.output


def test_a_lock_released_within_the_wait_is_taken(engine, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    holder = threading.Event()

    # Held in a thread for 0.5 s while the ingest starts: the ingest waits, then stores.
    def hold():
        with lock_held(engine):
            holder.set()
            threading.Event().wait(0.5)

    thread = threading.Thread(target=hold)
    thread.start()
    holder.wait(10)
    summary = ingest(engine, [str(tmp_path)], lock_wait=20)
    thread.join()
    assert (summary.new, summary.failed, summary.stopped) == (1, 0, None)


def test_concurrent_ingests_of_the_same_input_wait_for_each_other_quietly(engine, db_url, tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"d{i:03d}",
                    "text": f"Report {i}: ministers of state {i} met {i * 7} times in spring.",
                }
            )
            + "\n"
            for i in range(240)
        )
    )
    results: list = []

    def run():
        results.append(pipeline_ingest([str(path)], db=db_url, extract=False))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [(s.failed, s.errors, s.stopped) for s in results] == [(0, [], None)] * 2
    assert sorted(s.new + s.duplicate for s in results) == [240, 240]
    assert sum(s.new for s in results) == 240
    assert len(list(iter_documents(engine))) == 240


def test_busy_store_stops_the_ingest_not_the_error_of_every_batch(engine, tmp_path):
    for i in range(5):
        (tmp_path / f"d{i}.txt").write_text(f"{GOOD} Story {i}.")
    with lock_held(engine):
        summary = ingest(engine, [str(tmp_path)], batch_size=2, lock_wait=0.2)
    assert summary.stopped and "busy" in summary.stopped
    assert summary.errors == [] and summary.failed == 2  # the batch in hand; the rest unread
    assert summary.read == 2


def test_write_transaction_rolls_back_on_error(engine):
    with pytest.raises(BlocwatchError), write_transaction(engine) as conn:
        conn.execute(
            documents.insert().values(id="x", text="t", content_hash="h", ingested_at="2025")
        )
        raise BlocwatchError("stop")
    assert get_document(engine, "x") is None
