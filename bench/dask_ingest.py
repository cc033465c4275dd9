"""Ingest into PostgreSQL with extraction on a local Dask cluster of 2 worker processes:
documents a second, and where the ingesting process spends its time.

bench/synthetic.py's news stream (distinct sentences, 20 % dense by default) is written to a
JSON Lines file, then ingested by :func:`blocwatch.pipeline.ingest` with ``dask=`` the
address of a ``distributed.LocalCluster`` (2 processes, one thread each, started before
the clock starts, as a standing cluster would be) into a fresh database ``--db-name`` on the
PostgreSQL server at ``--server`` (created at the start, dropped at the end). The ingesting
process is the only writer; its wall time is split into:

- writer: inside the write transactions (waiting for the lock, inserting documents, their
  band hashes and facts, resolving the knowledge base, committing);
- waiting for workers: gathering the extractions of a batch from the cluster;
- the rest: reading the input, exact and near-duplicate classification (the band look-up
  included), extraction done here for a document whose id changed.

    .venv/bin/python bench/dask_ingest.py [--docs 100000] [--dense 0.2]
        [--server postgresql+psycopg://USER:PASSWORD@HOST:PORT/] [--db-name bw_dask_bench]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from synthetic import write_jsonl

SERVER = "postgresql+psycopg://blocwatch:blocwatch@127.0.0.1:55432/"


class _Clock:
    """Seconds spent inside wrapped calls."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def context(self, manager):
        @contextlib.contextmanager
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                with manager(*args, **kwargs) as value:
                    yield value
            finally:
                self.seconds += time.perf_counter() - started

        return timed

    def function(self, function):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        return timed


def _database(server: str, name: str, *, create: bool) -> None:
    admin = create_engine(server.rstrip("/") + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if create:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--dense", type=float, default=0.2, help="share of dense articles")
    parser.add_argument("--server", default=SERVER, help="PostgreSQL server URL, no database")
    parser.add_argument("--db-name", default="bw_dask_bench")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    args = parser.parse_args()

    from distributed import LocalCluster

    from blocwatch.ingest import run
    from blocwatch.pipeline import ingest
    from blocwatch.store import connect
    from blocwatch.store.documents import count_documents
    from blocwatch.workers import ahead

    writer, waiting = _Clock(), _Clock()
    # Timing wrappers only: what runs is unchanged.
    run.write_transaction = writer.context(run.write_transaction)
    ahead._Started.results = waiting.function(ahead._Started.results)

    url = args.server.rstrip("/") + "/" + args.db_name
    with tempfile.TemporaryDirectory(prefix="blocwatch-dask-") as tmp:
        path = Path(tmp) / "news.jsonl"
        docs, size = write_jsonl(path, docs=args.docs, dense_share=args.dense, seed=14)
        _database(args.server, args.db_name, create=True)
        try:
            connect(url).dispose()  # the schema, before the clock starts
            with LocalCluster(
                n_workers=args.workers,
                processes=True,
                threads_per_worker=1,
                dashboard_address=None,
            ) as cluster:
                load = os.getloadavg()[0]
                started = time.perf_counter()
                summary = ingest([str(path)], db=url, dask=cluster.scheduler_address)
                seconds = time.perf_counter() - started
            engine = connect(url)
            stored = count_documents(engine)
            engine.dispose()
        finally:
            _database(args.server, args.db_name, create=False)
    if summary.failed or stored != summary.new:
        raise SystemExit(f"ingest failed: {summary.failed} failed, {stored} stored")
    rest = seconds - writer.seconds - waiting.seconds
    print(
        f"Dask LocalCluster, {args.workers} worker processes x 1 thread, PostgreSQL; "
        f"{os.cpu_count()} CPUs; load {load:.1f} at start, {os.getloadavg()[0]:.1f} at end"
    )
    print(
        f"{docs:,} documents ({size / 1e6:.0f} MB, {args.dense:.0%} dense): {summary.new:,} "
        f"stored, {summary.near_duplicate:,} near-duplicates, {seconds:.0f} s, "
        f"{docs / seconds:.0f} docs/s"
    )
    for name, part in [
        ("writer", writer.seconds),
        ("waiting for workers", waiting.seconds),
        ("rest", rest),
    ]:
        print(f"  {name:<20} {part:>7.0f} s {part / seconds:>6.0%}")


if __name__ == "__main__":
    main()
