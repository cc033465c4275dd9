"""Extraction throughput on one core: blocwatch's full pipeline against spaCy's ``nlp.pipe``
with the English small model, over the same documents, in the same run.

The corpus mixes dense articles (about agreements and allegations) with sparse ones (domestic
news that names a state in passing, or none at all), in the proportion given by --dense
(default 0.2): most of a real news stream mentions no agreement or allegation at all, and a
benchmark of dense articles only would measure the parser rather than the first pass that
decides which sentences deserve it.

blocwatch's side is ``extract_many``, the driver ``extract``, ``ingest`` and ``reextract`` use:
it parses the candidate sentences of a batch of documents together, as spaCy's side runs the
model over batches of 32 texts (``--one-by-one`` times ``extract_document`` per document
instead).

The two are timed in turns (blocwatch, spaCy, blocwatch, spaCy ...), so that on a shared
machine a change of load falls on both; each is timed by the clock (wall) and by the CPU time
the process spent (which another process's load disturbs much less); both ratios are printed,
with the load average before and after.

    .venv/bin/python bench/extract_throughput.py [--docs 400] [--dense 0.2] [--repeat 3]
        [--one-by-one]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from synthetic import news_corpus

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the README states


def _timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds) that ``fn()`` took."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--dense", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one-by-one", action="store_true", help="extract_document per document")
    args = parser.parse_args()

    docs = news_corpus(args.docs, dense_share=args.dense, seed=7)
    chars = sum(len(d["text"]) for d in docs)

    from blocwatch.extract import extract_document, extract_many
    from blocwatch.extract.model import load_model

    nlp = load_model()
    extract_document(docs[0])  # load tables and matchers outside the timing
    list(nlp.pipe([docs[0]["text"]]))

    def blocwatch() -> None:
        if args.one_by_one:
            [extract_document(d) for d in docs]
        else:
            list(extract_many(docs))

    load_before = _load()
    ours, theirs = [], []
    for _ in range(args.repeat):
        ours.append(_timed(blocwatch))
        theirs.append(_timed(lambda: list(nlp.pipe((d["text"] for d in docs), batch_size=32))))

    how = "extract_document one by one" if args.one_by_one else "extract_many"
    print(
        f"documents: {len(docs)} ({args.dense:.0%} dense), {chars / len(docs):.0f} chars each;"
        f" blocwatch by {how}"
    )
    print(f"load average: {load_before} before, {_load()} after")
    for i, clock in enumerate(("wall", "CPU")):
        ours_dps = len(docs) / statistics.median(run[i] for run in ours)
        spacy_dps = len(docs) / statistics.median(run[i] for run in theirs)
        print(
            f"{clock:>4}: blocwatch full pipeline {ours_dps:7.1f} docs/s, spaCy en_core_web_sm"
            f" pipe {spacy_dps:6.1f} docs/s (medians of {args.repeat}): ratio"
            f" {ours_dps / spacy_dps:.1f}x"
        )


if __name__ == "__main__":
    main()
