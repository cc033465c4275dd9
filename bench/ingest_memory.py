"""Peak memory of ``blocwatch ingest`` against the size of its input.

For each size, a JSON Lines file (or, with --format warc, an uncompressed WARC file of HTML
pages) of bench/synthetic.py's news stream (distinct sentences, 20 % dense) is written to a
temporary folder, streaming, and ingested by a fresh ``blocwatch ingest`` process into a
fresh SQLite store; the peak resident set size of that process is read from the kernel when
it exits (``os.wait4``: that process alone, not the benchmark). Sizes are 10 MB and 100 MB,
and 1 GB with --big (about 350,000 documents: it takes a long while and needs about 3 GB of
disk).

What grows with the input by design: the near-duplicate index holds every stored document's
band hashes (about 0.5 kB a document, see blocwatch/ingest/lsh.py) so that a copy is found
whichever run stored the first one. Everything else is bounded by the batch.

    .venv/bin/python bench/ingest_memory.py [--big] [--no-extract] [--sizes 10,100]
        [--format jsonl|warc]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import write_jsonl, write_warc

BLOCWATCH = str(Path(sys.executable).parent / "blocwatch")
MB = 1_000_000


def _peak_rss(args: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of the process running ``args``."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: exit status {proc.returncode}")
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return usage.ru_maxrss * scale / MB, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="add 1 GB")
    parser.add_argument("--sizes", default="10,100", help="input sizes in MB")
    parser.add_argument("--no-extract", action="store_true", help="ingest without extraction")
    parser.add_argument("--format", choices=["jsonl", "warc"], default="jsonl")
    parser.add_argument("--tmp", default=None, help="folder for the inputs and stores")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")] + ([1000] if args.big else [])
    if args.tmp and not Path(args.tmp).is_dir():
        parser.error(f"--tmp {args.tmp}: no such folder")

    mode = "documents only (--no-extract)" if args.no_extract else "full pipeline"
    print(f"ingest of {args.format.upper()}, {mode}, one process, SQLite; {os.cpu_count()} CPUs")
    print(f"{'input':>8} {'documents':>10} {'peak RSS':>9} {'seconds':>8} {'docs/s':>7}")
    peaks = []
    with tempfile.TemporaryDirectory(prefix="blocwatch-memory-", dir=args.tmp) as tmp:
        for size in sizes:
            path = Path(tmp) / f"news-{size}mb.{args.format}"
            write = write_warc if args.format == "warc" else write_jsonl
            docs, _written = write(path, size=size * MB, seed=size)
            db = Path(tmp) / f"store-{size}mb.db"
            command = [BLOCWATCH, "ingest", str(path), "--db", str(db)]
            if args.no_extract:
                command.append("--no-extract")
            peak, seconds = _peak_rss(command)
            peaks.append(peak)
            print(
                f"{size:>5} MB {docs:>10,} {peak:>6.0f} MB {seconds:>8.0f} {docs / seconds:>7.0f}",
                flush=True,
            )
            path.unlink()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(f"peak RSS, largest input / smallest: {peaks[-1] / peaks[0]:.2f}")


if __name__ == "__main__":
    main()
