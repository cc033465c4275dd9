"""The HTTP API through FastAPI's test client, over a knowledge base built from the bundled
sample corpus: every endpoint, the CLI's filters, the 4xx answers, the write token and the
request body limit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from analyse_support import sample_db as shared_sample_db
from blocwatch.web import create_app
from blocwatch.web.limits import MAX_PAGE

API = "/api/v1"
TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    """The session's SQLite store of the sample corpus (the app over it only reads)."""
    return shared_sample_db(tmp_path_factory)


@pytest.fixture(scope="module")
def client(sample_db: str) -> TestClient:
    """A read-only app over the sample store; server errors are answered, not raised."""
    return TestClient(create_app(sample_db), raise_server_exceptions=False)


def get(client: TestClient, path: str, expect: int = 200, **params):
    response = client.get(API + path, params=params)
    assert response.status_code == expect, response.text
    return response.json()


def error(client: TestClient, path: str, expect: int, **params) -> str:
    """The message of an error answer, checked to be one JSON line without a traceback."""
    body = get(client, path, expect, **params)
    assert set(body) == {"error", "detail"}
    assert body["error"] == {400: "bad_request", 404: "not_found"}[expect]
    assert isinstance(body["detail"], str) and body["detail"]
    assert "Traceback" not in body["detail"]
    return body["detail"]


def ids(page: dict) -> list[str]:
    return [item["id"] for item in page["items"]]


# --- meta and actors -----------------------------------------------------------------------


def test_meta_lists_counts_span_and_vocabularies(client):
    meta = get(client, "/")
    assert meta["documents"] == 30
    assert meta["agreements"] > 10
    assert meta["first_day"] <= "1961-07-11" <= meta["last_day"]
    assert "mutual_defense" in meta["provisions"]
    assert "contested" in meta["claim_statuses"]
    assert "graphml" in meta["export_formats"]


def test_actors_lists_the_states_of_the_corpus(client):
    page = get(client, "/actors", limit=MAX_PAGE)
    codes = [a["code"] for a in page["items"]]
    assert {"RUS", "PRK", "CHN", "IRN", "USA"} <= set(codes)
    assert codes == sorted(codes)
    rus = next(a for a in page["items"] if a["code"] == "RUS")
    assert rus["name"] == "Russia" and rus["agreements"] > 3 and rus["claims"] > 0


def test_actors_search_and_region(client):
    assert [a["code"] for a in get(client, "/actors", q="korea")["items"]] == ["KOR", "PRK"]
    europe = get(client, "/actors", region="Europe")["items"]
    assert europe and all(a["region"] == "Europe" for a in europe)


def test_actor_profile(client):
    profile = get(client, "/actors/rus")
    assert profile["code"] == "RUS"
    assert "A-PRK-RUS-2024" in [a["id"] for a in profile["agreements"]]
    assert profile["partners"]["PRK"] >= 2


@pytest.mark.parametrize(
    "path", ["/actors/XXX", "/actors/XXX/timeline", "/actors/XXX/growth", "/actors/XXX/obligations"]
)
def test_unknown_actor_in_a_path_is_404(client, path):
    assert "unknown actor code 'XXX'" in error(client, path, 404)


def test_actor_timeline_is_dated_and_paged(client):
    page = get(client, "/actors/PRK/timeline", limit=5)
    assert page["total"] > 5 and len(page["items"]) == 5
    dates = [e["date"] for e in get(client, "/actors/PRK/timeline", limit=MAX_PAGE)["items"]]
    assert any(d.startswith("2024-06") for d in dates)


def test_actor_growth(client):
    growth = get(client, "/actors/RUS/growth", start=2023, end=2025)
    assert [y["year"] for y in growth["years"]] == [2023, 2024, 2025]
    assert "PRK" in growth["years"][1]["defence_partners"]
    assert "bad --from year" in error(client, "/actors/RUS/growth", 400, start=20)


def test_actor_obligations_as_of(client):
    in_2023 = get(client, "/actors/PRK/obligations", as_of="2023")
    in_2025 = get(client, "/actors/PRK/obligations", as_of="2025")
    assert [d["actor"] for d in in_2023["defenders"]] == ["CHN"]
    assert [d["actor"] for d in in_2025["defenders"]] == ["CHN", "RUS"]
    conflict = get(client, "/actors/PRK/obligations", as_of="2025", attacker="USA")
    assert conflict["attacker"] == "USA" and conflict["target"] == "PRK"
    assert "organisation" in error(client, "/actors/NATO/obligations", 400)
    assert "bad as-of date" in error(client, "/actors/PRK/obligations", 400, as_of="2025-02-30")


