"""Plain-text articles: title and header lines as metadata, the body kept as written."""

from __future__ import annotations

import io

import pytest

from blocwatch.base.dates import normalise_date
from blocwatch.ingest import ingest, read_inputs
from blocwatch.ingest.ids import content_hash, short_hash
from blocwatch.model import Document
from blocwatch.store.documents import get_document


def read_one(path) -> Document:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def test_headline_and_headers_become_metadata(ingest_fixtures):
    path = ingest_fixtures / "txt" / "treaty-ratified.txt"
    doc = read_one(path)
    assert doc.id == "treaty-ratified"
    assert doc.title == "Parliament ratifies river border treaty with neighbour"
    assert doc.published == "2024-03-12"  # "12 March 2024" normalised
    assert doc.source == "Valley Herald"
    assert doc.url == "https://valley-herald.test/politics/2024/03/12/border-treaty"
    assert doc.origin == str(path)
    # The text is the body exactly as in the file: no title, no headers, no final newline.
    raw = path.read_text(encoding="utf-8")
    body = raw.split("\n\n", 1)[1].rstrip("\n")
    assert doc.text == body
    assert doc.text.startswith("The lower house voted 212 to 31")
    assert "\n\nThe treaty, signed by" in doc.text
    assert doc.content_hash == content_hash(body)


def test_first_line_that_is_a_sentence_is_text_not_title(ingest_fixtures):
    doc = read_one(ingest_fixtures / "txt" / "untitled-note.txt")
    assert doc.title is None
    assert doc.text.startswith("The two governments said on Friday")
    assert doc.text.endswith("neither side published a draft.")
    assert doc.published is None and doc.source is None and doc.url is None


def test_title_directly_followed_by_headers(tmp_path):
    # The layout of the bundled sample corpus: no blank line between headline and headers.
    path = tmp_path / "pact.txt"
    path.write_text(
        "Two states sign a pact\nPublished: 2024-06-19\nSource: Meridian Wire\n"
        "URL: https://meridian.test/pact\n\nFirst paragraph.\n\nSecond paragraph.\n",
        encoding="utf-8",
    )
    doc = read_one(path)
    assert (doc.title, doc.published, doc.source) == (
        "Two states sign a pact",
        "2024-06-19",
        "Meridian Wire",
    )
    assert doc.url == "https://meridian.test/pact"
    assert doc.text == "First paragraph.\n\nSecond paragraph."


def test_headers_without_a_title(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Date: June 3, 2023\nLang: en-GB\n\nBody of the note.\n", encoding="utf-8")
    doc = read_one(path)
    assert doc.title is None
    assert doc.published == "2023-06-03"
    assert doc.lang == "en"
    assert doc.text == "Body of the note."


def test_bom_and_windows_line_ends(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(
        b"\xef\xbb\xbfTalks resume in Vienna\r\nPublished: 2022-01-10\r\n\r\n"
        b"Delegations met again.\r\nNo progress was reported.\r\n"
    )
    doc = read_one(path)
    assert doc.title == "Talks resume in Vienna"
    assert doc.published == "2022-01-10"
    assert doc.text == "Delegations met again.\nNo progress was reported."


def test_a_lone_short_line_is_the_text(tmp_path):
    path = tmp_path / "short.text"  # .text is read as text too
    path.write_text("Ceasefire holds\n\n", encoding="utf-8")
    doc = read_one(path)
    assert doc.title is None
    assert doc.text == "Ceasefire holds"


def test_unparseable_date_is_none_not_an_error(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Headline here\nPublished: last Tuesday\n\nBody.\n", encoding="utf-8")
    doc = read_one(path)
    assert doc.published is None
    assert doc.text == "Body."


def test_headers_and_no_body_is_an_error(tmp_path):
    path = tmp_path / "hollow.txt"
    path.write_text("Headline only\nPublished: 2024-01-01\n\n", encoding="utf-8")
    (item,) = read_inputs([str(path)])
    assert str(item) == f"{path}: no text after the title and header lines"


def test_id_is_the_slugified_file_stem(tmp_path):
    path = tmp_path / "Report 2024 (Final)_v2.txt"
    path.write_text("Some text about talks.", encoding="utf-8")
    assert read_one(path).id == "report-2024-final-v2"


def test_stored_with_metadata(engine, ingest_fixtures):
    summary = ingest(engine, [str(ingest_fixtures / "txt")])
    assert (summary.read, summary.new, summary.failed) == (2, 2, 0)
    stored = get_document(engine, "treaty-ratified")
    assert stored["title"] == "Parliament ratifies river border treaty with neighbour"
    assert stored["published"] == "2024-03-12"
    assert stored["ingested_at"].endswith("+00:00")
    assert "minhash" not in stored


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-19", "2024-06-19"),
        ("2024-06-19T23:30:00-05:00", "2024-06-19"),  # the publisher's day, not UTC's
        ("2024-06-19 08:00:00", "2024-06-19"),
        ("2024-06", "2024-06"),
        ("2024", "2024"),
        ("2024/6/9", "2024-06-09"),
        ("20240619", "2024-06-19"),
        ("Wed, 19 Jun 2024 23:30:00 -0500", "2024-06-19"),
        ("19 Jun 2024", "2024-06-19"),
        ("June 19, 2024", "2024-06-19"),
        ("Tuesday, 19th June 2024 10:30", "2024-06-19"),
        ("Sept. 3, 2023", "2023-09-03"),
        ("March 2021", "2021-03"),
        ("2024-02-30", None),
        ("0001-01-01", None),
        ("last Tuesday", None),
        ("", None),
        (None, None),
        (20240619, None),
    ],
)
def test_publication_dates_are_normalised(value, expected):
    assert normalise_date(value) == expected


def test_folders_are_read_recursively_in_name_order(tmp_path):
    for name in ("b.txt", "a/z.txt", "a/c.txt", ".hidden/x.txt", "a/.secret.txt", "notes.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {name}.")
    assert [doc.id for doc in read_inputs([str(tmp_path)])] == ["c", "z", "b"]


def test_a_file_without_suffix_is_recognised_by_its_content(tmp_path):
    (tmp_path / "NOTE").write_text("Plain words about a summit.")
    (tmp_path / "export").write_text('{"id": "e1", "text": "From an export."}\n')
    note, export = read_inputs([str(tmp_path / "NOTE"), str(tmp_path / "export")])
    assert (note.id, note.text) == ("note", "Plain words about a summit.")
    assert (export.id, export.origin) == ("e1", f"{tmp_path / 'export'}:1")


def test_standard_input_text():
    (doc,) = read_inputs(["-"], stdin=io.BytesIO(b"Summit ends\n\nLeaders left without a deal.\n"))
    assert (doc.origin, doc.title, doc.text) == ("-", "Summit ends", "Leaders left without a deal.")
    # No file name to take an id from: the content gives one, the same on every run.
    assert doc.id == "stdin-" + short_hash(content_hash(doc.text))
