"""Figures that are not actual amounts, or carry the wrong metric, on unseen news (round 11):
counts of troops or weapons still pledged, offered or promised."""

from __future__ import annotations

from blocwatch.extract import extract


def facts(text: str, published: str | None = "2024-05-02") -> set[tuple]:
    return {
        (frozenset(m.actors), m.metric, round(m.value, 2))
        for m in extract("p", text, published).measures
    }


def test_troops_a_state_has_committed_to_send_are_no_figure():
    text = (
        "Ghana has committed to deploy a contingent of 800 police officers to help "
        "Haitian police restore order."
    )
    assert not any(f[1] == "troops" for f in facts(text))


def test_soldiers_a_state_pledged_to_send_are_no_figure():
    text = "Rwanda has pledged to send 600 soldiers to Mozambique to fight the insurgents."
    assert not any(f[1] == "troops" for f in facts(text))


def test_a_contingent_a_state_sent_is_still_a_figure():
    text = "Rwanda sent a contingent of 600 to Mozambique to fight the insurgents."
    assert (frozenset({"RWA", "MOZ"}), "troops", 600) in facts(text)


def test_weapons_a_state_pledged_to_buy_are_no_figure():
    text = (
        "Under the new pact, Qatar pledged to purchase 120 American-made tanks "
        "from the United States over the coming decade."
    )
    assert not any(f[1] == "munitions_count" for f in facts(text))


def test_jets_a_seller_offered_to_supply_are_no_figure():
    text = (
        "Egypt turned down Italy's offer to supply 40 Eurofighter jets in 2015, "
        "calling the price too high."
    )
    assert not any(f[1] == "munitions_count" for f in facts(text))


def test_weapons_a_state_delivered_are_still_a_figure():
    text = "Italy delivered 40 Eurofighter jets to Egypt in 2015 under a sale agreed in 2013."
    assert (frozenset({"ITA", "EGY"}), "munitions_count", 40) in facts(text)


def amounts(text: str) -> list[tuple]:
    return sorted(
        (tuple(sorted(m.actors)), m.metric, m.value)
        for m in extract("p", text, "2024-05-02").measures
    )


def test_a_headline_run_into_the_lede_tells_its_figure_once():
    text = (
        "Poland unveils EUR 2 billion defence aid package for Latvia State radio reports "
        "Defence Minister Jan Nowak has unveiled another EUR 2 billion defence aid package "
        "for Latvia."
    )
    assert amounts(text) == [(("LVA", "POL"), "aid_value", 2e9)]


def test_a_headline_before_a_capitalised_article_tells_its_figure_once():
    text = (
        "Canada clears $1.4 billion arms sale to Peru The Canadian trade ministry has cleared "
        "a sale of patrol boats and rockets to Peru worth roughly $1.4 billion, officials said."
    )
    assert amounts(text) == [(("CAN", "PER"), "arms_value", 1.4e9)]


def test_the_same_sum_twice_in_one_sentence_without_a_break_is_two_figures():
    text = "Qatar handed Jordan $3bn as a deposit held by the Arab Bank and $3bn in oil supplies."
    assert amounts(text) == [(("JOR", "QAT"), "aid_value", 3e9)] * 2


def test_the_year_of_a_byline_date_is_no_count():
    text = (
        "March 14, 2023 Iran has shipped attack drones to Belarus in return for grain, a "
        "Polish official said."
    )
    assert not any(f[1] == "munitions_count" for f in facts(text))


def test_weapons_pledged_to_a_state_are_still_a_figure():
    text = "Denmark pledged 14 Leopard tanks to Ukraine on Tuesday."
    assert (frozenset({"DNK", "UKR"}), "munitions_count", 14) in facts(text)


def test_the_break_between_a_headline_and_its_lede_is_one_shared_test():
    from blocwatch.extract.headlines import headline_break
    from blocwatch.extract.reading import read

    reading = read("h", "Chad and Niger sign border pact Envoys of both states met.", None)
    words = [t.text for t in reading.doc]
    at = words.index("Envoys")
    assert headline_break(reading, at, at + 1)
    assert not headline_break(reading, words.index("pact"), words.index("pact") + 1)


def test_the_year_after_a_short_month_name_is_no_count():
    text = "Sept. 2023 Iran has shipped attack drones to Belarus, a Polish official said."
    assert not any(f[1] == "munitions_count" for f in facts(text))
