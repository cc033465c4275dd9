"""The alignment network as of a date: who is tied to whom, how strongly, and by which records.

Nodes are the states and organisations that some edge touches (code, name, kind and region
from the lexicon). Edges are of three kinds, each carrying the ids of the records behind it:

- ``agreement`` (undirected): one edge per pair of parties of the agreements in force on the
  date (a multilateral agreement gives every pair; an organisation that is a party is one
  node, its members are not expanded). Weight: the pair's strongest agreement on the scale of
  :mod:`.weights` (defence 1.0, non-aggression/neutrality 0.7, consultation 0.5, military
  0.4, economic and other cooperation 0.2, unspecified 0.1); ``details`` lists every
  agreement with its own tier and weight.
- ``claim`` (directed, subject -> beneficiary): allegations of supply (arms, troops,
  components, support) known on the date, one edge per pair. Weight: the strongest claim by
  its status on the date (acknowledged 1.0, alleged 0.6, contested 0.4); ``details`` lists
  each claim with its action, items, status, claimants and deniers as of the date. Claims
  that name no beneficiary give no edge.
- ``trade`` (undirected): a pair's latest bilateral trade figure in USD known on the date
  (:mod:`.asof`). Weight: the figure in billions of USD.

Which edges there are is the registry's (``blocwatch.kinds``): every kind with an
``edge_builder`` hook draws its edges, asked for by its ``network`` name, in registry order;
the builders of the three kinds above are here.
"""

from __future__ import annotations

import heapq
import itertools
import json
import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Integer, and_, case, cast, func, or_, select

from ..base import dates
from ..base.chunks import chunks
from ..base.collection import gc_paused
from ..errors import BlocwatchError
from ..kb import validate
from ..kb.agreements import find_agreements
from ..kb.records import AgreementRecord
from ..kinds import KINDS as FACT_KINDS
from ..kinds import FactKind
from ..store.driver import driver_rows as store_rows
from ..store.driver import driver_sql
from ..store.schema import edge_spans
from . import weights
from .asof import ClaimAsOf, claims_known, trade_known
from .common import ActorInfo, actor_info, as_of_date, connection
from .day_edges import Unsplittable, grouped_edges, holding


def edge_sources() -> dict[str, FactKind]:
    """The network's name for each kind of edge ("agreements", "trade" ...) -> the kind
    that draws it, in registry order."""
    return {k.network: k for k in FACT_KINDS if k.edge_builder}


KINDS = tuple(edge_sources())
# The order of edges within a kind: by pair, source then target (a key computed in C).
BY_PAIR = operator.attrgetter("source", "target")
# The network's name for an edge kind -> the edge kind of the as-of index (``edge_spans``).
_EDGE_KIND = {name: k.edges for name, k in edge_sources().items()}


@dataclass(slots=True)
class Edge:
    """A tie between two actors. ``label`` says in a word what the weight is (the tier of
    the strongest agreement, the status of the strongest claim, the trade period)."""

    kind: str  # agreement | claim | trade
    source: str
    target: str
    directed: bool
    weight: float
    label: str
    record_ids: list[str]
    details: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Network:
    """The network as of ``as_of`` (``kind``: the one edge kind asked for, None for all)."""

    as_of: str
    kind: str | None
    nodes: list[ActorInfo]
    edges: list[Edge]

    @property
    def record_ids(self) -> list[str]:
        """Every record behind an edge, sorted."""
        return record_ids_of(self.edges)

    def edges_of(self, kind: str) -> list[Edge]:
        return [e for e in self.edges if e.kind == kind]

    def edge(self, a: str, b: str, kind: str = "agreement") -> Edge | None:
        """The edge of ``kind`` between ``a`` and ``b`` (from a to b when directed)."""
        for e in self.edges:
            if e.kind != kind:
                continue
            if (e.source, e.target) == (a, b):
                return e
            if not e.directed and (e.target, e.source) == (a, b):
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of,
            "kind": self.kind,
            "nodes": [n.to_dict() for n in self.nodes],
            "edges": [e.to_dict() for e in self.edges],
            "record_ids": self.record_ids,
        }

    def to_networkx(self):
        """A networkx MultiDiGraph (undirected edges as one edge each way)."""
        import networkx as nx

        graph = nx.MultiDiGraph(as_of=self.as_of)
        for n in self.nodes:
            graph.add_node(n.code, name=n.name, kind=n.kind, region=n.region or "")
        for e in self.edges:
            attrs = {
                "kind": e.kind,
                "weight": e.weight,
                "label": e.label,
                "record_ids": ",".join(e.record_ids),
            }
            graph.add_edge(e.source, e.target, **attrs)
            if not e.directed:
                graph.add_edge(e.target, e.source, **attrs)
        return graph


