"""Claims in the phrasing wire and national outlets use for supply allegations, as the
parser reads it in practice: sentences written for these tests, one behaviour each."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("o", text, "2024-09-14").claims


def test_firms_accused_of_supplying_stand_for_their_state():
    # the parser hangs "of exporting" on "firms", not on "charges": the firms still did it
    (c,) = claims("Brussels charges Belarusian firms of exporting rifles to Sudan.")
    assert (c.claimant, c.subject, c.beneficiary) == (["EU"], ["BLR"], ["SDN"])


def test_the_accused_after_an_accusing_verb_supplied_whatever_the_attachment():
    (c,) = claims("Ottawa accuses Laotian companies of shipping drone parts to Myanmar.")
    assert (c.claimant, c.subject, c.beneficiary) == (["CAN"], ["LAO"], ["MMR"])
