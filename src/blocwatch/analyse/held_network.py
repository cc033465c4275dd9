"""The network as JSON from the as-of index held in memory: a whole day's answer without
reading the store (issue 14).

:func:`~.network_json.network_json` reads a late day of a million facts from the store:
441,000 (edge, record) entries grouped and 116 MB written, about 0.9-1.3 s of CPU however
the store is read. :class:`HeldNetwork` loads the as-of index once (``record_spans``: each
record span's days, weight, label and detail; the pair columns of ``edge_spans``) into
NumPy and Arrow arrays, its entries sorted once by edge, strongest first (weight, then
record id), and by edge and record id. A day is then a mask of the record spans that hold
on it, the entries kept in those orders, each edge's record ids and details joined by
Arrow and the edges written in chunks: 0.2-0.25 s of CPU on that day.

It answers what it can answer with the same bytes as ``network_json(engine, day, kind)``
and says so by returning None otherwise (the caller then takes the SQL path):

- answered: a whole day (YYYY-MM-DD, or today), no confidence floor, every kind or one kind
  of the index; the kinds drawn without the index (exercises) are built from the store per
  request, as the SQL path builds them, and put in their place;
- not answered: a month or a year (a date's interval, the ``overlap`` rule), a confidence
  floor, a kind without the index, a day on which a record has two spans, a pair whose
  records do not merge (one edge each) holds several records, a pair's rows disagree on
  ``directed``, a record id or label of the day holds the separator the SQL path splits
  at, and any store whose version (:meth:`StoreVersion.of_index`) is no longer the one
  the arrays were loaded at (:attr:`HeldNetwork.stale` is then set for good).
"""

from __future__ import annotations

import json
import re
import resource
from array import array
from collections.abc import Iterator
from json.encoder import encode_basestring_ascii as _quote
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import Connection, Engine

from ..base.collection import gc_paused
from ..errors import BlocwatchError
from ..store.version import StoreVersion
from .common import actor_info, as_of_date
from .day_edges import SEP
from .network import BY_PAIR, edge_sources
from .network_json import CHUNK, answer_head, answer_tail

__all__ = ["DEFAULT_LIMIT_MB", "HeldNetwork", "estimated_mb"]

# The largest index loaded, in MB of the estimate (:func:`estimated_mb`); a setting of the
# web app (``BLOCWATCH_HELD_NETWORK_MB``).
DEFAULT_LIMIT_MB = 1024
# The estimate per record span (its arrays, heads, quoted id) and per pair row (its entries
# in two orders), besides the details' text: calibrated on the 1M bases (333,000 spans,
# 593,000 pair rows, 65 MB of details: the process grew by about 300 MB).
_SPAN_BYTES = 500
_PAIR_BYTES = 120
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# valid_until of a span without end, as a day number.
_OPEN = 99_991_231
_FETCH = 5000


def _day(text: str) -> int:
    """An ISO day as the number YYYYMMDD (ordered as the text is)."""
    return int(text[:4]) * 10_000 + int(text[5:7]) * 100 + int(text[8:10])


def _text(value: str) -> pa.Scalar:
    return pa.scalar(value, pa.large_string())


def _joined(offsets: np.ndarray, values: pa.Array, sep: str) -> pa.Array:
    """The values of each [offsets[i], offsets[i + 1]) joined by ``sep``."""
    return pc.binary_join(pa.LargeListArray.from_arrays(pa.array(offsets), values), _text(sep))


def _batches(conn: Connection, sql: str) -> Iterator[list[tuple]]:
    """The rows of ``sql``, read by the driver, :data:`_FETCH` at a time (on PostgreSQL
    from a cursor of the server's, in the connection's transaction: the driver would
    otherwise take the whole answer into memory first)."""
    driver = conn.connection.driver_connection
    postgres = conn.dialect.name == "postgresql"
    cursor = driver.cursor(name="blocwatch_held") if postgres else driver.cursor()
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(_FETCH):
            yield batch
    finally:
        cursor.close()


