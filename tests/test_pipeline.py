"""Ingest with extraction, and re-extraction: facts stored with their evidence, re-derived
identically from the stored documents."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from blocwatch import pipeline
from blocwatch.sample import corpus_path
from blocwatch.store import connect
from blocwatch.store.facts import facts_for_document
from blocwatch.store.schema import documents


def _facts(engine) -> list[tuple]:
    with engine.connect() as conn:
        rows = []
        for table in ("agreement_reports", "claim_reports", "measure_reports"):
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY doc_id, id")).mappings():
                rows.append((table, *(str(v) for k, v in sorted(row.items()) if k != "id")))
        ev = conn.execute(
            text('SELECT fact_type, doc_id, role, start, "end", sentence FROM evidence')
        ).all()
        return sorted(rows) + sorted(tuple(r) for r in ev)


def test_ingest_stores_facts_with_evidence_that_quotes_the_text(tmp_path: Path):
    db = str(tmp_path / "kb.db")
    summary = pipeline.ingest([str(corpus_path())], db=db)
    assert summary.failed == 0 and summary.new >= 25
    engine = connect(db)
    facts = facts_for_document(engine, "rus-prk-treaty-signed")
    treaty = [a for a in facts["agreements"] if set(a["parties"]) == {"RUS", "PRK"}]
    assert treaty and treaty[0]["signed"] == "2024-06-19" and treaty[0]["defense"] is True
    with engine.connect() as conn:
        body = conn.execute(
            select(documents.c.text).where(documents.c.id == "rus-prk-treaty-signed")
        ).scalar_one()
    for record in treaty[0]["evidence"]:
        assert body[record["start"] : record["end"]] == record["sentence"]


def test_non_english_document_is_stored_with_its_language_and_no_facts(tmp_path: Path):
    db = str(tmp_path / "kb.db")
    pipeline.ingest([str(corpus_path())], db=db)
    engine = connect(db)
    with engine.connect() as conn:
        lang = conn.execute(
            select(documents.c.lang).where(documents.c.id == "rusia-iran-tratado-vigor")
        ).scalar_one()
    assert lang == "es"
    facts = facts_for_document(engine, "rusia-iran-tratado-vigor")
    assert facts == {"agreements": [], "claims": [], "measures": [], "exercises": []}


def test_reextract_rederives_the_same_facts(tmp_path: Path):
    db = str(tmp_path / "kb.db")
    pipeline.ingest([str(corpus_path())], db=db)
    engine = connect(db)
    before = _facts(engine)
    with engine.begin() as conn:  # facts are derived: losing them loses nothing
        conn.execute(text("DELETE FROM evidence"))
        conn.execute(text("DELETE FROM agreement_reports"))
    count = pipeline.reextract(db=db)
    assert count == summary_count(engine)
    assert _facts(engine) == before


def summary_count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM documents")).scalar_one()


def test_reextract_cli_reports_the_count(tmp_path: Path, cli):
    db = str(tmp_path / "kb.db")
    assert cli("ingest", "--sample", "--db", db).exit_code == 0
    result = cli("reextract", "--db", db)
    assert result.exit_code == 0
    assert f"re-extracted {summary_count(connect(db))} documents" in result.stdout
