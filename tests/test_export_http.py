"""The flat tables over HTTP: /api/v1/exports/tables/{table}.{csv|parquet}, read by pandas and
pyarrow."""

from __future__ import annotations

import io

import pandas as pd
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from blocwatch.web import create_app
from kb_support import add_doc, agreement, claim, measure, use_lexicon


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


@pytest.fixture
def client(engine) -> TestClient:
    add_doc(
        engine,
        "pact",
        "2024-06-19",
        agreement(["RUS", "PRK"], "2024-06-19", defense=True),
        claim(["PRK"], ["RUS"], claimant=["USA"], what="shells", denied_by=["RUS"]),
        measure(["CHN", "RUS"], "bilateral_trade", 240.1e9, period="2023"),
    )
    url = engine.url.render_as_string(hide_password=False)
    return TestClient(create_app(url), raise_server_exceptions=False)


@pytest.mark.parametrize("table", ["atop", "dyads", "stances", "points"])
def test_each_table_downloads_as_csv_and_parquet(client, table):
    csv_answer = client.get(f"/api/v1/exports/tables/{table}.csv")
    assert csv_answer.status_code == 200, csv_answer.text
    assert csv_answer.headers["content-type"].startswith("text/csv")
    frame = pd.read_csv(io.BytesIO(csv_answer.content))
    parquet_answer = client.get(f"/api/v1/exports/tables/{table}.parquet")
    assert parquet_answer.status_code == 200, parquet_answer.text
    arrow = pq.read_table(io.BytesIO(parquet_answer.content))
    assert list(frame.columns) == arrow.column_names
    assert len(frame) == arrow.num_rows > 0


def test_stances_hold_the_denial_with_its_report(client):
    answer = client.get("/api/v1/exports/tables/stances.csv")
    frame = pd.read_csv(io.BytesIO(answer.content))
    denial = frame[frame["stance"] == "denies"].iloc[0]
    assert (denial["actor"], denial["doc_id"], denial["reported"]) == ("RUS", "pact", "2024-06-19")


def test_an_unknown_table_is_a_client_error(client):
    assert client.get("/api/v1/exports/tables/secrets.csv").status_code == 400
    assert client.get("/api/v1/exports/tables/atop.xlsx").status_code == 400
