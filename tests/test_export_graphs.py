"""Graphs that keep their meaning on the way in: every edge read back once by networkx and by
python-igraph, agreements marked undirected and claims directed, unknowns spelled out."""

from __future__ import annotations

import igraph
import networkx as nx
import pytest

from blocwatch.export import export
from blocwatch.export.graph import agreement_network
from kb_support import add_doc, agreement, claim, use_lexicon


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


@pytest.fixture
def kb(engine):
    add_doc(
        engine,
        "pact",
        "2024-06-19",
        agreement(["RUS", "PRK"], "2024-06-19", defense=True),
        agreement(["AUS", "GBR", "USA"], None, kind="partnership"),  # undated, clause unknown
        claim(["PRK"], ["RUS"], claimant=["USA", "KOR"], what="shells"),
    )
    return engine


# 1 bilateral + 3 pairs of a trilateral, 1 claim edge, 2 accusations
EDGES = 4 + 1 + 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_reads_every_edge_once_with_its_direction(kb, tmp_path, fmt):
    path = tmp_path / f"kb.{fmt}"
    export(kb, fmt, path)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert g.number_of_edges() == EDGES
    by_relation = {}
    for _, _, d in g.edges(data=True):
        by_relation.setdefault(d["relation"], set()).add(d["directed"])
    assert by_relation == {"agreement": {False}, "claim": {True}, "accusation": {True}}
    unknown = [d for _, _, d in g.edges(data=True) if d["relation"] == "agreement"]
    assert {d["defense"] for d in unknown} == {"true", "unknown"}
    assert "unknown" in {d["signed"] for d in unknown}
    undirected = agreement_network(g)
    assert not undirected.is_directed() and undirected.number_of_edges() == 4
    assert undirected.has_edge("PRK", "RUS") and undirected.has_edge("RUS", "PRK")


def test_igraph_reads_graphml_without_inventing_values(kb, tmp_path):
    path = tmp_path / "kb.graphml"
    export(kb, "graphml", path)
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.ecount() == EDGES
    agreements = g.es.select(relation_eq="agreement")
    assert sorted(agreements["defense"]) == ["true", "unknown", "unknown", "unknown"]
    assert set(g.es.select(relation_eq="claim")["defense"]) == {"n/a"}
    assert set(agreements["directed"]) == {False}
    undirected = g.subgraph_edges(agreements, delete_vertices=True).as_undirected(mode="each")
    assert undirected.ecount() == 4


def test_gexf_edges_carry_dates_for_the_timeline(kb, tmp_path):
    path = tmp_path / "kb.gexf"
    export(kb, "gexf", path)
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert 'type="mutual"' not in text  # read as two edges by networkx
    g = nx.read_gexf(path)
    pact = next(
        d
        for u, v, d in g.edges(data=True)
        if {u, v} == {"PRK", "RUS"} and d["relation"] == "agreement"
    )
    assert pact["start"] == "2024-06-19"
