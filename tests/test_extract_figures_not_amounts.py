"""Figures that are no actual amount on unseen news: troops or weapons still pledged,
offered or promised (but not those pledged to a state, sent or delivered), ceilings ("less
than $5bn", "below"), losses and prisoners, a hypothetical or potential size, and a state's
own reserves or deposits. Sentences are written for these tests."""

from __future__ import annotations

from extract_support import facts, values


def test_troops_a_state_has_committed_to_send_are_no_figure():
    text = (
        "Ghana has committed to deploy a contingent of 800 police officers to help "
        "Haitian police restore order."
    )
    assert not any(f[1] == "troops" for f in facts(text))


def test_soldiers_a_state_pledged_to_send_are_no_figure():
    text = "Rwanda has pledged to send 600 soldiers to Mozambique to fight the insurgents."
    assert not any(f[1] == "troops" for f in facts(text))


def test_a_contingent_a_state_sent_is_still_a_figure():
    text = "Rwanda sent a contingent of 600 to Mozambique to fight the insurgents."
    assert (frozenset({"RWA", "MOZ"}), "troops", 600) in facts(text)


def test_weapons_a_state_pledged_to_buy_are_no_figure():
    text = (
        "Under the new pact, Qatar pledged to purchase 120 American-made tanks "
        "from the United States over the coming decade."
    )
    assert not any(f[1] == "munitions_count" for f in facts(text))


def test_jets_a_seller_offered_to_supply_are_no_figure():
    text = (
        "Egypt turned down Italy's offer to supply 40 Eurofighter jets in 2015, "
        "calling the price too high."
    )
    assert not any(f[1] == "munitions_count" for f in facts(text))


def test_weapons_a_state_delivered_are_still_a_figure():
    text = "Italy delivered 40 Eurofighter jets to Egypt in 2015 under a sale agreed in 2013."
    assert (frozenset({"ITA", "EGY"}), "munitions_count", 40) in facts(text)


def test_weapons_pledged_to_a_state_are_still_a_figure():
    text = "Denmark pledged 14 Leopard tanks to Ukraine on Tuesday."
    assert (frozenset({"DNK", "UKR"}), "munitions_count", 14) in facts(text)


def test_a_ceiling_on_exports_is_no_figure_but_the_level_beside_it_is():
    text = (
        "Commerce between Brazil and Egypt is lopsided: Egyptian sales to Brazil come to "
        "less than $400 million a year, while Brazilian exports to Egypt stand at about "
        "$2.1 billion."
    )
    found = values(text)
    assert 400e6 not in found
    assert 2.1e9 in found


def test_turnover_below_a_sum_is_no_figure():
    text = (
        "Ministers of Chile and Vietnam met in Hanoi, noting that annual turnover between "
        "the two countries is below $2 billion."
    )
    assert 2e9 not in values(text)


def test_just_under_and_up_to_are_still_the_figure():
    text = "Turkey imported from Azerbaijan just under $3 billion of gas in 2023."
    assert 3e9 in values(text)


def test_fewer_than_a_number_of_soldiers_is_no_count():
    text = "France has fewer than 600 soldiers left in Chad after the withdrawal began."
    assert not any(f[1] == "troops" for f in facts(text))


def test_casualties_before_the_forces_they_fought_with_are_no_troops():
    text = (
        "Seoul's spy agency said Pyongyang has suffered about 3,100 casualties fighting "
        "alongside Russian units in the Kursk region."
    )
    assert not any(f[1] == "troops" for f in facts(text))


def test_detained_soldiers_are_no_troops():
    text = (
        "Under the truce, Thailand will hand back 20 detained Cambodian soldiers, the "
        "Malaysian mediators said."
    )
    assert not any(f[1] == "troops" for f in facts(text))


def test_drones_shot_down_each_day_are_no_delivery():
    text = (
        "Kyiv accuses Tehran of arming Moscow; our air defence can shoot down some twenty "
        "Iranian drones a day, a Ukrainian commander said."
    )
    assert not any(f[1] == "munitions_count" for f in facts(text))


def test_a_swap_line_that_could_grow_gives_no_figure_for_its_hypothetical_size():
    text = (
        "China and Egypt renewed their 18 billion yuan swap line, and could raise the usable "
        "part of it to 9 billion yuan next year."
    )
    found = values(text)
    assert 18e9 in found
    assert 9e9 not in found


def test_potentially_sized_investments_are_no_figure():
    text = (
        "Japan signed a letter of intent with Vietnam for potentially $4bn in future "
        "investments in the country's ports."
    )
    assert 4e9 not in values(text)


def test_a_states_own_reserves_after_a_rollover_are_no_aid():
    text = (
        "China rolled over a $1.5 billion loan to Sri Lanka. The rollover will support the "
        "State Bank of Sri Lanka depleting foreign reserves which stand at $4 billion."
    )
    found = values(text)
    assert 1.5e9 in found
    assert 4e9 not in found


def test_a_states_bank_deposits_are_no_aid():
    text = (
        "Qatar extended its $2 billion deposit with Egypt. Egypt's bank deposits have risen "
        "to a record, reaching EGP 9,500 billion in June."
    )
    found = values(text)
    assert 2e9 in found
    assert 9.5e12 not in found
