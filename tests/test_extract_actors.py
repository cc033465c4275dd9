"""Actor mentions: names and short names, demonyms, capitals and seats of power used as
metonyms, officials resolved by their term at the publication date, people introduced with a
title in the text itself, and phrases that contain a state's name without standing for it."""

from __future__ import annotations

import datetime as dt

import pytest

from blocwatch.extract.actors import find_mentions, tokenizer
from blocwatch.extract.reading import read


def mentions(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    """(surface text, code, kind) of every mention, in text order."""
    reading = read("t", text, published)
    return [
        (text[m.start : m.end], m.code, m.kind) for view in reading.sentences for m in view.mentions
    ]


def codes_by_surface(text: str, published: str | None = None) -> dict[str, str]:
    return {surface: code for surface, code, _kind in mentions(text, published)}


# --- names, short names, demonyms -----------------------------------------------------------

NAMES_TEXT = (
    "The U.S. and the DPRK exchanged warnings on Tuesday while Britain urged restraint. "
    "Officials from the Russian Federation and Türkiye also spoke."
)


@pytest.mark.parametrize(
    "surface, code",
    [
        ("U.S.", "USA"),
        ("DPRK", "PRK"),
        ("Britain", "GBR"),
        ("Russian Federation", "RUS"),
        ("Türkiye", "TUR"),
    ],
)
def test_names_and_short_names(surface, code):
    found = codes_by_surface(NAMES_TEXT, "2024-03-01")
    assert found.get(surface) == code


def test_names_are_matched_as_whole_spans():
    found = mentions(NAMES_TEXT, "2024-03-01")
    # "Russian Federation" is one mention, not the demonym "Russian" plus a stray word.
    assert ("Russian Federation", "RUS", "name") in found
    assert not any(surface == "Russian" for surface, _c, _k in found)


DEMONYMS_TEXT = (
    "A North Korean delegation arrived in the capital, joined by Iranian and Russian "
    "officials, while South Korean diplomats watched."
)


@pytest.mark.parametrize(
    "surface, code",
    [("North Korean", "PRK"), ("Iranian", "IRN"), ("Russian", "RUS"), ("South Korean", "KOR")],
)
def test_demonyms(surface, code):
    found = mentions(DEMONYMS_TEXT, "2024-03-01")
    assert (surface, code, "demonym") in found


def test_north_korean_is_not_read_as_south_korea_or_korea():
    found = mentions("A North Korean envoy spoke.", "2024-03-01")
    assert found == [("North Korean", "PRK", "demonym")]


# --- metonyms: capitals and seats of power --------------------------------------------------

METONYM_TEXT = (
    "Moscow and Pyongyang drew closer this year. The Kremlin welcomed the visit, the White "
    "House condemned it, and Seoul summoned the Russian ambassador. Washington, Beijing, "
    "Tehran and Kyiv all reacted within hours."
)


@pytest.mark.parametrize(
    "surface, code, kind",
    [
        ("Moscow", "RUS", "capital"),
        ("Pyongyang", "PRK", "capital"),
        ("Kremlin", "RUS", "seat"),
        ("White House", "USA", "seat"),
        ("Seoul", "KOR", "capital"),
        ("Washington", "USA", "capital"),
        ("Beijing", "CHN", "capital"),
        ("Tehran", "IRN", "capital"),
        ("Kyiv", "UKR", "capital"),
    ],
)
def test_capitals_and_seats_as_metonyms(surface, code, kind):
    assert (surface, code, kind) in mentions(METONYM_TEXT, "2024-06-20")


def test_the_kremlin_mention_leaves_the_article_out():
    text = "The Kremlin said nothing."
    [(surface, code, _kind)] = mentions(text, "2024-06-20")
    assert (surface, code) == ("Kremlin", "RUS")


def test_upper_case_dateline_capital_is_recognised_and_set_apart():
    text = "MOSCOW (Reuters) - Officials gave no details of the visit."
    reading = read("t", text, "2024-06-20")
    assert [(text[m.start : m.end], m.code, m.kind) for m in reading.datelines] == [
        ("MOSCOW", "RUS", "dateline")
    ]
    assert mentions(text, "2024-06-20") == []


def test_mention_offsets_point_into_the_text():
    text = "  \n The Kremlin and the White House disagreed.\nSeoul stayed quiet."
    reading = read("t", text, "2024-06-20")
    spans = [m for view in reading.sentences for m in view.mentions]
    assert [text[m.start : m.end] for m in spans] == ["Kremlin", "White House", "Seoul"]
    # Each mention sits in the sentence it was placed in.
    for view in reading.sentences:
        for m in view.mentions:
            assert view.start <= m.start < m.end <= view.end


# --- officials by their term at the publication date ----------------------------------------


def test_official_in_office_at_publication_date():
    text = "Blinken arrived in Beijing for two days of talks."
    assert ("Blinken", "USA", "official") in mentions(text, "2023-06-18")


def test_putin_in_2024_is_russia():
    text = "Putin flew to Pyongyang overnight."
    assert ("Putin", "RUS", "official") in mentions(text, "2024-06-19")


@pytest.mark.parametrize(
    "published, code",
    [
        ("2017-03-09", "EU"),  # President of the European Council, 2014-2019
        ("2024-02-12", "POL"),  # Prime Minister of Poland again from December 2023
        ("2010-05-01", "POL"),  # his first term as Prime Minister
    ],
)
def test_tusk_resolves_by_the_term_he_served_at_the_date(published, code):
    text = "Tusk told reporters the summit had been difficult."
    assert mentions(text, published) == [("Tusk", code, "official")]


@pytest.mark.parametrize(
    "published",
    [
        "2022-05-01",  # between his EU term and his second Polish term: no office
        None,  # no date: his terms disagree, so the name stands for nothing
    ],
)
def test_tusk_stands_for_nothing_when_the_date_does_not_settle_it(published):
    text = "Tusk told reporters the summit had been difficult."
    assert mentions(text, published) == []


def test_full_name_of_an_official_is_one_mention():
    text = "Donald Tusk chaired the summit in Brussels."
    found = mentions(text, "2017-03-09")
    assert ("Donald Tusk", "EU", "official") in found
    assert not any(surface == "Tusk" for surface, _c, _k in found)


def test_kishida_as_foreign_minister_and_as_prime_minister():
    text = "Kishida met his counterpart on Friday."
    assert mentions(text, "2016-05-01") == [("Kishida", "JPN", "official")]
    assert mentions(text, "2023-05-01") == [("Kishida", "JPN", "official")]


def test_find_mentions_takes_the_date_directly():
    doc = tokenizer()("Tusk and Blinken spoke by phone.")
    found = [(doc.text[m.start : m.end], m.code) for m in find_mentions(doc, dt.date(2024, 2, 1))]
    assert found == [("Tusk", "POL"), ("Blinken", "USA")]


# --- people introduced with a title in the text ---------------------------------------------

TITLED_TEXT = (
    "Solomon Islands Prime Minister Peter Kenilorea met Chinese officials in Honiara on "
    "Monday. Later, Kenilorea told reporters the policing deal was fair."
)


def test_titled_person_counts_for_the_state_named_before_the_title():
    assert ("Peter Kenilorea", "SLB", "person") in mentions(TITLED_TEXT, "2024-06-20")


def test_surname_alone_later_resolves_to_the_state_of_the_introduction():
    reading = read("t", TITLED_TEXT, "2024-06-20")
    second = reading.sentences[1]
    assert [(TITLED_TEXT[m.start : m.end], m.code) for m in second.mentions] == [
        ("Kenilorea", "SLB")
    ]


def test_an_introduction_does_not_leak_into_another_document():
    mentions(TITLED_TEXT, "2024-06-20")
    assert mentions("Kenilorea told reporters the deal was fair.", "2024-06-20") == []


def test_demonym_title_introduces_a_person():
    text = "Iranian President Masoud Pezeshkian visited Moscow. Pezeshkian praised the talks."
    found = mentions(text, "2024-10-23")
    assert ("Masoud Pezeshkian", "IRN") in [(s, c) for s, c, _k in found]
    assert ("Pezeshkian", "IRN") in [(s, c) for s, c, _k in found]


def test_dprk_vice_minister_is_introduced_with_his_full_name():
    text = "DPRK Vice Foreign Minister Pak Myong Ho warned Seoul against provocations."
    assert ("Pak Myong Ho", "PRK", "person") in mentions(text, "2024-06-20")


def test_korean_family_name_alone_resolves_after_introduction():
    text = (
        "DPRK Vice Foreign Minister Pak Myong Ho warned Seoul against provocations. "
        "Pak said the drills threatened peace."
    )
    reading = read("t", text, "2024-06-20")
    second = reading.sentences[1]
    assert [(text[m.start : m.end], m.code) for m in second.mentions] == [("Pak", "PRK")]


# --- phrases that contain a name but are not actors -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fishing fleets crowd the South China Sea every spring.",
        "Trade with Latin America grew quickly.",
        "Tensions on the Korean Peninsula rose again.",
        "Patrols in the East China Sea were stepped up.",
        "The Washington Post first reported the meeting.",
        "Storms battered the Gulf of Mexico.",
    ],
)
def test_non_actor_phrases_give_no_mention(text):
    assert mentions(text, "2024-06-20") == []


def test_non_actor_phrase_does_not_hide_a_real_mention_next_to_it():
    text = "Chinese coast guard ships patrol the South China Sea near the Philippines."
    assert [(s, c) for s, c, _k in mentions(text, "2024-06-20")] == [
        ("Chinese", "CHN"),
        ("Philippines", "PHL"),
    ]


def test_latin_american_is_not_the_united_states():
    assert mentions("Latin American leaders met to discuss migration.", "2024-06-20") == []


def test_lake_chad_is_not_chad():
    assert mentions("Lake Chad has shrunk by nine tenths since the 1960s.", "2024-06-20") == []


def test_a_reading_names_the_known_group_a_mention_stands_for():
    from blocwatch.extract.reading import read

    reading = read("g", "Chad signed a truce with the Houthis on Monday.", "2024-06-20")
    groups = [reading.known_group(m) for v in reading.sentences for m in v.non_state]
    assert [g.type for g in groups if g is not None] == ["armed_group"]
