"""Resolution cost: incremental updates as the knowledge base grows, and a full rebuild.

Documents with hand-made facts (no extraction) are stored one per transaction, as the ingest
pipeline does, and resolved incrementally; the time per document is reported for the first
and the last hundred, then a rebuild of everything is timed. Facts concentrate on a few actor
pairs (``--pairs``), so blocks grow large: the worst case for block-wise resolution.

    .venv/bin/python bench/resolve_scaling.py [--docs 3000] [--pairs 20] [--db /tmp/bench.db]
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


def _facts(rng: random.Random, pairs: list[tuple[str, str]], i: int) -> Extraction:
    ev = [Evidence(0, 20, f"Sentence {i} about a fact.")]
    a, b = rng.choice(pairs)
    year = rng.randint(2000, 2025)
    day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    signed = rng.choice([day, day[:7], day[:4], None])
    out = Extraction(doc_id=f"d{i}")
    out.agreements.append(
        Agreement(
            parties=[a, b],
            kind=rng.choice(["treaty", "agreement", "partnership"]),
            name=rng.choice(NAMES),
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
            Measure([a, b], "bilateral_trade", rng.choice([1e9, 2e9, 3.5e9]), "USD",
                    str(rng.randint(2015, 2024)), ev)  # fmt: skip
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    rng = random.Random(7)
    all_pairs = [(a, b) for a in CODES for b in CODES if a < b]
    pairs = rng.sample(all_pairs, min(args.pairs, len(all_pairs)))
    db = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    engine = connect(db)
    per_doc: list[float] = []
    for i in range(args.docs):
        extraction = _facts(rng, pairs, i)
        doc = Document(id=f"d{i}", text=f"Text {i}.", published=f"20{rng.randint(10, 25)}-01-01")
        with engine.begin() as conn:
            insert_documents(conn, [doc])
            replace_facts(conn, extraction, "bench")
            t0 = time.perf_counter()
            resolve_documents(conn, [doc.id])
            per_doc.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    counts = rebuild(engine)
    full = time.perf_counter() - t0
    with engine.connect() as conn:
        counts = kb_counts(conn)
    first, last = per_doc[:100], per_doc[-100:]
    print(f"documents: {args.docs}, actor pairs: {len(pairs)}, records: {counts}")
    print(
        f"incremental resolve per document: first 100 median {statistics.median(first) * 1e3:.1f} ms,"
        f" last 100 median {statistics.median(last) * 1e3:.1f} ms"
    )
    print(f"rebuild: {full:.2f} s ({args.docs / full:,.0f} documents/s)")


if __name__ == "__main__":
    main()
