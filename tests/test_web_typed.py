"""The typed API: a client generated from the OpenAPI schema (datamodel-code-generator's
pydantic models, which refuse fields the schema does not declare) reads one real answer of
every JSON endpoint of a real server over a real SQLite file; the paging envelope, the error
rule, enums, stable ETags with 304s, gzip and CORS."""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
import typing
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from blocwatch.model import PROVISIONS
from blocwatch.pipeline import ingest
from blocwatch.sample import corpus_path
from blocwatch.web import create_app
from blocwatch.web.server import BackgroundServer

API = "/api/v1"
TOKEN = "typed-client-token"

# A real value for each path parameter, and the required query parameters of the endpoints
# that have some: every GET endpoint of the schema must be called below (a new one without an
# example fails the coverage check).
PATH_VALUES = {
    "code": "RUS",
    "record_id": "A-PRK-RUS-2024",
    "doc_id": "rus-prk-treaty-signed",
}
QUERIES = {
    "/alignment": {"a": "RUS", "b": "PRK"},
    "/changes": {"since": "2024"},
    "/search": {"q": "treaty"},
    "/document": {"id": "rus-prk-treaty-signed"},
}
# Per-kind record paths take the id of their own kind.
RECORD_IDS = {
    "/agreements/{record_id}": "A-PRK-RUS-2024",
    "/claims/{record_id}": None,  # filled from the store: the first claim
    "/measures/{record_id}": None,  # the first measure series
    "/exercises/{record_id}": None,  # the first exercise
}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("typed") / "sample.db")
    assert ingest([str(corpus_path())], db=db).failed == 0
    return db


