"""Copies of a store: a backup taken while it is in use, and a dump of its documents.

- :func:`backup_store`: SQLite's online backup API (a consistent database file, readers and
  writers may go on meanwhile), or ``pg_dump`` in its custom format for PostgreSQL.
- :func:`dump_documents` / :func:`read_dump`: every document as one JSON line with its id
  and ingest metadata (content hash, ingest time, near-duplicate link, origin). Documents
  are the source of truth: a store loaded from a dump (:func:`blocwatch.pipeline.load`)
  derives the same facts and knowledge-base records, with the same record ids.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import Engine

from ..errors import BlocwatchError
from ..model import Document
from .db import connect
from .documents import iter_documents

DUMP_FORMAT = "blocwatch-documents"
DUMP_VERSION = 1
# What a dump line holds of a document, besides its text.
DUMP_FIELDS = (
    "id",
    "title",
    "url",
    "published",
    "source",
    "lang",
    "origin",
    "content_hash",
    "duplicate_of",
    "ingested_at",
)


def backup_store(db: str | None, dest: Path) -> Path:
    """Writes a consistent copy of the store at ``db`` to ``dest`` (which must not exist)
    and returns it. Raises :class:`BlocwatchError` when ``dest`` exists or cannot be
    written, or ``pg_dump`` is missing or fails."""
    if dest.exists():
        raise BlocwatchError(f"{dest}: exists already; give a new file name")
    if not dest.parent.is_dir():
        raise BlocwatchError(f"{dest}: folder {dest.parent} does not exist")
    engine = connect(db, create=False)
    try:
        if engine.dialect.name == "sqlite":
            _backup_sqlite(engine, dest)
        elif engine.dialect.name == "postgresql":
            _backup_postgres(engine, dest)
        else:
            raise BlocwatchError(f"backup of a {engine.dialect.name} store is not supported")
    finally:
        engine.dispose()
    return dest


def _backup_sqlite(engine: Engine, dest: Path) -> None:
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        target = sqlite3.connect(dest)
        try:
            # Pages a few hundred at a time: writers are not held off for the whole copy.
            source.backup(target, pages=256)
        finally:
            target.close()
    except sqlite3.Error as exc:
        dest.unlink(missing_ok=True)
        raise BlocwatchError(f"backup to {dest}: {exc}") from None
    finally:
        raw.close()


def _backup_postgres(engine: Engine, dest: Path) -> None:
    program = shutil.which("pg_dump")
    if program is None:
        raise BlocwatchError("backup of a PostgreSQL store needs pg_dump (postgresql-client)")
    url = engine.url
    # The password goes in the environment, not the arguments: ps shows arguments to anyone.
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    target = url.set(drivername="postgresql", password=None, query={})
    command = [
        program,
        "--format=custom",
        "--no-owner",
        f"--file={dest}",
        target.render_as_string(hide_password=False),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        dest.unlink(missing_ok=True)
        reason = " ".join(done.stderr.split())[:300] or f"exit status {done.returncode}"
        raise BlocwatchError(f"pg_dump failed: {reason}")


def dump_documents(db: str | Engine | None, sink: IO[str]) -> int:
    """Writes every stored document of ``db`` to ``sink`` as JSON Lines, in id order, after
    one header line; returns how many were written."""
    engine = db if isinstance(db, Engine) else connect(db, create=False)
    header = {"format": DUMP_FORMAT, "version": DUMP_VERSION}
    sink.write(json.dumps(header) + "\n")
    count = 0
    for doc in iter_documents(engine):
        record = {name: getattr(doc, name) for name in DUMP_FIELDS}
        record["text"] = doc.text
        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def read_dump(lines: Iterable[str], origin: str) -> Iterator[Document]:
    """The documents of a dump made by :func:`dump_documents`, as stored. Raises
    :class:`BlocwatchError` naming ``origin:LINE`` for a line that is not one, or for an
    input that is not a dump."""
    number = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BlocwatchError(f"{origin}:{number}: malformed JSON ({exc.msg})") from None
        if number == 1:
            if not isinstance(record, dict) or record.get("format") != DUMP_FORMAT:
                raise BlocwatchError(f"{origin}: not a blocwatch dump (no header line)")
            if record.get("version") != DUMP_VERSION:
                raise BlocwatchError(f"{origin}: dump version {record.get('version')!r}")
            continue
        yield _dumped(record, f"{origin}:{number}")
    if number == 0:
        raise BlocwatchError(f"{origin}: empty, not a blocwatch dump")


def _dumped(record: object, where: str) -> Document:
    if not isinstance(record, dict):
        raise BlocwatchError(f"{where}: not a JSON object")
    for name in ("id", "text", "content_hash", "ingested_at"):
        if not isinstance(record.get(name), str) or not record[name]:
            raise BlocwatchError(f'{where}: "{name}" missing or not a string')
    values = {name: record.get(name) for name in DUMP_FIELDS}
    for name, value in values.items():
        if value is not None and not isinstance(value, str):
            raise BlocwatchError(f'{where}: "{name}" is not a string')
        if isinstance(value, str) and "\x00" in value:
            raise BlocwatchError(f'{where}: "{name}" contains a NUL character')
    if "\x00" in record["text"]:
        raise BlocwatchError(f'{where}: "text" contains a NUL character')
    return Document(text=record["text"], **values)
