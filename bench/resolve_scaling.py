"""Resolution cost: incremental updates as the knowledge base grows, and a full rebuild.

Documents with hand-made facts (no extraction) are stored one per transaction, as the ingest
pipeline does, and resolved incrementally; the time per document is reported for the first
and the last hundred, then a rebuild of everything is timed. Each actor pair has a few real
agreements (``--per-pair``) that many documents report, at varying precision; facts
concentrate on a few pairs (``--pairs``), so blocks grow large: block-wise resolution
re-resolves a whole block for each new document, and this measures what that costs.

    .venv/bin/python bench/resolve_scaling.py [--docs 3000] [--pairs 20] [--per-pair 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from blocwatch.model import Agreement, Claim, Document, Evidence, Extraction, Measure, Stance
from blocwatch.resolve import kb_counts, rebuild, resolve_documents
from blocwatch.store import connect
from blocwatch.store.documents import insert_documents
from blocwatch.store.facts import replace_facts

CODES = ["RUS", "CHN", "PRK", "IRN", "BLR", "USA", "JPN", "PHL", "KOR", "IND", "SAU", "PAK"]
NAMES = ["Treaty on Comprehensive Strategic Partnership", "Agreement on Security Cooperation",
         "Memorandum on Energy", None, None]  # fmt: skip
ITEMS = ["missiles", "drones", "shells", "troops", None]


def _catalogue(rng: random.Random, pairs, per_pair: int) -> dict:
    """The real agreements of each pair: (kind, name, signing day)."""
    out = {}
    for pair in pairs:
        out[pair] = [
            (
                rng.choice(["treaty", "agreement", "partnership"]),
                rng.choice(NAMES),
                f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            )
            for _ in range(per_pair)
        ]
    return out


def _facts(rng: random.Random, catalogue: dict, i: int) -> Extraction:
    ev = [Evidence(0, 20, f"Sentence {i} about a fact.")]
    a, b = rng.choice(list(catalogue))
    kind, name, day = rng.choice(catalogue[(a, b)])
    # Sources report the agreement as precisely as they do: a day, a month, a year, nothing.
    signed = rng.choice([day, day, day[:7], day[:4], None])
    out = Extraction(doc_id=f"d{i}")
    out.agreements.append(
        Agreement(
            parties=[a, b],
            kind=kind,
            name=rng.choice([name, None]),
            signed=signed,
            defense=rng.choice([True, False, None, None]),
            provisions=rng.sample(["trade", "energy", "consultation", "nuclear"], 2),
            evidence=ev,
        )
    )
    if rng.random() < 0.5:
        denier = rng.choice([a, b])
        out.claims.append(
            Claim(
                claimant=[rng.choice(CODES)],
                subject=[a],
                beneficiary=[b],
                action="arms_transfer",
                what=rng.choice(ITEMS),
                denied_by=[denier] if rng.random() < 0.4 else [],
                stances=[Stance(denier, "denies", ev[0])] if rng.random() < 0.4 else [],
                evidence=ev,
            )
        )
    if rng.random() < 0.3:
        out.measures.append(
            Measure(
                [a, b],
                "bilateral_trade",
                rng.choice([1e9, 2e9, 3.5e9]),
                "USD",
                str(rng.randint(2015, 2024)),
                ev,
            )  # fmt: skip
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--per-pair", type=int, default=5, help="Real agreements per pair.")
    parser.add_argument("--batch", type=int, default=1, help="Documents per transaction.")
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    rng = random.Random(7)
    all_pairs = [(a, b) for a in CODES for b in CODES if a < b]
    pairs = rng.sample(all_pairs, min(args.pairs, len(all_pairs)))
    catalogue = _catalogue(rng, pairs, args.per_pair)
    db = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    engine = connect(db)
    per_doc: list[float] = []
    for start in range(0, args.docs, args.batch):
        batch = range(start, min(start + args.batch, args.docs))
        docs = [
            Document(id=f"d{i}", text=f"Text {i}.", published=f"20{rng.randint(10, 25)}-01-01")
            for i in batch
        ]
        with engine.begin() as conn:
            insert_documents(conn, docs)
            for i in batch:
                replace_facts(conn, _facts(rng, catalogue, i), "bench")
            t0 = time.perf_counter()
            resolve_documents(conn, [d.id for d in docs])
            per_doc.extend([(time.perf_counter() - t0) / len(docs)] * len(docs))
    t0 = time.perf_counter()
    counts = rebuild(engine)
    full = time.perf_counter() - t0
    with engine.connect() as conn:
        counts = kb_counts(conn)
    first, last = per_doc[:100], per_doc[-100:]
    print(f"documents: {args.docs}, actor pairs: {len(pairs)}, records: {counts}")
    print(
        f"incremental resolve per document ({args.batch} per transaction): first 100 median "
        f"{statistics.median(first) * 1e3:.1f} ms, last 100 {statistics.median(last) * 1e3:.1f} ms"
    )
    print(f"rebuild: {full:.2f} s ({args.docs / full:,.0f} documents/s)")


if __name__ == "__main__":
    main()
