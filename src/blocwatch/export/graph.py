"""GraphML and GEXF export (networkx): actors as nodes, records as typed edges.

Nodes: every state or organisation in a record, keyed by code, with ``label``/``name``,
``kind`` (state, organisation) and ``region`` from the lexicon.

Edges (a directed multigraph; ``relation`` says the edge's type, ``record_id`` its record,
``directed`` whether its direction means anything):

- ``agreement``: one edge per pair of parties (for a multilateral agreement, every pair),
  written once, from the alphabetically first code to the second, with ``directed`` false:
  an agreement binds both ways. GraphML, GEXF, networkx and igraph cannot hold mixed graphs
  that every one of them reads back alike, so the file stays directed and the attribute says
  it; ``agreement_network(graph)`` gives the undirected agreement graph. Attributes: kind,
  status, signed, defense (``true``, ``false`` or ``unknown``), provisions
  (comma-separated), n_sources, conflict flags.
- ``claim``: subject -> beneficiary, for claims that name a beneficiary; action, status;
  ``directed`` true.
- ``accusation``: claimant -> subject, one per claimant; action, status; ``directed`` true.

Unknown values are written as the string ``unknown`` (signing date, defence clause), never
left out: igraph would otherwise fill a missing boolean as False. Attributes that do not
apply to an edge's relation are ``n/a``.

Time: ``start``/``end`` are ISO days. Agreements start on their first known day (signing,
else first lifecycle step, else first report) and end on their end day if they ended; claims
and accusations start when first reported. In GraphML they are plain attributes. GEXF (1.3,
dynamic mode, timeformat date) writes them as ``<spells>``, the form Gephi's timeline reads:
an agreement has one spell per stretch in force (a suspension closes one, a later step in
force opens the next; an unknown end is left open), a claim one open spell from its first
report, and a node one open spell from its first tie. Measures are not edges.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import IO

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from sqlalchemy import Connection

from ..base import dates
from ..base.lexicon import load_lexicon
from ..kinds import KINDS
from ..model import END_EVENTS, START_EVENTS, Lifecycle
from .records import load_everything

# One edge: (from, to, key, attributes).
GraphEdge = tuple[str, str, str, dict]


def build_graph(conn: Connection) -> nx.MultiDiGraph:
    """The knowledge base as a networkx multigraph (see the module docstring): every
    registered kind's edges by its ``graph_edges`` hook, in registry order; agreement edges
    carry ``spells``, the stretches they were in force (:func:`agreement_spells`)."""
    everything = load_everything(conn, with_sources=False)
    lex = load_lexicon()
    graph = nx.MultiDiGraph(name="blocwatch")

    def node(code: str) -> None:
        if code not in graph:
            name = lex.names.get(code, code)
            graph.add_node(
                code,
                label=name,
                name=name,
                kind=lex.types.get(code, "unknown"),
                region=lex.regions.get(code) or "",
            )

    for k in KINDS:
        if not k.graph_edges:
            continue
        edges_of = k.hook("graph_edges")
        for record in everything.records[k.plural]:
            for u, v, key, attrs in edges_of(record):
                node(u)
                node(v)
                # The spells (a list) are GEXF's alone: write_graph drops them for GraphML.
                spells = attrs.pop("spells", None)
                extra = {"spells": spells} if spells is not None else {}
                graph.add_edge(u, v, key=key, **extra, **_clean(attrs))
    return graph


def agreement_edges(a) -> list[GraphEdge]:
    """One undirected edge per pair of an agreement's parties."""
    start = dates.first_day(a.valid_from) or dates.first_day(a.first_reported)
    out = []
    for u, v in itertools.combinations(sorted(set(a.parties)), 2):
        out.append(
            (
                u,
                v,
                f"{a.id}:{u}-{v}",
                {
                    "relation": "agreement",
                    "record_id": a.id,
                    "label": a.name or a.kind,
                    "kind": a.kind,
                    "status": a.status,
                    "directed": False,
                    "signed": a.signed or UNKNOWN,
                    "defense": _tri(a.defense),
                    "provisions": ",".join(a.provisions),
                    "n_sources": a.n_sources,
                    "n_independent_sources": a.n_independent_sources,
                    "signed_conflict": a.signed_conflict,
                    "defense_conflict": a.defense_conflict,
                    "start": start,
                    "end": dates.last_day(a.ended) if a.ended else None,
                    "spells": agreement_spells(start, a.events, a.ended),
                },
            )
        )
    return out


