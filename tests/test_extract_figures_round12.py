"""Figures that are not actual amounts on unseen news (round 12): ceilings ("less than
$5bn"), counts of losses and prisoners, and a figure whose own noun gives no metric."""

from __future__ import annotations

from blocwatch.extract import extract


def facts(text: str, published: str | None = "2024-05-02") -> set[tuple]:
    return {
        (frozenset(m.actors), m.metric, round(m.value, 2))
        for m in extract("p", text, published).measures
    }


def values(text: str) -> set[float]:
    return {f[2] for f in facts(text)}


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


def test_a_sum_whose_own_noun_measures_nothing_is_never_emitted():
    text = (
        "While many expected the Suva accord, a $300 million security pact between "
        "Australia and Fiji, to be signed this year, officials said it will take longer."
    )
    assert all(f[1] != "none" for f in facts(text))


def test_a_demonym_inside_the_counted_weapons_names_their_seller():
    text = (
        "Egypt has signed a contract to buy 20 fighter jets from Russia, officials said. "
        "To renew its navy, Cairo also ordered four German MEKO frigates in 2021."
    )
    assert (frozenset({"EGY", "DEU"}), "munitions_count", 4) in facts(text)


def test_a_demonym_of_the_weapons_beats_a_third_state_in_the_clause():
    text = (
        "Oman also flies the Israeli radar system, and Kuwait has bought three Israeli "
        "missile systems."
    )
    assert (frozenset({"KWT", "ISR"}), "munitions_count", 3) in facts(text)


def test_exports_of_a_sentence_about_arms_exports_are_an_arms_value():
    text = (
        "Italy's arms exports to Qatar have jumped, as the government approved exports "
        "worth EUR120 million in the first half of the year."
    )
    assert (frozenset({"ITA", "QAT"}), "arms_value", 120e6) in facts(text)


def test_the_export_of_defence_equipment_is_an_arms_value():
    text = (
        "Spain has approved the export of about 45 million euros' worth of defence "
        "equipment to Morocco so far this year."
    )
    assert (frozenset({"ESP", "MAR"}), "arms_value", 45e6) in facts(text)


def test_exports_of_goods_stay_a_one_way_flow():
    text = "Italy's exports to Qatar reached EUR2.1 billion last year, mostly machinery."
    assert any(f[1] == "other" and f[2] == 2.1e9 for f in facts(text))


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


def test_a_conversion_after_a_possessive_currency_adds_no_figure():
    text = (
        "So far this year Italy has approved the export of some 120 million euros' "
        "($130 million) worth of defence equipment to Qatar."
    )
    found = facts(text)
    assert (frozenset({"ITA", "QAT"}), "arms_value", 120e6) in found
    assert 130e6 not in {f[2] for f in found}


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


def test_export_contracts_of_no_weapons_carry_no_trade_metric():
    text = (
        "Last year a trade mission of Turkish suppliers in Baku resulted in export contracts "
        "worth $30 million for building materials to Azerbaijan."
    )
    assert 30e6 not in values(text)


def test_a_deal_noun_qualified_by_a_metric_head_keeps_that_metric():
    text = "Saudi Arabia signed a deposit agreement worth $3 billion with Egypt."
    assert (frozenset({"SAU", "EGY"}), "aid_value", 3e9) in facts(text)
    text = "Russia and Egypt signed a credit deal worth $25 billion for the plant."
    assert (frozenset({"RUS", "EGY"}), "aid_value", 25e9) in facts(text)


def test_a_calibre_is_no_count_of_shells():
    text = "Iran has shipped more than 2 million rounds of 122 mm artillery shells to Russia."
    counts = {f[2] for f in facts(text) if f[1] == "munitions_count"}
    assert 2e6 in counts
    assert 122 not in counts


def test_a_number_in_a_capitalised_designation_is_no_count():
    text = "Azerbaijan will buy ATMOS 155 self-propelled howitzers from Israel."
    assert 155 not in {f[2] for f in facts(text) if f[1] == "munitions_count"}


def test_a_count_before_a_model_in_capitals_stays_a_count():
    text = "Egypt has signed a contract to buy 24 KAAN fighter jets from Turkey."
    assert (frozenset({"EGY", "TUR"}), "munitions_count", 24) in facts(text)