# --- records -------------------------------------------------------------------------------


def test_agreements_filters(client):
    both = ids(get(client, "/agreements", party=["RUS", "PRK"]))
    assert "A-PRK-RUS-2024" in both
    assert all("PRK" in a and "RUS" in a for a in both)
    in_2023 = ids(get(client, "/agreements", as_of="2023", limit=MAX_PAGE))
    assert "A-PRK-RUS-2024" not in in_2023 and "A-IRN-RUS-2025" not in in_2023
    assert "A-CHN-PRK-1961" in in_2023
    defence = get(client, "/agreements", provision="mutual_defense", limit=MAX_PAGE)["items"]
    assert defence and all("mutual_defense" in a["provisions"] for a in defence)
    without = ids(get(client, "/agreements", defense="false", limit=MAX_PAGE))
    assert "A-IRN-RUS-2025" in without and "A-PRK-RUS-2024" not in without
    accessions = get(client, "/agreements", kind="accession")["items"]
    assert {a["id"] for a in accessions} >= {"A-FIN-NATO-2023"}


def test_agreements_pages(client):
    everything = ids(get(client, "/agreements", limit=MAX_PAGE))
    first, second = (
        get(client, "/agreements", limit=3),
        get(client, "/agreements", limit=3, offset=3),
    )
    assert first["total"] == len(everything)
    assert ids(first) + ids(second) == everything[:6]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"as_of": "2023-13"}, "bad as-of date '2023-13'"),
        ({"as_of": "yesterday"}, "bad as-of date"),
        ({"provision": "friendship"}, "query parameter provision"),
        ({"defense": "maybe"}, "query parameter defense"),
        ({"limit": MAX_PAGE + 1}, "page size over the limit"),
        ({"limit": 0}, "query parameter limit"),
        ({"offset": -1}, "query parameter offset"),
    ],
)
def test_agreements_bad_requests(client, params, message):
    assert message in error(client, "/agreements", 400, **params)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/agreements", {"party": "XXX"}),
        ("/claims", {"subject": "XXX"}),
        ("/measures", {"actor": "XXX"}),
        ("/alignment", {"a": "XXX", "b": "RUS"}),
        ("/actors/RUS/obligations", {"attacker": "XXX"}),
    ],
)
def test_unknown_actor_in_a_query_is_404_as_in_a_path(client, path, params):
    """One rule: an unknown thing is a 404 wherever it is named."""
    assert "unknown actor code 'XXX'" in error(client, path, 404, **params)


def test_one_agreement(client):
    treaty = get(client, "/agreements/A-PRK-RUS-2024")
    assert treaty["parties"] == ["PRK", "RUS"] and treaty["defense"] is True
    assert treaty["events"] and treaty["type"] == "agreement"
    assert "no agreement" in error(client, "/agreements/A-XXX-YYY-1900", 404)
    assert "bad record id" in error(client, "/agreements/nonsense", 400)
    assert "the id of a claim" in error(client, "/agreements/C-PRK-to-RUS-arms_transfer", 404)


def test_claims_filters_and_ledger(client):
    contested = get(client, "/claims", status="contested", limit=MAX_PAGE)["items"]
    assert contested and all(c["status"] == "contested" for c in contested)
    denied = ids(get(client, "/claims", denied_by="RUS"))
    assert "C-PRK-to-RUS-arms_transfer" in denied
    by_usa = get(client, "/claims", claimant="USA", subject="PRK", beneficiary="RUS")["items"]
    assert by_usa and all("USA" in c["claimants"] for c in by_usa)
    assert ids(get(client, "/claims", action="troop_deployment", subject="PRK")) == [
        "C-PRK-to-RUS-troop_deployment"
    ]
    claim = get(client, "/claims/C-PRK-to-RUS-arms_transfer")
    stances = {(e["actor"], e["stance"]) for e in claim["ledger"]}
    assert ("RUS", "denies") in stances
    assert "query parameter status" in error(client, "/claims", 400, status="rumoured")
    assert "query parameter action" in error(client, "/claims", 400, action="bribery")
    assert "no claim" in error(client, "/claims/C-nothing", 404)


def test_measures(client):
    trade = get(client, "/measures", actor=["CHN", "RUS"], metric="bilateral_trade")["items"]
    assert [m["id"] for m in trade] == ["M-CHN-RUS-bilateral_trade"]
    assert trade[0]["points"] and trade[0]["points"][0]["value"] > 0
    series = get(client, "/measures/M-CHN-RUS-bilateral_trade")
    assert series["metric"] == "bilateral_trade"
    assert "query parameter metric" in error(client, "/measures", 400, metric="gdp")
    assert "no measure series" in error(client, "/measures/M-none", 404)


