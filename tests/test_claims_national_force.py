"""A state's own forces named after the supply word ("the Freedonian National Defence Force",
"the Sylvanian Armed Forces") are that state as the recipient; an armed movement whose name
opens on a demonym ("the Free Syrian Army") is not. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_a_national_defence_force_named_after_the_supply_word_is_its_state():
    (c,) = claims(
        "Satellite photos suggest Qatar has supplied armed drones to help the Kenyan "
        "National Defence Force in its campaign."
    )
    assert (c.subject, c.beneficiary) == (["QAT"], ["KEN"])


def test_an_armed_movement_named_after_a_state_is_no_state_recipient():
    (c,) = claims("UN experts accuse Turkey of supplying drones to the Free Syrian Army.")
    assert (c.subject, c.beneficiary) == (["TUR"], [])