def claim_edges(c) -> list[GraphEdge]:
    """A claim's supply edges (subject -> beneficiary) and accusations (claimant ->
    subject)."""
    start = dates.first_day(c.first_reported)
    common = {
        "directed": True,
        "kind": NOT_APPLICABLE,
        "signed": NOT_APPLICABLE,
        "defense": NOT_APPLICABLE,
        "record_id": c.id,
        "action": c.action,
        "status": c.status,
        "n_sources": c.n_sources,
        "n_independent_sources": c.n_independent_sources,
    }
    out = []
    for s, b in itertools.product(c.subject, c.beneficiary):
        attrs = {"relation": "claim", "label": f"{c.action} ({c.status})", "start": start}
        out.append((s, b, f"{c.id}:{s}-{b}", {**attrs, **common}))
    for claimant, s in itertools.product(c.claimants, c.subject):
        said = [e["reported"] for e in c.ledger if e["actor"] == claimant and e["reported"]]
        attrs = {
            "relation": "accusation",
            "label": f"accuses: {c.action}",
            "start": dates.first_day(min(said, key=dates.sort_key)) if said else start,
        }
        out.append((claimant, s, f"{c.id}:{claimant}>{s}", {**attrs, **common}))
    return out


UNKNOWN = "unknown"
NOT_APPLICABLE = "n/a"


Spell = tuple[str | None, str | None]


def agreement_spells(start: str | None, events: list[dict], ended: str | None) -> list[Spell]:
    """The stretches (first day, last day; None: open) an agreement was in force: from
    ``start``, closed by a dated suspension (or other ending step) and opened again by a
    later step that puts it in force, the last one closed on ``ended`` if it ended."""
    spells: list[Spell] = []
    opened = start
    dated = sorted((e for e in events if e.get("date")), key=lambda e: dates.sort_key(e["date"]))
    for e in dated:
        day = dates.first_day(e["date"])
        if e["kind"] in END_EVENTS and opened is not None and day and day >= opened:
            if e["kind"] == Lifecycle.SUSPENDED:
                spells.append((opened, _day_before(day)))
                opened = None
        elif e["kind"] in START_EVENTS and opened is None and day:
            opened = day
    if opened is not None or not spells:
        last = dates.last_day(ended) if ended else None
        if last is not None and opened is not None and last < opened:
            last = opened
        spells.append((opened, last))
    return spells


def _day_before(day: str) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()


def _tri(value: bool | None) -> str:
    return UNKNOWN if value is None else str(value).lower()


def agreement_network(graph: nx.MultiDiGraph) -> nx.MultiGraph:
    """The agreement edges of ``graph`` (as built here or read back from GraphML/GEXF) as an
    undirected multigraph, one edge per agreement and pair."""
    out = nx.MultiGraph(name="blocwatch agreements")
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        if data.get("relation") == "agreement":
            out.add_edge(u, v, key=key, **data)
    return out


def _clean(attrs: dict) -> dict:
    # GraphML and GEXF have no null; what is left as None here is an end that has not come
    # (in force) or a start no source dates: GEXF reads an absent one as open-ended.
    return {k: v for k, v in attrs.items() if v is not None}


class _Gexf13Writer(GEXFWriter):
    """networkx's GEXF writer with the XML Schema instance namespace of GEXF 1.3 spelled
    right (networkx writes ``http://w3.org/...`` without ``www.``, so a validator takes
    ``xsi:schemaLocation`` for an attribute the schema does not allow), and without the
    ``name`` it puts on ``<graph>``, which GEXF 1.3 does not have."""

    def set_version(self, version: str) -> None:
        super().set_version(version)
        self.NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"

    def add_graph(self, G: nx.Graph) -> None:
        super().add_graph(G)
        self.graph_element.attrib.pop("name", None)


def _for_gexf(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy for GEXF: edge times as spells (not start/end attributes, which Gephi reads as
    one more way to say the same), nodes present from their first tie."""
    gexf = graph.copy()
    gexf.graph["mode"] = "dynamic"
    first: dict[str, str] = {}
    for u, v, key, data in gexf.edges(keys=True, data=True):
        data["id"] = key
        start = data.pop("start", None)
        end = data.pop("end", None)
        data["spells"] = data.get("spells") or [(start, end)]
        starts = [s for s, _ in data["spells"] if s]
        for code in (u, v):
            if starts and (code not in first or min(starts) < first[code]):
                first[code] = min(starts)
    for code, data in gexf.nodes(data=True):
        if code in first:
            data["spells"] = [(first[code], None)]
    return gexf


def write_graph(conn: Connection, sink: str | Path | IO, fmt: str) -> dict[str, int]:
    """Write GraphML or GEXF to a path or a stream (bytes are written to a text stream's
    buffer); returns node and edge counts."""
    graph = build_graph(conn)
    target = sink if isinstance(sink, (str, Path)) else getattr(sink, "buffer", sink)
    if fmt == "graphml":
        for _, _, data in graph.edges(data=True):
            data.pop("spells", None)
        nx.write_graphml(graph, target, edge_id_from_attribute=None)
    else:
        writer = _Gexf13Writer(version="1.3")
        writer.add_graph(_for_gexf(graph))
        writer.write(target)
    if not isinstance(sink, (str, Path)) and hasattr(sink, "flush"):
        sink.flush()
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
