"""Deferred resolution during an ingest (resolve/pending.py): a block that recurs is
resolved once it has grown by a share of its size, the rest when the run ends, and the
knowledge base then equals a rebuild."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from blocwatch.pipeline import ingest, settle_pending
from blocwatch.resolve import rebuild, resolve_documents
from blocwatch.store import connect, schema
from kb_support import add_doc, agreement, dump, use_lexicon


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


def _add_deferred(engine, doc_id: str, published: str, *facts) -> None:
    add_doc(engine, doc_id, published, *facts, resolve=False)
    with engine.begin() as conn:
        resolve_documents(conn, [doc_id], defer=True)


def _sources(engine) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(select(schema.agreements.c.id, schema.agreements.c.n_sources))
        return {record_id: n for record_id, n in rows}


def _pending(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.pending_blocks)).scalar_one()


def test_a_grown_block_waits_for_a_share_of_its_size(engine):
    treaty = agreement(["PRK", "RUS"], "2024-06-19")
    for i in range(1, 5):
        _add_deferred(engine, f"d{i}", f"2024-06-2{i}", treaty)
        assert _pending(engine) == 0  # each report is at least a quarter of the block
    assert list(_sources(engine).values()) == [4]
    _add_deferred(engine, "d5", "2024-06-25", treaty)
    # One new report of five is under a quarter: the record still says four sources.
    assert _pending(engine) == 1
    assert list(_sources(engine).values()) == [4]
    _add_deferred(engine, "d6", "2024-06-26", treaty)
    # Two pending of six reach the share: resolved, nothing left waiting.
    assert _pending(engine) == 0
    assert list(_sources(engine).values()) == [6]


def test_settling_the_pending_blocks_gives_the_rebuild(engine):
    treaty = agreement(["PRK", "RUS"], "2024-06-19", defense=True)
    other = agreement(["BLR", "RUS"], "2024-12-06", kind="treaty")
    for i in range(1, 9):
        _add_deferred(engine, f"d{i}", f"2024-07-{10 + i}", treaty if i % 3 else other)
    _add_deferred(engine, "d9", "2024-08-01", treaty)
    assert _pending(engine) >= 1
    assert settle_pending(engine) >= 1
    assert _pending(engine) == 0
    settled = dump(engine)
    rebuild(engine)
    assert dump(engine) == settled


def test_a_removed_report_counts_toward_its_block(engine):
    treaty = agreement(["PRK", "RUS"], "2024-06-19")
    for i in range(1, 6):
        _add_deferred(engine, f"d{i}", f"2024-06-2{i}", treaty)
    assert _pending(engine) == 1
    # d1's facts replaced by nothing: its block loses a report, which makes it due.
    from blocwatch.model import Extraction
    from blocwatch.store.facts import replace_facts

    with engine.begin() as conn:
        replace_facts(conn, Extraction(doc_id="d1"), "test")
        resolve_documents(conn, ["d1"], defer=True)
    assert _pending(engine) == 0
    assert list(_sources(engine).values()) == [4]


def test_rebuild_clears_what_was_pending(engine):
    treaty = agreement(["PRK", "RUS"], "2024-06-19")
    for i in range(1, 6):
        _add_deferred(engine, f"d{i}", f"2024-06-2{i}", treaty)
    assert _pending(engine) == 1
    rebuild(engine)
    assert _pending(engine) == 0
    assert list(_sources(engine).values()) == [5]


def _article(doc_id: str, day: int) -> dict:
    return {
        "id": doc_id,
        "title": f"Moscow and Pyongyang, day {day}",
        "published": f"2024-07-{day:02d}",
        "text": (
            f"Report number {doc_id}. Russia and North Korea signed a comprehensive "
            "strategic partnership treaty in Pyongyang on June 19, 2024, which obliges "
            "each side to give military aid if the other is attacked."
        ),
    }


def test_an_ingest_ends_with_the_rebuild_and_settles_an_earlier_stopped_run(tmp_path):
    db = str(tmp_path / "kb.db")
    first = tmp_path / "first.jsonl"
    first.write_text("".join(json.dumps(_article(f"a{i}", i)) + "\n" for i in range(1, 13)))
    ingest([str(first)], db=db)
    engine = connect(db)
    assert _pending(engine) == 0
    ingested = dump(engine)
    rebuild(engine)
    assert dump(engine) == ingested
    # A run stopped before its end leaves blocks pending; the next run settles them, even
    # when it brings nothing new.
    for i in range(1, 4):
        _add_deferred(engine, f"late{i}", "2024-08-01", agreement(["PRK", "RUS"], "2024-06-19"))
    assert _pending(engine) == 1
    stale = dump(engine)
    ingest([str(first)], db=db)
    assert _pending(engine) == 0
    settled = dump(engine)
    assert settled != stale
    rebuild(engine)
    assert dump(engine) == settled


def test_blocks_are_loaded_whole_in_bounded_groups():
    from blocwatch.resolve.blocks import in_loads

    by_block = {"a": [1, 2], "b": [3], "c": [4, 5, 6, 7, 8], "d": [9]}
    groups = list(in_loads(by_block, 3))
    # Whole blocks only; a block over the bound goes alone.
    assert groups == [[1, 2, 3], [4, 5, 6, 7, 8], [9]]


def test_resolving_in_small_loads_gives_the_same_records(engine, monkeypatch):
    import blocwatch.resolve as resolve

    for i in range(1, 7):
        add_doc(
            engine,
            f"d{i}",
            f"2024-07-{10 + i}",
            agreement(["PRK", "RUS"], "2024-06-19"),
            agreement(["BLR", "RUS"], "2024-12-06"),
            agreement(["CHN", "RUS"], "2001-07-16", name="Treaty of Good-Neighbourliness"),
        )
    whole = dump(engine)
    monkeypatch.setattr(resolve, "_LOAD_REPORTS", 2)
    rebuild(engine)
    assert dump(engine) == whole
