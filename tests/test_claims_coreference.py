"""A state's ruling or armed body named again without its owner ("the junta", "the regime")
is that state. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_the_junta_named_again_receives():
    text = (
        "Mali's junta expelled the French ambassador in January. "
        "The junta has since received helicopters from Turkey, diplomats said."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["TUR"], ["MLI"])


def test_the_regime_is_the_military_named_before():
    text = (
        "Myanmar's military seized power in 2021. "
        "The regime has since bought fighter jets from Belarus, a UN report said."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["BLR"], ["MMR"])


def test_a_body_named_long_before_is_not_taken_up():
    text = (
        "Mali's junta expelled the French ambassador in January. "
        "Talks stalled. Prices rose. Rains came late. Schools closed. Fuel ran short. "
        "The junta has since received helicopters from Turkey, diplomats said."
    )
    assert all(c.beneficiary != ["MLI"] for c in claims(text))


def test_the_report_named_again_keeps_its_owner():
    text = (
        "A confidential United Nations report was shown to reporters on Monday. "
        "It runs to 90 pages. "
        "According to the report, Belarus shipped fighter jets to Myanmar."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["UN"], ["BLR"], ["MMR"])


def test_a_report_of_the_press_names_no_claimant():
    text = (
        "A report by a Thai newspaper was published on Monday. "
        "According to the report, Belarus shipped fighter jets to Myanmar."
    )
    (c,) = claims(text)
    assert c.claimant == []


def test_a_description_of_a_state_is_the_state_named_before():
    text = (
        "Georgia denied on Friday that it was breaking Western sanctions. "
        "The charge came from EU officials who said the Caucasus country was serving as a "
        "conduit for Russia to import banned goods."
    )
    found = claims(text)
    assert [(c.claimant, c.subject, c.beneficiary) for c in found] == [(["EU"], ["GEO"], ["RUS"])]


def test_a_description_with_a_state_in_its_sentence_stays_there():
    text = (
        "Georgia hosted talks on Friday. "
        "EU officials said Armenia, a small country, was serving as a conduit for Russia "
        "to import banned goods."
    )
    (c,) = claims(text)
    assert c.subject == ["ARM"]
