"""Non-state actors and datelines in the first pass: armed groups, companies and people outside
any government are recognised and never stand for a state; the place a story was filed from
is no party to what it reports."""

from __future__ import annotations

import pytest

from blocwatch.extract.reading import read


def actors(text: str, published: str = "2024-05-01") -> list[tuple[str, str]]:
    reading = read("t", text, published)
    return [(text[m.start : m.end], m.code) for v in reading.sentences for m in v.mentions]


def non_state(text: str, published: str = "2024-05-01") -> list[tuple[str, str]]:
    reading = read("t", text, published)
    return [(text[m.start : m.end], m.code) for v in reading.sentences for m in v.non_state]


def datelines(text: str, published: str = "2024-05-01") -> list[tuple[str, str]]:
    reading = read("t", text, published)
    return [(text[m.start : m.end], m.code) for m in reading.datelines]


# --- known groups and their home state ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, group, gone",
    [
        ("Tehran shipped drones to Yemen's Houthis last year.", "Houthis", "Yemen"),
        ("Tehran keeps arming Lebanese Hezbollah.", "Hezbollah", "Lebanese"),
        ("Abu Dhabi denied arming Sudan’s paramilitary RSF.", "Rapid Support Forces", "Sudan"),
        ("Kigali denies backing the Congolese M23 rebels.", "M23", "Congolese"),
    ],
)
def test_home_state_of_a_known_group_is_part_of_the_group(text, group, gone):
    assert group in [code for _surface, code in non_state(text)]
    assert gone not in [surface for surface, _code in actors(text)]


def test_a_backer_before_the_group_stays_an_actor():
    text = "Officials said Lebanon's Iran-backed Hezbollah received rockets."
    assert actors(text) == [("Iran", "IRN")]
    assert non_state(text) == [("Lebanon's Iran-backed Hezbollah", "Hezbollah")]


def test_a_supplier_named_before_the_group_is_not_its_home():
    text = "Seoul cited evidence of North Korea’s supply of rifles to Hamas."
    assert ("North Korea", "PRK") in actors(text)
    assert non_state(text) == [("Hamas", "Hamas")]


def test_group_names_are_not_cues_either():
    reading = read("t", "The Rapid Support Forces took the town.", "2024-05-01")
    assert not any(c.table == "supply_cues" for v in reading.sentences for c in v.cues)


def test_companies_are_non_state_but_leave_the_state_before_them():
    text = "China's Huawei sold routers to Moscow."
    assert ("Huawei", "Huawei") in non_state(text)
    assert ("China", "CHN") in actors(text)


# --- groups named by a demonym and a noun --------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Ankara flew Syrian fighters to the front.", "Syrian fighters"),
        ("Militias clashed with Sudanese paramilitary units.", "Sudanese paramilitary"),
        ("A firm recruited former Colombian soldiers for the war.", "Colombian soldiers"),
        ("Libya's militias control the port.", "Libya's militias"),
    ],
)
def test_demonym_before_a_word_for_a_non_state_group(text, surface):
    assert surface in [s for s, _code in non_state(text)]
    assert actors(text) == [(s, c) for s, c in actors(text) if s not in surface]


def test_demonym_before_a_state_organ_is_still_the_state():
    assert actors("Sudanese forces retook the airport.") == [("Sudanese", "SDN")]


def test_pro_and_anti_before_a_name_do_not_stand_for_the_state():
    assert actors("Pro-Russian groups and anti-American slogans filled the square.") == []


# --- datelines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SEOUL, March 3 (Yonhap) -- Officials met.", [("SEOUL", "KOR")]),
        ("ANKARA — Officials met.", [("ANKARA", "TUR")]),
        ("NEW DELHI: Officials met.", [("NEW DELHI", "IND")]),
        ("Helsinki – Officials met.", [("Helsinki", "FIN")]),
        ("Lima, Oct. 4 (Andina) - Officials met.", [("Lima", "PER")]),
        ("Title\nHANOI/BEIJING (AFP) - Talks.", [("HANOI", "VNM"), ("BEIJING", "CHN")]),
        ("Osaka, Japan (AP) — Officials met.", [("Japan", "JPN")]),
        ("CAIRO, Sept. 9 /MENA/. Officials met.", [("CAIRO", "EGY")]),
        (" date 2024-02-02 RIYADH: Officials met.", [("RIYADH", "SAU")]),
    ],
)
def test_datelines_are_set_apart(text, expected):
    assert datelines(text) == expected
    assert not any(surface in [s for s, _ in expected] for surface, _code in actors(text))


