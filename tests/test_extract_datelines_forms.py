"""Datelines in the forms outlets use beyond "CITY (Agency) -": a pipe after the city, an
agency's brackets and a colon, a city with two regions, a day and "/TASS/." after a headline,
a capital with its day and agency inside a line. The place a story was filed from is no
party; the same state named again in the story still is. Sentences written for the tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.extract.reading import read


def datelines(text: str, published: str = "2024-05-01") -> list[tuple[str, str]]:
    reading = read("t", text, published)
    return [(text[m.start : m.end], m.code) for m in reading.datelines]


def actors(text: str, published: str = "2024-05-01") -> list[str]:
    reading = read("t", text, published)
    return [text[m.start : m.end] for v in reading.sentences for m in v.mentions]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nairobi | Kenya and Uganda agreed on a rail link.", [("Nairobi", "KEN")]),
        ("Lima (Andina): Chile and Bolivia held talks.", [("Lima", "PER")]),
        (
            "Ottawa, ON [Canada], June 4 : Chile and Bolivia held talks.",
            [("Ottawa", "CAN"), ("Canada", "CAN")],
        ),
        (
            "Chile, Bolivia agree on water ACCRA. May 2 (GNA) - Chile and Bolivia met.",
            [("ACCRA", "GHA")],
        ),
        (
            "Chile and Bolivia meet, says minister. ACCRA, May 2. /GNA/. Chile and Bolivia met.",
            [("ACCRA", "GHA")],
        ),
        (
            "The bank said on Sunday. Nairobi, May 2 (AFP) Chile and Bolivia met.",
            [("Nairobi", "KEN")],
        ),
        (
            "Talks end. Nairobi, May 2, 2024: Chile and Bolivia met.",
            [("Nairobi", "KEN")],
        ),
        (
            "PHOTO CREDIT Nairobi, May 2 (EFE) – Chile and Bolivia met.",
            [("Nairobi", "KEN")],
        ),
    ],
)
def test_more_dateline_forms_are_set_apart(text, expected):
    assert datelines(text) == expected
    assert not any(surface in actors(text) for surface, _ in expected)


def test_a_capital_with_a_day_after_a_preposition_stays_in_the_story():
    text = "Chile and Bolivia met in Nairobi, May 2 - Kenya hosted the talks."
    assert datelines(text) == []


def test_a_capital_with_a_day_range_is_no_dateline():
    text = "The summit. Nairobi, May 2 - 4 brought Chile and Bolivia together."
    assert datelines(text) == []


def test_a_city_and_a_pipe_name_no_party_to_the_agreement():
    text = "Nairobi | Chile has signed a policing agreement with Bolivia, officials said."
    assert {frozenset(a.parties) for a in extract("n", text, "2024-05-05").agreements} == {
        frozenset({"CHL", "BOL"})
    }


def test_an_outlet_named_after_a_state_is_no_actor():
    text = "Chile and Bolivia met, Pakistan Point News reported."
    assert "Pakistan" not in actors(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NAIROBI • Chile and Bolivia agreed on a rail link.", [("NAIROBI", "KEN")]),
        ("Talks ended. NAIROBI • Chile and Bolivia met.", [("NAIROBI", "KEN")]),
        ("Talks ended. NAIROBI (Xinhua) Chile and Bolivia met.", [("NAIROBI", "KEN")]),
    ],
)
def test_a_bullet_or_an_agency_with_no_dash_after_a_full_stop_ends_a_dateline(text, expected):
    assert datelines(text) == expected
    assert "NAIROBI" not in actors(text)


def test_an_organisation_in_capitals_with_its_name_spelled_out_is_no_dateline():
    text = "Talks ended. NATO (North Atlantic Treaty Organization) Chile joined the talks."
    assert datelines(text) == []