@pytest.fixture(scope="module")
def server(sample_db: str):
    """A real uvicorn server over the store, with a write token."""
    with BackgroundServer(create_app(sample_db, write_token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def generated(server: str, tmp_path_factory):
    """The models module datamodel-code-generator writes from the server's own schema."""
    folder = tmp_path_factory.mktemp("client")
    schema = folder / "openapi.json"
    schema.write_text(httpx.get(server + API + "/openapi.json").text, encoding="utf-8")
    target = folder / "blocwatch_client.py"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("datamodel-codegen")),
            "--input",
            str(schema),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--extra-fields",
            "forbid",  # a field the schema does not declare is an error
            "--output",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    spec = importlib.util.spec_from_file_location("blocwatch_client", target)
    module = importlib.util.module_from_spec(spec)
    sys.modules["blocwatch_client"] = module
    spec.loader.exec_module(module)
    for value in vars(module).values():
        generated_here = isinstance(value, type) and value.__module__ == "blocwatch_client"
        if generated_here and hasattr(value, "model_rebuild"):
            value.model_rebuild()
    return module, json.loads(schema.read_text(encoding="utf-8"))


def _class_name(ref: str) -> str:
    # "#/components/schemas/Page_ActorSummary_" -> "PageActorSummary", the generator's name.
    return "".join(ch for ch in ref.rsplit("/", 1)[1] if ch.isalnum())


def _python_type(module, schema: dict):
    """The generated type of a response schema ($ref, array of, or any of)."""
    if "$ref" in schema:
        return getattr(module, _class_name(schema["$ref"]))
    if schema.get("type") == "array":
        return list[_python_type(module, schema["items"])]
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return typing.Union[tuple(_python_type(module, o) for o in options)]  # noqa: UP007
    raise AssertionError(f"untyped response schema: {schema}")


def _json_gets(schema: dict) -> dict[str, dict]:
    """GET operations whose 200 answer is JSON, by path (without the /api/v1 prefix)."""
    found = {}
    for path, item in schema["paths"].items():
        operation = item.get("get")
        if operation is None:
            continue
        content = operation["responses"]["200"].get("content", {})
        if "application/json" in content:
            found[path.removeprefix(API)] = content["application/json"]["schema"]
    return found


def test_every_json_answer_is_typed_and_no_object_is_left_untyped(generated):
    _module, schema = generated
    answers = _json_gets(schema)
    assert len(answers) >= 20
    for path, response in answers.items():
        assert response.get("type") != "object" and response != {}, path
    for name, component in schema["components"]["schemas"].items():
        if component.get("type") == "object":
            assert component.get("properties"), f"{name} declares no fields"


def test_closed_vocabularies_are_enums(generated):
    _module, schema = generated
    components = schema["components"]["schemas"]
    assert components["Provision"]["enum"] == list(PROVISIONS)
    assert set(components["ClaimStatus"]["enum"]) == {"alleged", "contested", "acknowledged"}
    assert "bilateral_trade" in components["Metric"]["enum"]
    agreement = components["Agreement"]["properties"]
    assert agreement["kind"] == {"$ref": "#/components/schemas/AgreementKind"}
    params = schema["paths"][API + "/claims"]["get"]["parameters"]
    status = next(p for p in params if p["name"] == "status")
    assert "ClaimStatus" in json.dumps(status["schema"])


def test_generated_client_reads_every_endpoint_of_a_real_server(generated, server):
    module, schema = generated
    checked = []
    with httpx.Client(base_url=server + API, timeout=60) as http:
        ids = {
            "/claims/{record_id}": http.get("/claims").json()["items"][0]["id"],
            "/measures/{record_id}": http.get("/measures").json()["items"][0]["id"],
            "/exercises/{record_id}": http.get("/exercises").json()["items"][0]["id"],
        }
        for path, response_schema in _json_gets(schema).items():
            url = path
            record_id = {**RECORD_IDS, **ids}.get(path)
            if record_id:
                url = path.replace("{record_id}", record_id)
            for name, value in PATH_VALUES.items():
                url = url.replace(f"{{{name}}}", value).replace(f"{{{name}:path}}", value)
            answer = http.get(url, params=QUERIES.get(path, {}))
            assert answer.status_code == 200, (path, answer.text[:300])
            parsed = TypeAdapter(_python_type(module, response_schema)).validate_python(
                answer.json()
            )
            # What the typed client read, written back, is what the server said.
            dumped = TypeAdapter(_python_type(module, response_schema)).dump_python(
                parsed, mode="json", by_alias=True, exclude_unset=True
            )
            assert dumped == answer.json(), path
            checked.append(path)
    assert {"/actors", "/agreements", "/network", "/documents/{doc_id}", "/"} <= set(checked)
    assert len(checked) == len(_json_gets(schema))


def test_generated_models_post_a_document(generated, server):
    module, _schema = generated
    body = module.PostedDocuments(
        documents=[
            module.PostedDocument(
                id="typed-client-1",
                text="Ruritania and Freedonia signed a trade agreement in Zenda on 3 May 2024.",
                published="2024-05-03",
            )
        ]
    )
    answer = httpx.post(
        server + API + "/documents",
        content=body.model_dump_json(exclude_none=True),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        timeout=120,
    )
    assert answer.status_code == 200, answer.text
    result = module.IngestResult.model_validate(answer.json())
    assert result.new == 1 and result.results[0].id == "typed-client-1"


# --- paging, errors ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(sample_db: str) -> TestClient:
    return TestClient(create_app(sample_db), raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/actors", {}),
        ("/agreements", {}),
        ("/claims", {}),
        ("/measures", {}),
        ("/documents", {}),
        ("/search", {"q": "treaty"}),
        ("/changes", {"since": "2000"}),
        ("/actors/RUS/timeline", {}),
        ("/records/A-PRK-RUS-2024/sources", {}),
    ],
)
def test_one_paging_envelope_everywhere(client, path, params):
    first = client.get(API + path, params={**params, "limit": 2}).json()
    assert set(first) == {"items", "total", "limit", "offset", "next"}
    assert first["limit"] == 2 and first["offset"] == 0 and len(first["items"]) <= 2
    if first["next"] is not None:
        second = client.get(API + path, params={**params, "limit": 2, "offset": first["next"]})
        page = second.json()
        assert page["offset"] == 2 and page["items"] and page["items"] != first["items"]
    everything = client.get(API + path, params={**params, "limit": 1000}).json()
    assert everything["next"] is None
    assert everything["total"] == len(everything["items"])


def test_search_pages_are_counted_on_the_last_page(client):
    page = client.get(API + "/search", params={"q": "treaty", "limit": 1}).json()
    assert page["next"] == 1 and page["total"] is None
    rest = client.get(API + "/search", params={"q": "treaty", "limit": 1000}).json()
    assert rest["total"] == len(rest["items"]) > 1
    assert rest["items"][0] == page["items"][0]


