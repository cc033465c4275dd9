"""A probe, not used by blocwatch: what the network as JSON of a day would cost if the as-of
index were held in memory between queries (issue 14; see bench/HISTORY.md, branch
w13-json14). The library's own is ``blocwatch.analyse.held_network`` (branch w13-heldnet),
timed by ``bench/query_latency.py --queries json,held``.

Loads ``record_spans`` (each record span's days, weight, label and detail, once) and the
pair columns of ``edge_spans`` into NumPy and Arrow arrays, once; the entries sorted once
by edge, strongest first (weight, then record id), and by edge and record id. A day's answer
is then a mask of the spans that hold on it (full days only), the entries kept in those
orders, each edge's details and ids joined by Arrow and the edges written in chunks. Prints
the load's time and memory, each day's CPU and wall time, and whether the edges and the
record ids are the bytes ``network_json`` writes.

    PYTHONPATH=src .venv/bin/python bench/json_in_memory.py --db PATH_OR_URL --days 2024-12-31
"""

from __future__ import annotations

import argparse
import resource
import time
from json.encoder import encode_basestring_ascii as _quote
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from blocwatch.analyse import network_json
from blocwatch.analyse.network import edge_sources
from blocwatch.store import connect

CHUNK = 2000


def _text(value: str) -> pa.Scalar:
    return pa.scalar(value, pa.large_string())


def _joined(offsets: np.ndarray, values: pa.Array, sep: str) -> pa.Array:
    return pc.binary_join(pa.LargeListArray.from_arrays(pa.array(offsets), values), _text(sep))


class InMemory:
    """The as-of index of a store, in arrays."""

    def __init__(self, engine) -> None:
        kinds = [k.edges for k in edge_sources().values()]
        with engine.connect() as conn:
            cursor = conn.connection.driver_connection.cursor()
            cursor.execute(
                "SELECT valid_from, record_id, fact_type, edge_kind, valid_until, weight, label,"
                " detail FROM record_spans"
            )
            spans = cursor.fetchall()
            cursor.execute(
                "SELECT valid_from, record_id, fact_type, edge_kind, source, target, directed"
                " FROM edge_spans"
            )
            rows = cursor.fetchall()
        number = {span[:4]: i for i, span in enumerate(spans)}
        self.first = np.array([s[0] for s in spans])
        self.last = np.array([s[4] or "9999-12-31" for s in spans])
        weight = np.array([s[5] for s in spans], dtype=np.float64)
        ids = np.array([s[1] for s in spans])
        self.by_id = np.argsort(ids, kind="stable")
        id_rank = np.empty(len(spans), dtype=np.int64)
        id_rank[self.by_id] = np.arange(len(spans))
        self.details = pa.array([s[7] for s in spans], pa.large_string())
        self.ids = pa.array([_quote(s[1]) for s in spans], pa.large_string())
        self.heads = pa.array(
            [
                f'"weight":{float.__repr__(float(s[5]))},"label":{_quote(s[6])},"record_ids":['
                for s in spans
            ],
            pa.large_string(),
        )
        del spans
        keys = [(kinds.index(r[3]), r[4], r[5]) for r in rows]
        edges = sorted(set(keys))
        edge_number = {key: i for i, key in enumerate(edges)}
        span = np.array([number[r[:4]] for r in rows], dtype=np.int64)
        edge = np.array([edge_number[key] for key in keys], dtype=np.int64)
        directed = np.zeros(len(edges), dtype=bool)
        np.logical_or.at(directed, edge, np.array([bool(r[6]) for r in rows]))
        del rows, keys, number, edge_number
        strongest = np.lexsort((id_rank[span], -weight[span], edge))
        by_record = np.lexsort((id_rank[span], edge))
        self.strongest_span, self.strongest_edge = span[strongest], edge[strongest]
        self.record_span = span[by_record]
        self.prefix = pa.array(
            [
                f'{{"kind":{_quote(kinds[k])},"source":{_quote(s)},"target":{_quote(t)},'
                f'"directed":{"true" if d else "false"},'
                for (k, s, t), d in zip(edges, directed.tolist(), strict=True)
            ],
            pa.large_string(),
        )
        self.edges = len(edges)

    def answer(self, day: str) -> tuple[list[str], str]:
        """The edges' text in chunks and the record ids' (full days; no fallback)."""
        holds = (self.first <= day) & (self.last >= day)
        kept = holds[self.strongest_span]
        spans, edge = self.strongest_span[kept], self.strongest_edge[kept]
        sizes = np.bincount(edge, minlength=self.edges)
        live = np.nonzero(sizes)[0]
        offsets = np.zeros(len(live) + 1, dtype=np.int64)
        np.cumsum(sizes[live], out=offsets[1:])
        by_record = self.record_span[holds[self.record_span]]
        texts = pc.binary_join_element_wise(
            self.prefix.take(pa.array(live)),
            self.heads.take(pa.array(spans[offsets[:-1]])),
            _joined(offsets, self.ids.take(pa.array(by_record)), ","),
            _text('],"details":['),
            _joined(offsets, self.details.take(pa.array(spans)), ","),
            _text("]}"),
            _text(""),
        )
        bounds = np.append(np.arange(0, len(live), CHUNK), len(live))
        chunks = _joined(bounds, texts, ",").to_pylist()
        ids = self.by_id[holds[self.by_id]]
        return chunks, ",".join(self.ids.take(pa.array(ids)).to_pylist())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite path or PostgreSQL URL")
    parser.add_argument("--days", default="2024-12-31,2010-05-01", help="full days, commas")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    engine = connect(args.db)
    started = time.perf_counter()
    memory = InMemory(engine)
    rss = int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() >> 20
    print(f"loaded in {time.perf_counter() - started:.1f} s; resident {rss} MB")
    for day in args.days.split(","):
        for _ in range(args.repeat):
            cpu, wall = time.process_time(), time.perf_counter()
            chunks, ids = memory.answer(day)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            print(f"{day}: cpu {cpu:.3f} s, wall {wall:.3f} s")
        whole = "".join(network_json(engine, day))
        start, end = whole.index('"edges":[') + 9, whole.rindex('],"record_ids":[')
        same = whole[start:end] == ",".join(chunks) and whole[end + 16 : -2] == ids
        print(f"{day}: the same bytes as network_json: {same}")


if __name__ == "__main__":
    main()
