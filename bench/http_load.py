"""HTTP load on the read endpoints: requests per second and latency (p50, p95) for 1, 16 and
64 concurrent clients, on the sample corpus and on a base of 100,000 facts.

The server is the real ``blocwatch serve`` (a child process on 127.0.0.1, a free port, with
``--workers``); the clients are coroutines of this process, each sending one request at a
time on its own keep-alive connection, over a fixed mix of dashboard reads (overview,
actors, agreements, claims, measures, network, document list, one document, search, one
actor's profile), round-robin. Bounded: each run stops after ``--requests`` requests or
``--seconds`` seconds, whichever comes first. Loopback only: the address is never anything
but 127.0.0.1.

    .venv/bin/python bench/http_load.py [--workers 2] [--requests 2000] [--seconds 20]
        [--clients 1,16,64] [--kb-facts 100000] [--kb-db /tmp/blocwatch-http-kb.db]
        [--skip-kb]

The 100,000-fact base (bench/synthetic_kb.py) is built into ``--kb-db`` once and reused.
A request answered with another status than 200 (a 503 when every database connection is
taken by slower requests) counts in ``not200``. ``--first`` prints the time of each path's
first answer (what a request costs to make).
``--both`` measures each base with the server's read cache (answers kept until the store
changes, the default) and without it (``BLOCWATCH_READ_CACHE=0``: every request runs its
queries), ``--no-cache`` without it only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOST = "127.0.0.1"
SAMPLE_PATHS = [
    "/api/v1/",
    "/api/v1/actors",
    "/api/v1/agreements",
    "/api/v1/claims",
    "/api/v1/measures",
    "/api/v1/network?as_of=2025-01-01",
    "/api/v1/documents?limit=20",
    "/api/v1/documents/rus-prk-treaty-signed",
    "/api/v1/search?q=treaty",
    "/api/v1/actors/RUS",
]


async def _get(reader, writer, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nAccept: */*\r\n\r\n".encode())
    await writer.drain()
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    length = 0
    chunked = False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return status


async def _client(
    port: int, paths: list[str], start: int, budget, times: list[float], failed: list[str]
) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    i = start
    try:
        while budget.take():
            path = paths[i % len(paths)]
            i += 1
            began = time.perf_counter()
            status = await _get(reader, writer, path)
            times.append(time.perf_counter() - began)
            if status != 200:
                failed.append(f"{status} {path}")
    finally:
        writer.close()


class _Budget:
    def __init__(self, requests: int, seconds: float) -> None:
        self.left = requests
        self.deadline = time.perf_counter() + seconds

    def take(self) -> bool:
        if self.left <= 0 or time.perf_counter() > self.deadline:
            return False
        self.left -= 1
        return True


async def _run(port: int, paths: list[str], clients: int, requests: int, seconds: float):
    times: list[float] = []
    failed: list[str] = []
    budget = _Budget(requests, seconds)
    began = time.perf_counter()
    await asyncio.gather(
        *(_client(port, paths, i * 7, budget, times, failed) for i in range(clients))
    )
    elapsed = time.perf_counter() - began
    return len(times) / elapsed, times, failed


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _serve(db: str, workers: int, cache: bool) -> tuple[subprocess.Popen, int]:
    program = str(Path(sys.executable).with_name("blocwatch"))
    command = [program, "serve", "--db", db, "--host", HOST, "--port", "0"]
    command += ["--workers", str(workers)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("BLOCWATCH_WRITE_TOKEN", None)
    env["BLOCWATCH_READ_CACHE"] = "1" if cache else "0"
    # A session of its own: the server and its worker processes are stopped together.
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=env, start_new_session=True
    )
    line = process.stdout.readline()
    if not line.startswith("dashboard: http://"):
        process.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    port = int(line.split()[1].rstrip("/").rsplit(":", 1)[1])
    return process, port


async def _wait_ready(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
            await _get(reader, writer, "/api/v1/")
            writer.close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.2)


def measure(name: str, db: str, paths: list[str], args) -> None:
    for cache in (True, False) if args.both else (not args.no_cache,):
        _measure(f"{name}{'' if cache else '/nc'}", db, paths, args, cache)


def _measure(name: str, db: str, paths: list[str], args, cache: bool) -> None:
    process, port = _serve(db, args.workers, cache)
    try:
        asyncio.run(_wait_ready(port))
        if args.first:
            for path, seconds in asyncio.run(_first_answers(port, paths)):
                print(f"  first answer {seconds * 1000:9.1f} ms  {path}", flush=True)
        # Warm-up: every path once per worker, untimed (caches, first queries).
        asyncio.run(_run(port, paths, args.workers, len(paths) * args.workers * 2, 30))
        for clients in (int(c) for c in args.clients.split(",")):
            rate, times, failed = asyncio.run(
                _run(port, paths, clients, args.requests, args.seconds)
            )
            print(
                f"{name:<8} {clients:>7} {len(times):>8} {rate:>8.1f}"
                f" {_percentile(times, 0.5) * 1000:>8.1f} {_percentile(times, 0.95) * 1000:>8.1f}"
                f" {statistics.mean(times) * 1000:>8.1f} {len(failed):>6}   {_load()}",
                flush=True,
            )
    finally:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    """Stops the server and its workers (a worker busy with a slow request is killed)."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


