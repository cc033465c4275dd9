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

import itertools
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection

from ..errors import BlocwatchError
from ..kb import validate
from ..kb.agreements import find_agreements
from ..kb.records import AgreementRecord
from ..kinds import KINDS as FACT_KINDS
from ..kinds import FactKind
from . import weights
from .asof import ClaimAsOf, claims_known, trade_known
from .common import ActorInfo, actor_info, as_of_date, connection


def edge_sources() -> dict[str, FactKind]:
    """The network's name for each kind of edge ("agreements", "trade" ...) -> the kind
    that draws it, in registry order."""
    return {k.network: k for k in FACT_KINDS if k.edge_builder}


KINDS = tuple(edge_sources())


@dataclass
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
        return sorted({i for e in self.edges for i in e.record_ids})

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
    and trade figures, of at least ``min_confidence``); nodes and edges sorted. Raises
    BlocwatchError for a bad date, kind or confidence."""
    as_of = as_of_date(as_of)
    floor = validate.min_confidence(min_confidence)
    if kind is not None and kind not in KINDS:
        raise BlocwatchError(f"unknown network kind {kind!r}: expected one of {', '.join(KINDS)}")
    sources = edge_sources()
    wanted = list(sources) if kind is None else [kind]
    edges: list[Edge] = []
    with connection(source) as conn:
        for name in wanted:
            edges += sources[name].hook("edge_builder")(conn, as_of, floor)
    order = [k.edges for k in sources.values()]
    edges.sort(key=lambda e: (order.index(e.kind), e.source, e.target))
    codes = sorted({c for e in edges for c in (e.source, e.target)})
    return Network(as_of=as_of, kind=kind, nodes=[actor_info(c) for c in codes], edges=edges)


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
