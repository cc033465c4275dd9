"""The HTTP edge under hostile or unlucky use (issue 16): a result per posted document, a
503 with Retry-After on a busy store, opaque ids, the Host check, security headers on
every response, HEAD, the docs page without 'unsafe-inline', the write token kept out of
``ps``."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from blocwatch import config
from blocwatch.errors import BlocwatchError
from blocwatch.web import create_app
from blocwatch.web.auth import read_write_token
from blocwatch.web.server import allowed_hosts_for
from test_robust_ingest import lock_held

API = "/api/v1"
TOKEN = "robust-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
GOOD = {
    "id": "good-1",
    "text": "Russia and Belarus signed an energy agreement in Minsk on 3 March 2025.",
    "published": "2025-03-03",
}
# Ids a wire service or an archive may use: every one must open everywhere.
ODD_IDS = [
    "reuters/2024/abc",
    "what?now",
    "frag#ment",
    "100%-sure",
    "with spaces  in it",
    "Ünïcødé-ид-記事",
    "../../etc/passwd",
    "trailing/",
]


def writable(db_url: str, **kwargs) -> TestClient:
    return TestClient(
        create_app(db_url, write_token=TOKEN, **kwargs), raise_server_exceptions=False
    )


def post(client: TestClient, docs: list[dict]):
    return client.post(API + "/documents", json={"documents": docs}, headers=AUTH)


# --- POST: a result per document ------------------------------------------------------------


def test_post_answers_a_result_per_document_207_when_some_fail(db_url):
    client = writable(db_url)
    nul = {"id": "nul", "text": "Ministers met\x00 in Hanoi."}
    response = post(client, [GOOD, nul, GOOD])
    assert response.status_code == 207, response.text
    body = response.json()
    assert [(r["index"], r["status"], r["id"]) for r in body["results"]] == [
        (0, "stored", "good-1"),
        (1, "failed", None),
        (2, "duplicate", "good-1"),
    ]
    assert "NUL character" in body["results"][1]["reason"]
    assert (body["new"], body["failed"], body["duplicate"]) == (1, 1, 1)
    assert client.get(API + "/documents/good-1").status_code == 200


def test_post_with_nothing_storable_is_422_never_200(db_url, monkeypatch):
    monkeypatch.setattr(config, "MAX_DOCUMENT_BYTES", 2000)
    client = writable(db_url)
    big = {"id": "big", "text": "Ministers met in Hanoi again. " * 200}
    response = post(client, [big])
    assert response.status_code == 422, response.text
    [result] = response.json()["results"]
    assert result["status"] == "failed" and "too large" in result["reason"]
    assert client.get(API + "/").json()["documents"] == 0


def test_post_all_stored_is_200(db_url):
    response = post(writable(db_url), [GOOD])
    assert response.status_code == 200
    assert response.json()["results"] == [
        {"index": 0, "status": "stored", "id": "good-1", "duplicate_of": None, "reason": None}
    ]


def test_post_on_a_busy_store_is_503_with_retry_after(db_url, engine, monkeypatch):
    from blocwatch.web import routes_documents

    monkeypatch.setattr(routes_documents, "POST_LOCK_WAIT", 0.5)
    client = writable(db_url)
    with lock_held(engine):
        response = post(client, [GOOD])
    assert response.status_code == 503, response.text
    assert int(response.headers["retry-after"]) >= 1
    assert response.headers["content-security-policy"]
    body = response.json()
    assert body["results"][0]["status"] == "failed" and "busy" in body["results"][0]["reason"]
    assert post(client, [GOOD]).status_code == 200  # the lock is free again


# --- opaque ids -------------------------------------------------------------------------------


@pytest.fixture
def odd_store(db_url: str, tmp_path: Path) -> str:
    path = tmp_path / "odd.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {"id": doc_id, "text": f"Story {i}: officials met in Minsk.", "title": f"T{i}"}
            )
            + "\n"
            for i, doc_id in enumerate(ODD_IDS)
        )
    )
    from blocwatch.pipeline import ingest

    summary = ingest([str(path)], db=db_url)
    assert summary.failed == 0 and sorted(summary.new_ids) == sorted(ODD_IDS)
    return db_url


def test_any_id_opens_by_path_and_by_query(odd_store):
    client = TestClient(create_app(odd_store), raise_server_exceptions=False)
    for doc_id in ODD_IDS:
        by_path = client.get(f"{API}/documents/{quote(doc_id, safe='')}")
        assert by_path.status_code == 200, (doc_id, by_path.text)
        assert by_path.json()["document"]["id"] == doc_id
        by_query = client.get(f"{API}/document", params={"id": doc_id})
        assert by_query.status_code == 200 and by_query.json()["document"]["id"] == doc_id
    # A "/" may also stay as written in the path.
    assert (
        client.get(f"{API}/documents/reuters/2024/abc").json()["document"]["id"]
        == "reuters/2024/abc"
    )
    missing = client.get(f"{API}/document", params={"id": "reuters/2024"})
    assert missing.status_code == 404 and "reuters/2024" in missing.json()["detail"]


def test_any_id_opens_with_docs_show(odd_store, cli):
    for doc_id in ODD_IDS:
        result = cli("docs", "show", doc_id, "--db", odd_store, "--json")
        assert result.exit_code == 0, (doc_id, result.output)
        assert json.loads(result.stdout)["id"] == doc_id


# --- the Host check, headers, HEAD, docs ------------------------------------------------------


def test_serving_beyond_loopback_needs_allowed_hosts():
    with pytest.raises(BlocwatchError, match="--allowed-hosts"):
        allowed_hosts_for("0.0.0.0", None)
    with pytest.raises(BlocwatchError, match="--allowed-hosts"):
        allowed_hosts_for("192.0.2.7", " , ")
    assert allowed_hosts_for("0.0.0.0", "a.example.org, *.b.example.org") == [
        "a.example.org",
        "*.b.example.org",
    ]
    assert "localhost" in allowed_hosts_for("127.0.0.1", None)
    assert "localhost" in allowed_hosts_for("::1", None)


def test_serve_refuses_a_public_address_without_allowed_hosts(cli, tmp_path):
    result = cli("serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0", "--port", "0")
    # main() prints a BlocwatchError as one line; the in-process runner hands it back.
    assert isinstance(result.exception, BlocwatchError)
    assert "--allowed-hosts" in str(result.exception)


def test_the_write_token_is_no_command_line_flag(cli, tmp_path):
    result = cli("serve", "--db", str(tmp_path / "s.db"), "--write-token", "secret")
    assert result.exit_code == 2 and "No such option" in result.output


def test_the_write_token_comes_from_a_file_or_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("BLOCWATCH_WRITE_TOKEN", raising=False)
    assert read_write_token(None) is None
    monkeypatch.setenv("BLOCWATCH_WRITE_TOKEN", "from-env")
    assert read_write_token(None) == "from-env"
    path = tmp_path / "token"
    path.write_text("from-file\n")
    assert read_write_token(path) == "from-file"
    path.write_text("\n")
    with pytest.raises(BlocwatchError, match="no token"):
        read_write_token(path)
    with pytest.raises(BlocwatchError, match="no such file"):
        read_write_token(tmp_path / "absent")


SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy")


def has_security_headers(response) -> bool:
    return all(name in response.headers for name in SECURITY_HEADERS)


def test_security_headers_on_every_answer_of_every_layer(tmp_path):
    app = create_app(
        str(tmp_path / "h.db"),
        write_token=TOKEN,
        max_body_bytes=1000,
        allowed_hosts=["blocwatch.test"],
    )
    client = TestClient(app, base_url="http://blocwatch.test", raise_server_exceptions=False)
    answers = {
        "ok": client.get(API + "/"),
        "404": client.get(API + "/nothing"),
        "nul-400": client.get(API + "/documents/a%00b"),
        "413": client.post(API + "/documents", content=b"x" * 2000, headers=AUTH),
        "401": client.post(API + "/documents", json={"documents": [GOOD]}),
        "static": client.get("/static/app.css"),
    }
    for name, response in answers.items():
        assert has_security_headers(response), name
    assert answers["nul-400"].status_code == 400 and answers["413"].status_code == 413
    foreign = TestClient(app, base_url="http://evil.test", raise_server_exceptions=False)
    refused = foreign.get(API + "/")
    assert refused.status_code == 400 and has_security_headers(refused)


def test_head_is_answered_where_get_is(tmp_path):
    client = TestClient(
        create_app(str(tmp_path / "h.db"), create=True), raise_server_exceptions=False
    )
    for path in ("/", API + "/", API + "/actors", "/docs", "/static/app.css"):
        get = client.get(path)
        head = client.head(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
    assert client.head(API + "/documents/absent").status_code == 404


def test_docs_page_runs_under_a_policy_without_unsafe_inline(tmp_path):
    client = TestClient(create_app(str(tmp_path / "h.db"), create=True))
    page = client.get("/docs")
    policy = page.headers["content-security-policy"]
    assert "unsafe-inline" not in policy and "script-src 'self';" in policy
    assert "<script>" not in page.text and "style=" not in page.text
    assert "/static/js/swagger-init.js" in page.text
    assert client.get("/static/js/swagger-init.js").status_code == 200


# --- a server that holds load: the read cache ------------------------------------------------


def test_read_answers_follow_writes_of_any_process(db_url, tmp_path, cli):
    """Answers are kept between writes, never across one: a write by another process (the
    CLI here, its own engine) shows in the next answer, on both backends."""
    client = TestClient(create_app(db_url, create=True), raise_server_exceptions=False)
    assert client.get(API + "/").json()["documents"] == 0
    assert client.get(API + "/").json()["documents"] == 0  # served again
    path = tmp_path / "one.txt"
    path.write_text(GOOD["text"])
    assert cli("ingest", str(path), "--db", db_url).exit_code == 0
    if db_url.startswith("postgresql"):
        time.sleep(1.1)  # PostgreSQL: answers are kept one second at most
    assert client.get(API + "/").json()["documents"] == 1
    assert client.get(API + "/documents/one").status_code == 200


def test_post_then_read_sees_the_new_document(db_url):
    client = writable(db_url)
    assert client.get(API + "/agreements").json()["total"] == 0
    assert post(client, [GOOD]).status_code == 200
    assert client.get(API + "/agreements").json()["total"] == 1


def test_error_answers_are_not_kept(tmp_path):
    client = TestClient(
        create_app(str(tmp_path / "c.db"), create=True), raise_server_exceptions=False
    )
    assert client.get(API + "/documents/late").status_code == 404
    from blocwatch.pipeline import ingest

    path = tmp_path / "late.txt"
    path.write_text(GOOD["text"])
    assert ingest([str(path)], db=str(tmp_path / "c.db")).new == 1
    assert client.get(API + "/documents/late").status_code == 200


@pytest.mark.slow  # starts a server process
def test_serve_with_workers_and_a_token_file(tmp_path):
    """``blocwatch serve --workers 2`` in a real process: both workers answer reads, the
    token read from its file reaches them, and no process's arguments show it."""
    import os
    import signal
    import subprocess
    import sys

    import httpx
    import psutil

    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    program = str(Path(sys.executable).with_name("blocwatch"))
    command = [program, "serve", "--db", str(tmp_path / "w.db"), "--port", "0"]
    command += ["--workers", "2", "--write-token-file", str(token_file)]
    env = {k: v for k, v in os.environ.items() if k != "BLOCWATCH_WRITE_TOKEN"}
    env["PYTHONUNBUFFERED"] = "1"
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        line = process.stdout.readline()
        assert "read-write" in line, line
        address = line.split()[1].rstrip("/")
        for _ in range(200):  # the workers start after the socket listens
            try:
                if httpx.get(f"{address}{API}/", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        accepted = httpx.post(
            f"{address}{API}/documents", json={"documents": [GOOD]}, headers=AUTH, timeout=120
        )
        assert accepted.status_code == 200, accepted.text
        answers = [httpx.get(f"{address}{API}/", timeout=30).json() for _ in range(6)]
        assert all(a["documents"] == 1 for a in answers)
        family = [psutil.Process(process.pid), *psutil.Process(process.pid).children()]
        assert len(family) >= 3  # the supervisor and its two workers
        for member in family:
            assert TOKEN not in " ".join(member.cmdline())
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
