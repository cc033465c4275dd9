"""Extraction throughput on one core: blocwatch's full pipeline against spaCy's ``nlp.pipe``
with the English small model, over the same documents, in the same run.

The corpus mixes dense articles (about agreements and allegations) with sparse ones (domestic
news that names a state in passing, or none at all), in the proportion given by --dense
(default 0.2): most of a real news stream mentions no agreement or allegation at all, and a
benchmark of dense articles only would measure the parser rather than the first pass that
decides which sentences deserve it.

    .venv/bin/python bench/extract_throughput.py [--docs 400] [--dense 0.2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from synthetic import news_corpus

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the README states


def _time(fn, repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--dense", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    docs = news_corpus(args.docs, dense_share=args.dense, seed=7)
    chars = sum(len(d["text"]) for d in docs)

    from blocwatch.extract import extract_document
    from blocwatch.extract.model import load_model

    nlp = load_model()
    extract_document(docs[0])  # load tables and matchers outside the timing
    list(nlp.pipe([docs[0]["text"]]))

    ours = _time(lambda: [extract_document(d) for d in docs], args.repeat)
    spacy_runs = _time(
        lambda: list(nlp.pipe((d["text"] for d in docs), batch_size=32)), args.repeat
    )

    ours_dps = len(docs) / statistics.median(ours)
    spacy_dps = len(docs) / statistics.median(spacy_runs)
    print(f"documents: {len(docs)} ({args.dense:.0%} dense), {chars / len(docs):.0f} chars each")
    print(f"blocwatch full pipeline: {ours_dps:8.1f} docs/s (median of {args.repeat})")
    print(f"spaCy en_core_web_sm pipe: {spacy_dps:8.1f} docs/s (median of {args.repeat})")
    print(f"ratio: {ours_dps / spacy_dps:.1f}x")


if __name__ == "__main__":
    main()