def network(
    source: Any,
    as_of: str | None = None,
    kind: str | None = None,
    min_confidence: float | None = None,
) -> Network:
    """The network as of ``as_of`` (default today) from a Connection, Engine or
    KnowledgeBase: agreement, claim and trade edges (only one kind with ``kind``:
    "agreements", "claims" or "trade"), each with the ids of its records (only records,
    and trade figures, of at least ``min_confidence``); nodes and edges sorted. A kind that
    keeps the as-of index (``edge_spans``, its ``spans`` hook) is read from the rows of the
    day only, grouped by edge in SQL (:func:`day_edges`); with a confidence floor, or for
    a kind without the index, the kind's ``edge_builder`` builds its edges from the
    records. Raises BlocwatchError for a bad date, kind or confidence."""
    as_of, edges = network_edges(source, as_of, kind, min_confidence)
    return Network(as_of=as_of, kind=kind, nodes=nodes_of(edges), edges=edges)


def record_ids_of(edges: list) -> list[str]:
    """Every record behind ``edges``, sorted. Gathered in the edges' order, not as a set:
    a record's id tells its parties, so ids met pair after pair come mostly in order, and
    the sort runs through them (a late day of a million facts: 437,000 entries, 186,000
    ids, two fifths of the time of a set's)."""
    return sorted(dict.fromkeys(itertools.chain.from_iterable(e.record_ids for e in edges)))


def nodes_of(edges: list) -> list[ActorInfo]:
    """The actors the edges touch, sorted by code."""
    return [actor_info(c) for c in sorted({c for e in edges for c in (e.source, e.target)})]


def network_edges(
    source: Any,
    as_of: str | None,
    kind: str | None,
    min_confidence: float | None,
    edge: Callable[..., Any] = Edge,
    parse: bool = True,
) -> tuple[str, list]:
    """The as-of date and the edges of :func:`network` (its arguments checked as it does),
    in its order. The edges grouped from the index are made by ``edge`` (as
    :class:`Edge`), given the details parsed or, with ``parse`` false, as their stored JSON
    texts; the others (read row by row, or built from the records) are :class:`Edge`."""
    as_of = as_of_date(as_of)
    floor = validate.min_confidence(min_confidence)
    if kind is not None and kind not in KINDS:
        raise BlocwatchError(f"unknown network kind {kind!r}: expected one of {', '.join(KINDS)}")
    sources = edge_sources()
    wanted = list(sources) if kind is None else [kind]
    indexed = [n for n in wanted if floor is None and sources[n].spans]
    # A day's network is a million new objects, none garbage: no collection walks them.
    with gc_paused():
        with connection(source) as conn:
            edge_kinds = [_EDGE_KIND[n] for n in indexed]
            edges = (
                day_edges(conn, as_of, edge_kinds, _second(source), edge, parse) if indexed else []
            )
            built = []
            for name in wanted:
                if name not in indexed:
                    built += sources[name].hook("edge_builder")(conn, as_of, floor)
            edges += built
        # (A kind without the index that gave no edge, as exercises on a base without any,
        # leaves the index's edges in their order: no sort.)
        if built:
            order = {k.edges: i for i, k in enumerate(sources.values())}
            # By kind, then pair: two stable sorts, the first keyed in C. (The index's
            # edges alone come in that order already: no sort, 50,000 edges on a late
            # day of a million facts.)
            edges.sort(key=BY_PAIR)
            edges.sort(key=lambda e: order[e.kind])
        return as_of, edges


