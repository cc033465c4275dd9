"""The tables that join with other data: the ATOP-style member file, dyad-years, claim stances
and measure points, read back by pandas, pyarrow and DuckDB; the COW crosswalk checked
against the countrycode package."""

from __future__ import annotations

import contextlib
import csv
import io

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from blocwatch.export import crosswalk, export
from blocwatch.export.atop import atopid
from kb_support import add_doc, agreement, claim, measure, use_lexicon

# ATOP 5.1 member-level codebook (Leeds et al.): variable -> the values it may take. Our file
# must use these names with these codings (missing allowed where the text is silent).
ATOP_MEMBER_LEVEL = {
    "atopid": "int",
    "member": "ccode",
    "phase": "int",
    "yrent": "year",
    "moent": "0-12",
    "dayent": "0-31",
    "yrexit": "year or 0",
    "moexit": "0-12",
    "dayexit": "0-31",
    "defense": "0/1",
    "offense": "0/1",
    "neutral": "0/1",
    "nonagg": "0/1",
    "consul": "0/1",
}


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


@pytest.fixture
def kb(engine):
    add_doc(
        engine,
        "pact",
        "2024-06-19",
        agreement(
            ["RUS", "PRK"],
            "2024-06-19",
            name="Comprehensive Strategic Partnership",
            defense=True,
            provisions=["mutual_defense", "consultation"],
        ),
        claim(["PRK"], ["RUS"], claimant=["USA"], what="shells", denied_by=["RUS"]),
    )
    add_doc(
        engine,
        "trade",
        "2024-03-01",
        agreement(
            ["CHN", "RUS"], "2024-02", name="Trade memo", kind="memorandum", provisions=["trade"]
        ),
        measure(["CHN", "RUS"], "bilateral_trade", 240.1e9, period="2023"),
    )
    add_doc(
        engine,
        "trade2",
        "2024-04-01",
        measure(["CHN", "RUS"], "bilateral_trade", 230.0e9, period="2023"),
    )
    add_doc(
        engine,
        "join",
        "2023-04-04",
        agreement(
            ["FIN", "NATO"],
            "2023-04-04",
            name="Accession of Finland",
            kind="accession",
            defense=True,
        ),
    )
    add_doc(
        engine,
        "inf",
        "2019-08-02",
        agreement(
            ["USA", "RUS"],
            "1987-12-08",
            name="INF Treaty",
            provisions=["nonaggression"],
            events=[("withdrawn", "2019-08-02")],
        ),
    )
    return engine


