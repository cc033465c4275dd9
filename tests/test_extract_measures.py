"""Measures: money values normalised with their currency and period, troop numbers, and
percentages that are not measures."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.model import METRICS, Measure


def measures(text: str, published: str | None = "2025-01-13") -> list[Measure]:
    return extract("m", text, published).measures


def one(text: str, published: str | None = "2025-01-13") -> Measure:
    found = measures(text, published)
    assert len(found) == 1, [(m.actors, m.metric, m.value, m.unit, m.period) for m in found]
    return found[0]


def test_dollars_in_billions_with_period():
    m = one(
        "Trade between Russia and China reached a record $244.8 billion in 2024, customs "
        "figures released on Monday showed."
    )
    assert set(m.actors) == {"RUS", "CHN"}
    assert m.metric == "bilateral_trade"
    assert m.value == pytest.approx(244.8e9)
    assert m.unit == "USD"
    assert m.period == "2024"
    assert m.metric in METRICS


def test_pounds_abbreviated_bn():
    m = one("Bilateral trade between Britain and India was worth £12.8bn in 2023.")
    assert set(m.actors) == {"GBR", "IND"}
    assert (m.metric, m.unit, m.period) == ("bilateral_trade", "GBP", "2023")
    assert m.value == pytest.approx(12.8e9)


def test_trillion_yuan_is_cny():
    m = one("Trade between China and Russia hit 1.74 trillion yuan in 2024.")
    assert set(m.actors) == {"CHN", "RUS"}
    assert (m.unit, m.period) == ("CNY", "2024")
    assert m.value == pytest.approx(1.74e12)


def test_us_dollar_sign():
    m = one("Trade between Japan and Australia reached US$50 billion in 2023.")
    assert (m.unit, m.period) == ("USD", "2023")
    assert m.value == pytest.approx(50e9)


def test_two_figures_each_get_their_own_period():
    found = measures(
        "Trade between Russia and China reached $244.8 billion in 2024, up from "
        "$240.1 billion in 2023."
    )
    assert sorted((m.value, m.period) for m in found) == [
        (pytest.approx(240.1e9), "2023"),
        (pytest.approx(244.8e9), "2024"),
    ]


def test_troops_count():
    found = measures("North Korea has sent 11,000 troops to Russia, Ukraine said.", "2024-11-13")
    troops = [m for m in found if m.metric == "troops"]
    assert len(troops) == 1
    [m] = troops
    assert m.value == 11000.0
    assert m.unit == "troops"
    assert set(m.actors) == {"PRK", "RUS"}
    assert m.period is None


def test_a_handful_of_soldiers_is_not_a_troop_figure():
    found = measures("Two Russian soldiers and 3 Ukrainian soldiers were hurt, Kyiv said.")
    assert [m for m in found if m.metric == "troops"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Russia and China grew 1.9% in 2024.",
        "Trade between Russia and China grew by 26.3 percent last year.",
        "Chinese exports to Russia rose 4 per cent in December, while imports from Russia fell.",
    ],
)
def test_percentages_are_not_measures(text):
    assert measures(text) == []


def test_money_without_two_states_is_not_bilateral_trade():
    assert measures("Global trade reached $33 trillion in 2024, the UN said.") == []


def test_measure_evidence_is_an_exact_slice():
    text = (
        "Officials met in Moscow.\n\nTrade between Russia and China reached $244.8 billion in 2024."
    )
    m = one(text)
    [e] = m.evidence
    assert text[e.start : e.end] == e.sentence
    assert e.sentence.startswith("Trade between Russia and China")
    assert 0.0 < m.confidence <= 1.0


def test_period_last_year_resolves_against_publication_date():
    m = one("Britain's trade with India was worth £12.8bn last year.", "2025-01-13")
    assert m.period == "2024"


def test_us_dollar_sign_with_space():
    m = one("Trade between Japan and Australia reached US$ 50 billion in 2023.")
    assert m.value == pytest.approx(50e9)


def test_repeated_figure_is_one_measure():
    text = (
        "Trade between Russia and China reached $244.8 billion in 2024. Analysts said the "
        "record masked a slowdown late in the year. Trade between Russia and China reached "
        "$244.8 billion in 2024, officials in both capitals confirmed."
    )
    m = one(text)
    assert m.value == pytest.approx(244.8e9)


def test_a_contingent_counts_troops_of_the_states_the_claim_names():
    found = measures(
        "Seoul's intelligence service said Pyongyang had sent about 3,000 troops to Russia, "
        "and that a second contingent of roughly 800 had left from a port near Chongjin."
    )
    values = {(m.value, frozenset(m.actors)) for m in found if m.metric == "troops"}
    assert (800.0, frozenset({"PRK", "RUS"})) in values
    assert (3000.0, frozenset({"PRK", "RUS"})) in values


def test_n_of_them_counts_the_troops_the_claim_before_speaks_of():
    found = measures(
        "South Korea says North Korea has sent thousands of soldiers to Russia. "
        "The Pentagon said some 7,000 of them had reached the front line."
    )
    assert [(m.value, set(m.actors)) for m in found] == [(7000.0, {"PRK", "RUS"})]


def test_n_of_them_without_troops_nearby_is_no_count():
    found = measures(
        "Russia and North Korea signed nine agreements on Tuesday. "
        "Officials said some 12 of them concern trade."
    )
    assert [m for m in found if m.metric == "troops"] == []


def test_an_estimate_of_the_number_counts_the_troops_spoken_of():
    found = measures(
        "South Korea says North Korea has sent thousands of soldiers to Russia. "
        "Kyiv's intelligence chief put the number at the front at about 12,000."
    )
    assert [(m.value, set(m.actors)) for m in found] == [(12000.0, {"PRK", "RUS"})]


def test_an_estimate_of_a_number_without_troops_nearby_is_no_count():
    found = measures(
        "Russia and North Korea signed nine agreements on Tuesday. "
        "Officials put the total at 14 after a second round."
    )
    assert [m for m in found if m.metric == "troops"] == []


def test_a_total_that_includes_the_pairs_share_is_not_their_figure():
    m = one(
        "Germany's parliament passed a $40 billion assistance package on Friday, including "
        "about $17 billion in military aid for Poland."
    )
    assert m.value == pytest.approx(17e9)


def test_the_two_countries_name_the_pair_of_the_latest_sentences():
    found = measures(
        "Japan and Australia held talks in Tokyo last year. Separately, India and Brazil "
        "agreed to expand a refinery in Brazil's north-east. Trade between the two "
        "countries reached $15.2 billion in 2024, officials said."
    )
    assert [(set(m.actors), m.value) for m in found] == [({"IND", "BRA"}, 15.2e9)]


def test_a_period_that_opens_the_sentence_holds_for_every_figure():
    found = measures(
        "In March alone, trade between India and Japan rose to $2.4 billion, with imports "
        "from Japan of $1.5 billion and exports to Japan of $0.9 billion.",
        published="2025-04-20",
    )
    assert {(m.value, m.period) for m in found} == {
        (2.4e9, "2025-03"),
        (1.5e9, "2025-03"),
        (0.9e9, "2025-03"),
    }


def test_troops_beside_a_rebel_group_count_for_the_sender_and_the_state_they_are_in():
    found = measures(
        "As many as 3,000 Ugandan soldiers are fighting beside rebel militias in eastern "
        "South Sudan, a United Nations panel reported."
    )
    assert [(m.value, set(m.actors)) for m in found] == [(3000.0, {"UGA", "SSD"})]


def test_a_running_total_counts_the_troops_spoken_of():
    found = measures(
        "Seoul's spy agency said North Korea had sent about 3,000 more troops to Russia, "
        "bringing the total to about 14,000."
    )
    assert sorted(m.value for m in found if m.metric == "troops") == [3000.0, 14000.0]


def test_a_figure_in_brackets_after_a_compared_year_is_that_years():
    found = {
        (m.value, m.period)
        for m in measures(
            "Trade between Chile and Peru reached $5 billion in 2023, a fall compared to "
            "2022 ($5.4 billion)."
        )
    }
    assert found == {(5e9, "2023"), (5.4e9, "2022")}


def test_a_year_qualifying_a_later_noun_does_not_date_an_earlier_figure():
    found = {
        (m.value, m.period)
        for m in measures(
            "Kenya received $1.2 billion in loans from Japan, on top of a 2016 loan of "
            "$300 million."
        )
    }
    assert found == {(1.2e9, None), (3e8, "2016")}


def test_for_the_period_takes_the_period_of_the_sentence_before():
    found = {
        (m.metric, m.value, m.period)
        for m in measures(
            "Trade between Chile and Peru in 2023 came to $5 billion, against 2022 ($5.4 "
            "billion). Chile's exports to Peru for the period amounted to $3 billion, less "
            "than in the whole of 2022 ($3.3 billion)."
        )
    }
    assert ("other", 3e9, "2023") in found
    assert ("other", 3.3e9, "2022") in found


@pytest.mark.parametrize("span", ["in January-December 2022", "from January through December 2022"])
def test_the_twelve_months_of_a_year_are_that_year(span):
    m = one(f"Trade between Georgia and Armenia came to $1.1 billion {span}.", "2024-03-02")
    assert m.period == "2022"
