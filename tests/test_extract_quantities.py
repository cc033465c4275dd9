"""The quantity layer: amounts and counts in every shape news writes them, normalised."""

from __future__ import annotations

import pytest

from blocwatch.extract.quantities import find_quantities


def values(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.currency) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("a grant of $3.2bn", 3.2e9, "USD"),
        ("a loan of 2.5 bln dollars", 2.5e9, "USD"),
        ("worth USD 710 million", 710e6, "USD"),
        ("credits of 40 mln euros", 40e6, "EUR"),
        ("a fund of EUR 1.1 tn", 1.1e12, "EUR"),
        ("exports of 9.4 billion yuan", 9.4e9, "CNY"),
        ("worth 420 billion yen", 420e9, "JPY"),
        ("a line of Rs 7,500 crore", 75e9, "RS"),
        ("grants of INR 350 crores", 3.5e9, "INR"),
        ("a credit of Rs 45 lakh", 4.5e6, "RS"),
        ("sales of €2.4 billion", 2.4e9, "EUR"),
        ("a bond of S$300 million", 300e6, "SGD"),
        ("an investment of$6 billion", 6e9, "USD"),
        ("three million dollars in aid", 3e6, "USD"),
        ("a deal worth 900 million", 900e6, None),
    ],
)
def test_number_scale_and_currency_in_any_order(text, value, currency):
    [(found, unit)] = values(text)
    assert found == pytest.approx(value)
    assert unit == currency


def test_spelled_out_counts():
    assert values("nearly two thousand marines and six frigates") == [(2000.0, None), (6.0, None)]


def test_a_range_is_its_lower_bound():
    assert values("between 3,000 and 5,000 troops") == [(3000.0, None)]
    assert values("some 7,000 to 9,000 fighters") == [(7000.0, None)]
    assert values("credits of $2 to $3 billion") == [(pytest.approx(2e9), "USD")]


def test_a_change_from_one_level_to_another_is_two_figures():
    assert values("the gap widened from $4.1 billion to $9.8 billion") == [
        (pytest.approx(4.1e9), "USD"),
        (pytest.approx(9.8e9), "USD"),
    ]


def test_a_change_may_qualify_its_starting_level():
    # "from a mere", "from just": still a change from one level to another, two figures
    assert values("sales of chips climbed from a mere $310,000 to $21 million") == [
        (310000.0, "USD"),
        (pytest.approx(21e6), "USD"),
    ]


def test_a_number_written_to_its_units_takes_no_later_scale():
    # "$640,000 to $2 million" read as a range: the low end stays $640,000, not $640bn
    assert values("fees of $640,000 to $2 million") == [(640000.0, "USD")]


def test_a_year_is_never_the_low_end_of_a_range():
    found = values("it grew from $3 billion in 2019 to $7 billion")
    assert (pytest.approx(3e9), "USD") in found and (pytest.approx(7e9), "USD") in found


@pytest.mark.parametrize(
    "text", ["up 12% on the year", "a rise of 4.5 per cent", "a 155mm shell", "up 7 percent"]
)
def test_percentages_and_measures_of_size_are_not_quantities(text):
    assert values(text) == []


def test_a_currency_code_counts_only_in_capitals():
    assert values("reserves of TRY 40 billion") == [(40e9, "TRY")]
    assert values("they try 5 times") == [(5.0, None)]


def test_more_currencies_before_and_after_the_number():
    assert values("a loan of R$ 3 billion") == [(3e9, "BRL")]
    assert values("grants of 80 billion tenge") == [(80e9, "KZT")]


def test_half_a_scale():
    assert values("half a billion dollars") == [(5e8, "USD")]
    assert values("half of the troops") == []


def test_currencies_named_by_their_country_and_short_forms():
    assert values("a grant of 1.4 trillion Korean won") == [(1.4e12, "KRW")]
    assert values("aid of 20 billion Egyptian pounds") == [(20e9, "EGP")]
    assert values("a deposit of Dh5 billion") == [(5e9, "AED")]
    assert values("a loan of RM2.5bn and US$1.2bil") == [(2.5e9, "MYR"), (1.2e9, "USD")]
    assert values("a line of Tk 5,000 crore") == [(5e10, "BDT")]


def test_a_short_form_in_lower_case_is_no_currency():
    assert values("the rm 5 file") == [(5.0, None)]


def test_a_dashed_range_is_its_lower_bound_in_the_scale_written_once():
    assert values("credits of $1.5-2 billion") == [(1.5e9, "USD")]
    assert values("some 1,500-2,000 troops") == [(1500.0, None)]
    assert values("in 2023-24, trade rose") == [(2023.0, None)]


def test_a_quarter_of_a_scale():
    assert values("a quarter of a billion dollars") == [(2.5e8, "USD")]
    assert values("a quarter of the troops") == []


def test_an_amount_without_its_currency_takes_that_of_the_sentence():
    found = values(
        "Its sales to Japan climbed to 61.2 billion, while purchases reached $20.5 billion."
    )
    assert found == [(pytest.approx(61.2e9), "USD"), (pytest.approx(20.5e9), "USD")]


def test_the_bare_second_figure_of_a_change_takes_the_first_ones_scale_and_currency():
    found = values("Trade with Chile went from $4.4 billion in 2019-20 to 6.75 in 2022-23.")
    assert (pytest.approx(6.75e9), "USD") in found


def test_a_scaled_count_of_people_is_no_amount_of_money():
    found = values("A country of 1.4 billion people paid $3 billion for fuel.")
    assert (pytest.approx(1.4e9), None) in found
