"""Claims in phrasings the first rules were not written for: sentences written for these
tests, one behaviour each (negated stances, ...)."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("f", text, "2024-03-02").claims


def test_a_stance_nobody_took_is_no_stance():
    text = (
        "Minsk has shipped rifles to Serbia, Lithuanian officials said. "
        "Neither Belgrade nor Minsk has confirmed the shipments."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["BLR"], ["SRB"])
    assert c.acknowledged_by == [] and c.denied_by == []


def test_a_negated_subject_takes_no_stance_but_a_denial_still_counts():
    text = (
        "Minsk has shipped rifles to Serbia, Lithuanian officials said. "
        "No official in Belgrade has confirmed it, and Minsk denied the reports."
    )
    (c,) = claims(text)
    assert c.acknowledged_by == []
    assert c.denied_by == ["BLR"]


def test_negation_stays_with_its_own_verb_across_but():
    (c,) = claims("Cuba does not send troops to Russia, but it allegedly ships rifles to Moscow.")
    assert (c.subject, c.beneficiary, c.action) == (["CUB"], ["RUS"], "arms_transfer")


def test_negation_shared_by_a_plain_conjunction_still_blocks():
    assert claims("Cuba did not send troops or ship rifles to Russia, officials said.") == []


def test_a_state_as_the_object_of_selling_is_the_buyer():
    (c,) = claims("Israel has secretly sold Baku dozens of its newest attack drones this spring.")
    assert (c.claimant, c.subject, c.beneficiary) == ([], ["ISR"], ["AZE"])


def test_a_denial_counts_once_the_allegation_names_the_denier():
    text = (
        "Seoul's spy agency said North Korean sappers had been deployed near the front. "
        "The Kremlin has dismissed reports about the North's troop deployment as fiction. "
        "Seoul says North Korea has sent 2,000 troops to Russia."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["PRK"], ["RUS"])
    assert c.denied_by == ["RUS"]


def test_who_reiterates_an_accusation_makes_it():
    (c,) = claims(
        "Poland's president reiterated accusations of arms deliveries by Belarus to Russia."
    )
    assert (c.claimant, c.subject, c.beneficiary) == (["POL"], ["BLR"], ["RUS"])


def test_a_source_named_by_its_state_speaks_for_it():
    (c,) = claims(
        "A Polish intelligence source told reporters that Belarus was sending shells to Russia."
    )
    assert (c.claimant, c.subject, c.beneficiary) == (["POL"], ["BLR"], ["RUS"])


def test_a_long_closing_clause_of_saying_names_its_speaker_first():
    text = (
        "Over the winter Belarus has shipped forty wagons of shells to Russia, the head of "
        "the border service of Lithuania Jonas Petraitis announced at a briefing on Monday."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["LTU"], ["BLR"], ["RUS"])


def test_whom_the_speaker_tells_is_no_accuser():
    text = (
        "Belarus has shipped shells to Russia, a spokesman for the border guard of Lithuania "
        "told Agence France-Presse on Friday evening."
    )
    (c,) = claims(text)
    assert c.claimant == ["LTU"]


def test_the_accused_is_who_acts_in_a_by_phrase_of_the_accusation():
    text = (
        "In May, Ethiopia lodged a complaint at the tribunal accusing Eritrea of complicity "
        "in war crimes by arming the rebels."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.action) == (["ERI"], [], "arms_transfer")


def test_the_side_an_intervention_takes_is_the_beneficiary():
    (c,) = claims(
        "Chad has been accused of intervening in the fighting on behalf of the Sudanese army."
    )
    assert (c.subject, c.beneficiary, c.action) == (["TCD"], ["SDN"], "military_support")


def test_in_support_of_names_whom_troops_serve():
    (c,) = claims("Belarus sent troops to the front in support of Moscow, Polish officials said.")
    assert (c.claimant, c.subject, c.beneficiary) == (["POL"], ["BLR"], ["RUS"])


def test_who_played_a_role_in_shipments_supplied_them():
    (c,) = claims("Qatar has also played a role in weapons shipments to the Libyan government.")
    assert (c.subject, c.beneficiary, c.action) == (["QAT"], ["LBY"], "arms_transfer")


def test_denying_involvement_answers_the_allegation():
    text = (
        "Belarus has been accused of sending shells to Russia, Kyiv said. "
        "Minsk has denied any involvement."
    )
    (c,) = claims(text)
    assert c.denied_by == ["BLR"]


def test_turning_down_reports_is_a_denial():
    text = "Minsk has strongly turned down reports claiming that the country sold rifles to Serbia."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["BLR"], ["SRB"], ["BLR"])


def test_where_an_intervention_happens_is_no_beneficiary():
    text = (
        "UN experts said Uganda conducted military operations inside the Democratic "
        "Republic of Congo last year."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["UN"], ["UGA"], [])


def test_rejecting_accusations_answers_the_earlier_allegation():
    text = (
        "The US says Turkey is supplying Russia with machine tools. "
        "Turkey has rejected accusations that it is aiding Russia's war effort."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["USA"], ["TUR"], ["RUS"])
    assert c.denied_by == ["TUR"]


def test_a_giver_saying_it_did_not_give_denies():
    text = (
        "Warsaw accuses Minsk of sending shells to Moscow. "
        "Minsk says it has not supplied any shells to Russia."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["POL"], ["BLR"], ["RUS"])
    assert c.denied_by == ["BLR"]


def test_saying_one_could_not_give_is_no_denial():
    text = "Warsaw accuses Minsk of sending shells to Moscow. Minsk said it could not send shells."
    (c,) = claims(text)
    assert c.denied_by == []


def test_a_share_of_a_states_arms_imports_is_supplied_to_it():
    (c,) = claims("Beijing supplies about 70 percent of Bangladesh's arms imports.")
    assert (c.subject, c.beneficiary, c.action) == (["CHN"], ["BGD"], "arms_transfer")


def test_most_of_what_a_state_bought_came_from_the_seller():
    (c,) = claims("Vietnam reportedly bought most of its tanks from Russia.")
    assert (c.subject, c.beneficiary) == (["RUS"], ["VNM"])


def test_supplying_an_army_with_named_drones():
    (c,) = claims("Iran is supplying the Sudanese army with Mohajer 6 drones.")
    assert (c.subject, c.beneficiary) == (["IRN"], ["SDN"])


def test_a_states_arms_imports_from_another_are_supplied_by_it():
    (c,) = claims("Vietnam's arms imports from Russia fell last year, according to a report.")
    assert (c.subject, c.beneficiary) == (["RUS"], ["VNM"])


def test_who_accounts_for_a_share_of_a_states_arms_imports_supplied_it():
    (c,) = claims("Turkey reportedly accounted for 12 percent of Azerbaijan's arms imports.")
    assert (c.subject, c.beneficiary, c.action) == (["TUR"], ["AZE"], "arms_transfer")


def test_a_good_that_accounts_for_imports_is_no_supplier():
    assert claims("Oil accounted for half of India's imports from Russia.") == []


def test_unmanned_aerial_vehicles_are_weapons():
    (c,) = claims("Washington says Iran delivered unmanned aerial vehicles to Ethiopia in 2021.")
    assert (c.claimant, c.subject, c.beneficiary) == (["USA"], ["IRN"], ["ETH"])
    assert c.action == "arms_transfer"


def test_uavs_and_drones_are_one_kind_of_weapon():
    text = (
        "Washington says Iran delivered Mohajer-6 UAVs to Ethiopia in 2021. "
        "Iran also sent drones to Ethiopia by air, US officials said."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["USA"], ["IRN"], ["ETH"])


def test_russia_written_in_lower_case_is_still_russia():
    (c,) = claims("Since March Minsk has handed over 5,000 tons of shells to russia, Kyiv said.")
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["BLR"], ["RUS"])