async def _first_answers(port: int, paths: list[str]) -> list[tuple[str, float]]:
    """The time of each path's first answer on a fresh server: the cost of making it."""
    reader, writer = await asyncio.open_connection(HOST, port)
    out = []
    for path in paths:
        began = time.perf_counter()
        await _get(reader, writer, path)
        out.append((path, time.perf_counter() - began))
    writer.close()
    return out


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _sample_db(folder: Path) -> str:
    from blocwatch.pipeline import ingest
    from blocwatch.sample import corpus_path

    db = str(folder / "sample.db")
    summary = ingest([str(corpus_path())], db=db)
    assert summary.failed == 0, summary.errors
    return db


def _kb_db(path: str, facts: int) -> tuple[str, list[str]]:
    sys.path.insert(0, str(Path(__file__).parent))
    from synthetic_kb import build, fact_count

    from blocwatch.store import connect

    engine = connect(path)
    if fact_count(engine) < facts:
        print(f"building a base of {facts:,} facts in {path} (once) ...", flush=True)
        build(engine, facts, log=lambda *a: None)
    with engine.connect() as conn:
        from sqlalchemy import select

        from blocwatch.store.schema import documents

        doc_id = conn.execute(select(documents.c.id).limit(1)).scalar_one()
    engine.dispose()
    from urllib.parse import quote

    paths = [p for p in SAMPLE_PATHS if "/documents/" not in p and "search" not in p]
    paths += [f"/api/v1/documents/{quote(doc_id, safe='')}", "/api/v1/search?q=treaty"]
    return path, paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--requests", type=int, default=2000, help="at most, per run")
    parser.add_argument("--seconds", type=float, default=20.0, help="at most, per run")
    parser.add_argument("--clients", default="1,16,64")
    parser.add_argument("--kb-facts", type=int, default=100_000)
    parser.add_argument(
        "--kb-db", default=str(Path(tempfile.gettempdir()) / "blocwatch-http-kb.db")
    )
    parser.add_argument("--skip-kb", action="store_true", help="only the sample corpus")
    parser.add_argument("--skip-sample", action="store_true", help="only the large base")
    parser.add_argument("--no-cache", action="store_true", help="the read cache off")
    parser.add_argument("--both", action="store_true", help="with the read cache, then without")
    parser.add_argument("--first", action="store_true", help="time each path's first answer")
    args = parser.parse_args()

    print(f"server: blocwatch serve --workers {args.workers}; {os.cpu_count()} cores")
    print("base/nc: the read cache off (BLOCWATCH_READ_CACHE=0): every request runs its queries")
    print(
        f"{'base':<8} {'clients':>7} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}"
        f" {'mean ms':>8} {'not200':>6}   load average"
    )
    if not args.skip_sample:
        with tempfile.TemporaryDirectory() as folder:
            measure("sample", _sample_db(Path(folder)), SAMPLE_PATHS, args)
    if not args.skip_kb:
        db, paths = _kb_db(args.kb_db, args.kb_facts)
        measure(f"{args.kb_facts // 1000}k", db, paths, args)


if __name__ == "__main__":
    main()
