"""Whether an agreement is told as existing (issue 10): a signing still planned, set to
come or only decided on is none, nor is a deal never had or an arms sale one government
approves; a pact a state would end or leave, one states have or maintain, one a parliament
approves and one something is done under exists. Each test is a sentence written for it,
none copied from an article."""

from __future__ import annotations

from extract_support import agreements, every_agreement, pairs


def test_a_plan_in_the_reported_clause_does_not_make_the_statement_a_plan():
    text = (
        "In a joint statement issued by Chad, Niger and Mali, the three said they will "
        "leave the regional bloc as soon as possible."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.kind) for a in found] == [
        (frozenset({"TCD", "NER", "MLI"}), "joint_statement")
    ]


def test_a_plan_that_governs_the_agreement_still_makes_it_a_plan():
    assert agreements("Chile said it will sign a fisheries treaty with Peru next week.") == []


def test_a_plan_to_end_a_war_under_a_deal_is_still_a_plan_for_the_deal():
    text = "Chile will sign a deal with Peru to end the dispute."
    assert agreements(text) == []


def test_a_signing_witnessed_under_a_modal_is_yet_to_come():
    text = (
        "In Quito, the Chinese leader will meet the president, tour a dam and witness the "
        "signing of agreements with Ecuador, an aide said."
    )
    assert pairs(text) == []


def test_a_signing_overseen_under_set_to_is_yet_to_come():
    text = "The Chinese leader is set to oversee the signing of several agreements with Ecuador."
    assert pairs(text) == []


def test_a_witnessed_signing_in_the_past_is_kept():
    text = "The Chinese leader witnessed the signing of agreements with Ecuador on Monday."
    assert pairs(text) == [frozenset({"CHN", "ECU"})]


def test_a_pact_that_a_state_would_end_exists():
    text = "Chad's rulers said they would end the country's defence pact with France."
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed) for a in found] == [(frozenset({"TCD", "FRA"}), None)]


def test_a_threat_to_withdraw_from_a_treaty_presupposes_the_treaty():
    text = "Moscow threatened to withdraw from the arms treaty with Washington."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"RUS", "USA"})]


def test_states_that_have_an_agreement_hold_it():
    found = agreements("Chile and Peru have a reciprocal fisheries agreement.")
    assert [frozenset(a.parties) for a in found] == [frozenset({"CHL", "PER"})]


def test_states_that_have_a_plan_hold_no_agreement():
    assert agreements("Chile and Peru have a plan to sign a fisheries treaty.") == []


def test_a_deal_never_had_is_no_agreement():
    assert pairs("North Korea has never had any deal with Russia on weapons, its envoy said.") == []
    assert pairs("Kenya and Uganda have never had a defence treaty.") == []


def test_a_deal_had_since_a_year_is_kept():
    text = "Kenya and Uganda have had a defence treaty since 1990."
    assert pairs(text) == [frozenset({"KEN", "UGA"})]


def test_a_holding_verb_with_another_object_holds_no_agreement():
    text = (
        "Putin said Moscow maintains discretion over its international partnerships, "
        "including those with North Korea."
    )
    assert pairs(text) == []


def test_a_holding_verb_with_the_agreement_as_object_still_holds_it():
    text = "Japan and Australia maintain close security agreements with each other."
    assert pairs(text) == [frozenset({"JPN", "AUS"})]


def test_one_government_approving_an_arms_sale_concludes_no_agreement():
    text = "The State Department has approved a $3 billion arms deal with Saudi Arabia."
    assert pairs(text) == []


def test_a_cabinet_signing_off_on_a_purchase_concludes_no_agreement():
    text = "Indian cabinet signs off on Boeing helicopter deal with United States."
    assert pairs(text) == []


def test_a_parliament_approving_an_agreement_still_ratifies_it():
    text = "The Turkish parliament approved the defence agreement with Qatar on Thursday."
    assert [a.status for a in agreements(text)] == ["ratified"]


def test_what_is_done_under_an_indefinite_treaty_tells_the_treaty_exists():
    text = (
        "Minsk said the posting of Belarusian engineers to Serbia comes under a defence "
        "treaty between the two countries."
    )
    found = every_agreement(text)
    assert [(sorted(a.parties), a.kind, a.signed) for a in found] == [
        (["BLR", "SRB"], "treaty", None)
    ]


def test_under_an_indefinite_treaty_still_needs_its_parties():
    # no pair to bind the treaty to: nothing is told
    assert every_agreement("The posting comes under a defence treaty, officials said.") == []
