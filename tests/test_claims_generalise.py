"""Claims on news the rules were not tuned on, by mechanism rather than by phrase: where a
supply goes is not whom it serves, and a date or a region is no recipient. Sentences written
for these tests, one behaviour each."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("g", text, "2025-03-04").claims


def test_a_region_the_supply_goes_to_is_no_armed_group():
    text = (
        "Georgian officials said Russia had been deploying mercenaries to Abkhazia to support "
        "Armenia."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["RUS"], ["ARM"])


def test_a_month_after_to_is_no_recipient():
    text = "Analysts say Laos shipped mortar rounds to Myanmar from last June to this February."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["LAO"], ["MMR"])


def test_a_known_armed_group_beside_a_state_is_still_a_claim_of_its_own():
    text = "Kenya said Eritrea had secretly sent rifles to both Hezbollah and the Syrian army."
    found = sorted((c.subject, c.beneficiary) for c in claims(text))
    assert found == [(["ERI"], []), (["ERI"], ["SYR"])]