def _second(source: Any) -> Engine | None:
    """The engine on which a second connection may read at the same time as the first:
    the source's, unless the source is a connection (its transaction may hold what no
    other connection sees) or an in-memory SQLite database (one per connection)."""
    if isinstance(source, Connection):
        return None
    engine = source if isinstance(source, Engine) else getattr(source, "engine", None)
    if not isinstance(engine, Engine):
        return None
    url = engine.url
    if url.get_backend_name() == "sqlite" and (
        url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
    ):
        return None
    return engine


def agreements_in_force(
    conn: Connection, as_of: str, min_confidence: float | None = None
) -> list[Edge]:
    """The agreement edges on ``as_of`` (the agreement kind's ``edge_builder``)."""
    return agreement_edges(find_agreements(conn, as_of=as_of, min_confidence=min_confidence))


def claims_known_on(
    conn: Connection, as_of: str, min_confidence: float | None = None
) -> list[Edge]:
    """The claim edges on ``as_of`` (the claim kind's ``edge_builder``)."""
    return claim_edges(claims_known(conn, as_of, min_confidence=min_confidence))


def trade_known_on(conn: Connection, as_of: str, min_confidence: float | None = None) -> list[Edge]:
    """The trade edges on ``as_of`` (the measure kind's ``edge_builder``)."""
    return _trade_edges(conn, as_of, min_confidence)


def agreement_summary(a: AgreementRecord) -> dict[str, Any]:
    """What an edge says about one agreement."""
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "signed": a.signed,
        "status": a.status,
        "defense": a.defense,
        "provisions": list(a.provisions),
        "tier": weights.tier(a),
        "weight": weights.agreement_weight(a),
    }


def pairs_of(agreements: list[AgreementRecord]) -> dict[tuple[str, str], list[AgreementRecord]]:
    """Sorted actor pair -> the agreements that tie it (every pair of each one's parties)."""
    out: dict[tuple[str, str], list[AgreementRecord]] = {}
    for a in agreements:
        for u, v in itertools.combinations(sorted(set(a.parties)), 2):
            out.setdefault((u, v), []).append(a)
    return out


def agreement_edges(agreements: list[AgreementRecord]) -> list[Edge]:
    edges = []
    for (u, v), tying in sorted(pairs_of(agreements).items()):
        tying = sorted(tying, key=lambda a: (-weights.agreement_weight(a), a.id))
        tier, weight = weights.strongest(tying)
        edges.append(
            Edge(
                kind="agreement",
                source=u,
                target=v,
                directed=False,
                weight=weight,
                label=tier,
                record_ids=sorted(a.id for a in tying),
                details=[agreement_summary(a) for a in tying],
            )
        )
    return edges


def claim_edges(known: list[ClaimAsOf]) -> list[Edge]:
    by_pair: dict[tuple[str, str], list[ClaimAsOf]] = {}
    for c in known:
        for s in c.record.subject:
            for b in c.record.beneficiary:
                if s != b:
                    by_pair.setdefault((s, b), []).append(c)
    edges = []
    for (s, b), found in sorted(by_pair.items()):
        found = sorted(found, key=lambda c: (-weights.claim_weight(c.status), c.id))
        edges.append(
            Edge(
                kind="claim",
                source=s,
                target=b,
                directed=True,
                weight=weights.claim_weight(found[0].status),
                label=found[0].status,
                record_ids=sorted(c.id for c in found),
                details=[
                    {
                        "id": c.id,
                        "action": c.record.action,
                        "items": list(c.record.items),
                        "status": c.status,
                        "claimants": c.claimants,
                        "denied_by": c.denied_by,
                        "acknowledged_by": c.acknowledged_by,
                        "weight": weights.claim_weight(c.status),
                    }
                    for c in found
                ],
            )
        )
    return edges


