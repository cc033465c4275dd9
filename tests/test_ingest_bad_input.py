"""Bad inputs through the command line: one clear line each, the rest still stored, a
non-zero exit, and never a stack trace."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from blocwatch import config
from blocwatch.store import connect
from blocwatch.store.documents import count_documents, get_document

GOOD_TEXT = (
    "Good article\nPublished: 2024-05-01\n\nThe two ministers met and agreed to meet again.\n"
)


def ingest_cli(cli, db, *paths, input=None):
    """``blocwatch ingest --no-extract --db DB PATHS...``; ``db`` is a path or a URL."""
    return cli("ingest", "--no-extract", "--db", str(db), *map(str, paths), input=input)


def assert_clean_failure(result, *lines):
    """Exit status 1, each expected line on stderr, and no traceback anywhere."""
    assert result.exit_code == 1, result.output
    assert result.exception is None, result.exception
    assert "Traceback" not in result.output
    for line in lines:
        assert f"error: {line}" in result.stderr, result.stderr


# (file name, content, reason): one of every kind of bad file.
BAD_FILES = [
    (
        "nul.txt",
        b"Looks like text\x00\x01\x02 but is not",
        "binary file, not text (it contains NUL bytes)",
    ),
    ("control.txt", bytes(range(1, 9)) * 50, "binary file, not text (mostly control characters)"),
    (
        "noise.txt",
        bytes([0xE9, 0x80, 0x81, 0xFE]) * 50,  # no encoding reads it as text with confidence
        "unreadable encoding: not UTF-8 (byte 0xfe at offset 3); convert it to UTF-8",
    ),
    ("empty.txt", b"", "empty file"),
    ("blank.html", b"  \n\t\n  ", "empty file (only whitespace)"),
    ("broken.rss", b"<rss><channel><title>Cut", "not a readable RSS or Atom feed"),
    ("not-a-feed.xml", b"<?xml version='1.0'?><urlset/>", "not an RSS or Atom feed"),
    ("notes.warc", b"Just some notes.\n", "not a WARC file"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES)
def test_each_bad_file_gets_its_message(cli, db_path, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    result = ingest_cli(cli, db_path, path)
    assert_clean_failure(result, f"{path}: {reason}")
    assert "1 failed" in result.stdout


def test_malformed_json_line_names_its_line(cli, db_url, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "Fine."}\n{"id": "b", "text": }\n{"id": "c"}\n')
    result = ingest_cli(cli, db_url, path)
    assert_clean_failure(
        result,
        f"{path}:2: malformed JSON (Expecting value at column 21)",
        f'{path}:3: missing "text"',
    )
    assert count_documents(connect(db_url)) == 1


def test_over_the_size_limit(cli, db_path, tmp_path):
    # A real file just over the default 5 MB limit.
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (config.MAX_DOCUMENT_BYTES // 5 + 1))
    result = ingest_cli(cli, db_path, path)
    assert_clean_failure(
        result,
        f"{path}: too large: 5.0 MB (the limit is 5.0 MB per document;"
        " set BLOCWATCH_MAX_DOCUMENT_BYTES to change it)",
    )


def test_missing_path_and_unsupported_type(cli, db_path, tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    missing = tmp_path / "nowhere.txt"
    result = ingest_cli(cli, db_path, missing, pdf)
    assert_clean_failure(
        result,
        f"{missing}: no such file or directory",
        f"{pdf}: unsupported file type '.pdf' (supported: .txt, .text, .html",
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(cli, db_path, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Classified talks.")
    path.chmod(0)
    try:
        assert_clean_failure(ingest_cli(cli, db_path, path), f"{path}: permission denied")
    finally:
        path.chmod(0o644)


def test_unreadable_file_as_the_os_reports_it(cli, db_path, tmp_path, monkeypatch):
    # The same path as above for when tests run as root: the error the OS raises on open.
    path = tmp_path / "secret.txt"
    path.write_text("Classified talks.")
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    assert_clean_failure(ingest_cli(cli, db_path, path), f"{path}: permission denied")


def test_markup_in_a_file_name_is_printed_as_is(cli, db_path, tmp_path):
    (tmp_path / "[red]").mkdir()
    path = tmp_path / "[red]" / "[bold]x.txt"
    path.write_bytes(b"\x00\x00")
    result = ingest_cli(cli, db_path, path)
    assert_clean_failure(result, f"{path}: binary file, not text (it contains NUL bytes)")


def test_folder_of_good_and_bad_files(cli, db_url, tmp_path, ingest_fixtures, make_warc):
    folder = tmp_path / "inbox"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    # Good inputs of every kind.
    (folder / "good.txt").write_text(GOOD_TEXT)
    shutil.copy(ingest_fixtures / "html" / "riverside-monitor-grain.html", folder / "nested")
    shutil.copy(ingest_fixtures / "jsonl" / "mixed.jsonl", folder / "nested" / "deeper")
    shutil.copy(ingest_fixtures / "feeds" / "valley-herald.atom", folder)
    article = (ingest_fixtures / "html" / "coastal-ledger-patrols.html").read_bytes()
    make_warc(folder / "crawl.warc.gz", [dict(uri="https://c.test/a", payload=article)])
    # Every kind of bad file.
    for name, content, _reason in BAD_FILES:
        (folder / "nested" / name).write_bytes(content)
    # Passed over: unknown types and hidden files.
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "image.png").write_bytes(b"\x89PNG")
    (folder / ".hidden" / "x.txt").write_text("Hidden, never read.")
    (folder / ".DS_Store").write_bytes(b"\0\0")

    result = ingest_cli(cli, db_url, folder)
    # mixed.jsonl holds 2 good lines and 5 bad ones.
    bad = [f"{folder / 'nested' / name}: {reason}" for name, _content, reason in BAD_FILES]
    jsonl = folder / "nested" / "deeper" / "mixed.jsonl"
    assert_clean_failure(result, *bad, f'{jsonl}:3: missing "text"', f'{jsonl}:7: missing "id"')
    assert result.stderr.count("error: ") == len(BAD_FILES) + 5
    # good.txt, the page, 2 JSON lines, 2 feed entries, 1 archived page.
    assert "7 read, 7 new" in result.stdout
    assert "2 skipped" in result.stdout
    assert f"{len(BAD_FILES) + 5} failed" in result.stdout
    engine = connect(db_url)
    assert count_documents(engine) == 7
    assert get_document(engine, "good")["published"] == "2024-05-01"
    assert get_document(engine, "riverside-monitor-grain") is not None
    assert get_document(engine, "good-1") is not None and get_document(engine, "good-2") is not None

    again = ingest_cli(cli, db_url, folder)
    assert_clean_failure(again, *bad)
    assert "7 read, 0 new" in again.stdout and "7 duplicate" in again.stdout
    assert count_documents(engine) == 7


def test_all_good_exits_zero(cli, db_path, ingest_fixtures):
    result = ingest_cli(cli, db_path, ingest_fixtures / "txt", ingest_fixtures / "html")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "5 read, 5 new" in result.stdout and "0 failed" in result.stdout


def test_standard_input(cli, db_path):
    result = ingest_cli(cli, db_path, "-", input=GOOD_TEXT)
    assert result.exit_code == 0, result.output
    assert "1 read, 1 new" in result.stdout
    empty = ingest_cli(cli, db_path, "-", input="")
    assert_clean_failure(empty, "-: empty file")
