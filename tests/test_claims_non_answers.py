"""Stance words paired by "or"/"nor" under a negation or a refusal take no stance
("neither confirmed nor denied", "did not confirm or deny", "declined to confirm or deny"):
gold-schema counts no denial or admission there. Sentences written for these tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.model import Claim

ALLEGATION = "Lithuania says Belarus has shipped artillery shells to Russia. "


def claims(text: str) -> list[Claim]:
    return extract("n", text, "2025-03-02").claims


@pytest.mark.parametrize(
    "answer",
    [
        "Russia's foreign ministry said that Minsk and Moscow work together in many fields, "
        "but did not confirm or deny the transfer of shells.",
        "The Kremlin said Minsk and Moscow are close allies, but would not confirm or deny "
        "the transfer of shells.",
        '"Minsk trades with whom it likes," a Belarusian spokesman said, neither confirming '
        "or denying the deliveries.",
        "Asked about the shipments, Belarus's defence ministry neither confirmed nor denied them.",
        "Belarus's defence ministry declined to confirm or deny the delivery of shells.",
    ],
)
def test_a_paired_stance_under_negation_is_no_stance(answer):
    (c,) = claims(ALLEGATION + answer)
    assert (c.subject, c.beneficiary) == (["BLR"], ["RUS"])
    assert c.denied_by == [] and c.acknowledged_by == []


def test_a_plain_denial_still_counts():
    (c,) = claims(ALLEGATION + "Belarus's defence ministry denied the delivery of shells.")
    assert c.denied_by == ["BLR"]


def test_a_denial_paired_without_negation_still_counts():
    (c,) = claims(ALLEGATION + "Minsk denied the shipment of shells or admitted only old ones.")
    assert "BLR" in c.denied_by


# A denial appended to an accusation ("..., a charge it denies"): the pronoun stands for
# the accused, never for the accuser (an accuser does not deny its own allegation).


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda cut ties this week, accusing Mogadishu of arming clan militias, "
        "a charge it denies.",
        "Kenya accuses Somalia of arming clan militias, allegations it has repeatedly rejected.",
        "Kenya accused Somalia of arming clan militias, which it denies.",
    ],
)
def test_an_appended_denial_is_the_accused(text):
    (c,) = claims(text)
    assert c.subject == ["SOM"] and c.denied_by == ["SOM"]
    assert "SOM" not in c.claimant and "KEN" in c.claimant


def test_an_appended_denial_is_the_state_accused_not_the_giver():
    (c,) = claims("Kenya accused Somalia of receiving weapons from Eritrea, a charge it denies.")
    assert (c.subject, c.beneficiary, c.denied_by) == (["ERI"], ["SOM"], ["SOM"])


def test_an_appended_denial_by_name_is_read_as_before():
    (c,) = claims("Kenya accused Somalia of arming clan militias, a charge Mogadishu denies.")
    assert c.denied_by == ["SOM"]


def test_a_pronoun_denial_outside_an_appended_clause_is_read_as_before():
    text = "Kenya accused Somalia of arming clan militias. It denies doing anything wrong."
    for c in claims(text):
        assert "KEN" not in c.denied_by


# The maker of the allegation a denial answers, named by a state's name used as a modifier
# ("a U.S. claim", "the EU accusations"), as by a demonym or a possessive.


@pytest.mark.parametrize(
    "answer",
    [
        "Belarus has rejected a U.S. claim that a train with Belarusian shells had been stopped "
        "at the border, calling the accusation baseless.",
        "Belarus has dismissed the U.S. allegations as lies.",
    ],
)
def test_a_denial_of_a_claim_named_attributively_names_its_maker(answer):
    (c,) = claims("Minsk denies sending shells to Russia. " + answer)
    assert (c.claimant, c.subject, c.denied_by) == (["USA"], ["BLR"], ["BLR"])


def test_a_state_named_before_a_claim_it_makes_in_a_clause_is_not_its_owner():
    text = "Minsk denies sending shells to Russia. Belarus dismissed talk that Russia claims more."
    for c in claims(text):
        assert "RUS" not in c.claimant
