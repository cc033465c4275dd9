"""GET /actors/{code}/obligations/page through FastAPI's test client over a SQLite store of
the sample corpus: the answer is the library's page (its chains a page of the full answer's),
paging works, and bad input is a one-line 400 (an unknown actor a 404)."""

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


def page(client: TestClient, code: str, expect: int = 200, **params) -> dict:
    response = client.get(f"{API}/actors/{code}/obligations/page", params=params)
    assert response.status_code == expect, response.text
    return response.json()


def test_the_page_is_the_librarys_page(client, sample_db):
    kb = blocwatch.open(sample_db)
    for code, params in (
        ("USA", {"as_of": "2025-06-01"}),
        ("USA", {"as_of": "2025-06-01", "limit": 7, "offset": 11}),
        ("PRK", {"as_of": "2025", "min_confidence": 0.5}),
        ("FIN", {"as_of": "2022-01-01", "limit": 0}),
    ):
        expected = kb.obligations_page(code, **params)
        # Through JSON: tuples become lists as on the wire.
        assert page(client, code, **params) == json.loads(json.dumps(expected.to_dict()))


def test_pages_laid_end_to_end_are_the_full_answers_chains(client, sample_db):
    full = page(client, "USA", as_of="2025-06-01", limit=5000)
    total = full["totals"]["second_order"]
    assert total == len(full["second_order"]) > 10
    laid = []
    for offset in range(0, total, 7):
        laid += page(client, "USA", as_of="2025-06-01", limit=7, offset=offset)["second_order"]
    assert laid == full["second_order"]
    answer = blocwatch.open(sample_db).obligations("USA", as_of="2025-06-01")
    assert laid == json.loads(json.dumps(answer.to_dict()))["second_order"]


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"limit": 5001}, "bad page"),
        ({"offset": -1}, "bad page"),
        ({"as_of": "2025-02-30"}, "bad as-of date"),
        ({"min_confidence": 2}, "confidence"),
    ],
)
def test_bad_input_is_a_one_line_400(client, params, reason):
    body = page(client, "PRK", 400, **params)
    assert set(body) == {"error", "detail"} and body["error"] == "bad_request"
    assert reason in body["detail"] and "\n" not in body["detail"]


def test_an_unknown_actor_is_a_404(client):
    body = page(client, "XYZ", 404)
    assert "XYZ" in body["detail"]
