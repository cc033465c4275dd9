"""`blocwatch docs`: the document list with its filters, one document with its facts, and
the renderers behind them."""

from __future__ import annotations

import io
import json
import sys

import pytest
from rich.console import Console

from blocwatch import cli as cli_module
from blocwatch.ingest import IngestSummary, ingest
from blocwatch.model import Agreement, Claim, Evidence, Extraction, Measure, Stance
from blocwatch.render.documents import (
    document_detail,
    document_table,
    ingest_summary,
    store_overview,
)
from blocwatch.store.documents import get_document, list_documents
from blocwatch.store.facts import replace_facts


@pytest.fixture
def filled(engine, ingest_fixtures):
    """A store holding every ingest fixture."""
    summary = ingest(engine, [str(ingest_fixtures)])
    assert summary.failed == 5  # the bad lines of mixed.jsonl
    return engine


def test_list_newest_first_with_the_near_duplicate_marked(cli, filled, db_url):
    result = cli("docs", "--db", db_url, "--limit", "100")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "published", "source"]
    ids = [line.split()[0] for line in lines[1:-1]]
    assert ids[:3] == ["same-topic-later", "follow-up-reused-background", "wire-outlet-b"]
    # Undated documents come last.
    assert set(ids[-4:]) == {"3", "good-1", "good-2", "untitled-note"}
    marked = [line for line in lines if line.rstrip().endswith("≈")]
    assert [line.split()[0] for line in marked] == ["wire-outlet-b"]
    assert "near-duplicate" in lines[-1]
    # Titles that look like markup are printed as they are.
    assert "[bold]smug" in result.stdout


def test_filters(filled):
    by_source = list_documents(filled, source="steppe post")
    assert {row["id"] for row in by_source} == {
        "wire-outlet-b",
        "same-topic-later",
        "steppe-post-pipeline",
    }
    june = list_documents(filled, since="2024-06", until="2024-06")
    assert [row["id"] for row in june] == [
        "harbour-wire-d5b69f15",
        "harbour-wire-50a7d767",
        "wire-001",
        "wire-002",
    ]
    assert [row["published"] for row in list_documents(filled, until="2022")] == ["2022-11-03"]
    on_day = list_documents(filled, since="2025-05-13", until="2025-05-13")
    assert {row["id"] for row in on_day} == {"wire-outlet-a", "same-event-other-agency"}
    assert len(list_documents(filled, limit=3)) == 3
    assert list_documents(filled, limit=2, offset=1)[0]["id"] == "follow-up-reused-background"


def test_rows_have_a_snippet_not_the_text(filled):
    (row,) = list_documents(filled, source="Valley Herald", since="2024-03-12", until="2024-03-12")
    assert "text" not in row and "minhash" not in row
    assert row["snippet"].startswith("The lower house voted 212 to 31 on Tuesday")
    assert len(row["snippet"]) <= 160 and row["snippet"].endswith("…")


def test_json_lines(cli, filled, db_url):
    result = cli("docs", "--db", db_url, "--json", "--source", "Meridian Wire")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["follow-up-reused-background", "wire-outlet-a"]
    assert all("snippet" in row and "text" not in row for row in rows)


def test_bad_date_filter_is_a_clean_error(filled, db_url, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["blocwatch", "docs", "--db", db_url, "--since", "May"])
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "error: --since: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'May'" in err
    assert "Traceback" not in err


def test_empty_store(cli, engine, db_url):
    # `engine` made the store (as an ingest would): empty, it lists nothing.
    result = cli("docs", "--db", db_url)
    assert result.exit_code == 0
    assert result.stdout.strip() == "no documents"


def store_facts(engine, doc_id: str, text: str) -> None:
    sentence = text.split("\n\n")[0]
    span = Evidence(0, len(sentence), sentence)
    extraction = Extraction(
        doc_id=doc_id,
        agreements=[
            Agreement(
                parties=["RUS", "PRK"],
                kind="treaty",
                name="[bold]Treaty[/]",
                signed="2024-06-19",
                place="Pyongyang",
                defense=True,
                provisions=["mutual_defense"],
                evidence=[span],
                confidence=0.9,
            )
        ],
        claims=[
            Claim(
                claimant=["USA"],
                subject=["PRK"],
                beneficiary=["RUS"],
                action="arms_transfer",
                what="missiles",
                denied_by=["RUS"],
                stances=[Stance("RUS", "denies", span)],
                evidence=[span],
            )
        ],
        measures=[
            Measure(actors=["RUS", "CHN"], metric="bilateral_trade", value=2.4e11, unit="USD")
        ],
    )
    with engine.begin() as conn:
        replace_facts(conn, extraction, "test-1")


