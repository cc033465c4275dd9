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
        "Germany announces EUR 1 billion military aid package to Ukraine Local media report "
        "that the newly appointed German defence minister has announced a further EUR 1 "
        "billion military aid package for Ukraine."
    )
    assert amounts(text) == [(("DEU", "UKR"), "aid_value", 1e9)]


def test_a_headline_before_a_capitalised_article_tells_its_figure_once():
    text = (
        "U.S. approves $2.2 billion arms sale to Taiwan The U.S. State Department has "
        "approved the sale to Taiwan of tanks and missiles at an estimated value of "
        "$2.2 billion, the Pentagon said."
    )
    assert amounts(text) == [(("TWN", "USA"), "arms_value", 2.2e9)]


def test_the_same_sum_twice_in_one_sentence_without_a_break_is_two_figures():
    text = (
        "Saudi Arabia gave Egypt $2bn as a deposit at the Central Bank of Egypt and "
        "$2bn in petroleum products."
    )
    assert amounts(text) == [(("EGY", "SAU"), "aid_value", 2e9)] * 2


def test_the_year_of_a_byline_date_is_no_count():
    text = (
        "November 22, 2024 Russia has supplied anti-air missiles to North Korea in exchange "
        "for troops, a South Korean official said."
    )
    assert not any(f[1] == "munitions_count" for f in facts(text))


def test_weapons_pledged_to_a_state_are_still_a_figure():
    text = "Denmark pledged 14 Leopard tanks to Ukraine on Tuesday."
    assert (frozenset({"DNK", "UKR"}), "munitions_count", 14) in facts(text)