def holding_on(as_of: str) -> list:
    """The conditions on an index row that holds on ``as_of``: its span overlaps the date's
    interval (what was in force at some point of it) or, for what was known by a date,
    holds on its last day."""
    return holding(edge_spans, as_of)


def day_edges(
    conn: Connection,
    as_of: str,
    edge_kinds: list[str],
    engine: Engine | None = None,
    edge: Callable[..., Any] = Edge,
    parse: bool = True,
) -> list:
    """Every edge of ``edge_kinds`` on ``as_of``, as :func:`edges_on` gives them (the same
    edges in the same order), grouped in SQL (:mod:`.day_edges`; with ``engine``, the pairs
    on a second connection of it, at the same time as the details); read row by row when
    the grouped strings cannot be split back. The grouped ones are made by ``edge`` and
    ``parse`` (as :func:`network_edges`), the rest are :class:`Edge`."""
    try:
        found, apart = grouped_edges(conn, edge_kinds, as_of, edge, engine, parse)
    except Unsplittable:
        return edges_on(conn, as_of, edge_kinds)
    with gc_paused():
        if apart:
            more = _edges_of(conn, as_of, edge_kinds, [(*pair, None) for pair in apart])
            for key, one in more.items():
                found.setdefault(key[0], []).append(one)
        edges: list[Edge] = []
        for kind in _EDGE_KIND.values():
            # Each kind's pairs come in (source, target) order, or nearly (PostgreSQL's
            # collation): sorting them again is a pass. Stable: a pair's edges of one
            # record each (read row by row) stay in record order.
            edges += sorted(found.get(kind, ()), key=BY_PAIR)
        return edges


def driver_rows(conn: Connection, query, index: str | None = None) -> Iterator[tuple]:
    """The rows of ``query`` on ``edge_spans`` as the driver's tuples, streamed; read
    through index ``index`` on SQLite when given (:mod:`blocwatch.store.driver`)."""
    return store_rows(conn, query, ("edge_spans", index) if index else None)


def span_rows(
    conn: Connection, as_of: str, edge_kinds: list[str], *where, index: str | None = None
) -> Iterator:
    """The index rows of ``edge_kinds`` that hold on ``as_of`` (:func:`holding_on`), streamed
    (read through index ``index`` on SQLite, when given)."""
    s = edge_spans.c
    query = select(
        s.edge_kind, s.source, s.target, s.directed, s.merge, s.record_id, s.weight,
        s.label, s.detail,
    ).where(s.edge_kind.in_(edge_kinds), *holding_on(as_of), *where)  # fmt: skip
    # Hundreds of thousands of rows on a large base.
    return driver_rows(conn, query, index)


def edges_on(conn: Connection, as_of: str, edge_kinds: list[str], *where) -> list[Edge]:
    """The edges of ``edge_kinds`` on ``as_of`` (``where``: more conditions on the index
    rows), sorted by kind (the registry's order), source and target: a pair's rows make
    one edge (one per record where they do not merge), its strongest record first."""
    return [edge for _, edge in keyed_edges(conn, as_of, edge_kinds, *where)]


