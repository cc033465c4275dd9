"""Agreement reading on phrasings the tuned texts never had: mechanisms that should hold on
unseen news (party sets from sentence structure, places, dates per agreement, lifecycle
words, merging). Each test is a sentence written for it."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("g", text, published).agreements


def party_sets(text: str, published: str | None = "2024-06-20") -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in agreements(text, published)}


# --- places and modifiers are not parties ---------------------------------------------------


def test_country_of_a_town_is_no_party():
    text = (
        "The presidents of Kenya and Ethiopia shook hands after signing a border agreement "
        "on Friday in Mombasa, Tanzania."
    )
    assert party_sets(text) == {frozenset({"KEN", "ETH"})}


def test_dateline_country_is_no_party():
    text = "NAIROBI, Kenya, March 3 (Reuters) -- Chile and Peru signed a fisheries treaty."
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_country_after_a_comma_in_a_list_is_still_a_party():
    text = "In Geneva, Chile, Peru and Bolivia signed a water treaty on Monday."
    assert party_sets(text) == {frozenset({"CHL", "PER", "BOL"})}


def test_demonyms_naming_a_company_are_no_party():
    text = (
        "The Spanish-Italian shipbuilding company Navantica signed a cooperation agreement "
        "with Serbia."
    )
    assert party_sets(text) == set()


# --- one date per agreement when a sentence lists several -----------------------------------


def test_each_listed_agreement_takes_the_year_after_its_name():
    text = (
        "Brazil and Argentina have already signed the Nuclear Safeguards Agreement (NSA) in "
        "1991, the Border Cooperation Memorandum (BCM) in 2005 and the Energy Transit "
        "Agreement (ETA) in 2012."
    )
    dated = {a.signed for a in agreements(text)}
    assert dated == {"1991", "2005", "2012"}


def test_each_agreement_takes_the_date_of_its_own_participle():
    text = (
        "Recalling the Treaty of Friendship between Chile and Peru signed on 4 May 1999, the "
        "Declaration of Strategic Partnership between Chile and Peru signed on 9 June 2010 and "
        "the Joint Statement of the two presidents signed on 2 March 2021, the ministers met."
    )
    assert {a.signed for a in agreements(text)} == {"1999-05-04", "2010-06-09", "2021-03-02"}


def test_date_written_with_slashes_and_four_digit_year():
    text = "Chile and Peru also recalled the fisheries agreement signed on 11/23/2004."
    assert [a.signed for a in agreements(text)] == ["2004-11-23"]


# --- "the two countries" -------------------------------------------------------------------


def test_two_countries_are_the_pair_named_before_not_a_trio():
    text = (
        "A statement was issued in Doha by Qatar, Egypt and Jordan on Monday. "
        "Under it, Egypt and Jordan agreed to reopen their embassies. "
        "The two countries also recalled the transit agreement signed on 2 May 2001."
    )
    assert party_sets(text) == {frozenset({"EGY", "JOR"})}


def test_agreement_word_in_the_name_of_a_government_is_no_agreement():
    text = (
        "Turkey backs the Government of National Accord in Libya, and Syria has said so "
        "too, officials in Ankara said."
    )
    assert agreements(text) == []


# --- party lists: "among", organisations that sign, a count with "including" ---------------


def test_agreement_among_states_and_an_organisation():
    text = (
        "The Danube shipping accord among Romania, Bulgaria, Serbia and the United Nations "
        "was extended on Monday."
    )
    assert party_sets(text) == {frozenset({"ROU", "BGR", "SRB", "UN"})}


def test_plural_agreements_with_a_count_and_named_partners_give_one_each():
    text = (
        "Moldova has so far concluded defence agreements with the EU and 12 other countries, "
        "including France, Romania and Poland."
    )
    assert party_sets(text) == {
        frozenset({"MDA", "EU"}),
        frozenset({"MDA", "FRA"}),
        frozenset({"MDA", "ROU"}),
        frozenset({"MDA", "POL"}),
    }


# --- plans are scoped to what they govern -----------------------------------------------------


def test_what_a_signed_agreement_aims_to_do_is_no_plan():
    text = (
        "Chile and Peru signed a fisheries accord on Monday. The accord, hailed by both "
        "ministers, is not a military alliance but aims to strengthen cooperation at sea."
    )
    a = agreements(text)
    assert [(frozenset(x.parties), x.status, x.defense) for x in a] == [
        (frozenset({"CHL", "PER"}), "signed", False)
    ]


def test_a_plan_to_sign_after_the_noun_is_still_a_plan():
    text = "A fisheries accord between Chile and Peru is expected to be signed next month."
    assert agreements(text) == []


def test_apposition_renames_one_agreement():
    text = (
        "Chile and Peru signed the Humboldt Treaty – the Chile-Peru mutual defence treaty – "
        "in Lima on Monday."
    )
    a = agreements(text)
    assert len(a) == 1 and a[0].defense is True


# --- background agreements and agents -------------------------------------------------------


def test_definite_treaty_naming_its_parties_exists_with_its_defence_clause():
    text = (
        "The security treaty between Norway and Iceland obliges each "
        "to come to the aid of the other if attacked."
    )
    a = agreements(text)
    assert [(frozenset(x.parties), x.defense) for x in a] == [(frozenset({"NOR", "ISL"}), True)]


def test_agreement_after_by_is_the_agent_of_the_step():
    text = "Chile and Peru fought a long war that was suspended by an armistice agreement."
    assert agreements(text) == []


# --- referring back ---------------------------------------------------------------------------


def test_a_differently_named_agreement_does_not_take_the_last_parties():
    text = (
        "Chile and Peru elevated their ties to a strategic partnership in 2019. The presidents "
        "urged respect for the Declaration on Conduct in the Pacific, "
        "as well as the 1982 Convention on the Law of the Sea."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed, a.name) for a in found] == [
        (frozenset({"CHL", "PER"}), "2019", None)
    ]


def test_an_agreement_to_extend_a_treaty_is_no_new_agreement():
    text = (
        "Norway and Iceland have concluded an agreement to extend the fisheries treaty, "
        "which they signed in 2011."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed) for a in found] == [
        (frozenset({"NOR", "ISL"}), "2011")
    ]


def test_the_agreement_referred_back_to_joins_its_dated_antecedent():
    text = (
        "Some 500 Norwegian troops will be based in Iceland under a 2016 defence agreement "
        "between Oslo and Reykjavik. The agreement, which was ratified by both parliaments "
        "in May, also lets Iceland use Norwegian ports."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed) for a in found] == [
        (frozenset({"NOR", "ISL"}), "2016")
    ]


# --- lifecycle words, pairs signing several agreements, "It was signed" ---------------------


def test_headline_seals_a_deal():
    text = "Spain seals $2 billion deal with Morocco on desalination plants"
    assert party_sets(text) == {frozenset({"ESP", "MAR"})}


def test_two_states_signing_several_agreements_are_one_record():
    text = (
        "Nepal and Bangladesh on Friday signed several agreements in the fields of power, "
        "transit and education."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed) for a in found] == [
        (frozenset({"NPL", "BGD"}), "2024-06-14")
    ]


def test_plural_agreements_without_a_signing_stay_out():
    text = "Nepal and Bangladesh have discussed previous agreements on power."
    assert agreements(text) == []


def test_it_was_signed_dates_the_convention_named_just_before():
    text = (
        "Chile, Peru and Bolivia recommend leaving the Andean Water Convention. "
        "The Andean Water Convention sets rules on shared rivers. "
        "It was signed on May 4, 1999 in La Paz."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed) for a in found] == [
        (frozenset({"CHL", "PER", "BOL"}), "1999-05-04")
    ]


def test_froze_is_a_step_of_an_existing_agreement():
    text = "Niger froze its defence pact with France in March."
    found = agreements(text, "2024-06-20")
    assert [(frozenset(a.parties), a.status) for a in found] == [
        (frozenset({"NER", "FRA"}), "suspended")
    ]


# --- plans do not reach what they are compared with ------------------------------------------


def test_agreements_before_a_planned_one_exist_with_their_respective_years():
    text = (
        "This is the third port agreement to be signed between Ghana and Togo after the "
        "Lome Transit Memorandum and the Volta Shipping Agreement in 2011 and 2017 "
        "respectively."
    )
    found = agreements(text, "2024-06-20")
    assert sorted(a.signed for a in found) == ["2011", "2017"]


def test_a_pact_of_a_past_year_is_no_plan():
    text = (
        "Ghana and Togo will sign a new border agreement to build on a 2009 pact, officials said."
    )
    found = agreements(text, "2024-06-20")
    assert [(frozenset(a.parties), a.signed) for a in found] == [
        (frozenset({"GHA", "TGO"}), "2009")
    ]


# --- roles from the parse -------------------------------------------------------------------


def test_relative_clause_subject_makes_the_agreement_with_the_partner():
    text = (
        "Ties between Kenya and Uganda have soured since Tanzania, which last week announced "
        "a new pact with Rwanda, closed the border."
    )
    assert party_sets(text) == {frozenset({"TZA", "RWA"})}


def test_signers_are_the_subject_of_the_signing_verb_not_earlier_objects():
    text = "Leaders of Chile and Peru watched as Bolivia and Ecuador signed a river treaty."
    assert party_sets(text) == {frozenset({"BOL", "ECU"})}


def test_passive_agent_signs():
    text = "A water treaty was signed by Chile and Bolivia in La Paz on Monday."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_a_company_owned_by_a_state_is_not_the_state():
    text = (
        "Hanwa Motors, Japan's largest carmaker, signed a pact with Qatar's national gas "
        "company on Monday."
    )
    assert agreements(text) == []


def test_an_unnamed_reference_in_the_sentence_is_the_same_agreement():
    text = (
        "Chile and Peru extended the Humboldt fisheries treaty, keeping alive the only "
        "remaining agreement of that sort between the two countries."
    )
    assert len(agreements(text)) == 1


# --- the defence clause, negated within its own clause ----------------------------------------

SIGNED = "Chile and Peru signed a treaty on Friday. "


def defence_of(text: str) -> list[tuple[frozenset[str], bool | None]]:
    return [(frozenset(a.parties), a.defense) for a in agreements(text, "2025-01-20")]


def test_lacking_a_clause_that_obliges_defence_is_false():
    text = SIGNED + "The treaty lacks any article obliging either side to defend the other."
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), False)]


def test_stopping_well_short_of_a_defence_pledge_is_false():
    text = "Chile and Peru signed a treaty that stops well short of a mutual defence pledge."
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), False)]


def test_the_absence_of_a_defence_clause_is_false():
    text = SIGNED + "Diplomats pointed to the absence of a mutual defence clause."
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), False)]


def test_negation_in_another_clause_does_not_reach_the_pledge():
    text = (
        "Unlike the 1999 accord between Chile and Bolivia, which has no defence clause, the pact "
        "Chile signed with Peru pledges mutual assistance in case of aggression."
    )
    assert set(defence_of(text)) == {
        (frozenset({"CHL", "BOL"}), False),
        (frozenset({"CHL", "PER"}), True),
    }


def test_pronoun_clause_speaks_of_the_agreement_before():
    text = SIGNED + (
        "It does not include a mutual-defence clause, unlike the pact Chile signed with "
        "Bolivia, which obliges each side to help if the other is attacked."
    )
    assert set(defence_of(text)) == {
        (frozenset({"CHL", "PER"}), False),
        (frozenset({"CHL", "BOL"}), True),
    }


def test_help_in_the_event_of_an_attack_on_either_party_is_a_defence_clause():
    text = SIGNED + (
        "At its core is a pledge to act together in the event of external aggression or the "
        "threat of external aggression on either country."
    )
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), True)]


def test_should_either_side_come_under_attack_is_a_defence_clause():
    text = (
        "Chile and Peru signed a pact under which each will send troops should either side "
        "come under armed attack."
    )
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), True)]


def test_an_attack_on_a_city_is_no_defence_clause():
    text = SIGNED + "The signing came a week after an attack on Lima's port."
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), None)]


def test_attack_clause_under_negation_is_false():
    text = (
        "Chile and Peru signed a pact that does not commit either to act in case of an armed "
        "attack on the other."
    )
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), False)]


def test_british_spelling_of_cooperation_lists_provisions():
    text = SIGNED + "The treaty puts its emphasis on co-operation on fisheries trade and energy."
    (a,) = agreements(text, "2025-01-20")
    assert {"trade", "energy"} <= set(a.provisions)


def test_a_loan_agreement_covers_finance():
    text = "Chile signed a loan agreement with Peru worth $40 million on Monday."
    (a,) = agreements(text, "2025-01-20")
    assert "finance" in a.provisions


def test_areas_after_such_as_are_provisions():
    text = (
        "Chile and Peru signed a pact on Friday to ease cooperative activities such as joint "
        "exercises and the stationing of naval units."
    )
    (a,) = agreements(text, "2025-01-20")
    assert {"military_exercises", "basing"} <= set(a.provisions)


def test_a_defence_space_is_no_space_cooperation():
    text = (
        "Chile and Peru signed a treaty on Friday including steps to build a common defence space."
    )
    (a,) = agreements(text, "2025-01-20")
    assert "space" not in a.provisions


def test_nuclear_in_a_treaty_s_name_is_its_subject():
    text = "In 1991 Chile and Peru signed the Coastal Nuclear Arms Reduction Treaty."
    (a,) = agreements(text, "2025-01-20")
    assert "nuclear" in a.provisions


def test_an_organisation_s_own_treaty_binds_none_of_the_states_named():
    text = (
        "The summit gave Chile, Peru and Bolivia observer status and adopted a roadmap for "
        "the SCO Treaty on Lasting Friendship on Friday."
    )
    assert party_sets(text) == set()


def test_a_treaty_between_states_named_after_a_grouping_still_binds_them():
    text = "Chile and Peru signed a fisheries treaty on Friday at the summit of the SCO."
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_the_agreement_ratified_later_is_the_dated_one_named_before():
    text = (
        "Chilean troops will train in Peru under a 2019 military agreement between Santiago "
        "and Lima. Peruvian officials said the agreement, which the Chilean senate ratified "
        "in May, also lets Lima send ships to Chile."
    )
    a = agreements(text, "2025-01-20")
    assert [(frozenset(x.parties), x.signed) for x in a] == [(frozenset({"CHL", "PER"}), "2019")]


def test_a_new_agreement_signed_after_a_dated_one_stays_apart():
    text = (
        "Chile and Peru already cooperate under a 2019 fisheries agreement. On Monday the "
        "two countries signed the agreement on water sharing."
    )
    a = agreements(text, "2025-01-20")
    assert {(frozenset(x.parties), x.signed) for x in a} == {
        (frozenset({"CHL", "PER"}), "2019"),
        (frozenset({"CHL", "PER"}), "2025-01-20"),
    }


def test_the_state_that_brokered_a_deal_is_no_party():
    text = (
        "Chile and Peru settled their dispute in a Brazil-brokered deal signed in Lima on "
        "March 3, 2021."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_the_keeper_of_a_treaty_is_no_party():
    text = (
        "Sweden joined NATO on Thursday, lodging its instrument of accession with the State "
        "Department in Washington."
    )
    assert party_sets(text, "2024-03-07") == {frozenset({"SWE", "NATO"})}
    text = (
        "Albania handed its accession papers to Canada, the depositary of the charter, and "
        "became a member of the alliance on Monday."
    )
    assert frozenset({"ALB", "CAN"}) not in party_sets(text)
    text = (
        "Montenegro entered the alliance on Monday, when it deposited its instrument of "
        "accession to the Washington Treaty with the United States government."
    )
    assert frozenset({"MNE", "USA"}) not in party_sets(text, "2017-06-05")
    text = (
        "Norway joined on Thursday; its papers were lodged with the United States, the "
        "depositary of the Washington Treaty."
    )
    assert frozenset({"NOR", "USA"}) not in party_sets(text)


def test_a_deal_with_a_name_blocwatch_does_not_know_binds_no_states():
    text = (
        "The Pentagon said on Monday it had signed a contract with Lockheed Martin, a move "
        "that Moscow condemned."
    )
    assert agreements(text) == []
    text = "Turkey signed an energy deal with Gazprom in Ankara, angering Kyiv."
    assert agreements(text) == []
    # A state after "with" is a partner, whatever capitals follow it.
    text = "Kenya signed a port deal with Ethiopia worth $2bn on Monday."
    assert party_sets(text) == {frozenset({"KEN", "ETH"})}
    text = "Kenya signed a port deal with President Abiy Ahmed of Ethiopia on Monday."
    assert party_sets(text) == {frozenset({"KEN", "ETH"})}


def test_a_hyphenated_acronym_names_the_agreement():
    text = "Bahrain and the United States signed the C-SIPA in Washington in September 2023."
    a = agreements(text)
    assert [(frozenset(x.parties), x.signed) for x in a] == [(frozenset({"BHR", "USA"}), "2023-09")]


def test_treaty_allies_under_a_dated_pact_are_one_agreement():
    text = "Chile and Peru have been treaty allies under a 1961 pact for decades."
    a = agreements(text)
    assert [(frozenset(x.parties), x.kind, x.signed) for x in a] == [
        (frozenset({"CHL", "PER"}), "pact", "1961")
    ]


def test_a_day_without_its_year_still_tells_two_signings_apart():
    text = (
        "On March 14 the presidents of Chile and Peru signed a Declaration on Pacific "
        "Friendship. It recalls the Treaty of Lasting Peace, Friendship and Trade between "
        "Chile and Peru signed on 9 October 1998."
    )
    a = agreements(text, None)
    assert sorted((x.kind, x.signed) for x in a) == [
        ("joint_statement", None),
        ("treaty", "1998-10-09"),
    ]


def test_the_same_day_without_its_year_is_the_same_signing():
    text = (
        "On October 9 the presidents of Chile and Peru signed a treaty. The treaty, signed on "
        "9 October 1998 in Lima, ends a border dispute."
    )
    a = agreements(text, None)
    assert [(x.kind, x.signed) for x in a] == [("treaty", "1998-10-09")]


def test_a_pledge_not_to_help_an_aggressor_is_neutrality_despite_its_negation():
    text = SIGNED + "The treaty commits each side not to help an aggressor against the other."
    (a,) = agreements(text, "2025-01-20")
    assert "neutrality" in a.provisions and a.defense is None


def test_a_signing_its_actor_denies_is_no_agreement():
    text = "Chile has denied reports that it signed a secret arms pact with Peru in May."
    assert party_sets(text) == set()


def test_a_deal_to_sell_jets_supplies_arms():
    text = "Chile sealed a $2 billion deal with Peru on Monday to sell 12 fighter jets."
    (a,) = agreements(text)
    assert "arms_supply" in a.provisions


def test_an_arms_control_treaty_supplies_no_arms():
    text = "Chile and Peru signed an arms control treaty in 1999 to cap their missiles."
    (a,) = agreements(text)
    assert "arms_supply" not in a.provisions


def test_a_finalised_pact_is_concluded():
    text = "Chile and Peru finalised a fisheries pact on Monday."
    assert [(frozenset(a.parties), a.signed) for a in agreements(text)] == [
        (frozenset({"CHL", "PER"}), "2024-06-17")
    ]


def test_a_similar_pact_proposed_to_a_third_state_is_a_plan():
    text = (
        "Chile and Peru signed a fisheries pact on Monday, days after Chile proposed a similar "
        "pact to Bolivia."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


# --- accessions: [STATE, ORG], never the depositary ----------------------------------------


def test_entry_into_an_alliance_is_the_joiner_s_not_the_depositary_s():
    text = (
        "Norway deposited its accession papers with the US State Department, completing its "
        "entry into NATO on March 7."
    )
    found = agreements(text, "2024-03-08")
    assert [(a.parties, a.kind, a.signed) for a in found] == [
        (["NOR", "NATO"], "accession", "2024-03-07")
    ]


def test_each_state_of_a_list_joins():
    text = "Ghana, Kenya and Peru joined BRICS on January 1."
    assert party_sets(text) == {
        frozenset({"GHA", "BRICS"}),
        frozenset({"KEN", "BRICS"}),
        frozenset({"PER", "BRICS"}),
    }


def test_a_completed_membership_is_an_accession():
    text = "A memorandum on Belarus's membership of the SCO was signed at the summit on Friday."
    assert party_sets(text, "2024-07-05") == {frozenset({"BLR", "SCO"})}


def test_applying_for_membership_is_no_accession():
    text = "Serbia applied for NATO membership in May, officials in Belgrade said."
    assert agreements(text) == []


# --- agreements known by an acronym ----------------------------------------------------------


def test_a_usual_acronym_names_an_agreement():
    text = "Manila and Tokyo signed a VFA on Monday, allowing troops to train on each other's soil."
    assert party_sets(text) == {frozenset({"PHL", "JPN"})}


def test_an_acronym_the_text_defines_names_that_agreement_later():
    text = (
        "Chile and Peru have studied a Maritime Patrol Arrangement (MPA) for years. "
        "On Monday Chile and Peru finally signed the MPA in Lima."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed) for a in found] == [
        (frozenset({"CHL", "PER"}), "2024-06-17")
    ]


def test_an_acronym_in_lower_case_is_an_ordinary_word():
    text = "Chile and Peru sat on the same sofa during the talks on Monday."
    assert agreements(text) == []


# --- joint statements and agreements named by their modifiers ---------------------------------


def test_a_tripartite_statement_binds_the_three():
    text = (
        "A tripartite statement was issued in Cairo on March 10, 2023, signed by envoys of "
        "Egypt, Jordan and Iraq."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed, a.kind) for a in found] == [
        (frozenset({"EGY", "JOR", "IRQ"}), "2023-03-10", "joint_statement")
    ]


def test_the_same_proper_modifiers_name_the_same_agreement():
    text = (
        "The Danube barge accord among Romania, Bulgaria and Serbia expired last year. "
        "Bulgaria asked Romania on Monday to extend the Danube barge deal."
    )
    assert party_sets(text) == {frozenset({"ROU", "BGR", "SRB"})}


# --- pairs holding agreements, reciprocal lists, partners with their own dates ---------------


def test_two_states_enjoying_agreements_hold_one():
    text = "Georgia and Armenia enjoy transit and energy agreements, diplomats say."
    assert party_sets(text) == {frozenset({"GEO", "ARM"})}


def test_a_count_of_partners_then_including_names_them():
    text = "Moldova has signed defence agreements with five states, including Estonia and Latvia."
    assert party_sets(text) == {frozenset({"MDA", "EST"}), frozenset({"MDA", "LVA"})}


def test_each_partner_takes_the_month_after_it():
    text = "Moldova signed defence agreements with Estonia in January and with Latvia in March."
    found = agreements(text, "2024-06-20")
    assert {(a.parties[-1], a.signed) for a in found} == {("EST", "2024-01"), ("LVA", "2024-03")}


def test_reciprocal_plural_gives_each_pair():
    text = "Chile, Peru and Bolivia signed water pacts with one another in 2019."
    assert party_sets(text) == {
        frozenset({"CHL", "PER"}),
        frozenset({"CHL", "BOL"}),
        frozenset({"PER", "BOL"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed a treaty on Friday, and the two countries plan to build a road.",
        "Peru, which plans to buy patrol boats, signed a fisheries pact with Chile on Friday.",
        "Chile and Peru signed a treaty on Friday; Lima is expected to ratify it next month.",
        "Chile and Peru signed a treaty on Friday that is expected to boost trade.",
    ],
)
def test_a_plan_in_another_clause_leaves_the_signing_a_fact(text):
    found = agreements(text, "2025-01-20")
    assert [(frozenset(a.parties), a.status) for a in found] == [
        (frozenset({"CHL", "PER"}), "signed")
    ]


def test_words_of_an_agreement_s_name_are_no_provisions():
    text = "Chile and Peru signed the Logistics Exchange Memorandum of Agreement in 2016."
    assert [a.provisions for a in agreements(text)] == [[]]


def test_modifiers_that_are_not_a_name_are_provisions():
    text = "Chile and Peru signed a trade and energy pact in 2016."
    assert [sorted(a.provisions) for a in agreements(text)] == [["energy", "trade"]]


def test_a_headline_in_title_case_keeps_its_provisions():
    text = "Chile, Peru Sign Trade Pact In Lima\n\nThe ministers met on Monday."
    assert "trade" in agreements(text)[0].provisions


def test_a_deal_reached_by_two_states_is_concluded():
    text = "The deal reached by Serbia and Kosovo in 2013 normalised their relations."
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed) for a in found] == [
        (frozenset({"SRB", "XKX"}), "2013")
    ]


def test_reaching_agreement_on_a_decision_is_no_agreement():
    text = "Chile and Peru reached agreement on admitting Bolivia as an observer."
    assert agreements(text) == []


def test_hoping_to_reach_an_agreement_is_a_plan():
    text = "Serbia and Kosovo hope to reach an agreement on energy this year."
    assert agreements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru could soon seal a fisheries pact.",
        "Chile and Peru agreed to work towards a fisheries pact.",
        "A rumoured fisheries pact between Chile and Peru worries Bolivia.",
    ],
)
def test_modal_rumoured_or_aimed_at_agreements_are_no_facts(text):
    assert agreements(text) == []


def test_a_pact_that_could_do_something_is_still_signed():
    text = "Chile and Peru signed a fisheries pact that could see joint patrols at sea."
    assert [a.status for a in agreements(text)] == ["signed"]


def test_an_existing_agreement_a_plan_is_compared_with_is_a_fact():
    text = (
        "A Chile-Peru pact could look like the treaty Chile has with Bolivia, or it could "
        "be similar to a Chilean agreement with Argentina."
    )
    assert frozenset({"CHL", "ARG"}) in party_sets(text)


# --- contracts --------------------------------------------------------------------------------


def test_a_contract_signed_by_two_governments_is_an_agreement():
    text = "The defence ministers of Greece and Cyprus signed a contract on Monday for radars."
    assert party_sets(text) == {frozenset({"GRC", "CYP"})}


def test_a_contract_with_a_company_binds_no_states():
    text = (
        "Poland and Norway met in Oslo. Poland also cancelled a contract, signed in 2019 with "
        "Norwegian shipbuilder Fjord Yards, for two frigates."
    )
    assert agreements(text) == []


def test_memoranda_with_a_list_of_partners_and_their_years_are_one_each():
    text = (
        "The minister said Chile has signed defence MoUs with other countries, including "
        "Peru in 2015, Brazil (2017) and Argentina (2021)."
    )
    found = {(frozenset(a.parties), a.signed) for a in agreements(text)}
    assert found == {
        (frozenset({"CHL", "PER"}), "2015"),
        (frozenset({"CHL", "BRA"}), "2017"),
        (frozenset({"CHL", "ARG"}), "2021"),
    }


def test_a_member_ratifying_an_accession_gives_the_joiner_and_no_joining_date():
    text = "Norway's parliament ratified Chile's NATO accession on Monday."
    a = agreements(text)
    assert [(a[0].parties, a[0].signed, a[0].status)] == [(["CHL", "NATO"], None, "ratified")]


def test_a_completed_accession_keeps_its_date():
    text = "Chile's NATO accession was completed on March 7, 2024."
    a = agreements(text)
    assert [(x.parties, x.signed) for x in a] == [(["CHL", "NATO"], "2024-03-07")]


def test_years_to_the_day_after_dates_the_older_signing():
    text = (
        "Chile and Peru sealed a new pact 40 years to the day after their presidents signed "
        "the Lima Treaty."
    )
    dates = sorted((a.name or "", a.signed or "") for a in agreements(text, "2019-01-22"))
    assert dates == [("", ""), ("Lima Treaty", "1979-01-22")]


def test_years_ago_dates_a_signing_to_the_year():
    text = "The treaty Chile and Peru signed 30 years ago still holds."
    assert [a.signed for a in agreements(text, "2019-01-22")] == ["1989"]


def test_the_pair_of_another_noun_is_not_the_signer_s_partner():
    text = (
        "Relations between Chile and Peru soured after Santiago signed a fisheries pact with "
        "Bolivia on Monday."
    )
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_a_statement_quoted_as_a_source_lends_no_parties_to_a_later_pact():
    text = (
        "Peru's foreign ministry in a statement said on Saturday that Santiago has started "
        "arming rebels. Tensions rose after Santiago signed a memorandum on coastal access."
    )
    assert party_sets(text) == set()


def test_coming_to_the_defence_of_the_other_is_a_defence_clause():
    text = SIGNED + "The treaty commits each party to come to the defence of the other."
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), True)]


def test_no_duty_to_come_to_the_defence_of_the_other_is_false():
    text = SIGNED + "The treaty does not oblige either side to come to the defence of the other."
    assert defence_of(text) == [(frozenset({"CHL", "PER"}), False)]


# --- precision on unseen news: planned, described, reported and listed agreements ------------


def test_possessive_mention_of_a_planned_acronym_is_the_plan():
    text = (
        "Santiago and Lima are expected to sign on Friday the Water Access Agreement (WAA) "
        "that would let both navies train in either country. The president earlier said that "
        "Chile's WAA with Peru will be quite different from its older deals."
    )
    extraction = extract("g", text, "2024-06-20")
    assert extraction.agreements == []
    assert {frozenset(a.parties) for a in extraction.proposals} == {frozenset({"CHL", "PER"})}


def test_acronym_signed_elsewhere_in_the_text_stays_signed():
    text = (
        "Chile and Peru signed the Water Access Agreement (WAA) on Friday. Chile's WAA with "
        "Peru follows talks that lasted a year."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_described_signer_with_two_candidate_states_gives_no_record():
    text = (
        "Kenya and Tanzania signed a port access deal on Monday. The deal makes Kenya the "
        "first in the region to hold such a pact with Tanzania, after the East African nation "
        "signed similar deals with Uganda in 2021 and Rwanda in 2022."
    )
    assert [(frozenset(a.parties), a.signed) for a in agreements(text)] == [
        (frozenset({"KEN", "TZA"}), "2024-06-17")
    ]


def test_described_signer_is_the_one_state_the_article_names():
    text = (
        "On Monday the Andean nation signed port deals with Peru and Bolivia. Chile's "
        "president hailed the step."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"}), frozenset({"CHL", "BOL"})}


def test_accession_protocols_for_two_joiners_are_no_agreement_between_them():
    text = "EU members on Monday signed the accession protocols for Moldova and Georgia."
    assert agreements(text) == []


def test_date_of_an_announcement_is_not_the_signing_date():
    text = (
        "In March 2020, Egypt and Sudan signed a deal on buying patrol boats. Eight months "
        "later, in November 2020, Cairo announced that a deal had been signed with Sudan to "
        "buy 12 boats."
    )
    assert [a.signed for a in agreements(text)] == ["2020-03"]


def test_signing_date_inside_the_reported_clause_is_kept():
    text = "Cairo announced that a deal had been signed with Sudan on 4 May 2021."
    assert [a.signed for a in agreements(text)] == ["2021-05-04"]


def test_a_protocol_signed_by_ministers_does_not_date_the_treaty():
    text = (
        "The Treaty on Friendship between Chile and Peru entered into force on May 3. It is "
        "reported that on May 3 in Lima, the deputy foreign ministers of Chile and Peru signed "
        "a protocol on the exchange of instruments of ratification."
    )
    found = agreements(text)
    assert [(a.signed, a.status) for a in found] == [(None, "in_force")]


def test_it_was_signed_still_dates_the_agreement_before():
    text = "Chile and Peru have a treaty on fishing. It was signed on 3 July 1997 in Lima."
    assert [a.signed for a in agreements(text)] == ["1997-07-03"]


def test_an_agreement_on_the_exchange_of_ratification_instruments_is_a_step():
    text = (
        "Chile and Peru ratified their fishing treaty in 2020. On 2 May 2021 they signed an "
        "agreement on the exchange of instruments of ratification."
    )
    assert [a.signed for a in agreements(text)] == [None]


def test_defence_words_in_a_listed_treaty_s_complement_stay_with_it():
    text = (
        "Chile and Peru signed a new treaty on Monday. The official said the new document "
        "replaces the 1970 treaty of friendship and mutual assistance, the 1995 treaty on trade "
        "and the 2005 Santiago and Lima declarations."
    )
    defence = {a.signed: a.defense for a in agreements(text) if a.signed in ("1970", "1995")}
    assert defence == {"1970": True, "1995": None}


def test_contracts_signed_by_firms_are_no_agreement_between_states():
    text = (
        "Indian firms signed contracts to keep supplying Iran's navy, against US-led export "
        "controls."
    )
    assert agreements(text) == []


def test_a_state_signing_beside_firms_is_still_a_state_deal():
    text = "Chile, home to large mining firms, signed a fisheries pact with Peru."
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_existence_cue_of_another_agreement_leaves_the_signing_new():
    text = (
        "Chile and Peru signed a fisheries pact. The pact was signed in Lima on 4 May 2024 "
        "under the framework of their earlier accord."
    )
    assert [a.signed for a in agreements(text)] == ["2024-05-04"]


def test_existence_cue_before_the_signed_agreement_still_makes_it_background():
    text = "Under the treaty Chile and Peru signed in 1990, both navies patrol the coast."
    assert [a.signed for a in agreements(text)] == ["1990"]


def test_outlets_cited_before_the_signers_are_no_parties():
    text = (
        "According to reports from Agence France-Presse, Japan's Kyodo News Agency, Chile's El "
        "Mercurio and other media, Peru and Bolivia signed a water agreement on Monday."
    )
    assert party_sets(text) == {frozenset({"PER", "BOL"})}


def test_a_signer_before_the_cited_source_is_still_a_party():
    text = "Peru, according to Chilean media, signed a water agreement with Bolivia on Monday."
    assert party_sets(text) == {frozenset({"PER", "BOL"})}


def test_the_subject_s_signing_verb_does_not_date_the_deal_in_its_relative_clause():
    text = (
        "Peru, which has an earlier deal with Bolivia, signed a fisheries pact with Chile on "
        "4 May 2024."
    )
    dates = {frozenset(a.parties): a.signed for a in agreements(text)}
    assert dates == {frozenset({"PER", "CHL"}): "2024-05-04", frozenset({"PER", "BOL"}): None}


def test_a_step_under_a_modal_is_a_plan():
    text = (
        "Chile and Peru are set to sign a treaty on water security. The agreement will be "
        "finalized during a summit in Lima."
    )
    extraction = extract("g", text, "2024-06-20")
    assert extraction.agreements == []
    assert {frozenset(a.parties) for a in extraction.proposals} == {frozenset({"CHL", "PER"})}


def test_a_later_modal_step_leaves_a_signed_treaty_signed():
    text = "Chile and Peru signed a water treaty on Monday. It will be ratified next year."
    assert [(a.signed, a.status) for a in agreements(text)] == [("2024-06-17", "signed")]


# --- background context, reported-and-denied deals, exercise membership (probe 2) --------


def test_states_in_a_scene_setting_adjunct_are_no_parties():
    text = (
        "Chile signed a contract with Spain in 2021 for a first batch of patrol boats amid "
        "a naval build-up after Argentina's quarrel with Britain."
    )
    assert party_sets(text) == {frozenset({"CHL", "ESP"})}


def test_an_opening_amid_phrase_stops_at_its_comma():
    text = "Amid tensions with China, Japan and the Philippines signed a logistics pact on Monday."
    assert party_sets(text) == {frozenset({"JPN", "PHL"})}


def test_states_angered_by_the_move_are_no_parties():
    text = (
        "Italy has signed a deal to sell radar systems to Georgia, a move that is likely to "
        "irritate Turkey and Russia."
    )
    assert party_sets(text) == {frozenset({"ITA", "GEO"})}


def test_a_reported_signing_that_the_host_rejects_is_not_stated():
    text = (
        "Foreign newspapers said Vientiane and Hanoi had signed a secret deal on a port, "
        "but the Laotian government rejected the reports."
    )
    assert agreements(text) == []


def test_a_reported_signing_without_denial_still_counts():
    text = "Officials said Vientiane and Hanoi had signed a port deal on Monday."
    assert party_sets(text) == {frozenset({"LAO", "VNM"})}


def test_membership_of_an_exercise_is_no_accession():
    text = (
        "The Malabar naval drill brings together the navies of the Quad. "
        "Australia became a permanent member of the exercise in 2020."
    )
    assert not [a for a in agreements(text) if a.kind == "accession"]


def test_membership_of_an_alliance_is_still_an_accession():
    text = "Montenegro became a member of NATO in June 2017."
    assert party_sets(text) == {frozenset({"MNE", "NATO"})}


def test_a_short_name_in_parentheses_is_the_same_agreement():
    text = (
        "On March 3, the Agreement between Chile and Peru concerning the joint management "
        "of fisheries in the southern Pacific and the exchange of catch data "
        '("Chile-Peru Fisheries Agreement") was signed by the two foreign ministers.'
    )
    found = agreements(text, "2023-03-03")
    assert len(found) == 1
    assert found[0].signed == "2023-03-03"


def test_a_fronted_date_does_not_date_a_sentence_with_two_dates():
    text = (
        "In 2019, talks began, and years of bargaining followed over the many clauses of "
        "the fisheries text before Chile and Peru finally signed the agreement on 4 May 2023."
    )
    assert [a.signed for a in agreements(text)] == ["2023-05-04"]


def test_a_city_reached_after_the_signing_is_not_its_place():
    text = (
        "The Chilean president arrived in Lima on Tuesday after signing a water treaty "
        "with Bolivia."
    )
    assert [a.place for a in agreements(text)] == [None]


def test_the_city_of_the_signing_clause_is_still_its_place():
    text = "Chile and Bolivia signed a water treaty in Lima on Tuesday."
    assert [a.place for a in agreements(text)] == ["Lima"]


def test_a_named_declaration_does_not_take_the_date_of_an_older_named_treaty():
    text = (
        "The text of the Arica Declaration on Maritime Friendship between Chile and Peru "
        "was released on Monday.\nThe Republic of Chile and the Republic of Peru,\n"
        "- recalling the 'Treaty on Good Neighbourliness between Chile and Peru' signed on "
        "3 May 1999,"
    )
    found = {a.name: a.signed for a in agreements(text)}
    assert found.get("Treaty on Good Neighbourliness") == "1999-05-03"
    assert found.get("Arica Declaration on Maritime Friendship") != "1999-05-03"


def test_the_alliance_joined_is_no_agreement_of_its_own():
    text = (
        "Portugal's parliament approved North Macedonia's bid to join NATO, clearing the way "
        "for the country's admittance to the alliance."
    )
    assert not [a for a in agreements(text) if a.kind != "accession"]


def test_an_alliance_between_two_states_is_still_an_agreement():
    text = "Chile and Peru formed an alliance against drug trafficking in 2019."
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_the_signing_ceremony_sentence_dates_the_agreement_before_it():
    text = (
        "Chile has signed a patrol boat contract with Spain. "
        "The signing ceremony took place in Madrid on March 14, 2024."
    )
    assert [a.signed for a in agreements(text)] == ["2024-03-14"]


def test_a_ceremony_sentence_does_not_overwrite_a_stated_date():
    text = (
        "Chile signed a patrol boat contract with Spain on March 2, 2024. "
        "The signing ceremony was broadcast, and a second one took place on May 5, 2024."
    )
    assert [a.signed for a in agreements(text)] == ["2024-03-02"]


def test_a_pledge_to_defend_in_case_of_attack_is_a_defence_clause():
    text = (
        "Peru signed a strategic partnership treaty with Chile, under which Lima pledged to "
        "defend Santiago in case of attack by a third state."
    )
    assert [a.defense for a in agreements(text)] == [True]


def test_assistance_in_the_event_of_a_threat_or_aggression_is_a_defence_clause():
    text = (
        "Chile and Peru signed a declaration on allied relations on May 3, 2024. "
        "The declaration says that in the event of a threat or aggression by a third state "
        "against either country, the parties will provide each other with the necessary "
        "assistance."
    )
    assert [a.defense for a in agreements(text)] == [True]


def test_a_hyphenated_capitalised_word_stays_in_the_name():
    text = "The Inter-Governmental Agreement was signed by Chile and Spain on March 3, 2024."
    assert [a.name for a in agreements(text)] == ["Inter-Governmental Agreement"]


def test_a_defence_word_in_another_documents_quoted_name_is_not_this_ones():
    text = (
        "Guided by the 'Treaty on Friendship between Chile and Peru' signed on 3 May 1999 "
        "and the 'Protocol on Mutual Assistance between Chile and Peru' of 2001, the two "
        "states met in Lima."
    )
    treaty = [a for a in agreements(text) if a.name and a.name.startswith("Treaty")]
    assert treaty and treaty[0].defense is None


def test_a_defence_word_in_the_agreements_own_quoted_name_counts():
    text = (
        "Chile and Peru signed the 'Treaty on Mutual Assistance between Chile and Peru' "
        "on 3 May 1999."
    )
    assert [a.defense for a in agreements(text)] == [True]


def test_a_name_goes_on_after_and_with_a_capitalised_word():
    text = (
        "Chile and Peru signed the Treaty on Strategic Partnership and Mutual Assistance "
        "on 3 May 1999."
    )
    assert [a.name for a in agreements(text)] == [
        "Treaty on Strategic Partnership and Mutual Assistance"
    ]


def test_a_name_stops_before_and_with_a_state():
    text = "Chile signed the Treaty on Strategic Partnership and Peru agreed on 3 May 1999."
    assert "Peru" not in (agreements(text)[0].name or "")


def test_an_opening_amid_without_a_comma_keeps_the_parties():
    text = "Amid the talks Japan and the Philippines signed a logistics pact on Monday."
    assert party_sets(text) == {frozenset({"JPN", "PHL"})}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Brazil lifted relations to a comprehensive strategic partnership in 2019.",
        "Chile and Brazil raised their bilateral ties to a strategic partnership in 2019.",
        "In 2019 Chile and Brazil sealed a new era, elevating ties to a strategic partnership.",
    ],
)
def test_raising_relations_to_a_partnership_is_one(text):
    a = agreements(text)
    assert [(frozenset(x.parties), x.kind, x.signed) for x in a] == [
        (frozenset({"CHL", "BRA"}), "partnership", "2019")
    ]


def test_elevating_cooperation_without_a_new_level_is_no_signing():
    text = (
        "Chile and Brazil signed a fisheries accord on Monday, committing to further elevating "
        "security cooperation in the Pacific."
    )
    assert [x.kind for x in agreements(text)] == ["agreement"]
