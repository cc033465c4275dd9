"""Counts of troops and weapons whose noun the words right after the number do not reach
(quotes, a hyphenated measure between): the parse gives the noun the number modifies. A
demonym inside the counted phrase names the sender of troops, and "in the country" points
back to the state named before the figure in its own sentence. Sentences written for these
tests."""

from __future__ import annotations

from blocwatch.extract import extract


def counts(text: str) -> set[tuple]:
    found = extract("r", text, "2025-02-01").measures
    return {(frozenset(m.actors), m.metric, m.value) for m in found}


def test_a_quoted_noun_is_counted_with_the_parse():
    found = counts('The junta in Bangui welcomed 500 new Russian "instructors," last week.')
    assert (frozenset({"RUS", "CAF"}), "troops", 500.0) in found


def test_a_hyphenated_measure_between_number_and_noun():
    found = counts("Russia sent about 4 million 6-inch artillery shells to Myanmar last year.")
    assert (frozenset({"RUS", "MMR"}), "munitions_count", 4_000_000.0) in found


def test_a_choice_of_two_numbers_is_no_count_of_the_first():
    found = counts("Turkey delivered 12 or 14 drones to Poland in the spring.")
    assert not any(value == 12.0 for _, _, value in found)


def test_a_demonym_in_the_counted_phrase_sends_the_troops():
    # the ministry's demonym reports the figure; the one in the counted phrase sends
    found = counts(
        "The Russian defence ministry reported that 240 Russian civilian instructors were sent"
        " to train the army of the CAR."
    )
    assert (frozenset({"RUS", "CAF"}), "troops", 240.0) in found


def test_the_country_is_the_state_named_before_the_figure_in_its_sentence():
    text = (
        "France once kept a large garrison in the region. The Russian envoy to Mali said that"
        ' 900 "Russian instructors" were present in the country.'
    )
    found = counts(text)
    assert (frozenset({"RUS", "MLI"}), "troops", 900.0) in found
    assert not any("FRA" in actors for actors, _, _ in found)
