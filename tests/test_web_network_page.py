"""GET /network/page through FastAPI's test client over a SQLite store of the sample corpus:
the page is the library's page, its filters and paging work, bad input is a one-line 400."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

import blocwatch
from analyse_support import sample_db as shared_sample_db
from blocwatch.web import create_app

API = "/api/v1"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    return shared_sample_db(tmp_path_factory)


@pytest.fixture(scope="module")
def client(sample_db: str) -> TestClient:
    return TestClient(create_app(sample_db), raise_server_exceptions=False)


def page(client: TestClient, expect: int = 200, **params) -> dict:
    response = client.get(API + "/network/page", params=params)
    assert response.status_code == expect, response.text
    return response.json()


def bad(client: TestClient, **params) -> str:
    body = page(client, 400, **params)
    assert set(body) == {"error", "detail"} and body["error"] == "bad_request"
    assert "\n" not in body["detail"] and "Traceback" not in body["detail"]
    return body["detail"]


def test_the_page_is_the_librarys_page(client, sample_db):
    kb = blocwatch.open(sample_db)
    for params in (
        {"as_of": "2025"},
        {"as_of": "2025", "limit": 3, "offset": 2},
        {"as_of": "2024-06-30", "kind": "agreements", "region": "Asia"},
        {"as_of": "2025", "min_weight": 0.5},
    ):
        expected = kb.network_page(
            params["as_of"],
            params.get("kind"),
            region=params.get("region"),
            min_weight=params.get("min_weight"),
            limit=params.get("limit", 200),
            offset=params.get("offset", 0),
        )
        # Through JSON: tuples become lists as on the wire.
        assert page(client, **params) == json.loads(json.dumps(expected.to_dict())), params


def test_limit_and_offset_walk_the_strongest_edges_first(client):
    whole = page(client, as_of="2025", limit=5000)
    assert whole["total"] == len(whole["edges"]) > 4
    assert whole["total"] == sum(whole["totals"].values())
    weights = [e["weight"] for e in whole["edges"]]
    assert weights == sorted(weights, reverse=True)
    first = page(client, as_of="2025", limit=3)
    second = page(client, as_of="2025", limit=3, offset=3)
    assert first["edges"] + second["edges"] == whole["edges"][:6]
    assert (first["limit"], second["offset"], first["total"]) == (3, 3, whole["total"])
    codes = {c for e in first["edges"] for c in (e["source"], e["target"])}
    assert [n["code"] for n in first["nodes"]] == sorted(codes)


def test_kind_and_region_filter_with_their_totals(client):
    whole = page(client, as_of="2025", limit=5000)
    claims = page(client, as_of="2025", kind="claims", limit=5000)
    assert claims["totals"] == {"claims": whole["totals"]["claims"]}
    assert claims["edges"] and {e["kind"] for e in claims["edges"]} == {"claim"}
    europe = page(client, as_of="2025", region="europe", limit=5000)
    regions = {n["code"]: n["region"] for n in europe["nodes"]}
    assert 0 < europe["total"] < whole["total"]
    for e in europe["edges"]:
        assert "Europe" in (regions[e["source"]], regions[e["target"]])


def test_bad_input_is_a_clear_400(client):
    assert "unknown region 'Atlantis'" in bad(client, region="Atlantis")
    assert "limit must be 0..5000" in bad(client, limit=100_000)
    assert "offset" in bad(client, offset=-1)
    assert "query parameter limit" in bad(client, limit="many")
    assert "query parameter kind" in bad(client, kind="friendship")
    assert "bad as-of date" in bad(client, as_of="2023-02-30")
