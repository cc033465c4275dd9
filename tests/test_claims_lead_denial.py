"""A denial of "the allegations" that comes before any claim accusing the denier answers the
allegation told just after it. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_a_denial_before_the_allegation_answers_it():
    text = (
        "A panel of UN experts has linked officers in Kigali to the unrest. "
        "Rwanda rejects the allegations. "
        '"Rwanda\'s army has been sending weapons to the M23 rebels," the panel said.'
    )
    (c,) = claims(text)
    assert (c.subject, c.denied_by) == (["RWA"], ["RWA"])


def test_a_denial_after_its_own_allegation_does_not_reach_ahead():
    text = (
        "Uganda has sent rifles to the rebels, UN experts said. "
        "Uganda dismisses the allegations. "
        "Rwanda has shipped mortars to the M23 rebels, the experts said."
    )
    found = {tuple(c.subject): c.denied_by for c in claims(text)}
    assert found.get(("RWA",)) == []


def test_a_denial_far_before_the_allegation_does_not_answer_it():
    text = (
        "Rwanda dismisses the allegations. Talks stalled. Prices rose. Rains came late. "
        "Schools closed. Rwanda has shipped mortars to the M23 rebels, UN experts said."
    )
    (c,) = claims(text)
    assert c.denied_by == []
