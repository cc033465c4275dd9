"""Forces sent abroad whose owner only a demonym names ("Freedonian mercenaries had begun to
deploy to Sylvania"), and the words about what is sent read past a bracketed acronym. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("f", text, "2024-03-02").claims


def pairs(text: str) -> list[tuple[list[str], list[str], str]]:
    return [(c.subject, c.beneficiary, c.action) for c in claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the forces are the subject of the verb the word of deploying completes
        "Nine European governments voiced alarm on Monday that Russian mercenaries hired by a"
        " private firm had started to deploy to Mali, accusing Moscow of bankrolling the men.",
        # "deployment in X of Y": the parse hangs "of Y" on the place
        "Several Western states condemned the deployment in Mali of Russian mercenaries tied to"
        " a private company, accusing Moscow of paying for the operation.",
    ],
)
def test_demonym_of_deployed_mercenaries_names_the_sender(text):
    assert (["RUS"], ["MLI"], "troop_deployment") in pairs(text)


def test_forces_that_are_somewhere_are_not_sent_by_their_demonym():
    text = (
        "Pro-Turkish Syrian fighters are in Libya alongside trainers sent by Ankara, the"
        " Turkish president confirmed on Friday."
    )
    assert all(c.subject != ["SYR"] for c in claims(text))


def test_a_bracketed_acronym_does_not_end_what_is_sent():
    text = (
        "Last spring Russia secretly sent to the Central African Republic (CAR) a unit of"
        " mercenaries, an investigative group reported."
    )
    assert (["RUS"], ["CAF"], "troop_deployment") in pairs(text)
