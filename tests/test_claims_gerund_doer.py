"""Who does a gerund that the parser hangs on the noun before a name: "a reaction to Iran
sending missiles", "reports of Belarus shipping shells" (the name does it), but not a place
("factions in Libya fighting": the factions fight). Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("g", text, "2025-03-01").claims


def test_the_name_before_the_gerund_does_it():
    text = (
        "The sanctions came as a response to Belarus sending an unknown number of guided "
        "rockets to Russia, according to a Polish statement."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["BLR"], ["RUS"])


def test_a_place_before_the_gerund_does_nothing():
    text = (
        "Chad accuses Egypt of arming rebel factions in Sudan fighting on the side of the "
        "army, a claim Cairo denies."
    )
    assert all("SDN" not in c.subject for c in claims(text))