def keyed_edges(
    conn: Connection, as_of: str, edge_kinds: list[str], *where, index: str | None = None
) -> list[tuple]:
    """:func:`edges_on` with each edge's key: (kind, source, target, its record id where
    the kind's rows do not merge, else ""); ``index``: as :func:`span_rows`."""
    grouped: dict[tuple, list] = {}
    directed: dict[tuple, bool] = {}
    # A record's detail is the same on every pair it ties (a treaty of 12 parties: 66
    # pairs): each distinct detail is parsed once, and the edges share the parsed dict.
    distinct: dict[str, int] = {}
    for kind, source, target, one_way, merge, record_id, weight, label, detail in span_rows(
        conn, as_of, edge_kinds, *where, index=index
    ):
        key = (kind, source, target, "" if merge else record_id)
        found = grouped.get(key)
        if found is None:
            grouped[key] = found = []
            directed[key] = bool(one_way)
        at = distinct.get(detail)
        if at is None:
            at = distinct[detail] = len(distinct)
        found.append((-weight, record_id, label, at))
    # One parse of every detail at once: twice as fast as one parse per row.
    parsed = json.loads("[" + ",".join(distinct) + "]")
    del distinct
    rank = {e: i for i, e in enumerate(_EDGE_KIND.values())}
    edges = []
    for key in sorted(grouped, key=lambda k: (rank[k[0]], k[1], k[2], k[3])):
        rows = grouped[key]
        rows.sort()
        edges.append(
            (
                key,
                Edge(
                    kind=key[0],
                    source=key[1],
                    target=key[2],
                    directed=directed[key],
                    weight=-rows[0][0],
                    label=rows[0][2],
                    record_ids=sorted(r[1] for r in rows),
                    details=[parsed[r[3]] for r in rows],
                ),
            )
        )
    return edges


# --- a page of the network ----------------------------------------------------------------

MAX_PAGE = 5000


def _trade_edges(conn: Connection, as_of: str, min_confidence: float | None) -> list[Edge]:
    edges = []
    for f in trade_known(conn, as_of, min_confidence=min_confidence):
        u, v = sorted(f.actors)
        edges.append(
            Edge(
                kind="trade",
                source=u,
                target=v,
                directed=False,
                weight=round(f.value / 1e9, 3),
                label=f.period or f"reported {f.reported}",
                record_ids=[f.record_id],
                details=[
                    {
                        "id": f.record_id,
                        "value": f.value,
                        "unit": f.unit,
                        "period": f.period,
                        "reported": f.reported,
                        "doc_ids": f.doc_ids,
                    }
                ],
            )
        )
    return edges


@dataclass
class NetworkPage:
    """One page of the network as of ``as_of``, strongest edges first (weight, then kind,
    source, target), with the totals of the edges that match the filters: ``totals`` per
    edge kind, ``total`` in all. ``nodes``: the actors the page's edges touch."""

    as_of: str
    kind: str | None
    region: str | None
    min_weight: float | None
    offset: int
    limit: int
    total: int
    totals: dict[str, int]
    nodes: list[ActorInfo]
    edges: list[Edge]

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k not in ("nodes", "edges")}
        out["nodes"] = [n.to_dict() for n in self.nodes]
        out["edges"] = [e.to_dict() for e in self.edges]
        return out


