"""An accuser named where the arms or troops go is their target, not whom they serve
("Minsk accused Kyiv of sending weapons to Belarus": militants on its soil). Sentences written
for these tests."""

from __future__ import annotations

from blocwatch.extract import extract


def test_accuser_as_destination_is_no_beneficiary():
    text = "Belarus on Monday accused Ukraine of smuggling rifles and explosives to Belarus."
    found = [(c.claimant, c.subject, c.beneficiary) for c in extract("f", text, None).claims]
    assert (["BLR"], ["UKR"], []) in found


def test_a_third_state_as_destination_stays_the_beneficiary():
    text = "Poland on Monday accused Belarus of smuggling rifles and explosives to Russia."
    found = [(c.subject, c.beneficiary) for c in extract("f", text, None).claims]
    assert (["BLR"], ["RUS"]) in found
