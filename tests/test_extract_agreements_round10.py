"""Agreement mechanisms of round 10 (issue 10, sections 1 and 6): each test is a sentence
written for it, none copied from an article."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("r10", text, published).agreements


def test_a_headline_run_into_the_lede_tells_one_agreement():
    text = (
        "Chile and Peru sign fisheries cooperation agreement Chilean and Peruvian ministers "
        "have signed an agreement on fisheries cooperation in Lima. The ministers said the "
        "deal would last ten years."
    )
    found = agreements(text)
    assert [frozenset(a.parties) for a in found] == [frozenset({"CHL", "PER"})]


def test_a_dateline_in_capitals_after_a_headline_is_a_break():
    text = (
        "Ghana signs key deal on port security ACCRA - Ghana has signed an agreement with "
        "Togo on port security, officials said."
    )
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"GHA", "TGO"})]


def test_two_agreements_listed_in_one_sentence_stay_two():
    text = "Chile and Peru signed a fisheries agreement and a customs agreement in Lima."
    assert len(agreements(text)) == 2
