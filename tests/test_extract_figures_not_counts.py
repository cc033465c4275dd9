"""Numbers that count nothing: the year of a byline or after a short month name, a calibre,
a number inside a capitalised designation (while a count before a model in capitals stays a
count). Sentences are written for these tests."""

from __future__ import annotations

from extract_support import facts


def test_the_year_of_a_byline_date_is_no_count():
    text = (
        "March 14, 2023 Iran has shipped attack drones to Belarus in return for grain, a "
        "Polish official said."
    )
    assert not any(f[1] == "munitions_count" for f in facts(text))


def test_the_year_after_a_short_month_name_is_no_count():
    text = "Sept. 2023 Iran has shipped attack drones to Belarus, a Polish official said."
    assert not any(f[1] == "munitions_count" for f in facts(text))


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