def test_kinds_and_any_record_by_id(client):
    kinds = get(client, "/kinds")
    assert [k["prefix"] for k in kinds][:3] == ["A", "C", "M"]
    assert kinds[2] == {
        "name": "measure",
        "plural": "measures",
        "prefix": "M",
        "title": "measure series",
        "path": "/measures",
        "edges": "trade",
        "network": "trade",
    }
    for record_id, path in [
        ("A-PRK-RUS-2024", "/agreements/"),
        ("C-PRK-to-RUS-arms_transfer", "/claims/"),
        ("M-CHN-RUS-bilateral_trade", "/measures/"),
    ]:
        assert get(client, "/records/" + record_id) == get(client, path + record_id)
    assert "no measure series" in error(client, "/records/M-none", 404)
    assert "bad record id" in error(client, "/records/nonsense", 400)


def test_sources_of_a_record(client):
    page = get(client, "/records/A-PRK-RUS-2024/sources", limit=MAX_PAGE)
    docs = {s["doc_id"] for s in page["items"]}
    assert "rus-prk-treaty-signed" in docs
    assert any("Comprehensive Strategic Partnership" in s["sentence"] for s in page["items"])
    assert "no record" in error(client, "/records/A-XXX-YYY-1900/sources", 404)
    assert "bad record id" in error(client, "/records/nonsense/sources", 400)


def test_changes(client):
    page = get(client, "/changes", since="2025")
    assert page["total"] > 0
    assert {c["change"] for c in page["items"]} <= {"new", "updated"}
    assert "since" in error(client, "/changes", 400)
    assert "bad" in error(client, "/changes", 400, since="2025-99")


# --- analytics -----------------------------------------------------------------------------


def test_network_as_of_a_date(client):
    in_2023 = get(client, "/network", as_of="2023")
    in_2025 = get(client, "/network", as_of="2025-12-31")
    assert "A-PRK-RUS-2024" not in in_2023["record_ids"]
    assert "A-IRN-RUS-2025" not in in_2023["record_ids"]
    assert {"A-PRK-RUS-2024", "A-IRN-RUS-2025"} <= set(in_2025["record_ids"])
    codes = {n["code"] for n in in_2025["nodes"]}
    assert {"RUS", "PRK", "CHN", "IRN", "USA", "BLR"} <= codes
    claims = get(client, "/network", as_of="2025", kind="claims")
    assert claims["edges"] and all(e["kind"] == "claim" and e["directed"] for e in claims["edges"])
    assert "query parameter kind" in error(client, "/network", 400, kind="friendship")
    assert "bad as-of date" in error(client, "/network", 400, as_of="2023-02-30")


