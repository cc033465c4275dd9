"""Every user error is one line (issue 16): the real ``blocwatch`` program, run as a user
would, with input that used to end in a traceback or in a silent partial success."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = str(Path(sys.executable).with_name("blocwatch"))
GOOD = "Russia and Belarus signed an energy agreement in Minsk on 3 March 2025, officials said."


def run(
    *args: str, stdin: bytes | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PROGRAM, *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )


def error_lines(done: subprocess.CompletedProcess) -> list[str]:
    """stderr's lines, checked to hold no traceback and to be only error lines."""
    lines = done.stderr.decode().splitlines()
    assert not any("Traceback" in line for line in lines), done.stderr.decode()
    return lines


@pytest.mark.parametrize("code", ["[/]", "[bold]x[/b]", "[red"])
def test_markup_in_user_input_prints_as_written(code, tmp_path):
    from blocwatch.store import connect

    connect(str(tmp_path / "s.db")).dispose()  # a store (empty), as an ingest leaves one
    done = run("timeline", code, "--db", str(tmp_path / "s.db"))
    assert done.returncode == 2
    [line] = error_lines(done)
    assert line.startswith("error: unknown actor code") and code in line


def test_a_path_with_markup_in_it_is_reported_as_written(tmp_path):
    folder = tmp_path / "x["
    folder.mkdir()
    path = folder / "b]a[bold].txt"  # the whole path holds "[/b]" and "[bold]"
    path.write_bytes(b"\x00\x01binary")
    assert "[/b]" in str(path)
    done = run("ingest", str(path), "--db", str(tmp_path / "s.db"))
    assert done.returncode == 1
    [line] = error_lines(done)
    assert line == f"error: {path}: binary file, not text (it contains NUL bytes)"


def test_extract_uses_the_readers_and_checks_of_ingest(tmp_path):
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(bytes(range(256)) * 20)
    text = tmp_path / "story.txt"
    text.write_text(f"Headline\n\n{GOOD}\n")
    nul = tmp_path / "late-nul.txt"
    nul.write_bytes(b"T\n\n" + b"a" * 9000 + b"\x00x")
    done = run("extract", str(binary), str(text), str(nul))
    assert done.returncode == 1
    assert error_lines(done) == [
        f"error: {binary}: binary file, not text (it contains NUL bytes)",
        f"error: {nul}: text contains a NUL character (U+0000) at offset 9,000",
    ]
    [record] = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert record["id"] == "story"
    assert [sorted(a["parties"]) for a in record["agreements"]] == [["BLR", "RUS"]]


def test_extract_refuses_a_text_over_the_budget_in_one_line(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "text": "Ministers met. " * 400}) + "\n")
    done = run("extract", str(path), env={"BLOCWATCH_MAX_DOCUMENT_BYTES": "1000"})
    assert done.returncode == 1
    [line] = error_lines(done)
    assert line.startswith(f"error: {path}:1: too large")
    assert done.stdout == b""


BROKEN_FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><title>One</title><link>https://wire.test/1</link>
<description>Russia and Belarus signed an energy agreement in Minsk on Monday.</description></item>
<item><title>Two</title><link>https://wire.test/2</link>
<description>Cut <b>short & </description></item>
</channel></rss>
"""


def test_a_feed_with_a_broken_entry_is_reported_and_exits_1(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_bytes(BROKEN_FEED)
    done = run("ingest", str(feed), "--db", str(tmp_path / "s.db"))
    assert done.returncode == 1
    lines = error_lines(done)
    assert lines == [
        f"error: {feed}: malformed feed (not well-formed (invalid token) at line 6): 2 entries"
        " read, others may be missing or incomplete"
    ]
    assert "2 new" in done.stdout.decode()  # stored as read; the feed is reported


def test_interrupted_store_is_one_line_not_a_traceback(tmp_path):
    # A folder where the SQLite file should be: the store cannot be opened.
    folder = tmp_path / "store.db"
    folder.mkdir()
    done = run("ingest", "--sample", "--db", str(folder))
    assert done.returncode != 0
    lines = error_lines(done)
    assert len(lines) == 1 and lines[0].startswith("error: database")