def network_page(
    source: Any,
    as_of: str | None = None,
    kind: str | None = None,
    *,
    region: str | None = None,
    min_weight: float | None = None,
    limit: int = 200,
    offset: int = 0,
) -> NetworkPage:
    """The edges of :func:`network` as of ``as_of`` that match the filters (``kind``; an end
    in lexicon ``region``; weight at least ``min_weight``), strongest first, ``limit`` of
    them from ``offset``, with the totals: what a dashboard draws, asked of the index in
    SQL (the pairs' weights are grouped there) and only the page's details read; a kind
    without the index (joint exercises) is built from its records and ranked with them. Each edge
    equals the one :func:`network` gives. Raises BlocwatchError for a bad date, kind,
    region or page."""
    from ..base.lexicon import load_lexicon

    as_of = as_of_date(as_of)
    if kind is not None and kind not in KINDS:
        raise BlocwatchError(f"unknown network kind {kind!r}: expected one of {', '.join(KINDS)}")
    if not 0 <= limit <= MAX_PAGE or offset < 0:
        raise BlocwatchError(f"bad page: limit must be 0..{MAX_PAGE}, offset at least 0")
    sources = edge_sources()
    names = KINDS if kind is None else (kind,)
    wanted = [_EDGE_KIND[k] for k in names if sources[k].spans]
    s = edge_spans.c
    where = [s.edge_kind.in_(wanted), *holding_on(as_of)]
    codes: list[str] | None = None
    if region is not None:
        regions = load_lexicon().regions
        codes = sorted(c for c, r in regions.items() if r and r.casefold() == region.casefold())
        if not codes:
            known = ", ".join(sorted({r for r in regions.values() if r}))
            raise BlocwatchError(f"unknown region {region!r}: expected one of {known}")
        where.append(or_(s.source.in_(codes), s.target.in_(codes)))
    plural = {v: k for k, v in _EDGE_KIND.items()}
    with connection(source) as conn:
        # The day's pairs with their weights, grouped once in SQL; counted and ranked here
        # (Python's order of the codes, on both backends).
        ranked = _ranked_pairs(conn, as_of, where, min_weight)
        # Kinds without the index (joint exercises: few records) are built from their
        # records and ranked with the rest.
        built = {
            (e.kind, e.source, e.target, ""): e
            for name in names
            if not sources[name].spans
            for e in sources[name].hook("edge_builder")(conn, as_of, None)
            if (min_weight is None or e.weight >= float(min_weight))
            and (codes is None or e.source in codes or e.target in codes)
        }
        ranked += [(-e.weight, *key) for key, e in built.items()]
        totals = dict.fromkeys(KINDS, 0) if kind is None else {kind: 0}
        for _, edge_kind, *_rest in ranked:
            totals[plural[edge_kind]] += 1
        # The page's edges only in order (as sorted(ranked)[:n]): the pairs come grouped in
        # no order of the ranking, and sorting 53,000 of them cost more than the rest of the
        # page's Python.
        first = heapq.nsmallest(offset + limit, ranked)
        keys = [(k, a, b, part) for _, k, a, b, part in first[offset:]]
        found = _edges_of(conn, as_of, wanted, [k for k in keys if k not in built])
        edges = [built.get(k) or found[k] for k in keys if k in built or k in found]
    codes = sorted({c for e in edges for c in (e.source, e.target)})
    return NetworkPage(
        as_of=as_of,
        kind=kind,
        region=region,
        min_weight=min_weight,
        offset=offset,
        limit=limit,
        total=sum(totals.values()),
        totals=totals,
        nodes=[actor_info(c) for c in codes],
        edges=edges,
    )


# (PostgreSQL) Memory for grouping a day's pairs in one hash table: a late day of a million
# facts groups 450,000 rows into 53,000 pairs in 15 MB, where the default 4 MB has the
# planner sort them on disk in three processes (0.78 s of the server's time against 0.31 s).
_PAIRS_WORK_MEM = "64MB"


def _ranked_pairs(
    conn: Connection, as_of: str, where: list, min_weight: float | None
) -> list[tuple]:
    """(-weight, edge kind, source, target, part) of every edge of ``as_of`` that matches
    ``where`` (and ``min_weight``), in no order: ``part`` is "" for a pair whose rows merge
    into one edge, else the record id of its edge (one per record). Grouped by pair; a
    pair of several records that do not merge is grouped again by record, from the pair
    index. SQLite reads the covering edge index whole, grouping as it reads (no sort), when
    a fifth or more of its rows have begun by the day (:func:`_many_rows_begun`), else the
    day's rows from the covering day index, sorted by pair: on a late day of a million facts, 0.33 s
    against 0.79 s; on a day of 1970, 0.16 s against 0.10 s."""
    s = edge_spans.c
    weight = func.max(s.weight)
    # The pair's part: "" when its rows merge, the record of a pair of one row (SQLite:
    # the row's own, a bare column, a tenth of the query less than an aggregate), else
    # NULL (several records, one edge each: grouped again below).
    one = s.record_id if conn.dialect.name == "sqlite" else func.min(s.record_id)
    rows = func.count()
    part = case((func.sum(cast(s.merge, Integer)) == rows, ""), (rows == 1, one))
    pairs = select(s.edge_kind, s.source, s.target, part, weight).where(*where)
    pairs = pairs.group_by(s.source, s.target, s.edge_kind)
    if min_weight is not None:
        pairs = pairs.having(weight >= float(min_weight))
    index = "ix_edge_spans_edge" if _many_rows_begun(conn, as_of) else "ix_edge_spans_day"
    with _work_mem(conn, _PAIRS_WORK_MEM):
        found = list(driver_rows(conn, pairs, index))
    ranked = [(-top, kind, a, b, part) for kind, a, b, part, top in found if part is not None]
    apart = [(kind, a, b) for kind, a, b, part, _ in found if part is None]
    if apart:
        part = case((s.merge, ""), else_=s.record_id).label("part")
        for batch in chunks(apart, 50):
            each = or_(*(and_(s.source == a, s.target == b, s.edge_kind == k) for k, a, b in batch))
            by_record = select(s.edge_kind, s.source, s.target, part, weight).where(*where, each)
            by_record = by_record.group_by(s.edge_kind, s.source, s.target, part)
            if min_weight is not None:
                by_record = by_record.having(weight >= float(min_weight))
            ranked += [
                (-top, edge_kind, a, b, part)
                for edge_kind, a, b, part, top in driver_rows(conn, by_record, "ix_edge_spans_pair")
            ]
    return ranked


