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
    # In force since, no end known (networkx reads the absent end as the string "None").
    assert pact["spells"] == [("2024-06-19", "None")]
    assert "start" not in pact and "end" not in pact  # the spell says it, once
    assert g.nodes["PRK"]["spells"] == [("2024-06-19", "None")]  # present from its first tie


GEXF = "{http://gexf.net/1.3}"


def check_gexf_structure(path) -> list:
    """What the GEXF 1.3 schema requires of a dynamic graph with spells, checked on the
    file (the XSD is not installed here; set BLOCWATCH_GEXF_XSD to validate against it too):
    namespace and version, dynamic mode with dates, edges between declared nodes with unique
    ids, every attvalue declared for its class, spells of ISO days in order. Returns the
    edges."""
    import datetime as dt
    import os

    from lxml import etree

    tree = etree.parse(str(path))
    root = tree.getroot()
    assert root.tag == GEXF + "gexf" and root.get("version") == "1.3"
    graph = root.find(GEXF + "graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    declared = {
        a.get("class"): {x.get("id") for x in a.findall(GEXF + "attribute")}
        for a in graph.findall(GEXF + "attributes")
    }
    nodes = graph.find(GEXF + "nodes").findall(GEXF + "node")
    node_ids = {n.get("id") for n in nodes}
    edges = graph.find(GEXF + "edges").findall(GEXF + "edge")
    assert len({e.get("id") for e in edges}) == len(edges)
    for kind, elements in (("node", nodes), ("edge", edges)):
        for element in elements:
            assert element.get("start") is None and element.get("end") is None
            for value in element.iter(GEXF + "attvalue"):
                assert value.get("for") in declared[kind]
            for spell in element.iter(GEXF + "spell"):
                start, end = spell.get("start"), spell.get("end")
                for day in (start, end):
                    assert day is None or dt.date.fromisoformat(day)
                assert start is None or end is None or start <= end
    for e in edges:
        assert {e.get("source"), e.get("target")} <= node_ids
        assert e.find(GEXF + "spells") is not None, e.get("id")
    xsd = os.environ.get("BLOCWATCH_GEXF_XSD")
    if xsd:
        etree.XMLSchema(etree.parse(xsd)).assertValid(tree)
    return edges


def test_gexf_is_a_valid_dynamic_gexf_13_file(kb, tmp_path):
    path = tmp_path / "kb.gexf"
    export(kb, "gexf", path)
    edges = check_gexf_structure(path)
    assert len(edges) == EDGES


def test_a_suspension_splits_an_agreement_into_two_spells(engine, tmp_path):
    add_doc(
        engine,
        "on-off",
        "2019-01-01",
        agreement(
            ["ARM", "RUS"],
            "2010-05-04",
            events=[("suspended", "2015-03"), ("in_force", "2017-06-01")],
        ),
    )
    path = tmp_path / "kb.gexf"
    export(engine, "gexf", path)
    (edge,) = check_gexf_structure(path)
    spells = [(s.get("start"), s.get("end")) for s in edge.iter(GEXF + "spell")]
    assert spells == [("2010-05-04", "2015-02-28"), ("2017-06-01", None)]
    (data,) = [d for _, _, d in nx.read_gexf(path).edges(data=True)]
    assert len(data["spells"]) == 2


def test_spells_of_an_agreement_that_ended():
    from blocwatch.export.graph import agreement_spells

    assert agreement_spells("2000-02-09", [], "2024-12-04") == [("2000-02-09", "2024-12-04")]
    assert agreement_spells(None, [], None) == [(None, None)]
    events = [{"kind": "suspended", "date": "2023-02-21"}]
    assert agreement_spells("2010-02-05", events, "2026-02-05") == [("2010-02-05", "2023-02-20")]
