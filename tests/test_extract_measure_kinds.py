"""Measures beyond trade: aid, arms values, weapon counts, fighters as troops; the metric
from the noun nearest the figure, giver and receiver from the sentence; and the figures
that are not figures (targets, conversions, changes, unit prices)."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.model import Measure


def measures(text: str, published: str | None = "2025-03-10") -> list[Measure]:
    return extract("k", text, published).measures


def facts(text: str, published: str | None = "2025-03-10") -> set[tuple]:
    return {(frozenset(m.actors), m.metric, round(m.value, 2)) for m in measures(text, published)}


def test_a_loan_is_aid_from_the_lender_to_the_borrower():
    assert facts("Kuwait extended a $1.5 billion loan to Jordan on Sunday.") == {
        (frozenset({"KWT", "JOR"}), "aid_value", 1.5e9)
    }


def test_a_deposit_in_crore_with_the_rupee_of_the_article():
    [m] = measures("Saudi Arabia placed a deposit of Rs 9,000 crore with Pakistan's central bank.")
    assert (m.metric, m.value, m.unit) == ("aid_value", 9e10, "PKR")
    assert set(m.actors) == {"SAU", "PAK"}


def test_one_way_exports_are_other_and_two_way_trade_is_bilateral():
    found = facts(
        "Brazil's exports to Argentina reached $14 billion last year, and two-way trade "
        "between Brazil and Argentina was $28 billion."
    )
    assert found == {
        (frozenset({"BRA", "ARG"}), "other", 14e9),
        (frozenset({"BRA", "ARG"}), "bilateral_trade", 28e9),
    }


def test_a_trade_deficit_is_other_not_trade():
    assert facts("Kenya's trade deficit with China widened to $6.1 billion.") == {
        (frozenset({"KEN", "CHN"}), "other", 6.1e9)
    }


def test_imports_and_exports_together_are_two_way_trade():
    assert facts("Vietnam's imports and exports with Japan reached $49.8 billion in 2024.") == {
        (frozenset({"VNM", "JPN"}), "bilateral_trade", 49.8e9)
    }


def test_an_arms_deal_gives_its_value_and_the_number_of_jets():
    found = facts("Egypt signed a $4.2 billion deal with Italy to buy 24 fighter jets.")
    assert found == {
        (frozenset({"EGY", "ITA"}), "arms_value", 4.2e9),
        (frozenset({"EGY", "ITA"}), "munitions_count", 24.0),
    }


def test_the_unit_of_a_weapon_count_is_the_item():
    found = measures("Poland will receive 48 howitzers from South Korea under the deal.")
    [m] = [m for m in found if m.metric == "munitions_count"]
    assert (m.value, m.unit, set(m.actors)) == (48.0, "howitzers", {"POL", "KOR"})


def test_a_deal_for_gas_is_no_arms_value():
    found = measures("Qatar signed a $9 billion deal with Italy for gas.")
    assert all(m.metric != "arms_value" for m in found)


def test_drones_launched_in_an_attack_are_no_weapon_figure():
    found = measures("Russia launched 87 drones at Ukraine overnight, the air force said.")
    assert [m for m in found if m.metric == "munitions_count"] == []


def test_fighters_and_mercenaries_sent_to_a_state_are_troops():
    found = facts("Officials said Iran had sent around 1,200 fighters to Iraq last month.")
    assert found == {(frozenset({"IRN", "IRQ"}), "troops", 1200.0)}
    found = facts("Sudan said Russia had sent 900 mercenaries to Mali.")
    assert (frozenset({"RUS", "MLI"}), "troops", 900.0) in found


def test_soldiers_of_a_demonym_count_for_their_state_and_the_host():
    found = facts("Some 600 Dutch soldiers will be stationed in Lithuania from May.")
    assert found == {(frozenset({"NLD", "LTU"}), "troops", 600.0)}


def test_soldiers_killed_are_no_deployment():
    assert measures("More than 2,000 Egyptian soldiers were killed in Yemen in 1967.") == []


@pytest.mark.parametrize(
    "text",
    [
        "India and the UAE aim to raise bilateral trade to $100 billion by 2030.",
        "Officials said trade between Chile and China could reach $80 billion.",
        "Ghana requested a $3 billion loan from China.",
    ],
)
def test_targets_projections_and_requests_are_no_figures(text):
    assert measures(text) == []


def test_a_conversion_into_another_currency_is_no_second_figure():
    found = measures(
        "Qatar granted Pakistan $500 million, equal to nearly Rs 140 billion, in support."
    )
    assert [(m.value, m.unit) for m in found] == [(500e6, "USD")]


def test_a_change_is_no_level():
    found = facts("Indonesia's exports to China fell by $3 billion to $61 billion.")
    assert found == {(frozenset({"IDN", "CHN"}), "other", 61e9)}


def test_a_unit_price_is_no_figure():
    found = facts(
        "Washington approved the sale of 8 missiles to Taiwan for $90m ($11.2m each), "
        "officials said."
    )
    assert (frozenset({"USA", "TWN"}), "arms_value", 11.2e6) not in found
    assert (frozenset({"USA", "TWN"}), "arms_value", 90e6) in found


def test_a_threshold_is_no_figure():
    assert measures("Trade between Peru and China crossed the $30 billion mark.") == []


def test_a_flattened_table_gives_one_pair_per_entry():
    found = facts(
        "Germany ($40.1 billion), France ($31.2 billion) and Italy ($22.9 billion) traded "
        "more with Turkey than any other European state last year."
    )
    assert found == {
        (frozenset({"DEU", "TUR"}), "bilateral_trade", 40.1e9),
        (frozenset({"FRA", "TUR"}), "bilateral_trade", 31.2e9),
        (frozenset({"ITA", "TUR"}), "bilateral_trade", 22.9e9),
    }


def test_each_clause_keeps_its_own_giver():
    found = facts(
        "Norway pledged an additional $120 million in aid to Ukraine, while Denmark "
        "pledged $80 million in aid to Moldova."
    )
    assert found == {
        (frozenset({"NOR", "UKR"}), "aid_value", 120e6),
        (frozenset({"DNK", "MDA"}), "aid_value", 80e6),
    }


def test_a_list_of_suppliers_is_no_pair():
    found = measures(
        "The navy bought $2 billion of equipment from France, Spain, Italy and Sweden."
    )
    assert found == []


def test_a_second_amount_joined_by_and_measures_the_same():
    found = facts(
        "Kuwait gave Egypt $400m as a grant to cover the budget deficit, and a further "
        "$300m as central bank bonds."
    )
    assert found == {
        (frozenset({"KWT", "EGY"}), "aid_value", 400e6),
        (frozenset({"KWT", "EGY"}), "aid_value", 300e6),
    }


def test_the_comparison_year_is_not_the_period():
    [m] = measures(
        "In 2023, trade turnover between Russia and Iran grew by a fifth compared to 2022 "
        "and reached a record $5 billion."
    )
    assert m.period == "2023"


def test_a_part_year_period_stays_open():
    [m] = measures("Trade between India and Oman reached $6 billion in April-September.")
    assert m.period is None


def test_an_organisation_can_be_a_party_to_an_amount():
    found = facts("The EU approved a €1.2 billion loan to Egypt.")
    assert found == {(frozenset({"EU", "EGY"}), "aid_value", 1.2e9)}


def test_the_state_that_reports_a_deployment_neither_sends_nor_hosts():
    found = facts(
        "The Greek envoy to France said Turkey had sent about 2,000 fighters from northern "
        "Syria to Libya."
    )
    assert found == {(frozenset({"TUR", "LBY"}), "troops", 2000.0)}


def test_a_row_label_of_a_flattened_table_is_the_host():
    found = facts("Italy: about 12,000 US military personnel at seven bases.")
    assert found == {(frozenset({"USA", "ITA"}), "troops", 12000.0)}


def test_two_senders_in_one_sentence_share_the_host_of_the_troops_before():
    found = facts(
        "Latvia said 400 Canadian soldiers are arriving in the country this week. By June, "
        "a total of 900 Canadian troops and 250 Spanish soldiers will be stationed at Adazi."
    )
    assert found == {
        (frozenset({"CAN", "LVA"}), "troops", 400.0),
        (frozenset({"CAN", "LVA"}), "troops", 900.0),
        (frozenset({"ESP", "LVA"}), "troops", 250.0),
    }


def test_the_war_in_a_state_does_not_make_it_a_host():
    found = facts(
        "Seoul's spy agency said Pyongyang had decided to send around 6,000 troops to back "
        "Russia in the war in Ukraine."
    )
    assert found == {(frozenset({"PRK", "RUS"}), "troops", 6000.0)}


def test_a_sentence_about_trade_between_two_states_names_the_pair_of_the_next():
    found = facts(
        "Last year, trade between Egypt and Turkey held steady, officials said. From "
        "January to October it amounted to $7.4 billion."
    )
    assert found == {(frozenset({"EGY", "TUR"}), "bilateral_trade", 7.4e9)}


def test_a_strong_contingent_counts_troops():
    found = facts("Rwanda will send a 1,000-strong peacekeeping contingent to Mozambique.")
    assert found == {(frozenset({"RWA", "MOZ"}), "troops", 1000.0)}


def test_the_remaining_number_counts_the_noun_before_it():
    found = facts(
        "Greece will buy 24 jets from France under the deal: six jets will be delivered "
        "this year, while the remaining 18 will follow in 2027."
    )
    assert found == {
        (frozenset({"GRC", "FRA"}), "munitions_count", 24.0),
        (frozenset({"GRC", "FRA"}), "munitions_count", 6.0),
        (frozenset({"GRC", "FRA"}), "munitions_count", 18.0),
    }


def test_personnel_carriers_are_weapons_not_personnel():
    found = measures("Turkey delivered 30 armoured personnel carriers to Somalia.")
    [m] = found
    assert (m.metric, m.value, m.unit) == ("munitions_count", 30.0, "armoured personnel carriers")


def test_a_demonym_before_what_is_measured_is_a_side():
    found = facts("Chinese exports to Peru rose to $14.6 billion in 2024.")
    assert (frozenset({"CHN", "PER"}), "other", 14.6e9) in found


def test_a_model_number_is_no_count():
    found = measures("Canada shipped 8 Leopard 2 tanks to Ukraine under the aid package.")
    assert [(m.value, m.unit) for m in found if m.metric == "munitions_count"] == [(8.0, "tanks")]


def test_defence_exports_are_an_arms_value():
    assert facts("Israel's defence exports to India were worth $900 million.") == {
        (frozenset({"ISR", "IND"}), "arms_value", 900e6)
    }


def test_money_given_by_one_state_to_another_is_aid():
    assert facts("Norway will give Moldova an additional $90 million.") == {
        (frozenset({"NOR", "MDA"}), "aid_value", 90e6)
    }


def test_a_fiscal_year_is_no_period():
    [m] = measures("Trade between Japan and India was $22 billion in fiscal year 2023.", None)
    assert m.period is None


def test_a_partner_in_a_later_clause_is_not_the_counterpart():
    found = facts("Chile's trade with China rose to $60bn, overtaking its trade with Brazil.")
    assert found == {(frozenset({"CHL", "CHN"}), "bilateral_trade", 60e9)}


def test_us_dollars_after_the_scale():
    [m] = measures("Uzbekistan's exports to Russia were 2.1 bln US dollars.")
    assert (m.metric, m.value, m.unit) == ("other", pytest.approx(2.1e9), "USD")


def test_lakh_crore_and_a_head_after_the_partner():
    found = facts("Nepal received Rs 1.2 lakh crore from India as grants.")
    assert found == {(frozenset({"NPL", "IND"}), "aid_value", 1.2e12)}


def test_a_second_host_for_the_same_sender():
    found = facts("Britain keeps about 900 troops in Estonia and 150 in Poland.")
    assert found == {
        (frozenset({"GBR", "EST"}), "troops", 900.0),
        (frozenset({"GBR", "POL"}), "troops", 150.0),
    }


def test_a_payment_for_hosting_troops_is_other():
    found = facts("Tokyo agreed to pay $1.9 billion a year for US forces stationed in Japan.")
    assert (frozenset({"JPN", "USA"}), "other", 1.9e9) in found


def test_a_purchase_of_another_states_goods_is_a_one_way_flow():
    found = facts("India bought $4.2 billion worth of Saudi crude last quarter.")
    assert found == {(frozenset({"IND", "SAU"}), "other", 4.2e9)}


def test_a_payment_for_weapons_is_an_arms_value():
    found = facts("Turkey paid Russia $2.5 billion for the S-400 air defence batteries.")
    assert (frozenset({"TUR", "RUS"}), "arms_value", 2.5e9) in found


def test_debt_written_off_is_aid():
    assert facts("Beijing wrote off $1.1 billion of Zambian debt.") == {
        (frozenset({"CHN", "ZMB"}), "aid_value", 1.1e9)
    }


def test_since_a_year_is_no_period():
    [m] = measures("Britain has given Jordan £450 million in aid since 2016.", None)
    assert m.period is None


def test_a_brigade_of_soldiers_is_counted_once():
    found = measures("Germany will station a brigade of 4,800 soldiers in Lithuania.")
    assert [(m.value, set(m.actors)) for m in found] == [(4800.0, {"DEU", "LTU"})]


def test_the_next_row_of_a_troop_table_keeps_the_sender():
    found = facts("Italy: about 12,000 US military personnel. Spain: about 3,000 soldiers.")
    assert found == {
        (frozenset({"USA", "ITA"}), "troops", 12000.0),
        (frozenset({"USA", "ESP"}), "troops", 3000.0),
    }


def test_rounds_and_containers_count_only_where_weapons_are_spoken_of():
    found = facts("Pyongyang has shipped more than 9,000 containers of munitions to Moscow.")
    assert found == {(frozenset({"PRK", "RUS"}), "munitions_count", 9000.0)}
    assert measures("Serbia and Kosovo held three rounds of talks in Brussels.") == []


def test_weapons_supplied_for_a_sum_are_an_arms_value():
    found = facts("Russia supplied S-400 batteries worth $5.4 billion to India.")
    assert (frozenset({"RUS", "IND"}), "arms_value", 5.4e9) in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia has lost more than 90,000 soldiers in Ukraine, Britain estimates.",
        "About 1,200 Russian soldiers surrendered to Ukraine last month.",
        "Ukraine says it has destroyed 150 Russian tanks near Kharkiv.",
    ],
)
def test_losses_are_no_figures_of_a_force_or_a_delivery(text):
    assert measures(text) == []


def test_an_unstated_receiver_of_aid_is_the_articles_other_side():
    found = facts(
        "Ukraine asked its allies for more help this week. Officials in Ukraine said the "
        "needs were growing. Norway alone has committed $3.1 billion since the war began."
    )
    assert found == {(frozenset({"NOR", "UKR"}), "aid_value", 3.1e9)}


def test_an_unstated_partner_of_a_one_way_flow_is_not_guessed():
    found = facts(
        "Ukraine asked its allies for more help this week. Officials in Ukraine said the "
        "needs were growing. Norway's exports rose to $90 billion last year."
    )
    assert found == set()


def test_a_member_force_counts_troops_and_a_team_does_not():
    assert facts("Kenya will lead a 1,000-member police force to Haiti.") == {
        (frozenset({"KEN", "HTI"}), "troops", 1000.0)
    }
    assert measures("A 20-member team of inspectors visited Iran.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade between India and Oman reached $6 billion in the first half of 2024.",
        "Trade between India and Oman reached $6 billion in the first nine months of 2024.",
    ],
)
def test_part_of_a_year_leaves_the_period_open_even_with_a_year_in_the_headline(text):
    [m] = measures(text, None)
    assert m.period is None


def test_a_states_own_army_is_no_troops_figure():
    assert facts("Poland brings an army of about 200,000 troops to the alliance.") == set()


def test_troops_sent_to_an_unnamed_place_are_a_troops_figure():
    assert facts("Reports say Chad sent 1,200 troops to fight near the river.") == {
        (frozenset({"TCD"}), "troops", 1200.0)
    }


def test_weapons_counted_in_a_priced_deal_take_the_deals_seller_and_buyer():
    found = facts(
        "Washington has concluded a $12 billion deal with Qatar to supply 36 new F-15 fighter "
        "jets and upgrade others already in service."
    )
    assert found == {
        (frozenset({"USA", "QAT"}), "arms_value", 12e9),
        (frozenset({"USA", "QAT"}), "munitions_count", 36.0),
    }


def test_weapons_the_deal_of_the_sentence_before_includes_take_its_pair():
    found = facts(
        "Manila signed a deal to buy more than $2 billion of military equipment from South "
        "Korea. The deal includes twelve FA-50 light combat aircraft."
    )
    assert (frozenset({"PHL", "KOR"}), "munitions_count", 12.0) in found


@pytest.mark.parametrize(
    "text",
    [
        "Canada announced at a donors' conference in Norway that it will give Moldova new aid "
        "worth $90 million.",
        "Speaking at a summit in Belgium, Canada pledged $90 million in aid to Moldova.",
        "Canada said in Oslo that it would send Moldova aid worth $90 million.",
    ],
)
def test_the_venue_of_an_announcement_is_no_side_of_the_aid(text):
    assert facts(text) == {(frozenset({"CAN", "MDA"}), "aid_value", 9e7)}


def test_a_trade_volume_still_to_achieve_is_a_target():
    text = "Chile and Peru vowed to step up work to achieve two-way trade of $9 billion."
    assert facts(text) == set()
    assert facts("Trade between Chile and Peru achieved $9 billion in 2023.") == {
        (frozenset({"CHL", "PER"}), "bilateral_trade", 9e9)
    }


@pytest.mark.parametrize(("amount", "value"), [("over a million", 1e6), ("half a million", 5e5)])
def test_a_million_shells_written_without_a_digit_is_counted(amount, value):
    assert facts(f"Belarus has shipped {amount} artillery shells to Russia.") == {
        (frozenset({"BLR", "RUS"}), "munitions_count", value)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait announced a $40 million pledge to Jordan on Sunday.",
        "Kuwait will contribute $40 million to Jordan.",
        "Kuwait contributed $40 million to Jordan last month.",
    ],
)
def test_a_pledge_or_a_contribution_to_a_state_is_aid(text):
    assert {(a, m, v) for a, m, v in facts(text)} == {(frozenset({"KWT", "JOR"}), "aid_value", 4e7)}


def test_an_aim_in_the_main_clause_does_not_reach_a_figure_after_when():
    found = facts(
        "Paris had been in talks over the port for months, when Tunisian officials said they "
        "had secured pledges of $900 million in loans from Algeria."
    )
    assert found == {(frozenset({"TUN", "DZA"}), "aid_value", 9e8)}


def test_a_modal_word_that_qualifies_another_noun_does_not_make_a_count_a_plan():
    found = facts(
        "Under the deal Qatar buys four NH90 helicopters from Italy, with an expected "
        "delivery date of 2027, and 12 Eurofighter jets."
    )
    assert (frozenset({"QAT", "ITA"}), "munitions_count", 12.0) in found


@pytest.mark.parametrize(
    "text",
    [
        "Austria plans to buy 18 jets from Italy.",
        "Austria could send 500 troops to Bosnia.",
        "Greece is weighing a proposal to buy 40 F-16 jets from the United States.",
    ],
)
def test_a_modal_word_that_governs_a_count_still_makes_it_a_plan(text):
    assert facts(text) == set()


def test_since_before_a_time_opens_no_clause_and_the_aim_still_reaches_the_figure():
    # ", since" opens a clause of its own only before a capital or a subject; "since last
    # year" is a time of the main clause, whose aim makes the figure a target
    assert (
        facts("Kazakhstan aims to raise annual trade with Russia, since last year, to $40 billion.")
        == set()
    )


@pytest.mark.parametrize("noun", ["military staff", "military specialists", "military trainers"])
def test_military_staff_sent_abroad_are_troops(noun):
    assert facts(f"Moscow dispatched 120 {noun} to Bamako last week.") == {
        (frozenset({"RUS", "MLI"}), "troops", 120)
    }


def test_militants_of_a_group_massing_somewhere_are_no_troops():
    assert (
        facts("Some 3,000 militants of the Islamic State have gathered in Syria, Russia said.")
        == set()
    )


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        ("Washington said it would withdraw about one thousand soldiers from Chad.", "USA"),
        ("The junta asked Paris to pull its 1,000 soldiers out of Chad.", "FRA"),
    ],
)
def test_troops_a_withdrawal_takes_away_are_there_whatever_its_modality(sentence, sender):
    assert facts(sentence) == {(frozenset({sender, "TCD"}), "troops", 1000)}


def test_a_planned_dispatch_of_troops_is_still_no_figure():
    assert facts("Berlin plans to send 900 soldiers to Chad.") == set()


def test_a_state_in_an_aside_on_the_troops_task_is_not_their_sender():
    found = facts(
        "Russia's Africa Corps has moved into Chad, and Russia says the corps answers to its"
        " defence ministry. About 200 instructors from the corps have been deployed in Chad to"
        " train its army, a task that until last year had been led by France."
    )
    assert (frozenset({"RUS", "TCD"}), "troops", 200) in found
    assert not any("FRA" in a for a, _, _ in found)


def test_a_year_that_qualifies_a_deal_is_no_count_of_the_troops_after_it():
    found = facts(
        "Ghana and Russia signed defence pacts in 2016 and 2019. The 2019 pact lets Ghanaian"
        " servicemen train at Russia's military academies.",
        "2021-05-02",
    )
    assert not any(m == "troops" for _, m, _ in found)


def test_a_bare_number_before_its_troops_still_counts_them():
    assert facts("Moscow flew the 2000 Russian troops to Syria.") == {
        (frozenset({"RUS", "SYR"}), "troops", 2000)
    }


def test_the_worth_of_a_batch_of_documents_two_states_sign_is_other():
    assert facts("Egypt and Greece signed 14 documents worth $3 billion during the visit.") == {
        (frozenset({"EGY", "GRC"}), "other", 3e9)
    }
    assert facts("Peru and Chile concluded agreements worth $900 million on Friday.") == {
        (frozenset({"PER", "CHL"}), "other", 9e8)
    }


def test_one_economic_agreement_of_no_weapons_is_still_no_figure():
    assert facts("Peru and Chile signed a $900 million economic agreement on Friday.") == set()


def test_a_number_counts_no_weapon_named_after_a_verb():
    # the number counts the firms; the rockets they sold are not counted
    found = measures("Two Serbian firms had sold rockets to the Czech Republic, Moscow said.")
    assert [m for m in found if m.metric == "munitions_count"] == []


SUBHEADED = (
    "A panel of experts published its findings on Monday. It covers three years of transfers. "
    "Chile and Peru also offered political backing The panel lists $300 million in weapons "
    "that went to Bolivia from Brazil."
)


def test_a_sub_heading_run_into_the_paragraph_gives_the_figure_nothing():
    # the heading's states and its "backing" are not the figure's pair and metric
    assert facts(SUBHEADED) == {(frozenset({"BRA", "BOL"}), "arms_value", 3e8)}


def test_a_name_after_a_word_of_saying_is_no_sub_heading():
    text = (
        "Talks ended on Friday. Both sides spoke later. Officials from Qatar told The Times "
        "that Qatar lent Egypt $2 billion."
    )
    assert facts(text) == {(frozenset({"QAT", "EGY"}), "aid_value", 2e9)}


def test_a_batch_of_deals_companies_sign_is_no_figure_between_states():
    text = "Chinese and Kenyan firms signed 20 agreements worth $3 billion at the forum."
    assert facts(text) == set()


def test_a_business_forum_before_the_clause_leaves_the_states_batch():
    text = "At a business forum in Cairo, Egypt and Greece signed 14 documents worth $3 billion."
    assert facts(text) == {(frozenset({"EGY", "GRC"}), "other", 3e9)}


def test_a_figure_of_a_fiscal_year_takes_no_year_from_the_opening():
    text = (
        "Oman and India resumed trade talks on Monday. The talks first began in 2006 and "
        "stalled in 2010. Ties have grown since. In FY 2023-24, bilateral trade between "
        "India and Oman stood at $8.9 billion."
    )
    [m] = measures(text, "2025-03-10")
    assert (m.metric, m.value, m.period) == ("bilateral_trade", 8.9e9, None)
