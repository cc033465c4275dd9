"""No silent empty store: a path or database that holds no knowledge base is an error naming
it, in Python, on the command line (exit 2, one line) and for the server, unless a store is
to be made (ingest, demo, ``create=True``, ``--create``). Nothing is created by the error."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import blocwatch
from blocwatch.errors import BlocwatchError
from blocwatch.sample import corpus_path
from blocwatch.store.db import StoreMissing, connect
from blocwatch.web import create_app

BLOCWATCH = str(Path(sys.executable).with_name("blocwatch"))


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "BLOCWATCH_DB"}
    return subprocess.run(
        [BLOCWATCH, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )


def test_open_of_a_missing_path_names_it_and_creates_nothing(tmp_path):
    typo = tmp_path / "blocwtach.db"
    with pytest.raises(BlocwatchError, match=r"no knowledge base at .*blocwtach\.db"):
        blocwatch.open(str(typo))
    assert not typo.exists()


def test_open_with_create_makes_an_empty_store(tmp_path):
    path = tmp_path / "new.db"
    kb = blocwatch.open(str(path), create=True)
    assert kb.agreements() == [] and path.exists()
    assert blocwatch.open(str(path)).agreements() == []  # now it holds one


def test_an_empty_file_or_a_foreign_database_is_no_knowledge_base(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoreMissing, match="no such file"):
        blocwatch.open(str(empty))
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER)")
    with pytest.raises(StoreMissing, match="holds no blocwatch schema"):
        blocwatch.open(str(foreign))
    with sqlite3.connect(foreign) as conn:  # untouched: no tables of ours were added
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"notes"}


def test_an_empty_postgresql_database_is_no_knowledge_base(postgres):
    name = postgres.create(migrated=False)
    url = postgres.url_for(name)
    with pytest.raises(StoreMissing, match="holds no blocwatch schema"):
        blocwatch.open(url)
    with pytest.raises(StoreMissing) as caught:
        blocwatch.open(url)
    assert "***" in str(caught.value) and name in str(caught.value)  # password hidden
    kb = blocwatch.open(url, create=True)
    assert kb.agreements() == []
    kb.engine.dispose()
    postgres.drop(name)


def test_the_store_layer_still_creates_for_writers(tmp_path):
    engine = connect(str(tmp_path / "writer.db"))
    engine.dispose()
    assert (tmp_path / "writer.db").exists()


def test_server_refuses_a_missing_store_unless_it_ingests(tmp_path):
    with pytest.raises(StoreMissing):
        create_app(str(tmp_path / "typo.db"))
    assert not (tmp_path / "typo.db").exists()
    create_app(str(tmp_path / "posted.db"), write_token="t0ken")  # a writable server ingests
    create_app(str(tmp_path / "asked.db"), create=True)
    assert (tmp_path / "posted.db").exists() and (tmp_path / "asked.db").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["agreements"],
        ["actor", "RUS"],
        ["docs"],
        ["network"],
        ["export", "--format", "jsonl"],
        ["dump"],
        ["reextract"],
    ],
)
def test_query_commands_fail_on_a_mistyped_path(tmp_path, command):
    result = run(*command, "--db", "kb-typo.db", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no knowledge base at kb-typo.db" in lines[0]
    assert result.stdout == ""
    assert not (tmp_path / "kb-typo.db").exists()


def test_the_default_store_is_not_made_by_a_query(tmp_path):
    result = run("claims", cwd=tmp_path)
    assert result.returncode == 2 and "no knowledge base at blocwatch.db" in result.stderr
    assert not (tmp_path / "blocwatch.db").exists()


def test_ingest_creates_and_then_queries_answer(tmp_path):
    sample = corpus_path() / "rus-prk-treaty-signed.txt"
    made = run("ingest", "--db", "kb.db", str(sample), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    listed = run("agreements", "--db", "kb.db", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0 and "A-PRK-RUS-2024" in listed.stdout
