"""Peak memory of ``blocwatch ingest`` against the size of its input.

For each size, a JSON Lines file (or, with --format warc, an uncompressed WARC file of HTML
pages) of bench/synthetic.py's news stream (distinct sentences, 20 % dense) is written to a
temporary folder, streaming, and ingested by a fresh ``blocwatch ingest`` process into a
fresh SQLite store; the peak resident set size of that process is read from the kernel when
it exits (``os.wait4``: that process and the worker processes it waited for, the largest
of them; not the benchmark). With --workers N the ingest extracts in N worker processes, and
the sum of the resident sets of the ingest and its workers is sampled twice a second as well
(``tree peak``). Sizes are 10 MB and 100 MB, and 1 GB with --big (about 372,000 documents:
it takes a long while and needs about 3 GB of disk).

Nothing is meant to grow with the input: the near-duplicate index lives in the store
(``documents_bands``), the summary keeps the first ids and errors only, the extractor's
vocabulary starts afresh every 20,000 documents. The last line is the flatness ratio, the
largest input's peak over the smallest's.

    .venv/bin/python bench/ingest_memory.py [--big] [--no-extract] [--sizes 10,100]
        [--format jsonl|warc] [--workers N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from synthetic import write_jsonl, write_warc

BLOCWATCH = str(Path(sys.executable).parent / "blocwatch")
MB = 1_000_000


def _peak_rss(args: list[str]) -> tuple[float, float, float]:
    """(peak RSS in MB of the largest process, peak summed RSS in MB of the process and its
    children as sampled, seconds) of the process running ``args``."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    tree = _TreeSampler(proc.pid)
    tree.start()
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    tree.stop.set()
    tree.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: exit status {proc.returncode}")
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return usage.ru_maxrss * scale / MB, tree.peak / MB, elapsed


class _TreeSampler(threading.Thread):
    """The largest sum of resident sets of ``pid`` and its descendants seen (Linux /proc;
    0 elsewhere)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.5):
            self.peak = max(self.peak, sum(_rss(pid) for pid in _tree(self.pid)))


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo.extend(int(child) for child in task.read_text().split())
    return out


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="add 1 GB")
    parser.add_argument("--sizes", default="10,100", help="input sizes in MB")
    parser.add_argument("--no-extract", action="store_true", help="ingest without extraction")
    parser.add_argument("--format", choices=["jsonl", "warc"], default="jsonl")
    parser.add_argument("--tmp", default=None, help="folder for the inputs and stores")
    parser.add_argument("--workers", type=int, default=None, help="extraction processes")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")] + ([1000] if args.big else [])
    if args.tmp and not Path(args.tmp).is_dir():
        parser.error(f"--tmp {args.tmp}: no such folder")

    mode = "documents only (--no-extract)" if args.no_extract else "full pipeline"
    where = f"--workers {args.workers}" if args.workers else "one process"
    print(
        f"ingest of {args.format.upper()}, {mode}, {where}, SQLite; {os.cpu_count()} CPUs; "
        f"load {os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'input':>8} {'documents':>10} {'peak RSS':>9} {'tree peak':>10} "
        f"{'seconds':>8} {'docs/s':>7} {'load':>5}"
    )
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
            elif args.workers:
                command += ["--workers", str(args.workers)]
            peak, tree, seconds = _peak_rss(command)
            peaks.append(peak)
            print(
                f"{size:>5} MB {docs:>10,} {peak:>6.0f} MB {tree:>7.0f} MB {seconds:>8.0f} "
                f"{docs / seconds:>7.0f} {os.getloadavg()[0]:>5.1f}",
                flush=True,
            )
            path.unlink()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(f"flatness: peak RSS of the largest input / the smallest: {peaks[-1] / peaks[0]:.2f}")


if __name__ == "__main__":
    main()
