"""Blocs: communities of the agreement network as of a date, how they change between two
dates, and the actors that bridge them.

Communities are found by Louvain modularity (networkx ``louvain_communities``, resolution
1.0) on the agreement edges of :mod:`.network`, weighted by the scale of :mod:`.weights`.
Claims and trade are left out: a bloc is who is bound to whom, not who is accused of arming
whom. The same store gives the same blocs on every run and every machine: the seed is fixed,
and the algorithm runs on integer node labels assigned in sorted code order with edges added
in sorted order (strings hash differently per process; integers do not). Blocs are numbered
by size, largest first (ties: by their core's code); a bloc's *core* is its member with the
greatest weighted degree inside it.

Comparing two dates, each bloc of the later date is matched to the earlier bloc it shares
most members with (greedily by Jaccard overlap, ties by bloc number). An actor *joined* when
it was in no bloc before and is in one after, *left* in the reverse case, and *moved* when
its later bloc is not the match of its earlier one.

Bridges are actors with agreements into other blocs, listed with those ties and their
betweenness centrality (over distances 1/weight: a strong tie is a short one).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..base import dates
from ..errors import BlocwatchError
from .common import actor_info, as_of_date, connection
from .network import Edge, network

SEED = 1949
RESOLUTION = 1.0


@dataclass
class Bloc:
    """One community: its members (sorted), its core, the weight of its internal ties and
    the agreements behind them."""

    id: str
    core: str
    members: list[str]
    names: list[str]
    internal_weight: float
    record_ids: list[str]


@dataclass
class Bridge:
    """An actor tied to members of other blocs: ``links`` lists each such tie (other bloc,
    partner, weight, tier, agreements)."""

    actor: str
    name: str
    bloc: str
    betweenness: float
    links: list[dict[str, Any]]


@dataclass
class BlocChange:
    actor: str
    change: str  # joined | left | moved
    before: str | None  # bloc id on the earlier date
    after: str | None  # bloc id on the later date


@dataclass
class BlocComparison:
    """How the blocs of ``before`` turned into those of ``after``. ``matches`` pairs each
    later bloc with the earlier one it continues (None: a new bloc)."""

    before: str
    after: str
    blocs_before: list[Bloc]
    blocs_after: list[Bloc]
    matches: list[dict[str, Any]]
    changes: list[BlocChange]


@dataclass
class Blocs:
    """The blocs as of ``as_of``, the bridges between them, and (with a second date) how
    they changed; ``record_ids``: every agreement used, on either date."""

    as_of: str
    blocs: list[Bloc]
    bridges: list[Bridge]
    comparison: BlocComparison | None = None
    record_ids: list[str] = field(default_factory=list)

    def bloc_of(self, code: str) -> Bloc | None:
        return next((b for b in self.blocs if code in b.members), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def blocs(source: Any, as_of: str | None = None, compare: str | None = None) -> Blocs:
    """The blocs of the agreement network as of ``as_of`` (default today), with bridges;
    with ``compare`` (another date), how the blocs changed between the earlier and the
    later of the two dates. Repeats exactly for the same store. Raises BlocwatchError for a
    bad date."""
    as_of = as_of_date(as_of)
    compare = as_of_date(compare) if compare is not None else None
    with connection(source) as conn:
        edges = network(conn, as_of, "agreements").edges
        found, bridges = communities(edges)
        used = {i for e in edges for i in e.record_ids}
        comparison = None
        if compare is not None:
            if compare == as_of:
                raise BlocwatchError(f"--compare date {compare} is the as-of date itself")
            other_edges = network(conn, compare, "agreements").edges
            other, _ = communities(other_edges)
            used |= {i for e in other_edges for i in e.record_ids}
            if dates.sort_key(compare) < dates.sort_key(as_of):
                comparison = compare_blocs(compare, other, as_of, found)
            else:
                comparison = compare_blocs(as_of, found, compare, other)
    return Blocs(
        as_of=as_of,
        blocs=found,
        bridges=bridges,
        comparison=comparison,
        record_ids=sorted(used),
    )


def communities(edges: list[Edge]) -> tuple[list[Bloc], list[Bridge]]:
    """The blocs and bridges of a list of (undirected, weighted) agreement edges."""
    import networkx as nx

    codes = sorted({c for e in edges for c in (e.source, e.target)})
    if not codes:
        return [], []
    index = {c: i for i, c in enumerate(codes)}
    graph = nx.Graph()
    graph.add_nodes_from(range(len(codes)))
    for e in sorted(edges, key=lambda e: (index[e.source], index[e.target])):
        graph.add_edge(index[e.source], index[e.target], weight=e.weight, distance=1 / e.weight)
    parts = nx.community.louvain_communities(
        graph, weight="weight", resolution=RESOLUTION, seed=SEED
    )
    member_sets = [sorted(codes[i] for i in part) for part in parts]
    ties: dict[str, dict[str, float]] = {}
    for e in edges:
        ties.setdefault(e.source, {})[e.target] = e.weight
        ties.setdefault(e.target, {})[e.source] = e.weight

    def strength(code: str, members: set[str]) -> float:
        return sum(w for other, w in ties[code].items() if other in members)

    cores = []
    for members in member_sets:
        group = set(members)
        cores.append(min(members, key=lambda c: (-strength(c, group), c)))
    order = sorted(range(len(member_sets)), key=lambda i: (-len(member_sets[i]), cores[i]))
    found: list[Bloc] = []
    bloc_of: dict[str, str] = {}
    for n, i in enumerate(order, start=1):
        members = member_sets[i]
        group = set(members)
        inside = [e for e in edges if e.source in group and e.target in group]
        bloc_id = f"B{n}"
        found.append(
            Bloc(
                id=bloc_id,
                core=cores[i],
                members=members,
                names=[actor_info(c).name for c in members],
                internal_weight=round(sum(e.weight for e in inside), 4),
                record_ids=sorted({r for e in inside for r in e.record_ids}),
            )
        )
        for c in members:
            bloc_of[c] = bloc_id
    centrality = nx.betweenness_centrality(graph, weight="distance", normalized=True)
    links: dict[str, list[dict[str, Any]]] = {}
    for e in sorted(edges, key=lambda e: (e.source, e.target)):
        if bloc_of[e.source] == bloc_of[e.target]:
            continue
        for me, other in ((e.source, e.target), (e.target, e.source)):
            links.setdefault(me, []).append(
                {
                    "bloc": bloc_of[other],
                    "partner": other,
                    "weight": e.weight,
                    "tier": e.label,
                    "record_ids": list(e.record_ids),
                }
            )
    bridges = [
        Bridge(
            actor=c,
            name=actor_info(c).name,
            bloc=bloc_of[c],
            betweenness=round(centrality[index[c]], 4),
            links=links[c],
        )
        for c in links
    ]
    bridges.sort(key=lambda b: (-b.betweenness, b.actor))
    return found, bridges


def _jaccard(a: list[str], b: list[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb)


def compare_blocs(
    before: str, earlier: list[Bloc], after: str, later: list[Bloc]
) -> BlocComparison:
    """How the blocs ``earlier`` (on ``before``) became ``later`` (on ``after``)."""
    candidates = sorted(
        (
            (-_jaccard(b.members, a.members), ia, ib)
            for ia, a in enumerate(later)
            for ib, b in enumerate(earlier)
            if set(a.members) & set(b.members)
        ),
    )
    match: dict[int, int] = {}
    taken: set[int] = set()
    for _, ia, ib in candidates:
        if ia not in match and ib not in taken:
            match[ia] = ib
            taken.add(ib)
    matches = [
        {
            "after": a.id,
            "before": earlier[match[ia]].id if ia in match else None,
            "overlap": round(_jaccard(a.members, earlier[match[ia]].members), 4)
            if ia in match
            else 0.0,
        }
        for ia, a in enumerate(later)
    ]
    continues = {a.id: earlier[match[ia]].id for ia, a in enumerate(later) if ia in match}
    was = {c: b.id for b in earlier for c in b.members}
    now = {c: a.id for a in later for c in a.members}
    changes = []
    for code in sorted(set(was) | set(now)):
        old, new = was.get(code), now.get(code)
        if old is None:
            changes.append(BlocChange(code, "joined", None, new))
        elif new is None:
            changes.append(BlocChange(code, "left", old, None))
        elif continues.get(new) != old:
            changes.append(BlocChange(code, "moved", old, new))
    return BlocComparison(
        before=before,
        after=after,
        blocs_before=earlier,
        blocs_after=later,
        matches=matches,
        changes=changes,
    )
