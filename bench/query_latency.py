"""Query latency (p50, p95) on a synthetic knowledge base of one million facts, SQLite or
PostgreSQL: agreements as of a date, the network as of a date, obligations, document search.

The base (bench/synthetic_kb.py: documents, facts with evidence, and the records the resolver
makes of them) is built into --db once and reused while it holds --facts facts; --rebuild
empties it first. Each query runs --runs times (a slow one stops after --budget seconds,
with at least 5 runs) with random parameters drawn from a seeded generator, after a few
untimed warm-up calls: the store is warm in the page cache, as on a server in use. Times are
wall-clock, from the call of the public function to its return (connection from the pool,
SQL, building the result objects); no ANALYZE is run on SQLite (blocwatch never runs one),
PostgreSQL is analysed after the build as its autovacuum would. "cpu" is this process's CPU
time per call (``time.process_time``): on a shared machine it moves less with the load than
the wall-clock time; on PostgreSQL it leaves out the server's share.

- agreements as of: ``KnowledgeBase.agreements(party, as_of=date)``, a random actor of the
  200 (uniformly, so most are not the great powers) and a random day of 1950-2025; every
  agreement in force is returned as a full record (conflicts, lifecycle events), so the
  time grows with the answer: "rows" gives its size. Two diagnostic rows go with it: the
  same parameters with the SQL alone (the ids ``find_agreements`` selects, in its order:
  what an index can speed up), and two parties instead of one (the agreements between two
  states as of a date, a dashboard's question; states drawn as often as the base names
  them);
- network as of: ``blocwatch.analyse.network(engine, date)``, every edge kind; the same as
  the JSON text ``/network`` streams, ``network_json(engine, date)`` (every chunk made;
  "rows" gives its size in kB); the same from the network held in memory, as the server
  holds it (``HeldNetwork.network_json(engine, version, date)``, the store's version read on
  every call; loaded once before the row, its load time and the process's memory printed;
  a day it declines is read from the store, and counted); and a page of it,
  ``network_page(engine, date, limit=200)`` (the 200 strongest edges and the totals: "rows"
  gives the total);
- obligations: ``blocwatch.analyse.obligations_page(engine, state, date, limit=200)``, a
  random state: defenders, consultation partners and unbound partners whole (with their
  sources), the second-order chains (A bound to defend B, a defender of the target: tens of
  thousands for a state of many allies on a recent date, the full answer's bulk) counted and
  the first 200 of them; "rows" counts defenders, consultation partners and unbound
  partners, and the chains in all and returned are given after the table. A diagnostic row
  goes with it: the same parameters answered whole
  (``blocwatch.analyse.obligations``, every chain with its sources);
- search: ``blocwatch.store.search.search_documents(engine, query, limit=20)``, queries of
  one to three words (actor names, treaty words, items, local-news words), phrases, OR and
  exclusions.

    .venv/bin/python bench/query_latency.py [--db PATH_OR_URL] [--facts 1000000] [--runs 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import synthetic_kb
from sqlalchemy import make_url, or_, select, text

from blocwatch.analyse import network, network_json, network_page, obligations, obligations_page
from blocwatch.analyse.held_network import HeldNetwork, resident_mb
from blocwatch.base import dates
from blocwatch.config import database_url
from blocwatch.kb import KnowledgeBase
from blocwatch.kb.agreements import among_parties
from blocwatch.store import connect
from blocwatch.store.schema import agreements as agreement_table
from blocwatch.store.schema import metadata
from blocwatch.store.search import search_documents
from blocwatch.store.version import StoreVersion

TARGET_MS = 50.0
# Untimed calls before each query's timed runs.
WARM = 3
SEARCH_WORDS = ["treaty", "agreement", "defence", "pact", "drones", "missiles", "trade",
                "troops", "memorandum", "partnership", "allegations", "denied", "billion",
                "harbour", "festival", "council", "museum", "cooperation"]  # fmt: skip


def _default_db(facts: int) -> str:
    return str(Path(tempfile.gettempdir()) / f"blocwatch-query-latency-{facts}.db")


def _empty(engine) -> None:
    """Every row of the store removed (PostgreSQL: TRUNCATE; SQLite: the file is removed
    before connecting, see :func:`_prepare`)."""
    names = ", ".join(t.name for t in metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names}"))


def _prepare(db: str, facts: int, seed: int, rebuild: bool):
    """An engine on a store holding the synthetic base of ``facts`` facts."""
    url = make_url(database_url(db))
    shown = url.render_as_string(hide_password=True)
    sqlite = url.get_backend_name() == "sqlite"
    if sqlite and rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{url.database}{suffix}").unlink(missing_ok=True)
    engine = connect(db)
    found = synthetic_kb.fact_count(engine)
    if found == facts:
        print(f"reusing the base in {shown} ({found:,} facts)")
        return engine
    if found and not rebuild:
        raise SystemExit(f"{shown} holds {found:,} facts, not {facts:,}: give --rebuild")
    if found:
        _empty(engine)
    print(f"building a base of {facts:,} facts in {shown}")
    started = time.perf_counter()
    counts = synthetic_kb.build(engine, facts, seed=seed)
    if not sqlite:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    print(f"built in {time.perf_counter() - started:.0f} s: {counts}")
    return engine


def _random_day(rng: random.Random) -> str:
    first = dt.date(synthetic_kb.FIRST_YEAR, 1, 1).toordinal()
    last = dt.date(synthetic_kb.LAST_YEAR, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(first, last)).isoformat()


def _search_query(rng: random.Random, names: list[str]) -> str:
    shape = rng.random()
    word = rng.choice(SEARCH_WORDS)
    name = rng.choice(names)
    if shape < 0.25:
        return name
    if shape < 0.55:
        return f"{name} {word}"
    if shape < 0.7:
        return f"{name} {rng.choice(names)} {word}"
    if shape < 0.8:
        return f'"{name} and {rng.choice(names)}"'
    if shape < 0.9:
        return f"{word} OR {rng.choice(SEARCH_WORDS)} {name}"
    return f"{name} -{word}"


def _time(
    label: str,
    call: Callable[[random.Random], int],
    runs: int,
    budget: float,
    seed: int,
    warm: int = WARM,
) -> dict:
    """Runs ``call`` (which returns the size of its result) ``runs`` times or until
    ``budget`` seconds have passed (at least 5 runs); latencies in ms."""
    rng = random.Random(seed)
    for _ in range(warm):
        call(rng)
    rng = random.Random(seed + 1)
    times, cpu, sizes = [], [], []
    started = time.perf_counter()
    while len(times) < runs:
        t0, c0 = time.perf_counter(), time.process_time()
        size = call(rng)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        sizes.append(size)
        if len(times) >= 5 and time.perf_counter() - started > budget:
            break
    result = {
        "query": label,
        "runs": len(times),
        "p50": statistics.median(times),
        "p95": _p95(times),
        "max": max(times),
        "cpu50": statistics.median(cpu),
        "cpu95": _p95(cpu),
        "rows": statistics.median(sizes),
        "rows95": _p95(sizes),
    }
    print(
        f"{label:<36} {result['runs']:>5} {result['p50']:>8.1f} {result['p95']:>8.1f}"
        f" {result['max']:>8.1f} {result['cpu50']:>8.1f} {result['cpu95']:>8.1f}"
        f" {result['rows']:>9,.0f} {result['rows95']:>9,.0f}",
        flush=True,
    )
    return result


def _p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="SQLite path or PostgreSQL URL (the cache)")
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=200, help="runs of each query")
    parser.add_argument("--budget", type=float, default=120, help="seconds per query at most")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="build the base again")
    parser.add_argument(
        "--queries",
        default="agreements,ids,pair,network,json,held,page,obligations,whole,search",
        help="which to time (none: only build the base)",
    )
    args = parser.parse_args()
    db = args.db or _default_db(args.facts)
    engine = _prepare(db, args.facts, args.seed, args.rebuild)
    wanted = [name for name in args.queries.split(",") if name]
    if not wanted:
        return
    kb = KnowledgeBase(engine)
    gen = synthetic_kb.Generator(args.seed)
    actors, states = gen.actors, gen.states
    names = [gen.names[c] for c in states]

    def agreements(rng: random.Random) -> int:
        return len(kb.agreements(rng.choice(actors), as_of=_random_day(rng)))

    def agreement_ids(rng: random.Random) -> int:
        # find_agreements' selection for one party and a date, without loading the records.
        party, day = rng.choice(actors), _random_day(rng)
        a = agreement_table
        query = (
            select(a.c.id)
            .where(
                *among_parties([party], engine.dialect.name == "postgresql"),
                a.c.start_day <= dates.last_day(day),
                or_(a.c.end_day.is_(None), a.c.end_day >= dates.first_day(day)),
            )
            .order_by(a.c.start_day, a.c.id)
        )
        with engine.connect() as conn:
            return len(conn.execute(query).all())

    def pair(rng: random.Random) -> int:
        # Weighted as the base's parties are: the pairs the news (and users) ask about.
        first = second = rng.choices(states, gen.state_weights)[0]
        while second == first:
            second = rng.choices(states, gen.state_weights)[0]
        return len(kb.agreements([first, second], as_of=_random_day(rng)))

    def network_as_of(rng: random.Random) -> int:
        return len(network(engine, _random_day(rng)).edges)

    def network_as_json(rng: random.Random) -> int:
        # What /network sends: every chunk of the JSON text made (and dropped), in kB.
        return sum(map(len, network_json(engine, _random_day(rng)))) // 1000

    held: list = []
    declined: list[str] = []

    def held_network_json(rng: random.Random) -> int:
        # What /network sends from the server's held network (loaded once, before the row).
        if not held:
            version = StoreVersion(engine)
            before = resident_mb()
            started, cpu = time.perf_counter(), time.process_time()
            held.append((HeldNetwork.load(engine, version, None), version))
            print(
                f"  (held network loaded in {time.perf_counter() - started:.1f} s, cpu"
                f" {time.process_time() - cpu:.1f} s; process resident {before} ->"
                f" {resident_mb()} MB; arrays {held[0][0].nbytes >> 20} MB)",
                flush=True,
            )
        arrays, version = held[0]
        day = _random_day(rng)
        chunks = arrays.network_json(engine, version, day)
        if chunks is None:
            declined.append(day)
            chunks = network_json(engine, day)
        return sum(map(len, chunks)) // 1000

    def page(rng: random.Random) -> int:
        return network_page(engine, _random_day(rng), limit=200).total

    chains: list[int] = []
    paged: list[tuple[int, int]] = []  # (chains in all, chains returned) per page

    def obligations_of(rng: random.Random) -> int:
        found = obligations_page(engine, rng.choice(states), _random_day(rng), limit=200)
        paged.append((found.totals["second_order"], len(found.second_order)))
        return len(found.defenders) + len(found.consultation) + len(found.partners)

    def obligations_whole(rng: random.Random) -> int:
        found = obligations(engine, rng.choice(states), _random_day(rng))
        chains.append(len(found.second_order))
        return len(found.defenders) + len(found.consultation) + len(found.partners)

    def search(rng: random.Random) -> int:
        return len(search_documents(engine, _search_query(rng, names), limit=20))

    # name: (label, call, seed); the SQL-only row draws the parameters of the full query.
    queries = {
        "agreements": ("agreements as of (party, date)", agreements, 1),
        "ids": ("  the same, SQL only (ids)", agreement_ids, 1),
        "pair": ("agreements as of (two states, date)", pair, 2),
        "network": ("network as of (date)", network_as_of, 3),
        "json": ("  the same as JSON text (kB), streamed", network_as_json, 3),
        "held": ("  the same, from the held network", held_network_json, 3),
        "page": ("  a page of 200 edges, strongest first", page, 3),
        "obligations": ("obligations (state, date), 200 chains", obligations_of, 4),
        "whole": ("  the same, every chain", obligations_whole, 4),
        "search": ("search (20 best)", search, 5),
    }
    print(
        f"{engine.dialect.name}, {args.facts:,} facts; {os.cpu_count()} CPUs;"
        f" load average {os.getloadavg()[0]:.2f}"
    )
    print(
        f"{'query':<36} {'runs':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
        f" {'cpu p50':>8} {'cpu p95':>8}"
        f" {'rows p50':>9} {'rows p95':>9}"
    )
    results = []
    for name in wanted:
        label, call, seed = queries[name]
        results.append(_time(label, call, args.runs, args.budget, args.seed * 100 + seed))
    print(
        "rows: agreements, edges (JSON: kB; a page: edges in all), actors bound or partnered,"
        " documents"
    )
    if held:
        print(f"held network: {len(declined)} days declined (read from the store)")
    paged = paged[WARM:]  # the timed runs' answers only
    if paged:
        for what, sizes in (("in all", [t for t, _ in paged]), ("returned", [r for _, r in paged])):
            print(
                f"obligations' second-order chains per answer, {what}:"
                f" p50 {statistics.median(sizes):,.0f}, p95 {_p95(sizes):,.0f},"
                f" max {max(sizes):,}"
            )
    chains = chains[WARM:]
    if chains:
        print(
            f"the same, every chain: chains per answer p50 {statistics.median(chains):,.0f},"
            f" p95 {_p95(chains):,.0f}, max {max(chains):,}"
        )
    first = results[0]
    if wanted[0] == "agreements":
        verdict = "meets" if first["p95"] < TARGET_MS else "misses"
        print(f"as-of target p95 < {TARGET_MS:.0f} ms: {verdict} ({first['p95']:.1f} ms)")


if __name__ == "__main__":
    main()
