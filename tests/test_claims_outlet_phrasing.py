"""Claims in the phrasing wire and national outlets use for supply allegations, as the
parser reads it in practice: sentences written for these tests, one behaviour each."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("o", text, "2024-09-14").claims


def test_firms_accused_of_supplying_stand_for_their_state():
    # the parser hangs "of exporting" on "firms", not on "charges": the firms still did it
    (c,) = claims("Brussels charges Belarusian firms of exporting rifles to Sudan.")
    assert (c.claimant, c.subject, c.beneficiary) == (["EU"], ["BLR"], ["SDN"])


def test_the_accused_after_an_accusing_verb_supplied_whatever_the_attachment():
    (c,) = claims("Ottawa accuses Laotian companies of shipping drone parts to Myanmar.")
    assert (c.claimant, c.subject, c.beneficiary) == (["CAN"], ["LAO"], ["MMR"])


def test_a_suspected_past_supply_is_an_allegation():
    text = "Bulgaria may have sold mortar rounds to Sudan via Chad, a Swiss daily reported."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == ([], ["BGR"], ["SDN"])


def test_whom_the_outlet_cites_alleges_a_suspected_supply():
    (c,) = claims("Laos might have shipped grenades to Myanmar, Thai officials said.")
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_a_possible_future_supply_is_no_allegation():
    text = "Bulgaria may sell mortar rounds to Sudan next year, a Swiss daily reported."
    assert claims(text) == []


def test_a_counterfactual_supply_is_no_allegation():
    text = "Laos would have shipped grenades to Myanmar had Thailand agreed, Thai officials said."
    assert claims(text) == []


def test_kinds_of_ammunition_and_vehicles_outlets_name_are_weapons():
    for item in ("mortar rounds", "firearms", "armoured personnel carriers", "radars"):
        (c,) = claims(f"Laos has shipped {item} to Myanmar, Thai officials said.")
        assert (c.subject, c.beneficiary, c.action) == (["LAO"], ["MMR"], "arms_transfer")


def test_propellant_for_arms_factories_is_a_component():
    (c,) = claims("Laos has shipped nitrocellulose to Myanmar, Thai officials said.")
    assert (c.subject, c.beneficiary, c.action) == (["LAO"], ["MMR"], "component_supply")


def test_weapons_flown_to_a_state_are_supplied():
    (c,) = claims("UN monitors found that Laos had flown rifles to Myanmar on cargo planes.")
    assert (c.claimant, c.subject, c.beneficiary) == (["UN"], ["LAO"], ["MMR"])


def test_a_state_that_continues_to_receive_weapons_is_supplied():
    (c,) = claims("Myanmar continues to receive drones from Laos, Thai officials said.")
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_a_contract_to_buy_is_no_supply():
    assert claims("Laos said it had signed a contract to buy rifles from Vietnam.") == []


def test_a_givers_supply_as_the_subject_of_a_hedged_clause_is_still_stated():
    text = "Hanoi's shipments of rifles to Myanmar could trigger sanctions, Thai officials warn."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["VNM"], ["MMR"])


def test_the_provision_of_weapons_is_a_supply():
    text = "According to Thai officials, the provision of rifles by Laos to Myanmar continues."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_a_hedged_supply_that_is_no_subject_stays_blocked():
    assert claims("Laos could resume shipments of rifles to Myanmar, Thai officials warn.") == []


LAOS = "Laos secretly shipped rifles to Myanmar, a leaked memo shows. "


def test_denying_the_news_answers_the_allegation():
    (c,) = claims(LAOS + "A spokesman in Vientiane denied the news on Friday.")
    assert c.denied_by == ["LAO"]


def test_an_allegation_denied_by_a_state_in_the_passive():
    (c,) = claims(LAOS + "The report was later denied by Vientiane.")
    assert c.denied_by == ["LAO"]


def test_a_passive_denial_of_something_else_answers_nothing():
    (c,) = claims(LAOS + "A visa request was denied by Vientiane.")
    assert c.denied_by == []


def test_who_made_the_charges_alleges():
    text = "Vientiane rejected charges made by Thailand that Laos is shipping rifles to Myanmar."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])
    assert c.denied_by == ["LAO"]


def test_who_levelled_the_accusations_alleges():
    text = "Accusations levelled by Hanoi that Laos ships rifles to Myanmar have grown."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["VNM"], ["LAO"], ["MMR"])


def test_a_conjoined_gerund_shares_the_accused():
    text = "Thailand accused Laos of hosting camps and supplying rifles to Myanmar."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_weapons_for_a_rebel_group_are_a_claim_apart_from_those_for_a_state():
    text = (
        "Laos has shipped rifles for the Karen rebels, a Thai daily reported. "
        "Laos also sold rifles to Myanmar, Thai officials said."
    )
    found = sorted((c.subject, c.beneficiary) for c in claims(text))
    assert found == [(["LAO"], []), (["LAO"], ["MMR"])]


def test_weapons_for_use_somewhere_name_no_recipient():
    (c,) = claims("Laos shipped rifles to Myanmar for use in the border war, Thai officials said.")
    assert (c.subject, c.beneficiary) == (["LAO"], ["MMR"])


def test_militants_who_bought_weapons_leave_the_seller_accused():
    (c,) = claims("Thai officials said that militants had bought rifles from Laos.")
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], [])


def test_a_denial_of_reports_that_militants_got_weapons_from_a_state():
    (c,) = claims("Vientiane refuted reports that guerrillas had obtained rifles from Laos.")
    assert (c.subject, c.beneficiary, c.denied_by) == (["LAO"], [], ["LAO"])


def test_a_loan_that_supports_an_economy_is_no_military_support():
    text = (
        "Laos signed a loan agreement with Vietnam to support its pandemic response and "
        "economic recovery, the Vietnamese embassy said."
    )
    assert claims(text) == []


def test_support_for_a_war_effort_is_still_military_support():
    (c,) = claims("Laos is supporting Myanmar's war effort, Thai officials said.")
    assert (c.subject, c.beneficiary, c.action) == (["LAO"], ["MMR"], "military_support")


def test_the_accused_of_a_conjoined_accusation_is_not_its_accuser():
    # the parser hangs "but accused Laos" on the quoted clause whose subject is Laos
    text = (
        'A day later, the envoy conceded that "Laos is not sending rifles to the militias" '
        'but accused Laos of "conducting training and providing logistical support" to them.'
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.action) == ([], ["LAO"], "military_support")


def test_who_goes_so_far_as_to_say_it_alleges():
    text = (
        "Thailand's army chief went so far as to say that Laos was providing military "
        "assistance to Myanmar."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_a_denial_that_names_a_recipient_answers_only_claims_about_it():
    text = (
        "Laos has shipped rifles for the Karen rebels, a Thai daily reported. "
        "Laos also sold rifles to Myanmar, Thai officials said. "
        "Laos has denied sending weapons to the rebels."
    )
    found = {tuple(c.beneficiary): c.denied_by for c in claims(text)}
    assert found == {(): ["LAO"], ("MMR",): []}


def test_a_denial_that_names_no_recipient_answers_every_claim_about_the_denier():
    text = (
        "Laos has shipped rifles for the Karen rebels, a Thai daily reported. "
        "Laos also sold rifles to Myanmar, Thai officials said. "
        "Laos has denied sending any weapons."
    )
    found = {tuple(c.beneficiary): c.denied_by for c in claims(text)}
    assert found == {(): ["LAO"], ("MMR",): ["LAO"]}


def test_it_opening_a_claim_is_the_state_the_sentence_before_opened_on():
    text = (
        "Laos has become a quiet backer of the junta. "
        "It has shipped rifles to Myanmar, according to Thai officials."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_it_after_a_sentence_opening_on_something_else_names_no_one():
    text = (
        "The militia has operated in Laos for years. "
        "It has shipped rifles to Myanmar, according to Thai officials."
    )
    assert all(c.subject != ["LAO"] for c in claims(text))


def test_an_admission_of_something_else_is_no_acknowledgement():
    text = "Laos has denied shipping rifles to Myanmar but admits it continues ordinary trade."
    (c,) = claims(text)
    assert (c.denied_by, c.acknowledged_by) == (["LAO"], [])


def test_an_admission_of_the_supply_in_the_same_sentence_still_counts():
    text = "Thai officials say Laos shipped rifles to Myanmar, and Myanmar admitted receiving them."
    (c,) = claims(text)
    assert c.acknowledged_by == ["MMR"]


def test_fuel_smuggling_charged_by_a_state_is_sanctions_evasion():
    (c,) = claims("Seoul accused Laos of smuggling fuel to North Korea.")
    assert (c.claimant, c.subject, c.beneficiary) == (["KOR"], ["LAO"], ["PRK"])
    assert c.action == "sanctions_evasion"


def test_fuel_sold_in_breach_of_sanctions_is_a_claim():
    text = "Laos sold diesel to North Korea in breach of UN sanctions, Japanese officials said."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["JPN"], ["LAO"], ["PRK"])


def test_fuel_traded_openly_is_no_claim():
    assert claims("Laos imports most of its diesel from Thailand, officials said.") == []
    assert claims("Vietnam supplies petrol to Cambodia under a long-term contract.") == []


def test_ships_are_vessels_not_shipping():
    text = "Laotian ships were seen near the port of Nampo, Japanese officials said."
    assert claims(text) == []


def test_buying_sanctioned_fuel_makes_no_supply_claim_of_its_own():
    text = "Laos kept buying Iranian diesel, helping Tehran skirt Western sanctions, analysts say."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.action) == (["LAO"], ["IRN"], "sanctions_evasion")


def test_goods_bound_for_a_state_are_supplied_to_it():
    text = "Laotian rifles bound for Myanmar were seized at the border, Thai officials said."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_people_bound_for_a_capital_are_no_supply():
    assert claims("A delegation bound for Yangon left Vientiane on Monday.") == []


def test_a_state_that_seizes_weapons_in_transit_charges_their_supply():
    (c,) = claims("The Thai navy seized Laotian rifles bound for the Karen rebels.")
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], [])


def test_the_seizer_stays_the_claimant_when_the_press_reports_the_seizure():
    text = (
        "Thailand has seized the cargo of two trucks allegedly loaded with Laotian rifles "
        "destined for Myanmar, a Bangkok daily reported."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_a_denied_claim_of_a_seizure_keeps_its_accuser_and_denial():
    text = (
        "Vientiane rejected Thailand's claim that it had seized rifles being smuggled from "
        "Laos to the Karen rebels."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.denied_by) == (["THA"], ["LAO"], ["LAO"])


def test_a_state_after_a_group_recipient_is_where_the_group_is():
    text = "Eritrea sends weapons shipments to the Houthis in Yemen, Saudi officials say."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["SAU"], ["ERI"], [])


def test_a_states_largest_supplier_of_crude_oil_is_trade():
    assert claims("Vietnam remained Laos's largest supplier of crude oil last year.") == []


def test_denying_any_arms_deals_answers_the_allegation():
    text = (
        "Laos has shipped rifles to Myanmar, Thai officials said. "
        "Vientiane and Naypyidaw have repeatedly denied any arms deals."
    )
    (c,) = claims(text)
    assert sorted(c.denied_by) == ["LAO", "MMR"]
