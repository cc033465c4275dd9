"""Denials that answer an allegation in other words than it: a headline denial before the
story, a denial of "the statement" or "the findings". Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("d", text, "2025-04-07").claims


def test_a_denial_names_whom_a_headline_allegation_left_out():
    text = (
        "Cairo denies sending rockets\n"
        "An Egyptian government spokesman rejected reports that Cairo had sent rockets to "
        "the Sudanese army."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["EGY"], ["SDN"], ["EGY"])


def test_a_denial_does_not_lend_its_recipient_to_another_supplier():
    text = (
        "Turkey denies sending drones\n"
        "An Egyptian spokesman rejected reports that Cairo had sent rockets to the Sudanese army."
    )
    found = {(tuple(c.subject), tuple(c.beneficiary)) for c in claims(text)}
    assert (("TUR",), ("SDN",)) not in found
