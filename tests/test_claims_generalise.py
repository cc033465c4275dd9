"""Claims on news the rules were not tuned on, by mechanism rather than by phrase: where a
supply goes is not whom it serves, and a date or a region is no recipient. Sentences written
for these tests, one behaviour each."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("g", text, "2025-03-04").claims


def test_a_region_the_supply_goes_to_is_no_armed_group():
    text = (
        "Georgian officials said Russia had been deploying mercenaries to Abkhazia to support "
        "Armenia."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["RUS"], ["ARM"])


def test_a_month_after_to_is_no_recipient():
    text = "Analysts say Laos shipped mortar rounds to Myanmar from last June to this February."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["LAO"], ["MMR"])


def test_a_known_armed_group_beside_a_state_is_still_a_claim_of_its_own():
    text = "Kenya said Eritrea had secretly sent rifles to both Hezbollah and the Syrian army."
    found = sorted((c.subject, c.beneficiary) for c in claims(text))
    assert found == [(["ERI"], []), (["ERI"], ["SYR"])]


def test_firms_stand_for_the_states_they_are_based_in():
    text = "Britain sanctioned firms based in Malaysia and Oman for supplying drone parts to Iran."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["MYS", "OMN"], ["IRN"])


def test_intermediaries_named_as_a_list_are_the_givers():
    text = (
        "Iran keeps obtaining Western microchips through middlemen such as Armenia and "
        "Georgia, EU officials said."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["EU"], ["ARM", "GEO"], ["IRN"])


def test_the_route_goods_were_sold_through_gave_them():
    text = "Estonian investigators say drone engines were sold to Iran via Kyrgyzstan."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["EST"], ["KGZ"], ["IRN"])


def test_distributors_a_state_turns_to_supply_it():
    text = "Iran now turns to traders in Malaysia and Oman for chips, the researchers found."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["MYS", "OMN"], ["IRN"])


def test_a_lede_denial_names_whom_the_allegation_after_it_is_about():
    text = (
        "Laos has not sent rifles to Myanmar, a Laotian envoy said on Monday, dismissing "
        "Thailand's claims as groundless. "
        "Thai intelligence said on Friday that Vientiane had secretly sent rifles to help its "
        "neighbour."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])
    assert c.denied_by == ["LAO"]


def test_an_allegation_naming_no_recipient_is_about_the_givers_one_partner():
    text = (
        "Thailand and Vietnam claim that Laos has been shipping rifles for use in the war. "
        "Thai officials say Laos sent troops to Myanmar last month."
    )
    found = sorted((c.subject, c.beneficiary, c.action) for c in claims(text))
    assert found == [
        (["LAO"], ["MMR"], "arms_transfer"),
        (["LAO"], ["MMR"], "troop_deployment"),
    ]


def test_a_giver_with_two_partners_lends_neither():
    text = (
        "Singapore claims that Laos has been shipping rifles for use in the war. "
        "Thai officials say Laos sent troops to Myanmar. "
        "Vietnam says Laos shipped grenades to Cambodia."
    )
    rifles = [c for c in claims(text) if c.what == "rifles"]
    assert [c.beneficiary for c in rifles] == [[]]


ALLEGED = "Thai officials say Laos has shipped grenades to Myanmar. "


def test_saying_the_allegation_was_false_denies_it():
    (c,) = claims(ALLEGED + "Laos said the allegations were entirely false.")
    assert c.denied_by == ["LAO"]


def test_false_about_something_else_is_no_denial():
    (c,) = claims("Thai officials say Laos has shipped grenades to Myanmar on false papers.")
    assert c.denied_by == []


def test_parts_ending_up_in_a_states_weapons_were_supplied_to_it():
    text = "Kyiv says Malaysian microchips keep ending up in Iranian missiles."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["MYS"], ["IRN"])


def test_a_buyer_that_sends_goods_on_is_the_supplier_not_the_maker():
    text = "The probe found that Malaysian traders bought Japanese chips and shipped them to Iran."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["MYS"], ["IRN"])


def test_firms_buying_and_reselling_do_both():
    text = (
        "The audit showed a pattern of Omani firms obtaining Korean chips and exporting them "
        "to Iran."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["OMN"], ["IRN"])


def test_the_supply_word_that_says_what_was_given_reads_the_claim():
    text = "Ethiopia accused Eritrea of fuelling the conflict by arming Somalia."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary, c.action) == (
        ["ETH"],
        ["ERI"],
        ["SOM"],
        "arms_transfer",
    )


def test_troops_in_a_state_are_not_that_states():
    text = (
        "Kenyan officials say Uganda has some 2,000 troops in northern Sudan fighting "
        "alongside the RSF."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["KEN"], ["UGA"], [])


def test_officials_in_a_state_still_speak_for_it():
    (c,) = claims("Officials in Kenya say Uganda has shipped rifles to South Sudan.")
    assert (c.claimant, c.subject, c.beneficiary) == (["KEN"], ["UGA"], ["SSD"])


def test_support_with_which_a_state_makes_war_is_military_support_to_it():
    (c,) = claims("Ethiopia said Eritrea attacked its border towns with the backing of Egypt.")
    assert (c.claimant, c.subject, c.beneficiary, c.action) == (
        ["ETH"],
        ["EGY"],
        ["ERI"],
        "military_support",
    )


def test_support_for_a_civil_work_is_no_claim():
    assert claims("Serbia built the new bridge with the support of China.") == []


def test_firms_added_to_a_trade_list_for_supplying_did_it():
    text = "Britain added three Omani firms to the Entity List for supplying drone engines to Iran."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["GBR"], ["OMN"], ["IRN"])


def test_the_speaker_after_a_passive_sanction_alleges():
    text = "Two Omani firms were sanctioned for supplying drone engines to Iran, London said."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["GBR"], ["OMN"], ["IRN"])


def test_a_suspected_ongoing_supply_is_alleged():
    text = "Kenya says Uganda may be sending armoured vehicles to South Sudan."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["KEN"], ["UGA"], ["SSD"])


def test_a_supply_that_will_be_under_way_is_no_allegation():
    assert claims("Kenya says Uganda will be sending armoured vehicles to South Sudan.") == []


def test_intermediaries_like_named_states_pass_the_goods_on():
    text = (
        "Iran keeps accessing Western microchips through intermediaries like Oman or Iraq, "
        "a British official said."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["GBR"], ["OMN", "IRQ"], ["IRN"])


def test_middlemen_in_a_state_pass_the_goods_on():
    text = "Iran procures drone engines via middlemen in Malaysia, a British official said."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["MYS"], ["IRN"])


def test_a_place_in_a_state_on_the_way_is_no_intermediary():
    text = (
        "Monitors said reports of Emirati arms deliveries to the rebels, flown in through an "
        "airfield in northern Chad, were credible."
    )
    assert all("TCD" not in c.subject for c in claims(text))


def test_a_gerund_joined_to_one_taken_for_a_noun_is_done_by_the_accused():
    text = "Mali accuses Algeria of funding and arming separatist groups in the north."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["MLI"], ["DZA"], [])
    assert c.action == "arms_transfer"


def test_fighters_a_state_arms_receive_arms_not_troops():
    (c,) = claims("Kenyan officials say Eritrea is arming Shabaab fighters.")
    assert (c.claimant, c.subject, c.beneficiary) == (["KEN"], ["ERI"], [])
    assert c.action == "arms_transfer"


def test_a_headline_accused_of_is_a_passive_allegation():
    (c,) = claims("Belarus accused of shipping artillery shells to Russia")
    assert (c.claimant, c.subject, c.beneficiary) == ([], ["BLR"], ["RUS"])


def test_an_absolute_with_clause_accused_of_is_a_passive_allegation():
    text = "With Kigali often accused of backing the M23, the peace talks stalled."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == ([], ["RWA"], [])


def test_an_active_accusation_keeps_its_accuser():
    (c,) = claims("Kyiv has accused Minsk of supplying shells to Russia.")
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["BLR"], ["RUS"])


def test_a_second_gerund_joined_to_the_verb_of_accusing_is_done_by_the_accused():
    # the parser joins "arming" to "accuses" here; the accused still does it
    (c,) = claims("Sudan accuses Chad of funding and arming militias in Darfur.")
    assert (c.claimant, c.subject, c.beneficiary) == (["SDN"], ["TCD"], [])


def test_weaponry_names_no_kind_of_weapon_of_its_own():
    text = (
        "Pakistan denies sending cruise missiles to Azerbaijan. News of Islamabad's possible "
        "transfer of such weaponry to Baku first appeared in the Western press, according to "
        "the BBC."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["PAK"], ["AZE"], ["PAK"])


def test_a_state_that_deploys_weapons_another_made_was_supplied_them():
    (c,) = claims("Kyiv says Moscow has deployed Belarusian rocket launchers near the border.")
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["BLR"], ["RUS"])
