"""Provisions and the defence flag by mechanism (round 14): words inside an office's or a
firm's name, sales of weapons told by the agreement's own clause, and the defence clause of
the right agreement. Each test is a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract


def agreements(text: str):
    return extract("g", text, "2024-06-20").agreements


def provisions(text: str) -> list[set[str]]:
    return [set(a.provisions) for a in agreements(text)]


def test_a_cue_word_in_an_office_name_is_no_provision():
    # the office's head after the cue
    text = (
        "Kenya and Uganda signed an agreement to deepen ties during a visit by the US "
        "Defense Secretary."
    )
    assert provisions(text) == [set()]
    # the office's head before "of", over the joined words of its name
    text = (
        "Kenya and Uganda signed an agreement to deepen ties, the Minister of Energy and "
        "Mines of Kenya said."
    )
    assert provisions(text) == [set()]


def test_an_office_name_after_the_cue_over_joined_words():
    text = (
        "Peru and Chile signed a deal to strengthen ties, the Commerce & Investment Ministry of "
        "Peru said on Monday."
    )
    assert provisions(text) == [set()]


def test_the_cue_itself_still_counts_outside_a_name():
    text = "Peru and Chile signed an agreement on Monday covering trade and investment."
    assert {"trade", "finance"} <= provisions(text)[0]
