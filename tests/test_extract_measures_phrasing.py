"""Figures in the phrasing real outlets use: counts by the dozen, one-way flows priced with
"worth", payments a host state makes for foreign troops, and demands that are no figures.
Sentences are written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.extract.quantities import find_quantities


def facts(text: str, published: str | None = "2025-03-10") -> set[tuple]:
    found = extract("p", text, published).measures
    return {(frozenset(m.actors), m.metric, round(m.value, 2)) for m in found}


def test_a_dozen_multiplies_the_number_before_it():
    assert [q.value for q in find_quantities("two dozen drones and 3 dozen tanks")] == [24, 36]
    assert [q.value for q in find_quantities("two to three dozen shells")] == [24]


def test_drones_counted_in_dozens_are_one_figure():
    assert facts("Iran has shipped two dozen attack drones to Venezuela.") == {
        (frozenset({"IRN", "VEN"}), "munitions_count", 24.0)
    }


def test_a_one_way_flow_priced_with_worth_is_not_the_trade_total():
    found = facts(
        "Commerce between Chile and Peru grew in 2024, with Chilean exports to Peru worth "
        "$3.1 billion and Peruvian exports to Chile worth $2.2 billion."
    )
    assert found == {
        (frozenset({"CHL", "PER"}), "other", 3.1e9),
        (frozenset({"CHL", "PER"}), "other", 2.2e9),
    }


def test_purchases_of_goods_are_a_one_way_flow():
    assert facts("Turkey's purchases of Azerbaijani gas came to $4.4 billion in 2024.") == {
        (frozenset({"TUR", "AZE"}), "other", 4.4e9)
    }


def test_a_host_payment_for_foreign_forces_is_other_not_aid():
    found = facts(
        "Under a new deal, Seoul will contribute 1.5 trillion won in 2026 for the upkeep of"
        " US forces."
    )
    assert found == {(frozenset({"KOR", "USA"}), "other", 1.5e12)}


def test_a_host_payment_in_a_sentence_of_weapons_words_is_not_an_arms_value():
    found = facts(
        "Qatar paid $900 million in 2024 toward the cost of hosting American military"
        " personnel at its air base."
    )
    assert found == {(frozenset({"QAT", "USA"}), "other", 9e8)}


def test_the_figure_after_a_sentence_on_stationing_costs_is_that_payment():
    found = facts(
        "Germany covers part of the expenses of keeping U.S. troops on its soil. "
        "In 2023, that came to $1.1 billion."
    )
    assert found == {(frozenset({"DEU", "USA"}), "other", 1.1e9)}


def test_a_sum_demanded_of_a_host_is_no_figure():
    assert (
        facts("Washington demanded that Tokyo pay $8 billion a year for the US military presence.")
        == set()
    )


def test_one_clause_of_a_sentence_is_not_made_wider_by_a_total_in_the_next():
    found = facts(
        "Thai exports to Japan came to $25 billion in 2024, while imports from Japan reached"
        " $31 billion, pushing total trade higher."
    )
    assert (frozenset({"THA", "JPN"}), "other", 31e9) in found


def test_weapon_systems_named_by_their_model_are_counted():
    found = facts("Italy has handed Ukraine two SAMP/T missile batteries and five NASAMS systems.")
    assert (frozenset({"ITA", "UKR"}), "munitions_count", 5.0) in found


def test_oil_on_deferred_payment_is_aid():
    found = facts("Kuwait provided Jordan with $800 million in deferred oil payments.")
    assert found == {(frozenset({"KWT", "JOR"}), "aid_value", 8e8)}


def test_one_sides_goods_after_a_trade_total_are_a_one_way_flow():
    found = facts(
        "Trade between Chile and China reached $60 billion in 2024. Chile earned about"
        " $24 billion of it from Chilean copper."
    )
    assert found == {
        (frozenset({"CHL", "CHN"}), "bilateral_trade", 60e9),
        (frozenset({"CHL", "CHN"}), "other", 24e9),
    }


def test_a_share_of_a_trade_total_is_not_the_total_again():
    found = facts(
        "Trade between Norway and Poland came to $14 billion in 2024. Of this, about"
        " $6 billion was fish."
    )
    assert found == {(frozenset({"NOR", "POL"}), "bilateral_trade", 14e9)}


def test_goods_in_the_clause_after_a_trade_total_are_one_way():
    found = facts(
        "Trade between Qatar and Japan hit $20 billion in 2024, of which Qatari gas made up"
        " $15 billion."
    )
    assert found == {
        (frozenset({"QAT", "JPN"}), "bilateral_trade", 20e9),
        (frozenset({"QAT", "JPN"}), "other", 15e9),
    }


def test_a_dashed_range_of_troops_is_counted_by_its_lower_bound():
    assert facts("Chad has sent 1,000-1,200 soldiers to Mali.") == {
        (frozenset({"TCD", "MLI"}), "troops", 1000.0)
    }


def test_aid_still_considered_or_hoped_for_is_no_figure():
    assert facts("Qatar is weighing a $2 billion deposit in Turkey's central bank.") == set()
    assert facts("Sri Lanka hopes to obtain a $1 billion credit line from India.") == set()


def test_a_pair_written_with_sino_gives_both_sides():
    assert facts("Sino-Pakistani trade reached $23 billion in 2023.") == {
        (frozenset({"CHN", "PAK"}), "bilateral_trade", 23e9)
    }


def test_january_to_december_is_the_whole_year_and_a_percent_over_a_year_is_its_base():
    found = extract(
        "p",
        "Sino-Thai bilateral trade in January-December 2019 came to $79 billion, up 2 per cent"
        " over 2018.",
        "2020-01-20",
    ).measures
    assert [(m.value, m.period) for m in found] == [(79e9, "2019")]


def test_the_month_may_is_no_modal():
    found = facts("Trade between Turkey and Iraq in January-May 2024 was $8 billion.")
    assert found == {(frozenset({"TUR", "IRQ"}), "bilateral_trade", 8e9)}


def test_a_deal_takes_no_year_from_an_earlier_deal_in_the_lead():
    found = extract(
        "p",
        "Greece has signed a contract to buy 20 more F-35 jets from the United States for"
        " about $3.5 billion. The deal follows Greece's purchase in 2019 of 24 Rafale jets.",
        "2024-07-25",
    ).measures
    deal = [m for m in found if m.metric == "arms_value"]
    assert [(m.value, m.period) for m in deal] == [(3.5e9, None)]


def test_patrol_vessels_and_small_arms_are_counted_and_grain_ships_are_not():
    assert facts("Japan handed over three patrol vessels to the Philippines.") == {
        (frozenset({"JPN", "PHL"}), "munitions_count", 3.0)
    }
    assert facts("Poland sent 5,000 rifles to Ukraine.") == {
        (frozenset({"POL", "UKR"}), "munitions_count", 5000.0)
    }
    assert facts("Ukraine sent 12 ships of wheat to Egypt.") == set()


def test_a_state_overtaken_is_no_side_of_the_figure():
    found = facts(
        "Germany overtook France as Poland's largest trading partner, with trade of"
        " $180 billion in 2024."
    )
    assert found == {(frozenset({"DEU", "POL"}), "bilateral_trade", 180e9)}


def test_a_figure_shared_by_two_partners_or_three_givers_names_no_pair():
    assert facts("Jordan's exports to Iraq and Syria totalled $2 billion in 2024.") == set()
    assert facts("Kuwait, Oman and the UAE gave Bahrain $10 billion.") == set()


def test_a_strong_force_with_its_qualifiers_and_a_multinational_one():
    assert facts("Nepal keeps a 1,200-strong Nepali peacekeeping battalion in Lebanon.") == {
        (frozenset({"NPL", "LBN"}), "troops", 1200.0)
    }
    assert facts("Rwanda leads a 2,000-strong multinational force in Mozambique.") == set()


def test_a_head_after_a_name_in_an_of_phrase_and_debt_owed():
    assert facts("China wrote off $2 billion of Sri Lanka's debt.") == {
        (frozenset({"CHN", "LKA"}), "aid_value", 2e9)
    }
    assert facts("Laos owes China about $5 billion.") == {
        (frozenset({"LAO", "CHN"}), "aid_value", 5e9)
    }


def test_a_contribution_toward_foreign_bases_is_a_host_payment():
    found = facts("Italy contributes about €400 million a year toward US bases on its territory.")
    assert found == {(frozenset({"ITA", "USA"}), "other", 4e8)}


def test_a_count_of_a_states_own_soldiers_through_of():
    assert facts("Some 400 of Canada's soldiers are stationed in Latvia.") == {
        (frozenset({"CAN", "LVA"}), "troops", 400.0)
    }
    found = facts("About 200 of the 900 troops Portugal sent to Romania have come home.")
    assert (frozenset({"PRT", "ROU"}), "troops", 200.0) not in found


def test_a_force_or_garrison_of_a_number_is_a_troop_count():
    assert facts("Burundi sent a force of about 1,000 men to Congo.") == {
        (frozenset({"BDI", "COD"}), "troops", 1000.0)
    }
    assert facts("The treaty entered into force in 2019 with a fund of 5,000 euros.") == set()


def test_weapons_a_state_bought_or_handed_over_go_to_the_pair_of_the_story():
    # transfer_words.tsv: "taken delivery of" (side gets), "handed over" (side gives)
    pair = "Greece and France keep close defence ties, with France's navy often in Greek ports."
    assert facts(f"{pair} Greece has taken delivery of 6 Rafale jets so far.") == {
        (frozenset({"GRC", "FRA"}), "munitions_count", 6.0)
    }
    pair = "Spain and Morocco talked about arms this week, and Spain's minister visited Morocco."
    assert facts(f"{pair} Spain handed over 20 armoured vehicles in March.") == {
        (frozenset({"ESP", "MAR"}), "munitions_count", 20.0)
    }
    # a verb of no transfer says nothing of whose weapons they are
    assert facts(f"{pair} Spain brought 20 armoured vehicles in March.") == set()


def test_a_period_opening_the_sentence_dates_its_counts_as_its_amounts():
    # one opener for both (measure_periods.opening_period): "In", "During", "For", "Over" ...
    for opening in ("In 2021", "Over 2021", "For 2021"):
        found = extract("p", f"{opening}, Russia delivered 12 jets to Algeria.", "2025-06-10")
        assert [(m.value, m.period) for m in found.measures] == [(12.0, "2021")], opening
