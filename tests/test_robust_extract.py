"""The per-document budget at extract()'s entry (issue 16): the size and time limits every
caller shares, and long texts read in pieces whose facts are put together."""

from __future__ import annotations

import pytest

import blocwatch.extract as extract_module
from blocwatch import config
from blocwatch.errors import BlocwatchError
from blocwatch.extract import extract

PARAGRAPH = (
    "Russia and North Korea signed a treaty in Pyongyang on 19 June 2024 that obliges each "
    "side to help the other if attacked. Trade between Russia and China reached $240 billion "
    "in 2023.\n\n"
)


def spans_hold(text: str, result) -> int:
    count = 0
    for fact in (*result.agreements, *result.claims, *result.measures):
        for ev in fact.evidence:
            assert text[ev.start : ev.end] == ev.sentence
            count += 1
    return count


def test_a_text_over_the_size_budget_is_refused(monkeypatch):
    monkeypatch.setattr(config, "MAX_DOCUMENT_BYTES", 1000)
    extract("fits", PARAGRAPH, "2024-06-20")
    with pytest.raises(BlocwatchError, match=r"too large to extract: 1,\d{3} bytes"):
        extract("big", PARAGRAPH * 6, "2024-06-20")
    # Counted in UTF-8 bytes, not characters: 400 characters of 3 bytes each.
    with pytest.raises(BlocwatchError, match="1,200 bytes"):
        extract("wide", "記" * 400, None)


def test_long_text_is_read_in_pieces_with_its_facts_put_together(monkeypatch):
    text = PARAGRAPH * 12
    whole = extract("whole", text, "2024-06-20")
    monkeypatch.setattr(extract_module, "CHUNK_CHARS", len(PARAGRAPH) * 2 + 10)
    pieces = extract("pieces", text, "2024-06-20")
    assert any("read in pieces" in note for note in pieces.notes)
    key = extract_module._fact_key
    assert [key(a) for a in pieces.agreements] == [key(a) for a in whole.agreements]
    assert [key(m) for m in pieces.measures] == [key(m) for m in whole.measures]
    # Evidence points into the whole text, deep into the last piece too.
    assert spans_hold(text, pieces) >= 12
    assert max(ev.end for m in pieces.measures for ev in m.evidence) > len(text) - len(PARAGRAPH)


def test_extraction_over_its_time_budget_is_refused(monkeypatch):
    monkeypatch.setattr(extract_module, "CHUNK_CHARS", len(PARAGRAPH) + 10)
    monkeypatch.setenv("BLOCWATCH_EXTRACT_SECONDS", "0.000001")
    with pytest.raises(BlocwatchError, match="over its time budget") as refused:
        extract("slow", PARAGRAPH * 5, None)
    assert "BLOCWATCH_EXTRACT_SECONDS" in str(refused.value)
    # One piece is always read: a short text never runs out of time before it starts.
    assert extract("short", PARAGRAPH, None).agreements
    monkeypatch.setenv("BLOCWATCH_EXTRACT_SECONDS", "0")  # none
    assert extract("unbounded", PARAGRAPH * 5, None).agreements