def test_show_metadata_text_and_facts(cli, filled, db_url):
    document = get_document(filled, "steppe-post-pipeline")
    store_facts(filled, "steppe-post-pipeline", document["text"])
    result = cli("docs", "show", "steppe-post-pipeline", "--db", db_url)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Envoys trade barbs over [bold]pipeline[/]"
    out = " ".join(result.stdout.split())  # as read, whatever the terminal's wrapping
    assert "2022-11-03" in out and "Steppe Post" in out and "test-1" in out
    assert "an exchange that [bold]surprised[/] diplomats" in out
    assert "RUS, PRK treaty “[bold]Treaty[/]”, signed 2024-06-19 in Pyongyang" in out
    assert "mutual defence" in out
    assert "USA allege PRK arms_transfer (missiles) → RUS; denied by RUS" in out
    assert "denies: “The ambassadors" in out
    assert "RUS, CHN bilateral_trade = 240,000,000,000 USD" in out


def test_show_the_option_before_the_subcommand(cli, filled, db_url):
    result = cli("docs", "--db", db_url, "show", "wire-outlet-b")
    assert result.exit_code == 0, result.output
    assert "near-duplicate of" in result.stdout and "wire-outlet-a" in result.stdout
    assert "not extracted yet" in result.stdout


def test_show_json(cli, filled, db_url):
    result = cli("docs", "show", "wire-001", "--db", db_url, "--json")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["id"] == "wire-001" and shown["published"] == "2024-06-19"
    assert shown["facts"] == {"agreements": [], "claims": [], "measures": [], "exercises": []}
    assert "minhash" not in shown


def test_show_unknown_id(cli, filled, db_url):
    result = cli("docs", "show", "[bold]nope", "--db", db_url)
    assert result.exit_code == 1
    assert "no document with id '[bold]nope'" in result.stderr


def render(function, *args, width: int = 100) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=False)
    function(console, *args)
    return console.file.getvalue()


def test_text_that_looks_like_markup_never_breaks_rendering():
    document = {
        "id": "x[/]",
        "title": "[/] closing tag first [link=https://evil.test]click[/link]",
        "text": "A body with [bold]tags[/bold], a stray [/] and [red]unclosed.",
        "source": "[/]",
        "published": None,
        "extractor": None,
    }
    out = render(document_detail, document, {"agreements": [], "claims": [], "measures": []})
    assert "[/] closing tag first [link=https://evil.test]click[/link]" in out
    assert "A body with [bold]tags[/bold], a stray [/] and [red]unclosed." in out
    table = render(document_table, [{**document, "snippet": "x", "duplicate_of": "y"}])
    assert "x[/]" in table and "≈" in table


def test_ingest_summary_line():
    summary = IngestSummary(
        read=12, new=9, duplicate=2, near_duplicate=1, failed=1, skipped=3, errors=["e"]
    )
    assert render(ingest_summary, summary).strip() == (
        "ingest: 12 read, 9 new, 1 near-duplicate, 2 duplicate, 3 skipped, 1 failed"
    )


def test_store_overview_renders_any_shape():
    overview = {
        "database": "sqlite:///demo.db",
        "documents": 29,
        "agreements": 1234,
        "by_source": {"Meridian Wire": 4, "[bold]Odd[/]": 1},
        "top_actors": [{"actor": "RUS", "agreements": 7}, {"actor": "CHN", "degree": 3}],
        "languages": ["en", "es"],
    }
    out = render(store_overview, overview)
    assert "documents" in out and "29" in out and "1,234" in out
    assert "by source" in out and "Meridian Wire" in out and "[bold]Odd[/]" in out
    assert "top actors" in out and "RUS" in out and "degree" in out
    assert "en, es" in out