def test_network_graphml_download(client):
    response = client.get(API + "/network.graphml", params={"as_of": "2025"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/graphml+xml")
    assert "attachment" in response.headers["content-disposition"]
    graph = nx.read_graphml(io.BytesIO(response.content))
    assert graph.has_edge("PRK", "RUS")
    assert graph.nodes["RUS"]["name"] == "Russia"


def test_blocs(client):
    found = get(client, "/blocs", as_of="2025", compare="2020")
    assert any("RUS" in b["members"] for b in found["blocs"])
    assert found["comparison"]["before"] == "2020"
    assert "as-of date itself" in error(client, "/blocs", 400, as_of="2025", compare="2025")


def test_alignment(client):
    found = get(client, "/alignment", a="RUS", b="PRK", start=2023, end=2025)
    scores = {y["year"]: y["score"] for y in found["years"]}
    assert scores[2025] > scores[2023]
    assert "two different actors" in error(client, "/alignment", 400, a="RUS", b="rus")
    assert "query parameter b" in error(client, "/alignment", 400, a="RUS")


# --- documents -----------------------------------------------------------------------------


def test_search(client):
    hits = get(client, "/search", q="treaty defence", limit=5)["items"]
    assert hits and len(hits) <= 5
    assert all({"id", "title", "snippet", "rank"} <= set(h) for h in hits)
    assert get(client, "/search", q="-treaty")["items"] == []
    assert "query parameter q" in error(client, "/search", 400)
    assert "page size over the limit" in error(client, "/search", 400, q="x", limit=MAX_PAGE + 1)


def test_documents_list(client):
    page = get(client, "/documents", limit=5)
    assert len(page["items"]) == 5 and page["next"] == 5
    assert page["total"] == len(get(client, "/documents", limit=MAX_PAGE)["items"])
    last = get(client, "/documents", limit=5, offset=page["total"] - 2)
    assert len(last["items"]) == 2 and last["next"] is None
    published = [d["published"] for d in page["items"]]
    assert published == sorted(published, reverse=True)
    assert "text" not in page["items"][0]
    old = get(client, "/documents", until="2022", limit=MAX_PAGE)["items"]
    assert old and all(d["published"] <= "2022-12-31" for d in old)


def test_document_with_facts_and_evidence_offsets(client):
    found = get(client, "/documents/rus-prk-treaty-signed")
    text = found["document"]["text"]
    spans = [
        (fact, e) for rows in found["facts"].values() for fact in rows for e in fact["evidence"]
    ]
    assert spans
    for _fact, e in spans:
        assert text[e["start"] : e["end"]] == e["sentence"]
    records = {fact["record_id"] for fact, _ in spans}
    assert "A-PRK-RUS-2024" in records
    assert "no document" in error(client, "/documents/no-such-document", 404)


# --- exports -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "media", "check"),
    [
        ("jsonl", "application/x-ndjson", lambda b: json.loads(b.splitlines()[0])["id"]),
        ("csv", "text/csv", lambda b: b.startswith(b"atopid") or b"," in b.splitlines()[0]),
        ("graphml", "application/graphml+xml", lambda b: nx.read_graphml(io.BytesIO(b))),
        ("gexf", "application/gexf+xml", lambda b: b"<gexf" in b[:500]),
        ("parquet", "application/vnd.apache.parquet", lambda b: b[:4] == b"PAR1"),
    ],
)
def test_exports_download(client, fmt, media, check, tmp_path):
    response = client.get(f"{API}/exports/{fmt}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert f'filename="blocwatch.{fmt}"' in response.headers["content-disposition"]
    assert check(response.content)


def test_export_format_is_checked(client):
    assert "path parameter fmt" in error(client, "/exports/xlsx", 400)


# --- pages, headers, errors ----------------------------------------------------------------


def test_openapi_and_docs_page_are_served_without_a_cdn(client):
    schema = get(client, "/openapi.json")
    assert f"{API}/agreements" in schema["paths"]
    # Invalid parameters are 400s; the one 422 is POST's "no document could be stored".
    answers_422 = [
        (path, method)
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
        if "422" in op["responses"]
    ]
    assert answers_422 == [(f"{API}/documents", "post")]
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "cdn." not in page.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_dashboard_is_served_with_a_content_security_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "<html" in page.text.lower()
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/vendor/cytoscape/cytoscape.min.js").status_code == 200


def test_unknown_path_is_a_json_404(client):
    response = client.get(API + "/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "detail": "Not Found"}


# --- writing -------------------------------------------------------------------------------

ARTICLE = {
    "id": "web-posted-1",
    "title": "Russia and Belarus sign a new energy deal",
    "text": "MINSK, March 3 - Russia and Belarus signed an agreement on energy cooperation "
    "on Monday, the two governments said.",
    "published": "2025-03-03",
    "source": "Test Wire",
}


@pytest.fixture
def writable(tmp_path: Path) -> TestClient:
    """An app with a write token over an empty store of its own."""
    app = create_app(str(tmp_path / "write.db"), write_token=TOKEN, max_body_bytes=64 * 1024)
    return TestClient(app, raise_server_exceptions=False)


def post(client: TestClient, body, token: str | None = TOKEN, **kwargs):
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return client.post(API + "/documents", json=body, headers=headers, **kwargs)


def test_read_only_server_refuses_writes(client):
    response = post(client, {"documents": [ARTICLE]})
    assert response.status_code == 403
    assert "read-only" in response.json()["detail"]


@pytest.mark.parametrize("token", [None, "wrong", TOKEN + "x", "", TOKEN[:-1]])
def test_write_needs_the_right_token(writable, token):
    response = post(writable, {"documents": [ARTICLE]}, token=token)
    assert response.status_code == 401
    assert "write token" in response.json()["detail"]
    assert get(writable, "/")["documents"] == 0


def test_write_token_must_be_a_bearer_token(writable):
    response = writable.post(
        API + "/documents", json={"documents": [ARTICLE]}, headers={"Authorization": TOKEN}
    )
    assert response.status_code == 401


def test_posted_documents_are_ingested_and_extracted(writable):
    response = post(writable, {"documents": [ARTICLE]})
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary["new"] == 1 and summary["failed"] == 0
    assert summary["new_ids"] == ["web-posted-1"]
    found = get(writable, "/documents/web-posted-1")
    assert found["document"]["title"] == ARTICLE["title"]
    assert found["facts"]["agreements"], found["facts"]
    assert get(writable, "/agreements", party=["RUS", "BLR"])["total"] == 1
    again = post(writable, {"documents": [ARTICLE]}).json()
    assert again["new"] == 0 and again["duplicate"] == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"documents": []}, "body documents"),
        ({"documents": [{"id": "x"}]}, "body documents[0].text"),
        ({"documents": [{"id": "", "text": "t"}]}, "body documents[0].id"),
        ({"docs": [ARTICLE]}, "body documents"),
        ([ARTICLE], "body"),
    ],
)
def test_malformed_posts_are_400(writable, body, message):
    response = post(writable, body)
    assert response.status_code == 400
    assert message in response.json()["detail"]


