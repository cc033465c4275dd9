"""A long text that repeats the same agreements many times reads as the short text does: the
same agreements, one evidence span per distinct sentence (merging is linear in mentions; the
time it takes is measured by bench/extract_throughput.py, not asserted here)."""

from __future__ import annotations

from blocwatch.extract import extract

PARAGRAPH = (
    "Chile and Peru concluded a fisheries pact in Lima on Monday. "
    "The pact covers trade and transport across the border. "
    "Kenya and Uganda signed an energy agreement in 2018. "
    "Under the agreement, the two countries share a pipeline. "
)


def summary(text: str) -> list[tuple]:
    found = extract("long", text, "2024-03-06").agreements
    return [(frozenset(a.parties), a.signed, a.kind, tuple(a.provisions)) for a in found]


def test_repeated_paragraph_gives_the_same_agreements():
    once = summary(PARAGRAPH)
    assert {p for p, *_ in once} == {frozenset({"CHL", "PER"}), frozenset({"KEN", "UGA"})}
    assert summary(PARAGRAPH * 400) == once


def test_repeated_paragraph_keeps_one_evidence_per_sentence():
    text = PARAGRAPH * 200
    found = extract("long", text, "2024-03-06").agreements
    for a in found:
        spans = [(e.start, e.end) for e in a.evidence]
        assert len(spans) == len(set(spans))
        assert len(spans) == 2 * 200  # the signing sentence and its follow-up, each copy
