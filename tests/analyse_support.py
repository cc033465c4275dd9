"""Stores for the analytics tests: the bundled sample corpus ingested once per test session
(extraction and resolution, as ``blocwatch ingest --sample`` does) into a real SQLite file,
and small hand-built stores for the cases the sample does not hold."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from blocwatch.app import Blocwatch as KnowledgeBase
from blocwatch.store import connect

_BUILT: dict[str, str] = {}


def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The path of a SQLite store holding the sample corpus, built on first use and shared
    by every analytics test of the session (the tests only read it)."""
    if "sample" not in _BUILT:
        from blocwatch.base.lexicon import load_lexicon
        from blocwatch.pipeline import ingest
        from blocwatch.sample import corpus_path

        try:
            load_lexicon()
        except FileNotFoundError as exc:
            pytest.skip(f"extractor lexicon incomplete: {exc.filename}")
        db = str(tmp_path_factory.mktemp("analyse-sample") / "sample.db")
        summary = ingest([str(corpus_path())], db=db)
        assert summary.failed == 0
        _BUILT["sample"] = db
    return _BUILT["sample"]


def sample_copy(tmp_path_factory: pytest.TempPathFactory, name: str) -> str:
    """A copy of the session's sample store (SQLite's backup: a consistent copy in
    milliseconds, where ingesting the corpus again takes seconds), for tests that write."""
    dest = tmp_path_factory.mktemp(name) / "sample.db"
    with sqlite3.connect(sample_db(tmp_path_factory)) as source, sqlite3.connect(dest) as target:
        source.backup(target)
    return str(dest)


def sample_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return KnowledgeBase(connect(sample_db(tmp_path_factory)))


def hand_store(tmp_path: Path) -> Engine:
    """An empty, migrated SQLite store for hand-built facts (``kb_support.add_doc``)."""
    return connect(f"sqlite:///{tmp_path / 'hand.db'}")