# (SQLite) The share of the as-of index's rows begun by a day from which its pairs are
# grouped from the edge index, read whole, rather than sorted from the day index: the cost
# of the two crosses at about a fifth (a base of a million facts, as :func:`_ranked_pairs`).
_WHOLE_FROM = 5


def _many_rows_begun(conn: Connection, as_of: str) -> bool:
    """(SQLite) Whether at least 1/:data:`_WHOLE_FROM` of the as-of index's rows begin by
    the last day of ``as_of``, counted from the day index: the rows begun after it (few on
    the late days, whose answers are the largest), then those begun by it up to the share
    that settles it (a count of the whole index costs more: 30 ms on a million facts).
    PostgreSQL: True (its planner chooses)."""
    if conn.dialect.name != "sqlite":
        return True
    s = edge_spans.c
    last = dates.last_day(as_of)
    index = ("edge_spans", "ix_edge_spans_day")
    after = select(func.count()).where(s.valid_from > last)
    sql, params = driver_sql(conn, after, index)
    later = conn.exec_driver_sql(sql, params).scalar_one()
    # Begun by the day >= (all)/n  <=>  (n - 1) * begun >= later.
    wanted = -(-later // (_WHOLE_FROM - 1))
    if wanted == 0:
        return True
    begun = select(s.valid_from).where(s.valid_from <= last).limit(wanted)
    sql, params = driver_sql(conn, select(func.count()).select_from(begun.subquery()), index)
    return conn.exec_driver_sql(sql, params).scalar_one() >= wanted


@contextmanager
def _work_mem(conn: Connection, size: str) -> Iterator[None]:
    """PostgreSQL's ``work_mem`` at ``size`` within the block, for the connection's
    transaction, put back after it (a caller's connection keeps its own; when the block
    fails, the transaction's end puts it back); nothing on SQLite."""
    if conn.dialect.name != "postgresql":
        yield
        return
    before = conn.exec_driver_sql(
        "SELECT current_setting('work_mem'), set_config('work_mem', %(size)s, true)",
        {"size": size},
    ).first()[0]
    yield
    conn.exec_driver_sql("SELECT set_config('work_mem', %(size)s, true)", {"size": before})


def _edges_of(
    conn: Connection, as_of: str, edge_kinds: list[str], keys: list[tuple]
) -> dict[tuple, Edge]:
    """The edges of ``keys`` (kind, source, target, record id or "" for a merged pair), with
    their details, by key."""
    if not keys:
        return {}
    s = edge_spans.c
    found: dict[tuple, Edge] = {}
    for batch in chunks(keys, 50):
        pairs = sorted({(k, a, b) for k, a, b, _ in batch})
        # One search of the pair index per pair (SQLite searches no index for a list of
        # tuples, and the product of the sources, targets and kinds is most of the day).
        each = or_(*(and_(s.source == a, s.target == b, s.edge_kind == k) for k, a, b in pairs))
        found.update(keyed_edges(conn, as_of, edge_kinds, each, index="ix_edge_spans_pair"))
    return found
