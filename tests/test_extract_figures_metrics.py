"""The metric and the pair of a figure read from its own words: exports in a sentence about
arms exports or of defence equipment are an arms value, exports of goods a one-way flow,
export contracts of no weapons no trade; a deal noun qualified by a metric head keeps that
metric, a noun that measures nothing gives none; a demonym inside the counted weapons names
their seller; a conversion after a possessive currency adds no figure. Sentences are written
for these tests."""

from __future__ import annotations

from extract_support import facts, values


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


def test_a_conversion_after_a_possessive_currency_adds_no_figure():
    text = (
        "So far this year Italy has approved the export of some 120 million euros' "
        "($130 million) worth of defence equipment to Qatar."
    )
    found = facts(text)
    assert (frozenset({"ITA", "QAT"}), "arms_value", 120e6) in found
    assert 130e6 not in {f[2] for f in found}