def _csv(engine, fmt, **kw) -> list[dict]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        export(engine, fmt, None, **kw)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_atop_file_uses_atop_names_and_codings(kb, tmp_path):
    path = tmp_path / "atop.csv"
    export(kb, "atop", path)
    frame = pd.read_csv(path)
    assert set(ATOP_MEMBER_LEVEL) <= set(frame.columns)
    for name in ("yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "phase", "atopid"):
        assert frame[name].notna().all() and frame[name].dtype.kind == "i", name
    assert frame["moent"].between(0, 12).all() and frame["dayent"].between(0, 31).all()
    for name in ("defense", "offense", "neutral", "nonagg", "consul"):
        assert set(frame[name].dropna()) <= {0, 1}, name
    assert frame["offense"].isna().all()  # never coded: missing, not 0
    assert (frame["atopid"] >= 1_000_000_000).all()  # never an ATOP number


def test_atop_keeps_alliances_only_unless_all(kb, tmp_path):
    rows = _csv(kb, "atop")
    ids = {r["blocwatch_id"] for r in rows}
    assert not any("CHN" in i for i in ids)  # a trade memo carries no ATOP obligation
    every = {r["blocwatch_id"] for r in _csv(kb, "atop", all_agreements=True)}
    assert ids < every and any("CHN" in i for i in every)


def test_atop_members_are_cow_codes_and_silence_is_missing(kb):
    rows = {(r["blocwatch_id"], r["iso3"]): r for r in _csv(kb, "atop")}
    pact = next(r for (i, iso), r in rows.items() if iso == "PRK" and "2024" in i)
    assert pact["member"] == "731" and pact["gwcode"] == "731"
    assert (pact["yrent"], pact["moent"], pact["dayent"]) == ("2024", "6", "19")
    assert (pact["yrexit"], pact["moexit"], pact["dayexit"]) == ("0", "0", "0")
    assert (pact["defense"], pact["consul"], pact["nonagg"], pact["neutral"]) == ("1", "1", "", "")
    assert pact["atopid"] == str(atopid(pact["blocwatch_id"]))
    inf = next(r for (i, iso), r in rows.items() if iso == "USA" and "1987" in i)
    assert (inf["member"], inf["yrexit"], inf["moexit"], inf["dayexit"]) == ("2", "2019", "8", "2")
    assert inf["defense"] == "" and inf["nonagg"] == "1"


def test_an_accession_expands_the_organisation_to_its_members(kb):
    rows = [r for r in _csv(kb, "atop") if r["name"] == "Accession of Finland"]
    members = {r["iso3"]: r for r in rows}
    assert "NATO" not in members
    assert members["FIN"]["via"] == "" and members["FIN"]["member"] == "375"
    assert members["USA"]["via"] == "NATO" and members["USA"]["member"] == "2"
    assert "SWE" not in members  # joined in 2024, after the accession of Finland
    assert len(members) == 31


def test_dyad_years_join_obligations_trade_and_claims(kb, tmp_path):
    path = tmp_path / "dyads.parquet"
    export(kb, "dyads", path)
    frame = pq.read_table(path).to_pandas()
    key = frame.set_index(["state_a", "state_b", "year"])
    assert key.loc[("PRK", "RUS", 2024), "defense"] == 1
    assert key.loc[("PRK", "RUS", 2024), "claims"] == 1
    assert key.loc[("PRK", "RUS", 2024), "contested_claims"] == 1
    trade = key.loc[("CHN", "RUS", 2023)]
    assert trade["trade"] in (240.1e9, 230.0e9) and bool(trade["trade_conflict"])
    inf = key.loc[("RUS", "USA")]
    assert inf.index.min() == 1987 and inf.index.max() == 2019
    assert pd.isna(inf.loc[1990, "defense"]) and inf.loc[1990, "nonagg"] == 1
    assert key.loc[("FIN", "USA", 2023), "defense"] == 1
    assert (frame["ccode_a"].notna()).all()


def test_stance_and_point_tables_read_in_duckdb_and_pyarrow(kb, tmp_path):
    stances, points = tmp_path / "stances.parquet", tmp_path / "points.csv"
    export(kb, "stances", stances)
    export(kb, "points", points)
    table = pq.read_table(stances)
    assert table.schema.field("reported_date").type == "date32"
    assert b"description" in table.schema.field("stance").metadata
    con = duckdb.connect()
    denied = con.execute(
        f"select actor, stance, doc_id from '{stances}' where stance = 'denies'"
    ).fetchall()
    assert denied == [("RUS", "denies", "pact")]
    got = con.execute(
        f"select period::varchar, value, conflict from read_csv_auto('{points}') order by value"
    ).fetchall()
    assert got == [("2023", 230.0e9, True), ("2023", 240.1e9, True)]


def test_the_crosswalk_agrees_with_the_countrycode_package():
    from countrycode import countrycode

    rows = [r for r in crosswalk.table().values() if "(override)" not in r.source]
    assert len(rows) > 190
    codes = [r.iso3 for r in rows]
    assert countrycode(codes, origin="iso3c", destination="cown") == [r.ccode for r in rows]
    assert countrycode(codes, origin="iso3c", destination="gwn") == [r.gwcode for r in rows]
    # well-known codes, stated once more by hand
    # Gleditsch-Ward where it differs from COW, or where countrycode has it wrong or missing.
    gw = {c: crosswalk.gwcode(c) for c in ("DEU", "SRB", "YEM", "VNM", "XKX", "AND")}
    assert gw == {"DEU": 260, "SRB": 340, "YEM": 678, "VNM": 816, "XKX": 347, "AND": None}
    assert [crosswalk.ccode(c) for c in ("USA", "GBR", "RUS", "CHN", "PRK", "SRB")] == [
        2,
        200,
        365,
        710,
        731,
        345,
    ]
