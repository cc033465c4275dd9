"""JSON Lines: one document a line, bad lines reported by number, streamed."""

from __future__ import annotations

import io
import json
from itertools import islice

from rich.console import Console

from blocwatch import config
from blocwatch.ingest import InputError, ingest, read_inputs
from blocwatch.model import Document
from blocwatch.store.documents import count_documents, get_document


def test_fields_ids_and_dates(ingest_fixtures):
    path = ingest_fixtures / "jsonl" / "wire.jsonl"
    docs = list(read_inputs([str(path)]))
    assert all(isinstance(doc, Document) for doc in docs)
    first, second, third = docs
    assert first.id == "wire-001"
    assert first.title == "Coastal states extend fishing pact"
    assert first.url == "https://wire.test/001"
    assert first.published == "2024-06-19"
    assert first.source == "Harbour Wire"
    assert first.lang == "en"
    # The text exactly as given, paragraph break included.
    assert first.text == json.loads(path.read_text().splitlines()[0])["text"]
    assert "\n\n" in first.text
    assert first.origin == f"{path}:1"
    assert (second.id, second.published, second.title) == ("wire-002", "2024-06", None)
    # A numeric id is kept as its text; a blank line still counts in line numbers; fields
    # beyond the document's (a gold file's annotations) are ignored; a bad date is None.
    assert (third.id, third.origin, third.published) == ("3", f"{path}:4", None)


def test_bad_lines_are_reported_and_the_others_go_in(engine, ingest_fixtures):
    path = ingest_fixtures / "jsonl" / "mixed.jsonl"
    summary = ingest(engine, [str(path)])
    assert (summary.read, summary.new, summary.failed) == (2, 2, 5)
    assert summary.errors == [
        f"{path}:2: malformed JSON (Invalid control character at column 43)",
        f'{path}:3: missing "text"',
        f"{path}:4: not a JSON object (a list)",
        f'{path}:6: empty "text"',
        f'{path}:7: missing "id"',
    ]
    assert get_document(engine, "good-1")["text"].startswith("The foreign ministers")
    assert get_document(engine, "good-2") is not None
    assert count_documents(engine) == 2


def test_wrong_field_types(tmp_path):
    path = tmp_path / "types.jsonl"
    lines = [
        {"id": "a", "text": 5},
        {"id": True, "text": "x"},
        {"id": "b", "text": "ok", "published": 2024},
        {"id": "c" * 191, "text": "ok"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    reasons = [item.reason for item in read_inputs([str(path)])]
    assert reasons == [
        '"text" is not a string (a int)',
        '"id" is not a string (a bool)',
        '"published" is not a string (a int)',
        '"id" is longer than 190 characters',
    ]


def test_same_id_with_other_content_gets_a_suffix(engine, tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "The first story about a border treaty."})
        + "\n"
        + json.dumps({"id": "x", "text": "A second, different story about grain."})
        + "\n"
        + json.dumps({"id": "x", "text": "The first  story about a border treaty."})
        + "\n"
    )
    summary = ingest(engine, [str(path)])
    assert (summary.new, summary.duplicate) == (2, 1)
    first, second = summary.new_ids
    assert first == "x"
    assert second.startswith("x-") and len(second) == len("x-") + 8
    assert get_document(engine, second)["text"].startswith("A second")


def test_each_line_is_bounded_not_the_file(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_DOCUMENT_BYTES", 400)
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": f"Note {i} on the talks. " * 5}) for i in range(20)]
    lines.insert(3, json.dumps({"id": "huge", "text": "word " * 200}))
    path.write_text("\n".join(lines) + "\n")
    assert path.stat().st_size > 5 * 400  # the file is over the limit, no line is but one
    summary = ingest(engine, [str(path)])
    assert summary.new == 20
    assert summary.errors == [
        f"{path}:4: too large: over the limit (the limit is 400 bytes per document;"
        " set BLOCWATCH_MAX_DOCUMENT_BYTES to change it)"
    ]


def test_lines_are_streamed_not_read_at_once():
    # 20,000 lines (about 1.5 MB): taking the first document reads only the first chunk.
    data = b"".join(
        json.dumps({"id": f"s{i}", "text": f"Short item number {i}."}).encode() + b"\n"
        for i in range(20_000)
    )
    stream = io.BytesIO(data)
    first = next(read_inputs(["-"], stdin=stream))
    assert first.id == "s0" and first.origin == "-:1"
    assert stream.tell() < 16_384 < len(data)


def test_standard_input_is_sniffed_as_json_lines():
    stream = io.BytesIO(
        b'\n  {"id": "in-1", "text": "From a pipe."}\n{"id": "in-2", "text": "Second."}\nnot json\n'
    )
    items = list(read_inputs(["-"], stdin=stream))
    assert [item.id for item in items[:2]] == ["in-1", "in-2"]
    assert [item.origin for item in items[:2]] == ["-:2", "-:3"]
    assert isinstance(items[2], InputError)
    assert str(items[2]) == "-:4: malformed JSON (Expecting value at column 1)"


def test_progress_bar_only_on_a_terminal(engine, tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"m{i}", "text": f"Item {i} about a trade deal."}) + "\n"
            for i in range(120)
        )
    )
    quiet = Console(file=io.StringIO(), force_terminal=False)
    ingest(engine, [str(path)], console=quiet)
    assert quiet.file.getvalue() == ""
    terminal = Console(file=io.StringIO(), force_terminal=True, width=100)
    summary = ingest(engine, [str(path)], console=terminal, batch_size=7)
    assert summary.duplicate == 120
    assert "ingesting" in terminal.file.getvalue()


def test_batches_commit_in_order(engine, tmp_path):
    path = tmp_path / "batches.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"b{i:02d}", "text": f"Batch item {i} on a summit."}) + "\n"
            for i in range(25)
        )
    )
    seen: list[list[str]] = []
    summary = ingest(
        engine,
        [str(path)],
        batch_size=10,
        on_new=lambda conn, docs: seen.append([d.id for d in docs]),
    )
    assert [len(batch) for batch in seen] == [10, 10, 5]
    assert summary.new_ids == [f"b{i:02d}" for i in range(25)]
    assert list(islice(summary.new_ids, 2)) == ["b00", "b01"]


def test_every_line_of_a_long_stream_is_read_once():
    # Lines cross the boundary of the bytes read to recognise the format.
    data = b"".join(
        json.dumps({"id": f"s{i}", "text": f"Item {i}."}).encode() + b"\r\n" for i in range(3000)
    )
    docs = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [doc.id for doc in docs] == [f"s{i}" for i in range(3000)]
    assert all(doc.text == f"Item {i}." for i, doc in enumerate(docs))


def test_a_nul_character_is_refused_with_its_line_and_the_rest_goes_in(engine, tmp_path):
    # Valid JSON, but no store's text column holds U+0000 (PostgreSQL refuses it outright).
    path = tmp_path / "nul.jsonl"
    lines = [
        {"id": "ok-1", "text": "Ministers met in Hanoi on Monday."},
        {"id": "bad", "text": "Ministers met\u0000 in Hanoi."},
        {"id": "bad-title", "text": "Ministers met.", "title": "A\u0000B"},
        {"id": "ok-2", "text": "Ministers met again in Hanoi on Tuesday."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    summary = ingest(engine, [str(path)])
    assert summary.errors == [
        f'{path}:2: "text" contains a NUL character (U+0000) at offset 13',
        f'{path}:3: "title" contains a NUL character (U+0000) at offset 1',
    ]
    assert count_documents(engine) == 2
