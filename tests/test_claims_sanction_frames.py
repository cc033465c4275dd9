"""Sanctions as allegation frames: the state that sanctions over a supply alleges it, whether
the sanctions name their grounds ("over the transfer of ...") or the sanctioned are described
as accused ("firms accused of supplying ..."). Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("s", text, "2025-03-04").claims


def roles(c: Claim) -> tuple[list[str], list[str], list[str]]:
    return c.claimant, c.subject, c.beneficiary


def test_sanctions_on_a_target_over_a_transfer():
    text = (
        "Canberra imposed sanctions on Belarusian entities over the delivery of howitzers "
        "to Russia."
    )
    (c,) = claims(text)
    assert roles(c) == (["AUS"], ["BLR"], ["RUS"])
    assert c.action == "arms_transfer"


def test_sanctions_against_a_target_announced():
    text = (
        "Ottawa on Friday announced sanctions against Iranian firms over the shipment of "
        "drones to Moscow."
    )
    (c,) = claims(text)
    assert roles(c) == (["CAN"], ["IRN"], ["RUS"])


def test_the_sanctioning_state_alleges_what_the_sanctioned_are_accused_of():
    text = "Seoul sanctioned two Chinese companies accused of selling drone engines to Russia."
    (c,) = claims(text)
    assert roles(c) == (["KOR"], ["CHN"], ["RUS"])


def test_sanctions_on_those_suspected_of_a_supply():
    text = (
        "Australia imposed sanctions on Iranian companies suspected of shipping rockets to Russia."
    )
    (c,) = claims(text)
    assert roles(c) == (["AUS"], ["IRN"], ["RUS"])


def test_a_relative_clause_of_saying_names_the_supplier():
    text = (
        "Tokyo blacklisted several Turkish firms that it said had shipped machine tools to Russia."
    )
    (c,) = claims(text)
    assert roles(c) == (["JPN"], ["TUR"], ["RUS"])


def test_sanctions_over_something_else_make_no_claim():
    text = "Canberra imposed sanctions on Belarusian officials over the rigged election."
    assert claims(text) == []


# --- who acts, when the means hang elsewhere -------------------------------------------------


def test_the_means_of_breaking_an_embargo_name_who_supplied():
    text = (
        "UN monitors said Egypt had broken the arms embargo by supplying Haftar's forces "
        "with armoured vehicles."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject) == (["UN"], ["EGY"])


def test_the_helper_does_what_helps_not_the_helped():
    text = (
        "Beijing is helping Moscow sustain its offensive by providing missile technology, "
        "American officials said."
    )
    found = claims(text)
    assert [(c.subject, c.beneficiary) for c in found] == [(["CHN"], ["RUS"])]


def test_a_general_speaks_for_his_state():
    text = "Tehran has been supplying the Taliban with rifles, a senior British general alleged."
    (c,) = claims(text)
    assert (c.claimant, c.subject) == (["GBR"], ["IRN"])


# --- what is supplied ------------------------------------------------------------------------


def test_a_single_weapon_is_an_item():
    (c,) = claims("Minsk handed a howitzer to Moscow, Lithuanian intelligence said.")
    assert (c.claimant, c.subject, c.beneficiary) == (["LTU"], ["BLR"], ["RUS"])
    assert c.action == "arms_transfer"


def test_naval_vessels_are_items():
    (c,) = claims("Beijing secretly supplied two frigates to Myanmar, Thai officials said.")
    assert (c.subject, c.beneficiary, c.action) == (["CHN"], ["MMR"], "arms_transfer")


def test_denouncing_a_state_for_a_supply_alleges_it():
    (c,) = claims("Tehran denounced Washington for shipping bombs to Israel.")
    assert (c.claimant, c.subject, c.beneficiary) == (["IRN"], ["USA"], ["ISR"])


def test_equipment_acquired_from_a_state_is_supplied():
    text = "Vietnam has acquired equipment worth $5 billion from Russia over two decades."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.action) == (["RUS"], ["VNM"], "arms_transfer")


def test_sanctions_on_a_states_firm_in_an_answering_clause():
    # the denial names the supply; the sanctions on the accused state's firm name the accuser
    text = (
        "Serbia on Monday rejected claims that it sold rifles to Myanmar, days after Canada "
        "imposed sanctions on a Serbian state-run company."
    )
    (c,) = claims(text)
    assert roles(c) == (["CAN"], ["SRB"], ["MMR"])
    assert c.denied_by == ["SRB"]


def test_sanctions_on_the_state_itself_name_no_accuser_of_its_other_acts():
    text = (
        "Russia denied sending arms to Syria. Britain imposed sanctions on Russia over its "
        "invasion of Ukraine."
    )
    (c,) = claims(text)
    assert roles(c) == ([], ["RUS"], ["SYR"])


def test_firms_sanctioned_for_supplying_a_states_army_are_where_they_are_based():
    text = (
        "The firms sanctioned for supplying the Iranian military are mostly based in "
        "Malaysia and Thailand."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["MYS", "THA"], ["IRN"])
    assert c.action == "military_support"


def test_sending_ones_own_forces_is_no_support_to_them():
    assert all(c.beneficiary != ["RUS"] for c in claims("Russia sent Russian forces to Mali."))