@pytest.mark.parametrize(
    ("path", "params", "status", "code"),
    [
        ("/actors/XXX", {}, 404, "not_found"),
        ("/claims", {"subject": "XXX"}, 404, "not_found"),
        ("/agreements/A-XXX-YYY-1900", {}, 404, "not_found"),
        ("/document", {"id": "nothing"}, 404, "not_found"),
        ("/agreements", {"as_of": "2024-13"}, 400, "bad_request"),
        ("/agreements", {"provision": "friendship"}, 400, "bad_request"),
        ("/agreements", {"limit": 0}, 400, "bad_request"),
        ("/no-such-path", {}, 404, "not_found"),
    ],
)
def test_one_error_rule(client, path, params, status, code):
    answer = client.get(API + path, params=params)
    assert answer.status_code == status
    body = answer.json()
    assert body["error"] == code and body["detail"] and "\n" not in body["detail"]


# --- ETags, gzip, CORS -----------------------------------------------------------------------


def test_etags_are_stable_and_answer_304(sample_db, tmp_path):
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    client = TestClient(create_app(str(db), write_token=TOKEN))
    first = client.get(API + "/agreements")
    again = client.get(API + "/agreements")
    tag = first.headers["etag"]
    assert tag.startswith('W/"') and again.headers["etag"] == tag
    assert first.headers["cache-control"] == "no-cache"
    fresh = create_app(str(db))  # another process's server over the same store
    assert TestClient(fresh).get(API + "/agreements").headers["etag"] == tag
    not_modified = client.get(API + "/agreements", headers={"If-None-Match": tag})
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert not_modified.headers["etag"] == tag
    other = client.get(API + "/agreements", headers={"If-None-Match": 'W/"stale"'})
    assert other.status_code == 200 and other.json() == first.json()
    # The store changes: so do the answer and its tag.
    posted = client.post(
        API + "/documents",
        json={
            "documents": [
                {
                    "id": "etag-1",
                    "text": "Ruritania and Freedonia signed a defence pact in Zenda on 3 May 2024.",
                }
            ]
        },
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert posted.status_code == 200
    changed = client.get(API + "/documents", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag


def test_large_answers_are_gzipped(client):
    raw = client.get(API + "/network", headers={"Accept-Encoding": "identity"})
    zipped = client.get(API + "/network", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers.get("content-encoding") == "gzip"
    assert "content-encoding" not in raw.headers
    assert zipped.json() == raw.json()  # httpx unzips it
    assert zipped.headers["etag"] == raw.headers["etag"]
    small = client.get(API + "/kinds", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers
    assert len(gzip.compress(raw.content)) < len(raw.content) / 3


def test_cors_only_when_asked(sample_db):
    origin = "https://analysis.example.org"
    default = TestClient(create_app(sample_db)).get(API + "/", headers={"Origin": origin})
    assert "access-control-allow-origin" not in default.headers
    app = create_app(sample_db, cors_origins=[origin])
    client = TestClient(app)
    allowed = client.get(API + "/", headers={"Origin": origin})
    assert allowed.headers["access-control-allow-origin"] == origin
    assert "etag" in allowed.headers["access-control-expose-headers"].lower()
    preflight = client.options(
        API + "/agreements",
        headers={"Origin": origin, "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    other = client.get(API + "/", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers


# --- names and aliases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "code", "alias"),
    [("Kremlin", "RUS", "Kremlin"), ("pyongyang", "PRK", "Pyongyang"), ("Putin", "RUS", None)],
)
def test_actor_search_finds_aliases(client, q, code, alias):
    found = client.get(API + "/actors", params={"q": q}).json()["items"]
    hit = next(a for a in found if a["code"] == code)
    assert any(q.casefold() in name.casefold() for name in hit["aliases"])
    if alias:
        assert alias in hit["aliases"]


def test_actor_profile_keeps_people_apart_from_names(client):
    profile = client.get(API + "/actors/RUS").json()
    assert "Russia" in profile["names_seen"] and "Kremlin" in profile["names_seen"]
    assert "Vladimir Putin" in profile["people_seen"]
    assert not set(profile["people_seen"]) & set(profile["names_seen"])