def test_a_state_heading_a_paragraph_is_no_dateline():
    text = "Japan: About 50,000 American personnel are based there."
    assert datelines(text) == []
    assert ("Japan", "JPN") in actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile ($4.2 billion), Peru ($3.1 billion) and Bolivia led the region.",
        "Egypt-Sudan Water Accord (March 2021)\n\nThe two states agreed.",
    ],
)
def test_a_title_case_name_with_a_bracket_and_no_dash_is_no_dateline(text):
    assert datelines(text) == []
    assert actors(text)[0][0] in ("Chile", "Egypt")


def test_a_central_bank_speaks_for_its_state():
    assert actors("Egypt's central bank received a deposit.") == [("Egypt", "EGY")]


def test_two_capitals_joined_by_a_dash_inside_a_sentence_are_no_dateline():
    text = "Moscow–Beijing ties deepened this year."
    assert datelines(text) == []
    assert actors(text) == [("Moscow", "RUS"), ("Beijing", "CHN")]


def test_nationality_of_a_named_company_is_not_a_state_actor():
    text = "Armenia and the Italian-British aerospace firm Leonardo signed a cooperation deal."
    assert actors(text) == [("Armenia", "ARM")]
    assert non_state(text) == [("Italian-British aerospace firm Leonardo", "Leonardo")]


def test_a_state_describing_one_company_is_not_an_actor():
    text = "Kia, South Korea's second carmaker, signed a memorandum with Oman's national airline."
    assert actors(text) == []


def test_a_state_arms_exporter_still_speaks_for_the_state():
    assert actors("Russia's state arms exporter said deliveries went ahead.") == [("Russia", "RUS")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The leader of Ethiopia's Tigray region accused Eritrea.", [("Eritrea", "ERI")]),
        ("Somalia's Puntland leader met envoys.", []),
        ("Israel's Gaza offensive went on.", [("Israel", "ISR")]),  # still Israel's act
    ],
)
def test_a_region_takes_in_its_state_only_as_a_region(text, expected):
    assert actors(text) == expected


def test_a_region_the_state_holds_stays_the_state():
    text = "Troops were moved into Russia's Kursk region."
    assert actors(text) == [("Russia", "RUS")]


def test_a_dateline_run_into_the_headline_is_still_a_dateline():
    text = "Seoul protests new drills TOKYO (Kyodo) — Japan said on Monday it would go ahead."
    assert datelines(text) == [("TOKYO", "JPN")]
    assert ("Japan", "JPN") in actors(text)


def test_an_acronym_spelled_out_in_brackets_is_no_dateline():
    text = "Officials said NATO (North Atlantic Treaty Organization) - the alliance - would act."
    assert datelines(text) == []
    assert ("NATO", "NATO") in actors(text)


def test_a_former_official_introduced_by_a_demonym_is_no_actor():
    text = "Former Malian Prime Minister Moussa Mara criticised the junta; Mara was arrested."
    assert actors(text) == []


def test_a_serving_official_introduced_by_a_demonym_still_is():
    text = "Malian Foreign Minister Aminata Keita met envoys."
    assert ("Aminata Keita", "MLI") in actors(text)


def test_origin_and_language_adjectives_are_not_the_state():
    text = "Russian-speaking residents and an Iranian-born engineer spoke."
    assert actors(text) == []
    assert actors("A Russian-American deal was signed.") == [
        ("Russian", "RUS"),
        ("American", "USA"),
    ]


def test_airlines_named_after_a_state_are_companies():
    text = "Qatar Airways and Turkish Airlines resumed flights to Kabul."
    assert actors(text) == [("Kabul", "AFG")]
    assert [s for s, _ in non_state(text)] == ["Qatar Airways", "Turkish Airlines"]


def test_where_a_weapon_was_made_is_not_who_supplied_it():
    text = "Investigators found Chinese-made howitzers with the fighters."
    assert actors(text) == []


