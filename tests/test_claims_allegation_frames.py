"""Claims in the wordings outlets use for allegations and denials on news the rules were not
tuned on (issue 10, item 3): weapons named by model, passive and reciprocal accusations,
denials that lead a story or call a charge a rumour. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.extract.reading import read
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("a", text, "2025-03-04").claims


def roles(c: Claim) -> tuple[list[str], list[str], list[str]]:
    return c.claimant, c.subject, c.beneficiary


def test_a_weapon_named_by_its_model_is_arms():
    (c,) = claims("Seoul says Pyongyang has shipped KN-25s to Moscow.")
    assert roles(c) == (["KOR"], ["PRK"], ["RUS"])
    assert c.action == "arms_transfer"


def test_pistols_are_arms():
    (c,) = claims("Kenya says Uganda has sold pistols to South Sudan in secret.")
    assert (c.subject, c.beneficiary, c.action) == (["UGA"], ["SSD"], "arms_transfer")


def test_foreign_fighters_a_state_sends_are_its_deployment():
    (c,) = claims("Greece charged that Turkey had sent Syrian mercenaries to Libya.")
    assert roles(c) == (["GRC"], ["TUR"], ["LBY"])
    assert c.action == "troop_deployment"


def test_fighters_a_state_arms_are_whom_it_arms():
    (c,) = claims("Khartoum says the UAE is arming Chadian fighters.")
    assert (c.subject, c.beneficiary, c.action) == (["ARE"], [], "arms_transfer")


def test_a_named_group_of_mercenaries_a_state_deploys():
    (c,) = claims("Paris says the Kremlin has deployed Wagner mercenaries to Mali.")
    assert roles(c) == (["FRA"], ["RUS"], ["MLI"])


def test_a_news_agency_named_after_a_state_is_no_actor():
    text = (
        "An army officer told Agence France-Presse the shipment was routine. "
        "Chad accused its eastern neighbour Sudan of arming the rebels."
    )
    (c,) = claims(text)
    assert roles(c) == (["TCD"], ["SDN"], [])


def test_accused_on_a_day_of_air_dropping_weapons():
    (c,) = claims("Juba accused Khartoum on Monday of air-dropping rifles to rebel groups.")
    assert roles(c) == (["SSD"], ["SDN"], [])


def test_a_denial_with_nothing_before_it_to_answer_is_the_allegation():
    text = (
        "Laos has not included launchers, a Thai source said. "
        "Vientiane denies it has shipped grenades to Myanmar, which Thai officials allege."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["LAO"], ["MMR"], ["LAO"])


def test_troops_sent_to_train_in_a_state_serve_it():
    (c,) = claims(
        "Seoul's spy agency said Pyongyang had sent 1,200 soldiers to train in eastern Russia."
    )
    assert roles(c) == (["KOR"], ["PRK"], ["RUS"])


def test_their_countries_after_two_denying_states():
    text = (
        "Ministers in Rwanda and Uganda denied claims in a UN report that their countries "
        "smuggle rifles to militias."
    )
    (c,) = claims(text)
    assert set(c.subject) == {"RWA", "UGA"}
    assert set(c.denied_by) == {"RWA", "UGA"}


def test_arms_sent_into_a_region_of_a_state_have_no_state_recipient():
    (c,) = claims("UN monitors say Uganda funnels rifles into eastern Congo.")
    assert (c.subject, c.beneficiary) == (["UGA"], [])


def test_calling_the_allegations_a_rumour_denies_them():
    text = (
        "Washington says Minsk has supplied Moscow with shells. "
        "A Belarusian official called the allegations a rumour."
    )
    (c,) = claims(text)
    assert c.denied_by == ["BLR"]


def test_no_factual_basis_denies():
    text = "There is no factual basis to claims that Beijing sends aid to Moscow, Beijing said."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["CHN"], ["RUS"], ["CHN"])


def test_firms_added_to_a_blacklist_for_supporting():
    text = "The US added four Indian firms to its entity list for supporting Russia's military."
    (c,) = claims(text)
    assert roles(c) == (["USA"], ["IND"], ["RUS"])


def test_a_panel_that_says_it_found_evidence_alleges():
    text = "A panel of UN experts says it has found that Uganda has been assisting Congo's army."
    (c,) = claims(text)
    assert c.claimant == ["UN"]


def test_states_that_accuse_one_another():
    found = claims("Armenia and Azerbaijan have long accused each other of arming militias.")
    assert sorted((c.claimant[0], c.subject[0]) for c in found) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_a_pronoun_recipient_may_be_the_speaker():
    (c,) = claims("Cuba said last year that Russia was helping it build drones.")
    assert (c.subject, c.beneficiary) == (["RUS"], ["CUB"])


def test_a_leading_own_denial_answers_the_allegation_after_it():
    text = (
        "India has not supplied weapons to either side, its embassy said. "
        "The statement came after the US sanctioned three Indian firms for supplying Russia's "
        "army with drone parts."
    )
    (c,) = claims(text)
    assert c.denied_by == ["IND"]


def test_an_allegation_voiced_by_an_official():
    text = "The allegation that Iran had sold missiles to Russia was voiced by a US envoy."
    (c,) = claims(text)
    assert roles(c) == (["USA"], ["IRN"], ["RUS"])


def test_a_buyer_in_the_process_of_buying():
    text = "Britain charged that Russia is in the process of buying shells from Belarus."
    (c,) = claims(text)
    assert roles(c) == (["GBR"], ["BLR"], ["RUS"])


def test_backing_a_programme_is_no_military_support():
    text = "Analysts said Laos needs money for its dam programmes that Thailand has supported."
    assert claims(text) == []


def test_accused_by_an_agent_of_backing():
    (c,) = claims("Burundi has been accused by UN investigators of backing the rebels.")
    assert roles(c) == (["UN"], ["BDI"], [])


def test_a_state_in_a_relative_clause_is_the_accused():
    (c,) = claims("Qatar, which is accused of arming the militias, rejects the charge.")
    assert (c.subject, c.denied_by) == (["QAT"], ["QAT"])


def test_calling_the_claim_false_denies_it():
    text = (
        "The claim that Cuba has sold rifles to Venezuela is false, Cuba's foreign minister said."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["CUB"], ["VEN"], ["CUB"])


def test_the_owner_of_claims_a_denial_answers_alleges():
    (c,) = claims("Hanoi rejected US claims that it is helping Moscow rebuild its navy.")
    assert (c.claimant, c.subject, c.denied_by) == (["USA"], ["VNM"], ["VNM"])


def test_states_listed_after_countries_such_as():
    text = (
        "Countries such as Georgia and Armenia have sent Western chips to Russia, EU officials say."
    )
    (c,) = claims(text)
    assert (c.claimant, set(c.subject), c.beneficiary) == (["EU"], {"GEO", "ARM"}, ["RUS"])


def test_a_deal_to_supply_that_others_allege_is_the_allegation():
    (c,) = claims("French officials said Sofia had agreed to sell shells to Kyiv.")
    assert roles(c) == (["FRA"], ["BGR"], ["UKR"])


def test_a_deal_to_supply_the_giver_announces_is_none():
    assert claims("Bulgaria said it had agreed to sell shells to Ukraine.") == []


def test_having_nothing_to_do_with_the_shipments_denies():
    text = (
        "Kyiv says Minsk has sent ammunition to Moscow. "
        "Minsk said it had nothing to do with the shipments."
    )
    (c,) = claims(text)
    assert c.denied_by == ["BLR"]


def test_a_hyphenated_supplier_someone_alleges():
    (c,) = claims("Israel says it intercepted Iranian-supplied rockets bound for Hezbollah.")
    assert roles(c) == (["ISR"], ["IRN"], [])


def test_a_hyphenated_adjective_nobody_alleges_is_none():
    assert claims("An Iran-backed militia attacked a base in Syria on Sunday.") == []


def test_where_troops_fight_is_no_beneficiary():
    text = "Rwanda has sent troops to fight in Burundi, Kinshasa alleged, accusing it of meddling."
    assert all(c.beneficiary != ["BDI"] for c in claims(text))


def test_a_region_its_owner_holds_is_whom_troops_fight_for():
    (c,) = claims("Kyiv says North Korean soldiers are fighting in Russia's Belgorod region.")
    assert (c.subject, c.beneficiary) == (["PRK"], ["RUS"])


def test_the_actor_of_an_opening_clause_does_not_deny():
    text = (
        "Kyiv alleged that Beijing had been supplying shells to Moscow. "
        "While keeping close ties with Russia throughout the war, China has sought to look "
        "neutral and denies any such involvement."
    )
    (c,) = claims(text)
    assert c.denied_by == ["CHN"]


def test_who_says_our_assessments_show_alleges():
    text = (
        '"Our findings show that Laos has shipped grenades to Myanmar," the Thai army chief said.'
    )
    (c,) = claims(text)
    assert roles(c) == (["THA"], ["LAO"], ["MMR"])


def test_a_word_for_a_group_is_no_item_by_nearness():
    (view,) = read("a", "Ankara flew Syrian fighters and rifles into Tripoli.", None).sentences
    found = {c.text: c.group_word for c in view.cues_of("supplied_items")}
    assert found == {"fighters": True, "rifles": False}
    assert [c.text for c in view.items()] == ["rifles"]
