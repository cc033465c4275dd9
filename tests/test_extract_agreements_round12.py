"""Agreement mechanisms of round 12 (issue 10, sections 1, 2 and 6): each test is a sentence
written for it, none copied from an article."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-21") -> list[Agreement]:
    # every record the readers make (the confidence floor is another module's business)
    return extract("r12", text, published, min_confidence=0).agreements


def test_a_spoken_today_is_the_day_of_the_speech_the_lead_names():
    # published on Friday 21 June; the signing and the speech were on Thursday
    text = (
        "Ghana and Togo signed a border treaty in Accra on Thursday, officials said. "
        '"With the signing of this treaty today, our two nations open a new chapter," the '
        "Ghanaian president said at the ceremony."
    )
    found = agreements(text)
    assert [(sorted(a.parties), a.signed) for a in found] == [(["GHA", "TGO"], "2024-06-20")]


def test_an_agreement_also_signed_shares_the_day_of_the_occasion():
    text = (
        "Ghana and Togo signed a fisheries deal in Lome on Monday. The two presidents also "
        "signed an agreement setting up a joint trade commission."
    )
    found = agreements(text)
    assert len(found) == 2
    assert {a.signed for a in found} == {"2024-06-17"}


def test_two_signing_days_told_before_leave_a_later_signing_undated():
    text = (
        "Ghana and Togo signed a fisheries deal in Lome on Monday. Ghana and Togo signed a "
        "border treaty on Thursday. The two presidents also signed an agreement setting up a "
        "joint trade commission."
    )
    assert sorted((a.signed or "") for a in agreements(text)) == ["", "2024-06-17", "2024-06-20"]
