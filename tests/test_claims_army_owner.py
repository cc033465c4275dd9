"""Whose army a claim's recipient is: an ethnic armed group within a state is not the state.
Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_an_ethnic_armed_group_is_not_its_state():
    text = "Western officials said China transferred rifles to Myanmar's ethnic armed groups."
    assert all(c.beneficiary != ["MMR"] for c in claims(text))


def test_an_ethnic_army_named_as_such_is_not_its_state():
    text = (
        "Western officials said China transferred rifles to Myanmar's ethnic Kachin "
        "Independence Army last year."
    )
    assert all(c.beneficiary != ["MMR"] for c in claims(text))


def test_the_state_army_still_receives():
    text = "Western officials said China transferred rifles to Myanmar's army last year."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["CHN"], ["MMR"])


def test_a_denied_transfer_to_an_ethnic_army_names_no_state_recipient():
    text = (
        "Beijing's embassy rejected allegations Chinese rifles were shipped to Myanmar's "
        "ethnic Kachin Independence Army in March."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["CHN"], [], ["CHN"])
