"""Shared fixtures: fixture files, a real store per test (SQLite and PostgreSQL), the CLI,
WARC building."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from blocwatch.cli import app
from blocwatch.store import connect
from pg_support import ENV as PG_ENV
from pg_support import PostgresDatabases

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def ingest_fixtures() -> Path:
    """The folder of ingest fixture files (``tests/fixtures/ingest``)."""
    return FIXTURES / "ingest"


# --- stores: each test that asks for `engine` or `db_url` runs on SQLite and on PostgreSQL ---

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresDatabases]:
    """Throwaway databases on the PostgreSQL server of ``$BLOCWATCH_TEST_PG`` (.ci/run starts
    one). Without it, PostgreSQL runs are skipped, except on CI (``CI=true``): they fail."""
    databases = PostgresDatabases(_postgres_url())
    yield databases
    databases.close()


def _postgres_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        reason = (
            f"{_NO_POSTGRES}{PG_ENV}=postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB (a role "
            "that may create databases; `source .ci/postgres.sh && pg_install && pg_start`)"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}: required on CI", pytrace=False)
        pytest.skip(reason)
    return url


_NO_POSTGRES = "PostgreSQL: set "


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # One summary line for every run skipped for want of a server, not one per test.
    report = (yield).get_result()
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple) and _NO_POSTGRES in longrepr[2]:
        report.longrepr = (__file__, _postgres_url.__code__.co_firstlineno, longrepr[2])


def _backend(request: pytest.FixtureRequest) -> str | None:
    callspec = getattr(request.node, "callspec", None)
    return callspec.params.get("db_url") if callspec else None


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store migrated once per session: each test's store is a copy of it (a file
    copy takes a millisecond, running the migrations a quarter of a second)."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    connect(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of this test's store, migrated and empty: a SQLite file (``db_path``, a copy
    of the session's migrated one) in one run of the test, a fresh PostgreSQL database (a
    copy of a migrated template) in the other."""
    if request.param == "sqlite":
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), tmp_path / "store.db")
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    databases: PostgresDatabases = request.getfixturevalue("postgres")
    name = databases.create()
    yield databases.url_for(name)
    databases.drop(name)


@pytest.fixture
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Where this test's SQLite store lives (not created until something connects). In the
    PostgreSQL run of a test that also uses ``engine`` or ``db_url`` there is no such file:
    that run is skipped (use ``db_url`` to pass the store to the CLI instead)."""
    if _backend(request) == "postgresql":
        pytest.skip("uses db_path, a SQLite file, as the store: not yet converted to db_url")
    return tmp_path / "store.db"


@pytest.fixture
def engine(db_url: str):
    """A migrated, empty store at ``db_url``: SQLite in one run, PostgreSQL in the other."""
    engine = connect(db_url)
    yield engine
    engine.dispose()


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """Runs ``blocwatch ARGS...`` in-process; returns exit code, stdout and stderr."""

    def run(*args: str, input: bytes | str | None = None) -> CliResult:
        result = CliRunner().invoke(app, list(args), input=input, catch_exceptions=True)
        exception = result.exception if not isinstance(result.exception, SystemExit) else None
        return CliResult(result.exit_code, result.stdout, result.stderr, exception)

    return run


@dataclass
class WarcRecord:
    """One record for :func:`write_warc`; ``rec_type`` "response" gets HTTP headers."""

    uri: str
    payload: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    rec_type: str = "response"
    warc_date: str | None = None
    extra_headers: list[tuple[str, str]] = field(default_factory=list)


def write_warc(path: Path, records: Sequence[WarcRecord], *, gzip: bool = True) -> Path:
    """Writes ``records`` (after a warcinfo record) to the WARC file ``path`` with warcio's
    own writer, one gzip member per record when ``gzip``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "blocwatch"}))
        for record in records:
            headers = {"WARC-Date": record.warc_date} if record.warc_date else None
            if record.rec_type == "response":
                http = StatusAndHeaders(
                    record.status,
                    [("Content-Type", record.content_type), *record.extra_headers],
                    protocol="HTTP/1.1",
                )
                built = writer.create_warc_record(
                    record.uri,
                    "response",
                    payload=io.BytesIO(record.payload),
                    http_headers=http,
                    warc_headers_dict=headers,
                )
            elif record.rec_type == "request":
                http = StatusAndHeaders(
                    f"GET {record.uri} HTTP/1.1", [("Host", "example.test")], is_http_request=True
                )
                built = writer.create_warc_record(
                    record.uri, "request", payload=io.BytesIO(b""), http_headers=http
                )
            else:
                built = writer.create_warc_record(
                    record.uri,
                    record.rec_type,
                    payload=io.BytesIO(record.payload),
                    warc_content_type=record.content_type,
                    warc_headers_dict=headers,
                )
            writer.write_record(built)
    return path


@pytest.fixture
def make_warc() -> Callable[..., Path]:
    """``make_warc(path, [dict(uri=..., payload=..., ...)], gzip=True)``: a WARC file of
    records given as :class:`WarcRecord` keyword arguments."""

    def make(path: Path, records: Sequence[dict], *, gzip: bool = True) -> Path:
        return write_warc(path, [WarcRecord(**record) for record in records], gzip=gzip)

    return make


# --- the quick loop: `make check` deselects what is marked slow ---------------------------

# Whole files whose tests start processes, servers, browsers or clusters: slow by nature.
SLOW_FILES = frozenset(
    {
        "test_dashboard.py",
        "test_dashboard_desk.py",
        "test_robust_cli.py",
        "test_ingest_killed.py",
        "test_ingest_workers.py",
        "test_web_schema.py",
        "test_extract_robustness.py",
        # compares every token of several hundred parses with spaCy's own pipes (6 s)
        "test_extract_attribute_rules.py",
        # the as-of index against the records on the sample and a generated base (40 s)
        "test_asof_index.py",
        # the held network against network_json on the same two bases, and over HTTP (2 min)
        "test_held_network.py",
        # one CLI process per query command over a missing store (7 s)
        "test_store_missing.py",
    }
)
# Single tests that take seconds each: a generated 10,000-fact base, one CLI process per
# query command. They run in `make test` (and CI), not in the quick `make check` loop.
SLOW_TESTS = frozenset(
    {
        "test_every_query_command_writes_csv_tsv_and_json",
    }
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name in SLOW_FILES or item.originalname in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
