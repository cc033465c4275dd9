"""Where extraction spends its time on the benchmark's corpus, by sampling the stack.

cProfile's figures mislead here: it charges every Python call (the readers make millions of
small ones) several times its real cost, and it cannot see into spaCy's compiled code, so its
shares of the readers come out several times too large against the parser's. This samples the
stack of the thread that runs (the main one, or the reader thread whose turn it is) every half
millisecond instead and prints, for each function, the share of samples it was on the stack
(inclusive) and on top of it (self, by line).

    PYTHONPATH=src .venv/bin/python bench/extract_samples.py [--docs 200] [--dense 1.0]
        [--repeat 3] [--top 60]
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import threading

from synthetic import news_corpus

os.environ.setdefault("OMP_NUM_THREADS", "1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--dense", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()

    from blocwatch.extract import extract_document, extract_many

    docs = news_corpus(args.docs, dense_share=args.dense, seed=7)
    extract_document(docs[0])  # tables, matchers and model loaded outside the sampling
    inclusive: collections.Counter[str] = collections.Counter()
    on_top: collections.Counter[str] = collections.Counter()
    samples = 0
    done = threading.Event()

    def running(me: int):
        # Documents are read in turns (``reading.in_turns``): their readers run in threads of
        # their own, one at a time, while the others wait on a lock. The running thread is
        # the one not waiting in threading.py.
        for ident, frame in sys._current_frames().items():
            if ident != me and os.path.basename(frame.f_code.co_filename) != "threading.py":
                return frame
        return None

    def sample() -> None:
        nonlocal samples
        me = threading.get_ident()
        while not done.wait(0.0005):
            frame = running(me)
            if frame is None:
                continue
            samples += 1
            code = frame.f_code
            on_top[f"{os.path.basename(code.co_filename)}:{code.co_name}:{frame.f_lineno}"] += 1
            seen = set()
            while frame is not None:
                code = frame.f_code
                key = f"{os.path.basename(code.co_filename)}:{code.co_name}"
                if key not in seen:
                    seen.add(key)
                    inclusive[key] += 1
                frame = frame.f_back

    sys.setswitchinterval(0.0002)  # let the sampler in often
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    for _ in range(args.repeat):
        list(extract_many(docs))
    done.set()
    sampler.join()
    print(f"{samples} samples, {args.docs} documents ({args.dense:.0%} dense) x {args.repeat}")
    for key, n in inclusive.most_common(args.top):
        print(f"{100 * n / samples:5.1f} {key}")
    print("--- on top (self), by line")
    for key, n in on_top.most_common(args.top // 2):
        print(f"{100 * n / samples:5.1f} {key}")


if __name__ == "__main__":
    main()
