"""Shared fixtures: fixture files, a real SQLite store per test, the CLI, WARC building."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from blocwatch.cli import app
from blocwatch.store import connect

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def ingest_fixtures() -> Path:
    """The folder of ingest fixture files (``tests/fixtures/ingest``)."""
    return FIXTURES / "ingest"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's SQLite store lives (not created until something connects)."""
    return tmp_path / "store.db"


@pytest.fixture
def engine(db_path: Path):
    """A migrated, empty SQLite store in a temporary file."""
    engine = connect(str(db_path))
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
