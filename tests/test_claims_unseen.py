"""Claims as outlets report them on news the rules were not tuned on: who alleges when the
source is the press or unnamed, and who denies in the words outlets use. Sentences written
for these tests, one behaviour each."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("u", text, "2025-02-11").claims


def test_a_countrys_press_is_not_its_state():
    (c,) = claims("Laos has been shipping grenades to Myanmar, Thai media reported on Monday.")
    assert (c.subject, c.beneficiary) == (["LAO"], ["MMR"])
    assert c.claimant == []


def test_state_media_speak_for_their_state():
    text = (
        "Vietnamese officials say Laos has shipped grenades to Myanmar. "
        "Laotian state media rejected the claim as fabricated."
    )
    (c,) = claims(text)
    assert c.claimant == ["VNM"]
    assert c.denied_by == ["LAO"]


def test_according_to_a_countrys_press_names_no_claimant():
    (c,) = claims("According to Thai newspapers, Laos had shipped grenades to Myanmar.")
    assert (c.claimant, c.subject, c.beneficiary) == ([], ["LAO"], ["MMR"])


def test_officials_of_a_country_still_allege_for_it():
    (c,) = claims("Laos has been shipping grenades to Myanmar, Thai officials said.")
    assert c.claimant == ["THA"]


def test_whom_an_outlet_cites_alleges():
    text = "Laos has shipped grenades to Myanmar, a Bangkok daily reported, citing Thai officials."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_the_owner_of_a_speakers_title_alleges():
    text = "Vietnam's defence chief Pham Van Long said Laos had shipped grenades to Myanmar."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["VNM"], ["LAO"], ["MMR"])


ALLEGED = "Laos has shipped grenades to Myanmar, Thai officials said. "


def test_calling_a_report_a_lie_denies_it():
    (c,) = claims(ALLEGED + "Vientiane called the report a lie spread by its enemies.")
    assert c.denied_by == ["LAO"]


def test_no_truth_in_the_reports_denies_them():
    (c,) = claims(ALLEGED + "Vientiane said there was no truth in the reports.")
    assert c.denied_by == ["LAO"]


def test_calling_accusations_politically_motivated_denies_them():
    (c,) = claims(ALLEGED + "Myanmar called the accusations politically motivated.")
    assert c.denied_by == ["MMR"]


def test_denying_wrongdoing_denies_the_allegation():
    (c,) = claims(ALLEGED + "Vientiane has denied any wrongdoing.")
    assert c.denied_by == ["LAO"]


def test_denouncing_claims_as_a_fabrication_denies_them():
    (c,) = claims(ALLEGED + "Vientiane denounced the claims as a fabrication.")
    assert c.denied_by == ["LAO"]


def test_a_word_of_calling_false_after_a_denial_verb_is_the_same_denial():
    text = (
        "Thai officials said Laos had shipped grenades to Myanmar. "
        "Myanmar dismissed reports about the Laotian grenade shipments as fiction."
    )
    (c,) = claims(text)
    assert c.denied_by == ["MMR"]


def test_a_pronoun_that_denies_is_the_accused():
    (c,) = claims(ALLEGED + "It has denied the allegations.")
    assert c.denied_by == ["LAO"]


def test_the_country_that_denies_is_the_accused():
    (c,) = claims(ALLEGED + "The country has repeatedly rejected such claims.")
    assert c.denied_by == ["LAO"]


def test_a_pronoun_that_admits_is_left_alone():
    (c,) = claims(ALLEGED + "It has confirmed the reports.")
    assert c.denied_by == [] and c.acknowledged_by == []


def test_the_source_of_imports_may_hang_on_the_goods():
    text = "Laos has imported rifles worth $40 million from Vietnam, Thai officials said."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["VNM"], ["LAO"])


def test_aircraft_are_arms():
    (c,) = claims("Laos has bought attack helicopters from Vietnam, Thai officials said.")
    assert (c.subject, c.beneficiary, c.action) == (["VNM"], ["LAO"], "arms_transfer")


def test_armed_forces_sending_their_own_aircraft_supply_no_one():
    text = "Photos suggested the Laotian and Vietnamese air forces sent fighter jets as escorts."
    assert claims(text) == []


def test_forces_sent_for_drills_are_no_deployment_claim():
    assert claims("Vietnamese troops were sent to Laos for joint exercises, officials said.") == []


def test_a_host_that_accuses_is_the_target_not_the_beneficiary():
    (c,) = claims("Cambodia accused Thailand of deploying troops inside Cambodia.")
    assert (c.claimant, c.subject, c.beneficiary) == (["KHM"], ["THA"], [])


def test_a_host_that_announces_arrivals_stays_the_beneficiary():
    (c,) = claims(
        "Laotian officials said Vietnamese military instructors had secretly arrived in Laos."
    )
    assert (c.subject, c.beneficiary) == (["VNM"], ["LAO"])


def test_a_model_name_between_maker_and_weapon_keeps_the_maker():
    (c,) = claims("Laos acquired Vietnamese Song Hong drones last year.")
    assert (c.subject, c.beneficiary) == (["VNM"], ["LAO"])


def test_a_title_between_demonym_and_weapon_is_no_maker():
    text = "Thai President Somchai said Laos had received drones, but named no supplier."
    assert all(c.subject != ["THA"] for c in claims(text))


def test_getting_weapons_from_a_state_is_receiving_them():
    (c,) = claims("The Pathet militia gets most of its rifles from Vietnam, Thai officials say.")
    assert (c.claimant, c.subject, c.action) == (["THA"], ["VNM"], "arms_transfer")


def test_a_later_sentence_names_whom_the_weapons_were_for():
    text = (
        "Thai officials accused Laos of secretly shipping grenades across the border. "
        "Customs records list Laotian grenades for Myanmar among the cargo."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["LAO"], ["MMR"])


def test_weapons_named_for_a_state_make_no_claim_on_their_own():
    assert claims("Customs records list Laotian grenades for Myanmar among the cargo.") == []


def test_weapons_met_in_battle_in_a_state_were_not_given_to_it():
    text = (
        "Thai officials accused Laos of secretly shipping grenades across the border. "
        "Laotian grenades intercepted in Myanmar were shown to reporters."
    )
    (c,) = claims(text)
    assert c.beneficiary == []


FILLER = (
    "The border runs through dense forest. Trade across it has grown for years. "
    "Both countries hold elections next spring. Farmers there grow rice and coffee. "
    "Tourism has recovered since the pandemic. Roads were rebuilt last year. "
)


def test_the_accused_denies_paragraphs_later():
    (c,) = claims(ALLEGED + FILLER + "Laos has repeatedly denied the allegations.")
    assert c.denied_by == ["LAO"]


def test_a_far_denial_by_the_recipient_is_left_alone():
    (c,) = claims(ALLEGED + FILLER + "Myanmar has repeatedly denied the allegations.")
    assert c.denied_by == []


def test_a_near_denial_by_the_recipient_counts():
    (c,) = claims(ALLEGED + "Myanmar has repeatedly denied the allegations.")
    assert c.denied_by == ["MMR"]


def test_backing_with_nothing_named_is_no_claim_of_the_outlets():
    assert claims("Vietnam has long backed Laos in its border talks with Thailand.") == []


def test_backing_that_someone_alleges_is_still_a_claim():
    (c,) = claims("Thai officials accused Vietnam of backing Laos militarily.")
    assert (c.claimant, c.subject, c.beneficiary) == (["THA"], ["VNM"], ["LAO"])


def test_an_outlets_report_of_named_weapons_is_a_claim():
    (c,) = claims("Vietnam has supplied Laos with rifles since the spring.")
    assert (c.claimant, c.subject, c.beneficiary) == ([], ["VNM"], ["LAO"])


def test_troops_somewhere_for_no_one_are_war_news_not_a_claim():
    text = "Vietnamese officials said Thai troops were deployed in the border district."
    assert claims(text) == []


def test_troops_for_no_one_that_are_charged_as_a_wrong_are_a_claim():
    (c,) = claims("Laos faced criticism over its deployment of troops to a camp in the hills.")
    assert (c.subject, c.beneficiary, c.action) == (["LAO"], [], "troop_deployment")


def test_troops_for_no_one_that_the_state_denies_are_a_claim():
    text = "Thai officials said Laotian troops were deployed in the hills. Laos denied the reports."
    (c,) = claims(text)
    assert c.denied_by == ["LAO"]


def test_an_outlet_named_by_nationality_is_not_its_state():
    # the class of press nouns after a demonym: channel, publication, magazine, website
    for outlet in ("TV channel Channel Nine", "publication Weekly Review", "magazine Vista"):
        (c,) = claims(f"According to the Thai {outlet}, Laos shipped grenades to Myanmar.")
        assert (c.claimant, c.subject, c.beneficiary) == ([], ["LAO"], ["MMR"]), outlet


def test_a_news_agency_of_a_country_is_not_its_state():
    (c,) = claims("Laos has been shipping grenades to Myanmar, a Thai news agency reported.")
    assert c.claimant == []


def test_a_countrys_intelligence_agency_still_alleges_for_it():
    (c,) = claims("Laos has been shipping grenades to Myanmar, a Thai intelligence agency said.")
    assert c.claimant == ["THA"]


def test_state_run_media_speak_for_their_state():
    (c,) = claims("According to Thai state-run media, Laos shipped grenades to Myanmar.")
    assert c.claimant == ["THA"]
