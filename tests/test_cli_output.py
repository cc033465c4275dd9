"""Terminal output that fits: tables within the terminal's width (ids and headers whole,
long names cut with an ellipsis, the least needed columns left out and named), ``--wide``,
``--format table|json|csv|tsv`` on every query command, whole lines when piped, and shell
completion."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from blocwatch.app import open_app
from blocwatch.pipeline import ingest
from blocwatch.render.fit import WIDE
from blocwatch.render.kb import agreements_table, claims_table

BLOCWATCH = str(Path(sys.executable).with_name("blocwatch"))
LONG_NAME = "Treaty on the Foundations of Relations and Principles of Cooperation"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    from blocwatch.sample import corpus_path

    db = str(tmp_path_factory.mktemp("out") / "sample.db")
    assert ingest([str(corpus_path())], db=db).failed == 0
    return db


def drawn(render, width: int) -> list[str]:
    console = Console(width=width, file=io.StringIO(), color_system=None)
    render(console)
    return console.file.getvalue().splitlines()


@pytest.mark.parametrize("width", [80, 100, 60])
def test_agreements_fit_the_terminal(sample_db, width):
    found = open_app(sample_db).agreements(["RUS"])
    lines = drawn(lambda c: agreements_table(c, found), width)
    table = [line for line in lines if not line.startswith("  ")]
    assert all(len(line.rstrip()) <= width for line in table), "\n".join(table)
    header = table[0].split()
    # Headers are never cut, and neither are the ids.
    assert not any(h.endswith("…") for h in header)
    assert {"id", "parties", "signed"} <= set(header)
    for record in found:
        assert any(line.startswith(record.id + " ") for line in table), record.id
    # A long name is cut with an ellipsis on its one line, not folded word by word.
    named = next(line for line in table if "Treaty on the" in line)
    assert "…" in named and LONG_NAME not in "\n".join(table)
    if width < 100:
        note = next(line for line in table if line.startswith("not shown:"))
        assert "provisions" in note and "--wide" in note


def test_wide_shows_every_column_whole(sample_db):
    found = open_app(sample_db).agreements(["RUS"])
    lines = drawn(lambda c: agreements_table(c, found), WIDE)
    assert {"status", "src", "provisions"} <= set(lines[0].split())
    assert any(LONG_NAME in line for line in lines)
    assert not any(line.startswith("not shown") for line in lines)


def test_claims_keep_their_headers_whole_at_80_columns(sample_db):
    found = open_app(sample_db).claims()
    lines = drawn(lambda c: claims_table(c, found), 80)
    assert "den…" not in lines[0] and "ite…" not in lines[0]
    assert all(len(line.rstrip()) <= 80 for line in lines)


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, **(env or {})}
    full.pop("BLOCWATCH_DB", None)
    return subprocess.run([BLOCWATCH, *args], capture_output=True, text=True, env=full, timeout=300)


QUERIES = [
    ["agreements"],
    ["claims", "--ledger"],
    ["measures"],
    ["actors"],
    ["actor", "RUS"],
    ["timeline", "RUS"],
    ["sources", "A-PRK-RUS-2024"],
    ["changes", "--since", "2024"],
    ["network"],
    ["blocs"],
    ["obligations", "PRK"],
    ["alignment", "RUS", "PRK"],
    ["growth", "RUS"],
    ["docs"],
]


@pytest.mark.parametrize("command", QUERIES, ids=lambda c: c[0])
def test_every_query_command_writes_csv_tsv_and_json(sample_db, command):
    as_csv = run(*command, "--db", sample_db, "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert len(rows) >= 2 and len(rows[0]) >= 2
    widths = {len(r) for r in rows if r}
    assert all("…" not in cell and cell != "—" for r in rows for cell in r)
    as_tsv = run(*command, "--db", sample_db, "--format", "tsv")
    assert as_tsv.returncode == 0
    tsv_rows = [line.split("\t") for line in as_tsv.stdout.splitlines()]
    assert {len(r) for r in tsv_rows if r != [""]} == widths
    as_json = run(*command, "--db", sample_db, "--format", "json")
    assert as_json.stdout == run(*command, "--db", sample_db, "--json").stdout
    assert all(json.loads(line) for line in as_json.stdout.splitlines())
    wide = run(*command, "--db", sample_db, "--wide")
    assert wide.returncode == 0 and "…" not in wide.stdout


def test_csv_holds_whole_values_and_no_marks(sample_db):
    done = run("agreements", "--db", sample_db, "--party", "RUS", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    names = {r["name / kind"] for r in rows}
    assert any(name.startswith("Treaty on the Foundations") for name in names)
    treaty = next(r for r in rows if r["id"] == "A-PRK-RUS-2024")
    assert treaty["signed"] == "2024-06-19"  # no conflict mark in data
    undated_defence = next(r for r in rows if r["id"] == "A-BLR-RUS-1999")
    assert undated_defence["def."] == ""  # nothing known: empty, not a dash


def test_piped_tables_are_not_cut_to_80_columns(sample_db):
    done = run("agreements", "--db", sample_db, "--party", "RUS", env={"COLUMNS": "80"})
    assert done.returncode == 0
    assert LONG_NAME in done.stdout and "provisions" in done.stdout.splitlines()[0]


def test_a_format_that_does_not_exist_is_refused(sample_db):
    done = run("agreements", "--db", sample_db, "--format", "xlsx")
    assert done.returncode == 2 and "xlsx" in done.stderr


def test_actors_search_by_alias_on_the_command_line(sample_db):
    done = run("actors", "--db", sample_db, "--search", "Kremlin", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["code"] for r in rows] == ["RUS"] and rows[0]["matched names"] == "Kremlin"


def test_shell_completion_completes_commands_and_formats():
    script = run(env={"_BLOCWATCH_COMPLETE": "source_bash"})
    assert "_blocwatch_completion" in script.stdout
    commands = run(
        env={
            "_BLOCWATCH_COMPLETE": "complete_bash",
            "COMP_WORDS": "blocwatch agr",
            "COMP_CWORD": "1",
        }
    )
    assert commands.stdout.split() == ["agreements"]
    formats = run(
        env={
            "_BLOCWATCH_COMPLETE": "complete_bash",
            "COMP_WORDS": "blocwatch claims --format ",
            "COMP_CWORD": "3",
        }
    )
    assert formats.stdout.split() == ["table", "json", "csv", "tsv"]
