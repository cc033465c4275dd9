"""What a learned component costs the extractor: the full pipeline with it switched off and
on (``$BLOCWATCH_LEARNED``), over the same documents, in the same process, timed in turns
(off, on, off, on ...) so that a change of load on a shared machine falls on both. Prints
docs/s by CPU time and by the clock, medians of --repeat, and how many sentences the
component read.

    .venv/bin/python bench/learned_cost.py [--docs 200] [--dense 0.2] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from synthetic import news_corpus

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as extract_throughput.py


def _timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--dense", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--component", default="signing")
    args = parser.parse_args()

    docs = news_corpus(args.docs, dense_share=args.dense, seed=7)
    from blocwatch.extract import extract_document, signing_check

    read = 0
    score = signing_check.SigningModel.scores

    def counting(model, sentences):
        nonlocal read
        read += len(sentences)
        return score(model, sentences)

    signing_check.SigningModel.scores = counting

    def run(value: str) -> tuple[float, float]:
        os.environ[signing_check.ENV] = value
        return _timed(lambda: [extract_document(d) for d in docs])

    run(args.component)  # load the tables, the parser and the learned model outside the timing
    read = 0
    off, on = [], []
    for _ in range(args.repeat):
        off.append(run("none"))
        on.append(run(args.component))
    print(f"documents: {len(docs)} ({args.dense:.0%} dense); load average {os.getloadavg()}")
    print(f"{args.component}: {read / args.repeat:.0f} sentences read per pass")
    for i, clock in enumerate(("wall", "CPU")):
        off_dps = len(docs) / statistics.median(r[i] for r in off)
        on_dps = len(docs) / statistics.median(r[i] for r in on)
        print(
            f"{clock:>4}: off {off_dps:7.1f} docs/s, on {on_dps:7.1f} docs/s"
            f" ({on_dps / off_dps - 1:+.1%}), medians of {args.repeat}"
        )


if __name__ == "__main__":
    main()
