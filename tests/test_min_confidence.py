"""A confidence floor on what is stored (``ingest --min-confidence``) and on what queries
return (agreements, claims, measures, network, obligations: library, CLI and HTTP), over
real SQLite files; and how a record's confidence comes from its reports' (resolve)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import inspect, select

import blocwatch
from blocwatch.errors import BlocwatchError
from blocwatch.extract.confidence import default_thresholds
from blocwatch.pipeline import ingest
from blocwatch.store import connect, schema
from blocwatch.store.db import _alembic_config
from blocwatch.web import create_app
from kb_support import add_doc, agreement, claim, measure

API = "/api/v1"


def _sure(fact, confidence: float):
    return dataclasses.replace(fact, confidence=confidence)


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory) -> str:
    """A SQLite store of hand-made facts whose confidences straddle 0.5: a sure and an
    unsure defence treaty of North Korea, a sure and an unsure claim, trade series whose
    older point is sure and newer one is not, and a series of unsure points only."""
    db = str(tmp_path_factory.mktemp("floor") / "hand.db")
    engine = connect(db)
    treaty = agreement(["PRK", "RUS"], "2024-06-19", defense=True, provisions=["mutual_defense"])
    old = agreement(["CHN", "PRK"], "1961-07-11", defense=True, provisions=["mutual_defense"])
    add_doc(engine, "sure-treaty", "2024-06-20", _sure(treaty, 0.9))
    add_doc(engine, "unsure-treaty", "2024-07-01", _sure(old, 0.4))
    shells = claim(["PRK"], ["RUS"], claimant=["USA"], what="shells")
    drones = claim(["IRN"], ["RUS"], claimant=["UKR"], what="drones")
    add_doc(engine, "sure-claim", "2024-08-01", _sure(shells, 0.9))
    add_doc(engine, "unsure-claim", "2024-08-02", _sure(drones, 0.3))
    trade_2022 = measure(["CHN", "RUS"], "bilateral_trade", 190e9, period="2022")
    trade_2023 = measure(["CHN", "RUS"], "bilateral_trade", 240e9, period="2023")
    add_doc(engine, "sure-trade", "2024-02-01", _sure(trade_2022, 0.9))
    add_doc(engine, "unsure-trade", "2024-02-02", _sure(trade_2023, 0.3))
    other = measure(["IND", "RUS"], "bilateral_trade", 65e9, period="2023")
    add_doc(engine, "unsure-series", "2024-02-03", _sure(other, 0.2))
    engine.dispose()
    return db


def _ids(records) -> list[str]:
    return [r.id for r in records]


# --- the library ---------------------------------------------------------------------------


def test_queries_leave_out_records_below_the_floor(hand_db):
    kb = blocwatch.open(hand_db)
    assert _ids(kb.agreements()) == ["A-CHN-PRK-1961", "A-PRK-RUS-2024"]
    assert _ids(kb.agreements(min_confidence=0.5)) == ["A-PRK-RUS-2024"]
    assert [a.confidence for a in kb.agreements(min_confidence=0.5)] == [0.9]
    assert len(kb.claims()) == 2
    assert [c.subject for c in kb.claims(min_confidence=0.5)] == [["PRK"]]
    assert kb.claims(min_confidence=0.95) == []


def test_measures_keep_the_points_that_reach_the_floor(hand_db):
    kb = blocwatch.open(hand_db)
    everything = {m.id: m for m in kb.measures()}
    china = everything["M-CHN-RUS-bilateral_trade"]
    assert [(p["period"], p["confidence"]) for p in china.points] == [("2022", 0.9), ("2023", 0.3)]
    assert china.confidence == 0.9  # its best point's
    assert everything["M-IND-RUS-bilateral_trade"].confidence == 0.2
    sure = kb.measures(min_confidence=0.5)
    assert _ids(sure) == ["M-CHN-RUS-bilateral_trade"]
    assert [p["period"] for p in sure[0].points] == ["2022"]


def test_network_and_obligations_take_the_floor(hand_db):
    kb = blocwatch.open(hand_db)
    full = kb.network("2025-01-01")
    assert {(e.kind, e.source, e.target) for e in full.edges if e.kind == "agreement"} == {
        ("agreement", "CHN", "PRK"),
        ("agreement", "PRK", "RUS"),
    }
    sure = kb.network("2025-01-01", min_confidence=0.5)
    assert sure.record_ids == sorted(
        ["A-PRK-RUS-2024", "C-PRK-to-RUS-arms_transfer", "M-CHN-RUS-bilateral_trade"]
    )
    trade = sure.edges_of("trade")
    # the unsure 2023 figure is left out: the latest sure one is 2022's
    assert [(e.source, e.target, e.details[0]["value"]) for e in trade] == [("CHN", "RUS", 190e9)]
    assert full.edge("CHN", "RUS", "trade").details[0]["value"] == 240e9

    assert {d.actor for d in kb.obligations("PRK", as_of="2025-01-01").defenders} == {
        "CHN",
        "RUS",
    }
    sure_defenders = kb.obligations("PRK", as_of="2025-01-01", min_confidence=0.5).defenders
    assert [d.actor for d in sure_defenders] == ["RUS"]
    conflict = kb.obligations("PRK", as_of="2025-01-01", attacker="KOR", min_confidence=0.5)
    assert [d.actor for d in conflict.target_defenders] == ["RUS"]


@pytest.mark.parametrize("bad", [-0.1, 1.5, "high", True])
def test_a_floor_outside_zero_to_one_is_refused_with_a_message(hand_db, bad):
    kb = blocwatch.open(hand_db)
    for ask in (
        lambda: kb.agreements(min_confidence=bad),
        lambda: kb.claims(min_confidence=bad),
        lambda: kb.measures(min_confidence=bad),
        lambda: kb.network("2025-01-01", min_confidence=bad),
        lambda: kb.obligations("PRK", min_confidence=bad),
    ):
        with pytest.raises(BlocwatchError, match="minimum confidence"):
            ask()


# --- the CLI and HTTP ----------------------------------------------------------------------


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_query_commands_take_min_confidence(cli, hand_db):
    def ids(*args: str) -> list[str]:
        result = cli(*args, "--db", hand_db, "--json")
        assert result.exit_code == 0, result.output
        return [r["id"] for r in _json_lines(result.stdout)]

    assert ids("agreements", "--min-confidence", "0.5") == ["A-PRK-RUS-2024"]
    assert len(ids("agreements")) == 2
    assert ids("claims", "--min-confidence", "0.5") == ["C-PRK-to-RUS-arms_transfer"]
    assert ids("measures", "--min-confidence", "0.5") == ["M-CHN-RUS-bilateral_trade"]
    result = cli("network", "--as-of", "2025-01-01", "--min-confidence", "0.5", "--db", hand_db)
    assert result.exit_code == 0 and "CHN" in result.stdout and "IND" not in result.stdout
    network = json.loads(
        cli(
            "network", "--as-of", "2025", "--min-confidence", "0.5", "--db", hand_db, "--json"
        ).stdout
    )
    assert "A-CHN-PRK-1961" not in network["record_ids"]
    found = cli(
        "obligations", "PRK", "--as-of", "2025-01-01", "--min-confidence", "0.5",
        "--db", hand_db, "--json",
    )  # fmt: skip
    assert [d["actor"] for d in json.loads(found.stdout)["defenders"]] == ["RUS"]
    bad = cli("agreements", "--min-confidence", "1.5", "--db", hand_db)
    assert bad.exit_code == 2 and "--min-confidence" in bad.output


def test_http_queries_take_min_confidence(hand_db):
    client = TestClient(create_app(hand_db), raise_server_exceptions=False)

    def get(path: str, expect: int = 200, **params):
        response = client.get(API + path, params=params)
        assert response.status_code == expect, response.text
        return response.json()

    def ids(page: dict) -> list[str]:
        return [item["id"] for item in page["items"]]

    assert ids(get("/agreements", min_confidence=0.5)) == ["A-PRK-RUS-2024"]
    assert ids(get("/claims", min_confidence=0.5)) == ["C-PRK-to-RUS-arms_transfer"]
    series = get("/measures", min_confidence=0.5)["items"]
    assert [[p["period"] for p in s["points"]] for s in series] == [["2022"]]
    network = get("/network", as_of="2025-01-01", min_confidence=0.5)
    assert "A-CHN-PRK-1961" not in network["record_ids"]
    assert "A-PRK-RUS-2024" in network["record_ids"]
    graphml = client.get(API + "/network.graphml", params={"min_confidence": 0.5})
    assert graphml.status_code == 200 and b"IND" not in graphml.content
    found = get("/actors/PRK/obligations", as_of="2025-01-01", min_confidence=0.5)
    assert [d["actor"] for d in found["defenders"]] == ["RUS"]
    refused = get("/agreements", 400, min_confidence=1.5)
    assert "min_confidence" in refused["detail"]


# --- resolve: from report confidences to a record's ----------------------------------------


def test_record_confidence_combines_independent_sources_and_ignores_copies(tmp_path: Path):
    engine = connect(str(tmp_path / "combine.db"))
    pact = agreement(["EST", "FIN"], "2024-05-02", kind="pact")
    add_doc(engine, "one", "2024-05-03", _sure(pact, 0.6))
    add_doc(engine, "two", "2024-05-04", _sure(pact, 0.5))
    add_doc(engine, "copy", "2024-05-05", _sure(pact, 0.9), duplicate_of="two")
    trade = measure(["EST", "FIN"], "bilateral_trade", 4e9, period="2023")
    add_doc(engine, "m-one", "2024-05-03", _sure(trade, 0.5))
    add_doc(engine, "m-two", "2024-05-04", _sure(trade, 0.5))
    kb = blocwatch.open(str(tmp_path / "combine.db"))
    # 1 - (1 - 0.6) * (1 - 0.9): the copy counts as the document it copies, with its best
    # report; three reports, two independent origins
    (found,) = kb.agreements()
    assert found.n_independent_sources == 2 and found.confidence == 0.96
    (series,) = kb.measures()
    assert series.points[0]["confidence"] == 0.75 and series.confidence == 0.75
    engine.dispose()


def test_the_migration_fills_measure_confidences_as_the_resolver_does(hand_db, tmp_path):
    db = tmp_path / "migrated.db"
    db.write_bytes(Path(hand_db).read_bytes())
    engine = connect(str(db))

    def confidences() -> list[tuple]:
        with engine.connect() as conn:
            points = conn.execute(
                select(schema.measure_points.c.measure_id, schema.measure_points.c.point)
                .add_columns(schema.measure_points.c.confidence)
                .order_by(schema.measure_points.c.measure_id, schema.measure_points.c.point)
            ).all()
            series = conn.execute(
                select(schema.measures.c.id, schema.measures.c.confidence).order_by(
                    schema.measures.c.id
                )
            ).all()
        return [tuple(r) for r in [*points, *series]]

    resolved = confidences()
    assert {c for *_, c in resolved} == {0.9, 0.3, 0.2}
    cfg = _alembic_config(f"sqlite:///{db}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    assert "confidence" not in {c["name"] for c in inspect(engine).get_columns("measures")}
    engine.dispose()
    engine = connect(str(db))  # migrates to the head again
    assert confidences() == resolved
    engine.dispose()


# --- ingest --------------------------------------------------------------------------------

# Own sentences: a treaty the extractor is sure of (signed in a named place: an agreement of
# the well-attested class), a "convention" it is less sure of (told in two sentences with
# nothing more: measured less precise on unseen news), and a trade figure.
CORPUS = [
    {
        "id": "sure",
        "published": "2024-03-05",
        "text": "Hungary and Vietnam signed a treaty on economic cooperation in Hanoi on "
        "3 March 2024.",
    },
    {
        "id": "unsure",
        "published": "2024-03-06",
        "text": "Mongolia and Laos signed a convention on mining. The convention between "
        "Mongolia and Laos was signed by their ministers.",
    },
    {
        "id": "trade",
        "published": "2024-03-07",
        "text": "Trade between Brazil and Norway reached $5.2 billion in 2023.",
    },
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in CORPUS) + "\n", encoding="utf-8")
    return path


def _stored(db: str) -> dict[str, list]:
    engine = connect(db)
    with engine.connect() as conn:
        reports = conn.execute(
            select(schema.agreement_reports.c.parties, schema.agreement_reports.c.confidence)
        ).all()
        measures = conn.execute(
            select(schema.measure_reports.c.value, schema.measure_reports.c.confidence)
        ).all()
    engine.dispose()
    return {
        "agreements": sorted((sorted(p), c) for p, c in reports),
        "measures": sorted(v for v, _ in measures),
        "measure_confidences": sorted(c for _, c in measures),
    }


def test_ingest_stores_only_facts_at_the_floor(cli, corpus, tmp_path, monkeypatch):
    default, everything, strict = (str(tmp_path / f"{n}.db") for n in ("d", "all", "strict"))
    assert cli("ingest", str(corpus), "--db", everything, "--min-confidence", "0").exit_code == 0
    confidence = {tuple(p): c for p, c in _stored(everything)["agreements"]}
    assert set(confidence) == {("HUN", "VNM"), ("LAO", "MNG")}
    assert confidence[("LAO", "MNG")] < confidence[("HUN", "VNM")]
    # The default stores what the default floor keeps: a floor between the two (the
    # calibrated floors may all be 0, which would keep both and test nothing).
    between = (confidence[("LAO", "MNG")] + confidence[("HUN", "VNM")]) / 2
    default_thresholds.cache_clear()
    monkeypatch.setitem(default_thresholds(), "agreements", between)
    assert cli("ingest", str(corpus), "--db", default).exit_code == 0
    assert [p for p, _ in _stored(default)["agreements"]] == [["HUN", "VNM"]]
    monkeypatch.undo()
    default_thresholds.cache_clear()
    # what is stored is what the queries see
    assert _ids(blocwatch.open(everything).agreements()) == _ids(
        blocwatch.open(everything).agreements(min_confidence=0.0)
    )
    floor = (confidence[("LAO", "MNG")] + confidence[("HUN", "VNM")]) / 2
    assert len(blocwatch.open(everything).agreements(min_confidence=floor)) == 1

    # A floor given applies to every kind of fact, each by its own confidence.
    above_treaty = confidence[("HUN", "VNM")] + 0.0005
    result = cli("ingest", str(corpus), "--db", strict, "--min-confidence", str(above_treaty))
    assert result.exit_code == 0, result.output
    assert _stored(strict)["agreements"] == []
    kept = [c for c in _stored(everything)["measure_confidences"] if c >= above_treaty]
    assert _stored(strict)["measure_confidences"] == kept


def test_ingest_refuses_a_floor_outside_zero_to_one(cli, corpus, tmp_path):
    result = cli("ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--min-confidence", "2")
    assert result.exit_code == 2 and "--min-confidence" in result.output
    assert not (tmp_path / "x.db").exists()


@pytest.mark.slow
def test_ingest_in_worker_processes_stores_the_same_facts_at_the_floor(corpus, tmp_path):
    serial, pooled = str(tmp_path / "serial.db"), str(tmp_path / "pooled.db")
    ingest([str(corpus)], db=serial, min_confidence=0.0)
    ingest([str(corpus)], db=pooled, min_confidence=0.0, workers=1)
    assert _stored(serial) == _stored(pooled)
    assert len(_stored(pooled)["agreements"]) == 2
    # A floor between the two facts (the calibrated default floors may all be 0) is applied
    # by the one writer, so worker processes store what one process stores.
    confidence = {tuple(p): c for p, c in _stored(serial)["agreements"]}
    between = (confidence[("LAO", "MNG")] + confidence[("HUN", "VNM")]) / 2
    floored_serial, floored_pooled = (str(tmp_path / f"{n}.db") for n in ("fs", "fp"))
    ingest([str(corpus)], db=floored_serial, min_confidence=between)
    ingest([str(corpus)], db=floored_pooled, min_confidence=between, workers=1)
    assert _stored(floored_serial) == _stored(floored_pooled)
    assert [p for p, _ in _stored(floored_pooled)["agreements"]] == [["HUN", "VNM"]]
