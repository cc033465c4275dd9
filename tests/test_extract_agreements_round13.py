"""Agreement mechanisms of round 13 (issue 10, sections 1 and 6): each test is a sentence
written for it, none copied from an article."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-21") -> list[Agreement]:
    # every record the readers make (the confidence floor is another module's business)
    return extract("r13", text, published, min_confidence=0).agreements


def test_what_is_done_under_an_indefinite_treaty_tells_the_treaty_exists():
    text = (
        "Minsk said the posting of Belarusian engineers to Serbia comes under a defence "
        "treaty between the two countries."
    )
    found = agreements(text)
    assert [(sorted(a.parties), a.kind, a.signed) for a in found] == [
        (["BLR", "SRB"], "treaty", None)
    ]


def test_under_an_indefinite_treaty_still_needs_its_parties():
    # no pair to bind the treaty to: nothing is told
    assert agreements("The posting comes under a defence treaty, officials said.") == []


def test_an_agreement_named_in_a_later_sentence_is_not_the_batch_signed_before():
    text = (
        "Ghana and Togo signed several agreements on trade during the Ghanaian president's "
        "visit to Lome last March. Ghana Airways won new routes with the signing of the Air "
        "Transport Agreement between the two countries."
    )
    found = agreements(text)
    assert sorted((a.name or "", a.signed or "") for a in found) == [
        ("", "2024-03"),
        ("Air Transport Agreement", ""),
    ]


def test_an_agreement_the_batch_itself_lists_stays_one_of_the_batch():
    text = (
        "Ghana and Togo signed several agreements on Wednesday, including a Maritime Boundary "
        "Agreement. The Maritime Boundary Agreement settles a long dispute."
    )
    assert len(agreements(text)) == 1
