"""Extraction time against document size, on repetitive text: does it grow linearly?

One long document is made by repeating a few paragraphs (written for this benchmark) that
name the same states, agreements and figures over and over: the worst case for any step
that compares each mention with every earlier one. Each size is extracted once through
``blocwatch.extract.extract`` (the entry every command uses, with its per-document budget),
and the time per 100 kB is printed: flat when extraction is linear.

    .venv/bin/python bench/extract_linearity.py [--sizes 100,250,500,1000,2500,5000]
        [--budget SECONDS]

Sizes are in kB. ``--budget`` (default: none for the benchmark) sets the per-document
time budget; a size that goes over it is reported as refused, with the time it ran.
Bounded: stops at the first size that takes over ``--stop`` seconds (default 600).
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

PARAGRAPHS = (
    "Officials in Moscow said on Tuesday that Russia and North Korea signed a treaty on "
    "comprehensive strategic partnership in Pyongyang, with a clause on mutual assistance "
    "if either side is attacked. Russia and Iran signed a similar treaty in January 2025, "
    "without a mutual defence clause.",
    "Ukraine's intelligence service alleged that North Korea supplied artillery shells and "
    "ballistic missiles to Russia; Pyongyang denied the allegation, and Moscow declined to "
    "comment. Seoul said North Korea had sent about 11,000 troops to Russia's Kursk region.",
    "Trade between Russia and China reached $240 billion last year, customs data showed. "
    "China and Russia agreed to extend their treaty of good-neighbourliness for five years "
    "when the two presidents met in Beijing on 16 May 2024.",
    "Finland joined NATO in April 2023 and Sweden followed in March 2024. The United States "
    "and the Philippines expanded their Enhanced Defense Cooperation Agreement to nine sites.",
)


def repetitive_text(size: int) -> str:
    """About ``size`` characters of the paragraphs above, repeated, blank-line separated."""
    block = "\n\n".join(PARAGRAPHS) + "\n\n"
    return (block * (size // len(block) + 1))[:size].rsplit(" ", 1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,250,500,1000,2500,5000", help="kB, comma list")
    parser.add_argument("--budget", type=float, default=None, help="time budget, seconds")
    parser.add_argument("--stop", type=float, default=600.0, help="stop after a size this slow")
    args = parser.parse_args()
    if args.budget is not None:
        os.environ["BLOCWATCH_EXTRACT_SECONDS"] = str(args.budget)
    else:
        os.environ.setdefault("BLOCWATCH_EXTRACT_SECONDS", "0")  # 0: no time budget

    from blocwatch.errors import BlocwatchError
    from blocwatch.extract import extract

    extract("warm-up", repetitive_text(2000), "2024-06-20")  # tables and model, untimed
    print(f"{'size':>8} {'seconds':>9} {'s/100kB':>8} {'agreements':>10} {'claims':>7}")
    for kb in (int(part) for part in args.sizes.split(",")):
        text = repetitive_text(kb * 1000)
        started = time.perf_counter()
        try:
            result = extract(f"bench-{kb}", text, "2024-06-20")
            found = f"{len(result.agreements):>10} {len(result.claims):>7}"
        except BlocwatchError as exc:
            found = f"refused: {exc}"
        seconds = time.perf_counter() - started
        print(f"{kb:>6}kB {seconds:>9.2f} {seconds / kb * 100:>8.2f} {found}", flush=True)
        if seconds > args.stop:
            print(f"stopped: {kb} kB took over {args.stop:g} s")
            break
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
