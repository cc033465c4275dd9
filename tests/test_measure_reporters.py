"""A state that estimates, believes, denounces or condemns a troop figure reports it: it
neither sends the troops nor hosts them. Sentences are written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract


def facts(text: str, published: str | None = "2024-05-20") -> set[tuple]:
    found = extract("r", text, published).measures
    return {(frozenset(m.actors), m.metric, round(m.value, 2)) for m in found}


def test_a_state_that_denounces_a_dispatch_is_no_side_of_it():
    found = facts(
        "The Polish government, which had denounced the dispatch of 3,000 troops by Minsk"
        " before the official confirmation, condemned the Belarusian troop deployment in"
        " Russia on Monday."
    )
    assert found == {(frozenset({"BLR", "RUS"}), "troops", 3000)}


def test_officials_who_estimate_a_figure_are_no_side_of_it():
    found = facts(
        "Mercenaries from a Russian company have fought in Chad for a year. French officials"
        " estimate around 1,500 mercenaries are in Chad."
    )
    assert not any("FRA" in actors for actors, _, _ in found)
