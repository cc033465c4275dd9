"""Exports read back by real readers (json, csv, networkx GraphML/GEXF, pyarrow Parquet) and
checked for what they hold: records, sources, sentences, dates, conflicts."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest

from blocwatch.errors import BlocwatchError
from blocwatch.export import export
from kb_support import add_doc, agreement, claim, measure, use_lexicon

CSP = "Treaty on Comprehensive Strategic Partnership"


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


@pytest.fixture
def engine_kb(engine):
    """A knowledge base with a conflicting treaty, an ended one, a trilateral partnership, a
    denied and acknowledged claim, and a trade series; one document is a wire copy."""
    add_doc(
        engine,
        "signed",
        "2024-06-19",
        agreement(
            ["RUS", "PRK"],
            "2024-06-19",
            name=CSP,
            defense=True,
            place="Pyongyang",
            provisions=["mutual_defense", "consultation"],
            sentence="Russia and North Korea signed the treaty in Pyongyang on Wednesday.",
        ),
        claim(
            ["PRK"],
            ["RUS"],
            claimant=["USA", "KOR"],
            what="artillery shells",
            denied_by=["RUS", "PRK"],
            sentence="The U.S. and South Korea say Pyongyang sent shells to Russia.",
        ),
        title="Treaty signed",
        url="https://wire.test/signed",
    )
    add_doc(
        engine,
        "copy",
        "2024-06-19",
        agreement(["RUS", "PRK"], "2024-06-19", name=CSP, defense=True),
        duplicate_of="signed",
    )
    add_doc(
        engine,
        "explainer",
        "2024-06-24",
        agreement(["PRK", "RUS"], "2024-06-20", name=CSP, defense=True),
        title='Explainer: "the <b>treaty</b>"',
    )
    add_doc(
        engine,
        "inf",
        "2019-08-02",
        agreement(
            ["USA", "RUS"],
            "1987-12-08",
            name="INF Treaty",
            provisions=["nuclear", "nonaggression"],
            events=[("withdrawn", "2019-08-02")],
        ),
    )
    add_doc(
        engine,
        "aukus",
        "2021-09-16",
        agreement(["AUS", "GBR", "USA"], "2021-09", name="AUKUS", kind="partnership"),
    )
    add_doc(
        engine,
        "kursk",
        "2025-04-28",
        claim(
            ["PRK"],
            ["RUS"],
            "troop_deployment",
            claimant=["KOR"],
            what="troops",
            acknowledged_by=["PRK"],
        ),
        measure(["CHN", "RUS"], "bilateral_trade", 244.8e9, period="2024"),
        measure(["CHN", "RUS"], "bilateral_trade", 240.1e9, period="2023"),
    )
    return engine


def read_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_holds_gold_fields_ids_and_sources(engine_kb, tmp_path):
    out = tmp_path / "kb.jsonl"
    summary = export(engine_kb, "jsonl", out)
    lines = read_jsonl(out)
    assert summary["lines"] == len(lines) == 3 + 2 + 2  # agreements, claims, measure points
    by_id = {(x["type"], x.get("series_id", x["id"]), x.get("period")): x for x in lines}
    assert len({x["id"] for x in lines}) == len(lines)  # a measure line has its own id

    treaty = by_id[("agreement", "A-PRK-RUS-2024", None)]
    assert {k: treaty[k] for k in ("parties", "signed", "place", "kind", "name", "defense")} == {
        "parties": ["PRK", "RUS"],
        "signed": "2024-06-19",
        "place": "Pyongyang",
        "kind": "treaty",
        "name": CSP,
        "defense": True,
    }
    assert treaty["provisions"] == ["consultation", "mutual_defense"]
    assert treaty["signed_conflict"] is True
    assert [c["value"] for c in treaty["conflicts"]["signed"]] == ["2024-06-19", "2024-06-20"]
    assert (treaty["n_sources"], treaty["n_independent_sources"]) == (3, 2)
    sources = {s["doc_id"]: s for s in treaty["sources"]}
    assert set(sources) == {"signed", "copy", "explainer"}
    assert sources["copy"]["origin_doc"] == "signed"
    assert sources["explainer"]["states"]["signed"] == "2024-06-20"
    assert sources["explainer"]["title"] == 'Explainer: "the <b>treaty</b>"'
    assert sources["signed"]["url"] == "https://wire.test/signed"
    assert sources["signed"]["evidence"][0]["sentence"].startswith("Russia and North Korea")

    shells = by_id[("claim", "C-PRK-to-RUS-arms_transfer", None)]
    assert shells["claimant"] == ["USA", "KOR"]
    assert (shells["subject"], shells["beneficiary"]) == (["PRK"], ["RUS"])
    assert shells["denied_by"] == ["RUS", "PRK"] and shells["status"] == "contested"
    assert [e["stance"] for e in shells["ledger"]] == ["alleges", "alleges", "denies", "denies"]
    roles = [e["role"] for s in shells["sources"] for e in s["evidence"]]
    assert roles == ["fact", "denies", "denies"]

    trade = by_id[("measure", "M-CHN-RUS-bilateral_trade", "2024")]
    assert (trade["actors"], trade["metric"], trade["value"], trade["unit"]) == (
        ["CHN", "RUS"],
        "bilateral_trade",
        244.8e9,
        "USD",
    )
    assert [s["doc_id"] for s in trade["sources"]] == ["kursk"]
    assert trade["sources"][0]["states"]["value"] == 244.8e9


def test_jsonl_goes_to_standard_output_without_a_file(engine_kb, capsys):
    export(engine_kb, "jsonl")
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {x["id"] for x in lines} >= {"A-PRK-RUS-2024", "C-PRK-to-RUS-troop_deployment"}


def test_csv_has_the_shape_of_the_atop_member_file(engine_kb, tmp_path):
    out = tmp_path / "atop.csv"
    export(engine_kb, "csv", out)  # csv: the ATOP-style file with every agreement
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["blocwatch_id"] for r in rows} == {
        "A-PRK-RUS-2024",
        "A-RUS-USA-1987",
        "A-AUS-GBR-USA-2021",
    }
    members = {(r["blocwatch_id"], r["iso3"]): r for r in rows}
    assert len(rows) == 2 + 2 + 3  # one row per agreement and member
    prk = members[("A-PRK-RUS-2024", "PRK")]
    assert prk["member"] == "731"
    assert (prk["yrent"], prk["moent"], prk["dayent"]) == ("2024", "6", "19")
    assert (prk["yrexit"], prk["moexit"], prk["dayexit"]) == ("0", "0", "0")
    assert (prk["defense"], prk["offense"], prk["consul"], prk["neutral"]) == ("1", "", "1", "")
    assert prk["signed_conflict"] == "true"
    assert (prk["n_sources"], prk["n_independent_sources"]) == ("3", "2")
    inf = members[("A-RUS-USA-1987", "USA")]
    assert (inf["yrent"], inf["yrexit"], inf["moexit"], inf["dayexit"]) == (
        "1987",
        "2019",
        "8",
        "2",
    )
    assert (inf["nonagg"], inf["defense"]) == ("1", "")
    aukus = members[("A-AUS-GBR-USA-2021", "GBR")]
    assert (aukus["yrent"], aukus["moent"], aukus["dayent"]) == ("2021", "9", "0")
    assert aukus["entry_precision"] == "month"


def test_graphml_has_actors_and_typed_edges_with_dates(engine_kb, tmp_path):
    out = tmp_path / "kb.graphml"
    export(engine_kb, "graphml", out)
    g = nx.read_graphml(out)
    assert set(g.nodes) == {"PRK", "RUS", "USA", "KOR", "AUS", "GBR"}
    assert g.nodes["PRK"]["kind"] == "state"
    assert g.nodes["PRK"]["name"]
    edges = {(u, v, d["record_id"], d["relation"]): d for u, v, d in g.edges(data=True)}
    treaty = edges[("PRK", "RUS", "A-PRK-RUS-2024", "agreement")]
    assert treaty["start"] == "2024-06-19" and "end" not in treaty
    assert treaty["defense"] == "true" and treaty["signed_conflict"] is True
    assert treaty["directed"] is False
    inf = edges[("RUS", "USA", "A-RUS-USA-1987", "agreement")]
    assert (inf["start"], inf["end"]) == ("1987-12-08", "2019-08-02")
    aukus = [k for k in edges if k[2] == "A-AUS-GBR-USA-2021"]
    assert len(aukus) == 3  # every pair of a trilateral partnership
    shells = edges[("PRK", "RUS", "C-PRK-to-RUS-arms_transfer", "claim")]
    assert (shells["status"], shells["start"]) == ("contested", "2024-06-19")
    assert ("USA", "PRK", "C-PRK-to-RUS-arms_transfer", "accusation") in edges
    assert ("KOR", "PRK", "C-PRK-to-RUS-troop_deployment", "accusation") in edges


def test_gexf_is_dynamic_with_spells_on_edges(engine_kb, tmp_path):
    out = tmp_path / "kb.gexf"
    export(engine_kb, "gexf", out)
    text = out.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    g = nx.read_gexf(out)
    assert g.graph["mode"] == "dynamic"
    assert g.nodes["RUS"]["label"] == g.nodes["RUS"]["name"]
    agreements = [(u, v, d) for u, v, d in g.edges(data=True) if d.get("relation") == "agreement"]
    # Agreements are written once each, marked undirected.
    pairs = {(u, v, d["directed"]) for u, v, d in agreements if d["record_id"] == "A-RUS-USA-1987"}
    assert pairs == {("RUS", "USA", False)}
    inf = next(d for u, v, d in agreements if d["record_id"] == "A-RUS-USA-1987")
    assert inf["spells"] == [("1987-12-08", "2019-08-02")]
    claims = [d for _, _, d in g.edges(data=True) if d.get("relation") == "claim"]
    assert {(d["record_id"], d["spells"][0][0]) for d in claims} == {
        ("C-PRK-to-RUS-arms_transfer", "2024-06-19"),
        ("C-PRK-to-RUS-troop_deployment", "2025-04-28"),
    }


def test_parquet_is_one_table_with_a_type_column(engine_kb, tmp_path):
    out = tmp_path / "kb.parquet"
    summary = export(engine_kb, "parquet", out)
    table = pq.read_table(out)
    rows = table.to_pylist()
    assert summary["rows"] == table.num_rows == 7
    assert sorted({r["type"] for r in rows}) == ["agreement", "claim", "measure"]
    treaty = next(r for r in rows if r["id"] == "A-PRK-RUS-2024")
    assert treaty["parties"] == ["PRK", "RUS"]
    assert treaty["signed"] == "2024-06-19" and treaty["signed_conflict"] is True
    assert treaty["defense"] is True and treaty["action"] is None
    assert treaty["doc_ids"] == ["copy", "explainer", "signed"]
    assert {e["doc_id"] for e in treaty["evidence"]} == {"copy", "explainer", "signed"}
    troops = next(r for r in rows if r["id"] == "C-PRK-to-RUS-troop_deployment")
    assert troops["status"] == "acknowledged" and troops["acknowledged_by"] == ["PRK"]
    points = sorted((r["period"], r["value"]) for r in rows if r["type"] == "measure")
    assert points == [("2023", 240.1e9), ("2024", 244.8e9)]
    assert table.schema.field("evidence").type.value_type.num_fields == 5


@pytest.mark.parametrize(
    ("fmt", "path", "message"),
    [
        ("xlsx", "kb.xlsx", "unknown export format 'xlsx'"),
        ("parquet", None, "parquet is a binary format"),
        ("csv", "missing/kb.csv", "does not exist"),
    ],
)
def test_export_mistakes_are_clear_errors(engine_kb, tmp_path, fmt, path, message):
    with pytest.raises(BlocwatchError) as info:
        export(engine_kb, fmt, tmp_path / path if path else None)
    assert message in str(info.value)
