"""An arms sale or export a government approved is official supply, even where another
state protests it: no allegation unless someone charges it as a wrong, marks it as hidden,
or denies it (gold-schema conventions: claims are allegations). Sentences written for these
tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_approved_sale_another_state_protests_is_no_claim():
    text = (
        "The State Department approved the possible sale of tanks and missiles to Norway. "
        "Sweden said the sale of weapons by the United States to Norway was a provocation."
    )
    assert claims(text) == []


def test_approved_export_of_parts_is_no_claim():
    text = (
        "The Danish government has approved exports of air defence parts to Chile. "
        "Denmark mainly supplies Chile with radar components, a news agency reported."
    )
    assert claims(text) == []


def test_accused_sale_stays_a_claim_beside_an_approval_word():
    text = (
        "Ukraine accused Belarus of selling artillery shells to Russia. "
        "Minsk said it had approved no such sale."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["BLR"], ["RUS"])


def test_secret_sale_stays_a_claim_beside_an_approved_one():
    text = (
        "Belarus secretly sold artillery shells to Myanmar, a report said. "
        "The Belarusian government approved the sale of tractors to Myanmar."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.action) == (["BLR"], ["MMR"], "arms_transfer")
