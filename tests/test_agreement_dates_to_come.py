"""Dates that cannot be a signing's: a date later than the publication date (what a text
tells as signed was signed by the day it appeared), and the bound of a span of time ("until
2025", "starting 2012"). A month that a plan names ("plans to visit in January") is the next
such month. Sentences written for the tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.extract.dates import find_dates


def signed(text: str, published: str | None = "2022-11-25") -> list[tuple[list[str], str | None]]:
    return [(a.parties, a.signed) for a in extract("t", text, published).agreements]


def test_a_year_after_publication_is_no_signing_date():
    text = "Chile and Peru signed a memorandum on power exports until 2027."
    assert signed(text) == [(["CHL", "PER"], None)]


def test_the_end_of_a_span_is_no_signing_date_without_publication_date():
    text = "Chile and Peru signed a memorandum on power exports until 2019."
    assert signed(text, None) == [(["CHL", "PER"], None)]


def test_the_start_of_a_span_is_no_signing_date():
    text = "Chile and Peru signed a memorandum on gas sales, starting in 2019."
    assert signed(text, None) == [(["CHL", "PER"], None)]


def test_a_past_date_still_dates_the_signing():
    text = "Chile and Peru signed a memorandum on power exports in March 2021."
    assert signed(text) == [(["CHL", "PER"], "2021-03")]


def test_dates_to_come_given_respectively_date_no_agreement():
    text = (
        "Ghana and Kenya signed a pact and a memorandum on two ports, with works due to "
        "end in 2031 and 2034 respectively."
    )
    assert all(date is None for _, date in signed(text))


def test_a_month_a_plan_names_is_the_next_such_month():
    text = "The president plans to visit Lima in January."
    [mention] = find_dates(text, 0, len(text), "2024-12-16")
    assert mention.value == "2025-01"


def test_a_month_told_as_past_is_the_last_such_month():
    text = "The president visited Lima in January."
    [mention] = find_dates(text, 0, len(text), "2024-12-16")
    assert mention.value == "2024-01"


def test_a_date_of_the_news_after_announced_by_is_not_the_signing_date():
    text = (
        "Officials welcomed the signing of the port deal between Chile and Peru, first "
        "unveiled by Lima on Monday, and asked for its terms."
    )
    assert signed(text) == [(["CHL", "PER"], None)]


def test_a_signing_after_the_announcement_keeps_its_date():
    text = (
        "The port deal between Chile and Peru, announced by Lima in May, was signed on "
        "Monday in Santiago."
    )
    assert signed(text) == [(["CHL", "PER"], "2022-11-21")]


def test_a_full_date_after_an_article_is_no_headline_stamp():
    text = (
        "On the 3rd of May 2021, the foreign ministers of Chile and Peru, meeting in Lima "
        "with their delegations, put pen to paper on a new border treaty."
    )
    assert signed(text) == [(["CHL", "PER"], "2021-05-03")]
