"""A denial or admission of troops sent says nothing of things sent (arms, parts) on the same
pair of states, and the other way round. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.extract.claims import _troops_and_things
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def by_action(text: str) -> dict[str, Claim]:
    return {c.action: c for c in claims(text)}


def test_a_denial_of_soldiers_does_not_answer_an_arms_claim():
    text = (
        "Ukraine's defence ministry denied a Russian claim that Ukraine sent soldiers to "
        "fight for Georgia. "
        "Moscow has also accused Ukraine of shipping rifles to Georgia."
    )
    found = by_action(text)
    assert found["troop_deployment"].denied_by == ["UKR"]
    assert found["arms_transfer"].denied_by == []


def test_kinds_of_support_that_stay_together():
    assert _troops_and_things("troop_deployment", "arms_transfer")
    assert _troops_and_things("component_supply", "troop_deployment")
    assert not _troops_and_things("troop_deployment", "military_support")
    assert not _troops_and_things("arms_transfer", "component_supply")
    assert not _troops_and_things("troop_deployment", "troop_deployment")
    assert not _troops_and_things(None, "troop_deployment")
