"""Typed frames and Parquet: parsed dates beside the precise strings, nullable booleans, one
spelling of every field, measure points with their conflicts, described columns; ``as_of``
given as str, date, datetime or pandas.Timestamp."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

import blocwatch
from blocwatch.errors import BlocwatchError
from blocwatch.export import export
from kb_support import add_doc, agreement, claim, measure, use_lexicon


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
        agreement(["AUS", "GBR", "USA"], "2021-09", kind="partnership"),  # clause unknown
        claim(["PRK"], ["RUS"], claimant=["USA"], what="shells"),
        measure(["CHN", "RUS"], "bilateral_trade", 240.1e9, period="2023"),
    )
    add_doc(
        engine,
        "other",
        "2024-07-01",
        measure(["CHN", "RUS"], "bilateral_trade", 230e9, period="2023"),
    )
    return engine


def test_frames_have_parsed_dates_nullable_booleans_and_gold_names(kb):
    frame = blocwatch.open(kb.url.render_as_string(hide_password=False)).agreements(as_frame=True)
    assert str(frame["defense"].dtype) == "boolean"
    by_kind = frame.set_index("kind")
    assert by_kind.loc["partnership", "defense"] is pd.NA
    assert by_kind.loc["partnership", "signed_date"] == pd.Timestamp("2021-09-01")
    assert by_kind.loc["partnership", "date_precision"] == "month"
    assert frame["signed_date"].dtype.kind == "M"
    claims = blocwatch.open(kb.url.render_as_string(hide_password=False)).claims(as_frame=True)
    assert "claimant" in claims.columns and "claimants" not in claims.columns


def test_parquet_spells_fields_as_json_lines_and_keeps_points(kb, tmp_path):
    export(kb, "parquet", tmp_path / "kb.parquet")
    export(kb, "jsonl", tmp_path / "kb.jsonl")
    table = pq.read_table(tmp_path / "kb.parquet")
    lines = [json.loads(x) for x in (tmp_path / "kb.jsonl").read_text().splitlines()]
    claim_line = next(x for x in lines if x["type"] == "claim")
    assert "claimant" in claim_line and "claimant" in table.column_names
    assert "claimants" not in table.column_names
    assert table.schema.field("signed_date").type == "date32"
    assert table.schema.field("defense").metadata[b"description"].startswith(b"agreement")
    rows = table.to_pylist()
    points = [r for r in rows if r["type"] == "measure"]
    assert len({r["point"] for r in points}) == 2  # two values for 2023: not duplicate rows
    assert {r["conflict"] for r in points} == {True}
    assert {r["period_date"] for r in points} == {dt.date(2023, 1, 1)}
    silent = next(r for r in rows if r["kind"] == "partnership")
    assert silent["defense"] is None and silent["date_precision"] == "month"


@pytest.mark.parametrize(
    "when",
    ["2024-07", dt.date(2024, 7, 1), dt.datetime(2024, 7, 1, 12), pd.Timestamp("2024-07-01")],
)
def test_as_of_takes_str_date_datetime_and_timestamp(kb, when):
    found = blocwatch.open(kb.url.render_as_string(hide_password=False)).agreements(
        "PRK", as_of=when
    )
    assert [a.parties for a in found] == [["PRK", "RUS"]]


def test_as_of_of_another_type_is_a_clear_error(kb):
    with pytest.raises(BlocwatchError, match="as-of date: expected a str, date"):
        blocwatch.open(kb.url.render_as_string(hide_password=False)).agreements(as_of=2024)
