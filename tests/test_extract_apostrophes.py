"""An apostrophe written as U+02BC (a modifier letter, "Finlandʼs") reads as the usual one, and
the evidence still quotes the article as written."""

from __future__ import annotations

from blocwatch.extract import extract

TEXT = (
    "Estoniaʼs defence minister and Latviaʼs signed a pact on joint air patrols in Tallinn "
    "on Monday."
)


def test_a_state_with_a_letter_apostrophe_is_a_party():
    (a,) = extract("t", TEXT, "2024-05-14").agreements
    assert sorted(a.parties) == ["EST", "LVA"]


def test_the_evidence_quotes_the_article_as_written():
    (a,) = extract("t", TEXT, "2024-05-14").agreements
    (ev,) = a.evidence
    assert ev.sentence == TEXT
    assert TEXT[ev.start : ev.end] == ev.sentence