def _span_key(valid_from: str, record_id: str, fact_type: str, edge_kind: str) -> str:
    """A record span's key as one text (the record id last, the other parts of fixed form:
    no two keys alike)."""
    return f"{valid_from}{fact_type}\0{edge_kind}\0{record_id}"


def _concat(parts: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


def _concat_text(parts: list[pa.Array]) -> pa.Array:
    return pa.concat_arrays(parts) if parts else pa.array([], pa.large_string())


def estimated_mb(conn: Connection) -> float:
    """What loading the index of the store on ``conn`` would take, in MB (an estimate)."""
    spans, details = conn.exec_driver_sql(
        "SELECT count(*), coalesce(sum(length(detail)), 0) FROM record_spans"
    ).one()
    pairs = conn.exec_driver_sql("SELECT count(*) FROM edge_spans").scalar_one()
    return (details + spans * _SPAN_BYTES + pairs * _PAIR_BYTES) / (1 << 20)


def resident_mb() -> int:
    """This process's resident memory, in MB (Linux; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * resource.getpagesize() >> 20


class TooLarge(Exception):
    """The index would take more memory than allowed."""


class HeldNetwork:
    """The as-of index of one version of a store, in arrays: :meth:`load` it, then ask
    :meth:`network_json`."""

    def __init__(self) -> None:
        self.version: object = None
        self.stale = False
        self.spans = 0
        self.pairs = 0

    # --- loading ------------------------------------------------------------------------

    @classmethod
    def load(
        cls, engine: Engine, version: StoreVersion, limit_mb: float | None = DEFAULT_LIMIT_MB
    ) -> HeldNetwork:
        """The index of the store of ``engine`` as it is now, tagged with its version
        (``version.of_index()``, read before the index on SQLite, in the same snapshot on
        PostgreSQL). Raises :class:`TooLarge` when :func:`estimated_mb` is over ``limit_mb``
        (None: no limit), BlocwatchError when the store has no version to keep it by (an
        in-memory SQLite database)."""
        held = cls()
        with gc_paused(), engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                # One snapshot for the version and every read.
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                held.version = version.of_index(conn)
            else:
                # Read first: the rows read after it are at least as new (a commit between
                # the two moves the version, and the arrays are then never used).
                held.version = version.of_index()
                conn.connection.driver_connection.execute("BEGIN")
            try:
                if held.version is None:
                    raise BlocwatchError("the store has no version: its network is not held")
                if limit_mb is not None:
                    size = estimated_mb(conn)
                    if size > limit_mb:
                        raise TooLarge(f"the index would take about {size:.0f} MB (> {limit_mb})")
                held._load(conn)
            finally:
                conn.rollback()
                if conn.dialect.name == "sqlite":
                    conn.connection.driver_connection.rollback()
        return held

    def _load(self, conn: Connection) -> None:
        sources = edge_sources()
        self.kinds = {name: k.edges for name, k in sources.items() if k.spans}
        # Kinds the SQL path builds from their records (no index): built per request.
        self.built = [name for name, k in sources.items() if not k.spans]
        # Every edge kind in the order the answer lists them (the registry's).
        self.rank = {k.edges: i for i, k in enumerate(sources.values())}
        rank_of = self.rank
        # Read a batch at a time, each batch's values put in arrays at once: the Python
        # objects of a million-fact index (333,000 spans, 593,000 pair rows) never all live.
        number: dict[str, int] = {}
        first, last, weight, kinds, odd = [], [], [], [], []
        ids: list[pa.Array] = []
        heads: list[pa.Array] = []
        details: list[pa.Array] = []
        spans = 0
        for batch in _batches(
            conn,
            "SELECT valid_from, record_id, fact_type, edge_kind, valid_until, weight, label,"
            " detail FROM record_spans",
        ):
            for i, (valid_from, record_id, fact_type, edge_kind, *_) in enumerate(batch):
                number[_span_key(valid_from, record_id, fact_type, edge_kind)] = spans + i
            spans += len(batch)
            first.append(np.array([_day(r[0]) for r in batch], dtype=np.int64))
            last.append(
                np.array([_OPEN if r[4] is None else _day(r[4]) for r in batch], dtype=np.int64)
            )
            weight.append(np.array([r[5] for r in batch], dtype=np.float64))
            kinds.append(np.array([rank_of.get(r[3], -1) for r in batch], dtype=np.int64))
            odd.append(np.array([SEP in r[1] or SEP in r[6] for r in batch], dtype=bool))
            ids.append(pa.array([r[1] for r in batch], pa.large_string()))
            # As network_json writes an edge's head (its weight a float from the store).
            heads.append(
                pa.array(
                    [
                        f'"weight":{float.__repr__(float(r[5]))},"label":{_quote(r[6])},'
                        '"record_ids":['
                        for r in batch
                    ],
                    pa.large_string(),
                )
            )
            details.append(pa.array([r[7] for r in batch], pa.large_string()))
            del batch
        self.spans = spans
        self.first = _concat(first, np.int64)
        self.last = _concat(last, np.int64)
        self.kind = _concat(kinds, np.int64)
        self.odd = _concat(odd, bool)
        spans_weight = _concat(weight, np.float64)
        del first, last, weight, kinds, odd
        self.heads = _concat_text(heads)
        self.details = _concat_text(details)
        del heads, details
        # Record ids by code, the codes in sorted order (Arrow sorts by code point, as
        # Python does: the SQL path's order).
        every = _concat_text(ids)
        del ids
        distinct = pc.unique(every)
        distinct = distinct.take(pc.sort_indices(distinct))
        self.id_code = np.asarray(pc.index_in(every, value_set=distinct)).astype(np.int64)
        del every
        self.quoted_ids = pa.array([_quote(i) for i in distinct.to_pylist()], pa.large_string())
        self.codes = len(distinct)
        # Among a pair's records of equal weight, the one first in the database's order of
        # record ids comes first (PostgreSQL orders them by its collation, which may not be
        # Python's; SQLite's is Python's).
        tie = self.id_code
        if conn.dialect.name == "postgresql":
            ordered = pa.array(
                [
                    row[0]
                    for batch in _batches(
                        conn, "SELECT DISTINCT record_id FROM record_spans ORDER BY record_id"
                    )
                    for row in batch
                ],
                pa.large_string(),
            )
            rank = np.empty(self.codes, dtype=np.int64)
            rank[np.asarray(pc.index_in(ordered, value_set=distinct)).astype(np.int64)] = np.arange(
                len(ordered)
            )
            tie = rank[self.id_code]
            del ordered, rank
        del distinct

        # The pair rows: each an entry (record span, edge).
        edge_number: dict[tuple, int] = {}
        span_of, edge_of = array("q"), array("q")
        directed, merge = array("b"), array("b")
        try:
            for batch in _batches(
                conn,
                "SELECT valid_from, record_id, fact_type, edge_kind, source, target,"
                " directed, merge FROM edge_spans",
            ):
                for (
                    valid_from,
                    record_id,
                    fact_type,
                    edge_kind,
                    source,
                    target,
                    one_way,
                    merges,
                ) in batch:
                    if edge_kind not in rank_of:
                        continue  # a kind no longer registered: the store's path reads none
                    span_of.append(number[_span_key(valid_from, record_id, fact_type, edge_kind)])
                    key = (edge_kind, source, target)
                    found = edge_number.get(key)
                    if found is None:
                        found = edge_number[key] = len(edge_number)
                    edge_of.append(found)
                    directed.append(bool(one_way))
                    merge.append(bool(merges))
        except KeyError as missing:
            raise BlocwatchError(f"a pair row without its record span: {missing}") from None
        del number
        self.pairs = len(span_of)
        # Edges numbered in the answer's order: kind (the registry's), source, target.
        keys = list(edge_number)
        del edge_number
        order = sorted(range(len(keys)), key=lambda i: (rank_of[keys[i][0]], *keys[i][1:]))
        renumber = np.empty(len(keys), dtype=np.int64)
        renumber[np.array(order, dtype=np.int64)] = np.arange(len(keys))
        keys = [keys[i] for i in order]
        self.edges = len(keys)
        span = np.array(span_of, dtype=np.int64)
        edge = renumber[np.array(edge_of, dtype=np.int64)] if keys else np.zeros(0, np.int64)
        del span_of, edge_of, renumber
        one_way = np.array(directed, dtype=bool)
        merges = np.array(merge, dtype=bool)
        del directed, merge
        rows = np.bincount(edge, minlength=self.edges)
        some_way = np.bincount(edge, weights=one_way, minlength=self.edges)
        self.mixed = (some_way > 0) & (some_way < rows)
        self.apart = np.bincount(edge, weights=~merges, minlength=self.edges) > 0
        self.paired = np.bincount(span, minlength=self.spans) > 0
        code = self.id_code[span]
        strongest = np.lexsort((tie[span], -spans_weight[span], edge))
        self.strongest_span, self.strongest_edge = span[strongest], edge[strongest]
        self.record_span = span[np.lexsort((code, edge))]
        del strongest, code, tie
        self.edge_rank = np.array([rank_of[k[0]] for k in keys], dtype=np.int64)
        actors = sorted({code for _, s, t in keys for code in (s, t)})
        actor_number = {a: i for i, a in enumerate(actors)}
        self.actors = actors
        self.ends = np.array(
            [(actor_number[s], actor_number[t]) for _, s, t in keys], dtype=np.int64
        ).reshape(-1, 2)
        self.prefix = pa.array(
            [
                f'{{"kind":{_quote(k)},"source":{_quote(s)},"target":{_quote(t)},'
                f'"directed":{"true" if d else "false"},'
                for (k, s, t), d in zip(keys, (some_way > 0).tolist(), strict=True)
            ],
            pa.large_string(),
        )

    @property
    def nbytes(self) -> int:
        """The bytes of the arrays held."""
        arrays = [v for v in vars(self).values() if isinstance(v, np.ndarray | pa.Array)]
        return sum(a.nbytes for a in arrays)

    # --- answering ------------------------------------------------------------------------

    def current(self, version: StoreVersion, conn: Connection | None = None) -> bool:
        """Whether the store is still at the version the arrays were loaded at (else
        :attr:`stale` is set)."""
        if not self.stale and version.of_index(conn) != self.version:
            self.stale = True
        return not self.stale

    def network_json(
        self,
        engine: Engine,
        version: StoreVersion,
        as_of: str | None = None,
        kind: str | None = None,
        min_confidence: float | None = None,
    ) -> Iterator[str] | None:
        """``network_json(engine, as_of, kind, min_confidence)``'s chunks, the same text, or
        None when the arrays do not answer that question (see the module's text) or no
        longer hold the store's version."""
        if self.stale or min_confidence is not None:
            return None
        if kind is not None and kind not in self.kinds:
            return None
        try:
            as_of = as_of_date(as_of)
        except BlocwatchError:
            return None
        if not _DAY.match(as_of):
            return None
        built_kinds = self.built if kind is None else []
        built: list = []
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                # The version and the built kinds' records from one snapshot.
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                if not self.current(version, conn):
                    return None
                built = self._built(conn, as_of, built_kinds)
        else:
            if not self.current(version):
                return None
            if built_kinds:
                with engine.connect() as conn:
                    built = self._built(conn, as_of, built_kinds)
                # Read after the version: still the same, so the records were of it.
                if not self.current(version):
                    return None
        return self._answer(as_of, kind, built)

    @staticmethod
    def _built(conn: Connection, as_of: str, names: list[str]) -> list:
        sources = edge_sources()
        edges: list = []
        for name in names:
            edges += sources[name].hook("edge_builder")(conn, as_of, None)
        return edges

    def _answer(self, as_of: str, kind: str | None, built: list) -> Iterator[str] | None:
        day = _day(as_of)
        holds = (self.first <= day) & (self.last >= day)
        if kind is not None:
            holds &= self.kind == self.rank[self.kinds[kind]]
        if self.odd[holds].any():
            return None  # a record id or label holds the separator the SQL path splits at
        codes = self.id_code[holds & self.paired]
        counts = np.bincount(codes, minlength=self.codes)
        if len(codes) and counts.max() > 1:
            return None  # a record with two spans on the day
        kept = holds[self.strongest_span]
        spans, edge = self.strongest_span[kept], self.strongest_edge[kept]
        sizes = np.bincount(edge, minlength=self.edges)
        live = np.nonzero(sizes)[0]
        if (self.apart[live] & (sizes[live] > 1)).any() or self.mixed[live].any():
            return None  # records of a pair that do not merge; a pair of two directions
        offsets = np.zeros(len(live) + 1, dtype=np.int64)
        np.cumsum(sizes[live], out=offsets[1:])
        by_record = self.record_span[holds[self.record_span]]
        texts = pc.binary_join_element_wise(
            self.prefix.take(pa.array(live)),
            self.heads.take(pa.array(spans[offsets[:-1]])),
            _joined(offsets, self.quoted_ids.take(pa.array(self.id_code[by_record])), ","),
            _text('],"details":['),
            _joined(offsets, self.details.take(pa.array(spans)), ","),
            _text("]}"),
            _text(""),
        )
        day_codes = np.nonzero(counts)[0]
        actors = np.unique(self.ends[live].ravel())
        if not built:
            nodes = [self.actors[i] for i in actors.tolist()]
            ids = self.quoted_ids.take(pa.array(day_codes))
            record_ids = _joined(np.array([0, len(ids)]), ids, ",")[0].as_py()
            return _chunks(as_of, kind, nodes, _in_chunks(texts), record_ids)
        # Kinds built from their records: every edge kind's texts in the registry's order.
        edge_texts = texts.to_pylist()
        ranks = self.edge_rank[live]
        out: list[str] = []
        for rank in sorted({*self.rank.values()}):
            out += edge_texts[np.searchsorted(ranks, rank) : np.searchsorted(ranks, rank, "right")]
            mine = sorted((e for e in built if self.rank[e.kind] == rank), key=BY_PAIR)
            out += [json.dumps(e.to_dict(), separators=(",", ":")) for e in mine]
        ends = {c for e in built for c in (e.source, e.target)}
        nodes = sorted({self.actors[i] for i in actors.tolist()} | ends)
        quoted = dict.fromkeys(self.quoted_ids.take(pa.array(day_codes)).to_pylist())
        quoted.update(dict.fromkeys(_quote(i) for e in built for i in e.record_ids))
        record_ids = ",".join(sorted(quoted, key=json.loads))
        pieces = (",".join(out[i : i + CHUNK]) for i in range(0, len(out), CHUNK))
        return _chunks(as_of, kind, nodes, pieces, record_ids)


def _in_chunks(texts: pa.Array) -> Iterator[str]:
    """The edges' texts joined by commas, :data:`CHUNK` at a time."""
    for start in range(0, len(texts), CHUNK):
        part = texts.slice(start, CHUNK)
        yield _joined(np.array([0, len(part)]), part, ",")[0].as_py()


def _chunks(
    as_of: str, kind: str | None, nodes: list[str], edges: Iterator[str], record_ids: str
) -> Iterator[str]:
    """The answer's text as network_json cuts it: its head with the nodes, the edges in
    chunks (each but the last ending with the comma before the next), the record ids."""
    head = answer_head(as_of, kind, [actor_info(c) for c in nodes])

    def chunks() -> Iterator[str]:
        yield head
        previous = None
        for chunk in edges:
            if previous is not None:
                yield previous + ","
            previous = chunk
        if previous is not None:
            yield previous
        yield answer_tail(record_ids)

    return chunks()