def test_registration_places_are_not_actors():
    text = "A Washington-based group said a UAE-registered firm hired a Panama-flagged ship."
    assert actors(text) == []


def test_firms_based_in_a_state_still_stand_for_it():
    text = "Washington sanctioned China-based companies that sold drone engines."
    assert ("China", "CHN") in actors(text)


def test_people_named_by_nationality_are_not_the_state():
    text = (
        "Israeli hostages, a Russian billionaire and Venezuelan opposition leader Ana Diaz spoke."
    )
    assert actors(text) == []


def test_non_state_mentions_say_so():
    reading = read("t", "Tehran armed the Houthis.", "2024-05-01")
    [group] = [m for v in reading.sentences for m in v.non_state]
    assert group.is_non_state and group.code == "Houthis"
    assert not any(m.is_non_state for v in reading.sentences for m in v.mentions)


def test_a_capital_dateline_after_a_headline_on_the_same_line_is_set_apart():
    text = (
        "Mogadishu Calls the Port Deal 'Illegal'. Harare — A port access agreement between "
        "Zambia and Malawi was signed."
    )
    assert datelines(text) == [("Harare", "ZWE")]
    assert [s for s, _ in actors(text)] == ["Mogadishu", "Zambia", "Malawi"]


def test_a_state_news_agency_in_dateline_brackets_is_no_party():
    text = "PYONGYANG, June 4 (KCNA) -- The ministry said the visit went well."
    assert ("KCNA", "PRK") in datelines(text)
    assert actors(text) == []


def test_a_capital_opening_a_sentence_without_a_dash_stays_an_actor():
    text = "Talks ended late. Moscow said the visit went well."
    assert datelines(text) == []
    assert actors(text) == [("Moscow", "RUS")]


@pytest.mark.parametrize(
    "text, group",
    [
        ("Moscow armed the Luhansk People's Republic for years.", "Luhansk People's Republic"),
        ("Ankara pays the Turkish Republic of Northern Cyprus.", "Northern Cyprus"),
        ("Baku took back Artsakh in a day.", "Nagorno-Karabakh"),
    ],
)
def test_breakaway_entities_are_non_state_and_hide_the_state_in_their_name(text, group):
    assert [c for _s, c in non_state(text)] == [group]
    assert all(code in ("RUS", "TUR", "AZE") for _s, code in actors(text))


@pytest.mark.parametrize(
    "text, places",
    [
        ("Riyadh says Tehran armed the rebels in Yemen.", ["Yemen"]),
        ("Ankara struck Kurdish militants in Syria and Iraq.", ["Syria", "Iraq"]),
        ("Washington says Iran arms the Houthis in Yemen.", ["Yemen"]),
        ("Ankara struck Kurdish militants in Syria, Iraq and Iran.", ["Syria", "Iraq", "Iran"]),
    ],
)
def test_a_state_where_an_armed_group_is_stays_with_the_group(text, places):
    found = [s for s, _c in actors(text)]
    assert not set(places) & set(found)
    assert set(places) <= {s for s, _c in non_state(text)}


def test_a_state_after_a_comma_that_opens_no_list_stays_an_actor():
    text = "Eritrea arms the Houthis in Yemen, Saudi officials say."
    assert ("Saudi", "SAU") in actors(text)
    assert "Yemen" not in [s for s, _c in actors(text)]


def test_troops_or_civilians_in_a_state_leave_it_an_actor():
    assert ("Syria", "SYR") in actors("Russia kept troops in Syria.")
    assert ("Sudan", "SDN") in actors("Civilians in Sudan fled to Chad.")


def test_a_state_name_used_as_the_adjective_of_an_armed_group_is_the_group():
    text = "Riyadh says Tehran gave Yemen rebels missiles."
    assert ("Yemen rebels", "Yemen rebels") in non_state(text)
    assert "Yemen" not in [s for s, _c in actors(text)]


def test_a_capital_and_a_colon_after_a_headline_on_the_same_line_is_a_dateline():
    text = "Quito Denies Selling Rifles. Bogota: The ministry said the report was false."
    assert datelines(text) == [("Bogota", "COL")]
