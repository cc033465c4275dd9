"""Troops sent from one state to another, told by the outlet with no accuser, no marker of
allegation and no denial or admission, are an overt deployment, not a claim; an accuser, a
marker, an accusation or a denial keeps the claim. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_outlet_deployment_is_no_claim():
    text = "Freetown is worried after Ghana recently sent another 3,000 soldiers to Liberia."
    assert [c for c in claims(text) if c.action == "troop_deployment"] == []


def test_passive_outlet_deployment_is_no_claim():
    text = "Kenyan troops were deployed in Tanzania last year to fight insurgents."
    assert [c for c in claims(text) if c.action == "troop_deployment"] == []


def test_a_marker_keeps_the_deployment():
    text = "Ghana has secretly sent 3,000 soldiers to Liberia."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.action) == (["GHA"], ["LBR"], "troop_deployment")


def test_an_accuser_keeps_the_deployment():
    text = "Togo says Ghana has sent 3,000 soldiers to Liberia."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["TGO"], ["GHA"], ["LBR"])


def test_a_denial_keeps_the_deployment():
    text = "Ghana has sent 3,000 soldiers to Liberia. Accra denied the report on Monday."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["GHA"], ["LBR"], ["GHA"])


def test_outlet_supply_of_weapons_stays():
    # the rule is for deployments only: an outlet's report of weapons between states stays
    text = "Ghana has delivered armoured vehicles and rifles to Liberia."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.action) == (["GHA"], ["LBR"], "arms_transfer")


def test_someone_cited_keeps_the_deployment():
    # unnamed officials or sources are no state, but the outlet tells what they say
    (c,) = claims("Western diplomats say Ghanaian soldiers arrived in Liberia last month.")
    assert (c.claimant, c.subject, c.beneficiary) == ([], ["GHA"], ["LBR"])
