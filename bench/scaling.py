"""Ingest throughput (read, deduplicate, extract, store, resolve) in one process, with
``--workers 1`` and ``2``, and on a local Dask cluster of 2 worker processes.

Each run is a fresh ``blocwatch ingest`` process into a fresh SQLite store, timed from start
to exit (Python start-up, table loading and worker start-up included, as a user sees it);
medians of --repeat runs. The corpus is bench/synthetic.py's news stream with distinct
sentences (see its docstring), 20 % dense articles by default. The Dask cluster is started
once, before the runs (as a standing cluster would be), with one thread per worker.

Every run's store is checked against the first one-process run's: a digest of every row of
every table (documents, facts, evidence, knowledge base; ids included, so the order of ids
counts too), less the time of ingestion. A run that stores anything else stops the benchmark.

    .venv/bin/python bench/scaling.py [--docs 3000] [--dense 0.2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import write_jsonl

BLOCWATCH = str(Path(sys.executable).parent / "blocwatch")
# Columns that differ between two runs by design.
_VOLATILE = {"ingested_at"}


def _digest(db: Path) -> tuple[str, dict[str, int]]:
    """(a digest of every row of every table in primary-key order, rows per table)."""
    from sqlalchemy import select

    from blocwatch.store import connect
    from blocwatch.store.schema import metadata

    engine = connect(str(db), migrate=False)
    digest = hashlib.sha256()
    counts = {}
    try:
        with engine.connect() as conn:
            for table in metadata.sorted_tables:
                columns = [c for c in table.c if c.name not in _VOLATILE]
                query = select(*columns).order_by(*table.primary_key.columns)
                counts[table.name] = 0
                for row in conn.execute(query):
                    digest.update(repr(tuple(row)).encode())
                    counts[table.name] += 1
                digest.update(f"--{table.name}--".encode())
    finally:
        engine.dispose()
    return digest.hexdigest(), counts


def _run(path: Path, folder: Path, extra: list[str], check: bool) -> tuple[float, str | None]:
    """(seconds, the store's digest when ``check``) of one ingest into a fresh store."""
    db = folder / f"run-{time.monotonic_ns()}.db"
    started = time.perf_counter()
    subprocess.run(
        [BLOCWATCH, "ingest", str(path), "--db", str(db), *extra],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - started
    digest = _digest(db) if check else None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return elapsed, digest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--dense", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from distributed import LocalCluster

    with tempfile.TemporaryDirectory(prefix="blocwatch-scaling-") as tmp:
        folder = Path(tmp)
        path = folder / "news.jsonl"
        docs, size = write_jsonl(path, docs=args.docs, dense_share=args.dense, seed=3)
        print(
            f"corpus: {docs:,} documents ({args.dense:.0%} dense), {size / 1e6:.1f} MB;"
            f" {os.cpu_count()} CPUs; medians of {args.repeat}"
        )
        with LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster:
            configs = [
                ("one process", []),
                ("--workers 1", ["--workers", "1"]),
                ("--workers 2", ["--workers", "2"]),
                ("Dask, 2 workers", ["--dask", cluster.scheduler_address]),
            ]
            print(f"{'extraction':<18} {'seconds':>8} {'docs/s':>8} {'speed-up':>9}  store")
            base = reference = None
            for name, extra in configs:
                runs = []
                for _ in range(args.repeat):
                    seconds, digest = _run(path, folder, extra, check=True)
                    runs.append(seconds)
                    if reference is None:
                        reference = digest
                        counts = digest[1]
                    elif digest != reference:
                        raise SystemExit(f"{name}: the store differs from one process's")
                seconds = statistics.median(runs)
                base = base or seconds
                print(
                    f"{name:<18} {seconds:8.1f} {docs / seconds:8.0f} {base / seconds:8.2f}x"
                    "  same rows"
                )
            facts = sum(
                counts[t] for t in ("agreement_reports", "claim_reports", "measure_reports")
            )
            records = sum(counts[t] for t in ("agreements", "claims", "measures"))
            print(
                f"every store: {counts['documents']:,} documents, {facts:,} facts,"
                f" {records:,} knowledge-base records"
            )


if __name__ == "__main__":
    main()