def test_body_over_the_limit_is_413(writable):
    big = {**ARTICLE, "text": "word " * 20_000}
    response = post(writable, {"documents": [big]})
    assert response.status_code == 413
    assert "request body too large" in response.json()["detail"]
    assert get(writable, "/")["documents"] == 0


def test_chunked_body_over_the_limit_is_413(writable):
    def chunks():
        yield b'{"documents": [{"id": "x", "text": "'
        for _ in range(100):
            yield b"a" * 1024
        yield b'"}]}'

    response = writable.post(
        API + "/documents",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code == 413


@pytest.mark.slow  # starts a server process
def test_serve_command_reads_the_token_from_the_environment(sample_db, tmp_path):
    """``blocwatch serve`` in a real process: prints its address, serves the API, and takes
    the write token from $BLOCWATCH_WRITE_TOKEN."""
    import os
    import sqlite3
    import subprocess
    import sys

    import httpx

    db = tmp_path / "served.db"
    # A copy through SQLite's backup: the store's recent writes may sit in its WAL file.
    with sqlite3.connect(sample_db) as source, sqlite3.connect(db) as target:
        source.backup(target)
    env = {**os.environ, "BLOCWATCH_WRITE_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}
    program = str(Path(sys.executable).with_name("blocwatch"))
    command = [program, "serve", "--db", str(db), "--port", "0"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("dashboard: http://127.0.0.1:"), line
        address = line.split()[1].rstrip("/")
        assert "read-write" in line
        assert httpx.get(f"{address}{API}/").json()["documents"] == 30
        refused = httpx.post(f"{address}{API}/documents", json={"documents": [ARTICLE]})
        assert refused.status_code == 401
        accepted = httpx.post(
            f"{address}{API}/documents",
            json={"documents": [ARTICLE]},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=120,
        )
        assert accepted.status_code == 200 and accepted.json()["new"] == 1
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_demo_no_serve_builds_and_returns(cli, tmp_path):
    db = tmp_path / "demo.db"
    result = cli("demo", "--db", str(db), "--no-serve")
    assert result.exit_code == 0, result.output
    assert "documents" in result.stdout and "30" in result.stdout


# --- both backends ---------------------------------------------------------------------------


def test_api_on_sqlite_and_postgresql(db_url):
    """The queries of the API's own (actors, a document's records, overview) and search run
    on both backends: an article posted, then read back every way."""
    client = TestClient(create_app(db_url, write_token=TOKEN), raise_server_exceptions=False)
    assert post(client, {"documents": [ARTICLE]}).json()["new"] == 1
    meta = get(client, "/")
    assert meta["documents"] == 1 and meta["agreements"] == 1
    assert meta["first_day"] == meta["last_day"] == "2025-03-03"
    actors = {a["code"]: a for a in get(client, "/actors")["items"]}
    assert set(actors) == {"BLR", "RUS"} and actors["RUS"]["agreements"] == 1
    hits = get(client, "/search", q="energy Minsk")["items"]
    assert [h["id"] for h in hits] == ["web-posted-1"]
    facts = get(client, "/documents/web-posted-1")["facts"]["agreements"]
    assert facts[0]["record_id"] == get(client, "/agreements")["items"][0]["id"]
    assert get(client, "/network", as_of="2025")["edges"][0]["kind"] == "agreement"
    assert "NUL" in error(client, "/documents/web-posted-%00", 400)
    assert "NUL" in error(client, "/documents", 400, source="Test\x00Wire")
    nul = {**ARTICLE, "id": "nul-text", "text": ARTICLE["text"] + " \x00 Officials said."}
    refused = post(client, {"documents": [nul]})
    assert refused.status_code == 422, refused.text
    [result] = refused.json()["results"]
    assert result["status"] == "failed" and "NUL" in result["reason"]


def test_non_ascii_token_is_refused_not_an_error(writable):
    response = writable.post(
        API + "/documents",
        json={"documents": [ARTICLE]},
        headers={"Authorization": "Bearer ü-token".encode()},
    )
    assert response.status_code == 401
