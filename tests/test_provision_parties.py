"""Provisions by mechanism (round 15): the list an agreement's noun opens after a party
phrase ("an agreement with Peru on ...", "a deal between the two governments for ...").
Each test is a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract


def agreements(text: str):
    return extract("g", text, "2024-06-20").agreements


def provisions(text: str) -> list[set[str]]:
    return [set(a.provisions) for a in agreements(text)]


def test_the_list_after_a_with_phrase_is_the_agreements():
    text = "Chile signed an agreement with Peru on fisheries and trade on Tuesday."
    assert provisions(text) == [{"trade"}]


def test_the_list_after_a_between_phrase_is_the_agreements():
    text = (
        "Ghana and Togo signed an agreement between the government of Ghana and the "
        "government of Togo on military-technical cooperation."
    )
    assert provisions(text) == [{"military_technical"}]


def test_a_for_list_after_the_parties():
    text = "Oman and Kenya signed a deal between both countries for oil and gas exploration."
    assert provisions(text) == [{"energy"}]


def test_a_place_or_a_date_after_the_parties_opens_no_list():
    # "in" after the parties is the occasion, not the content
    text = "Chile signed an agreement with Peru in Lima, where trade ministers met."
    assert provisions(text) == [set()]
    # a number after the parties: "with Peru in 2019", no list
    text = "Chile signed an agreement with Peru in 2019 for the first time since the war."
    assert provisions(text) == [set()]


def test_what_the_agreement_itself_states_is_what_it_holds():
    text = (
        "Chile and Peru signed a treaty on Monday. The treaty stipulates that the two "
        "parties shall cooperate in energy and transport."
    )
    assert provisions(text) == [{"energy", "transport"}]
    # the cue is the reported clause's own verb
    text = (
        "Chile and Peru signed a declaration on Monday. The declaration says that the two "
        "states will consult each other in a crisis."
    )
    assert provisions(text) == [{"consultation"}]


def test_what_a_person_says_of_an_agreement_is_no_statement_of_it():
    text = (
        "Chile and Peru signed a declaration on Monday. The minister said that the two "
        "states will consult each other in a crisis."
    )
    assert provisions(text) == [set()]


def test_a_wish_after_the_agreement_is_no_provision():
    base = "Chile and Peru signed an agreement on Monday. "
    for wish in (
        "The minister also voiced his country's desire for cooperation in tourism and culture.",
        "The premier stressed the need to explore cooperation in renewable energy.",
        "There are promising areas for cooperation such as mining and energy.",
    ):
        assert provisions(base + wish) == [set()], wish


def test_what_the_agreement_covers_after_it_still_counts():
    text = "Chile and Peru signed an agreement on Monday. It includes a plan to build energy lines."
    assert provisions(text) == [{"energy"}]


def test_a_participle_after_the_parties_closes_the_phrase():
    text = "Chile signed a deal with Peru reached on Monday for the first time since the war."
    assert provisions(text) == [set()]
