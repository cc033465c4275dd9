"""Figures in the phrasing real outlets use: counts by the dozen, one-way flows priced with
"worth", payments a host state makes for foreign troops, and demands that are no figures.
Sentences are written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.extract.quantities import find_quantities


def facts(text: str, published: str | None = "2025-03-10") -> set[tuple]:
    found = extract("p", text, published).measures
    return {(frozenset(m.actors), m.metric, round(m.value, 2)) for m in found}


def test_a_dozen_multiplies_the_number_before_it():
    assert [q.value for q in find_quantities("two dozen drones and 3 dozen tanks")] == [24, 36]
    assert [q.value for q in find_quantities("two to three dozen shells")] == [24]


def test_drones_counted_in_dozens_are_one_figure():
    assert facts("Iran has shipped two dozen attack drones to Venezuela.") == {
        (frozenset({"IRN", "VEN"}), "munitions_count", 24.0)
    }


def test_a_one_way_flow_priced_with_worth_is_not_the_trade_total():
    found = facts(
        "Commerce between Chile and Peru grew in 2024, with Chilean exports to Peru worth "
        "$3.1 billion and Peruvian exports to Chile worth $2.2 billion."
    )
    assert found == {
        (frozenset({"CHL", "PER"}), "other", 3.1e9),
        (frozenset({"CHL", "PER"}), "other", 2.2e9),
    }


def test_purchases_of_goods_are_a_one_way_flow():
    assert facts("Turkey's purchases of Azerbaijani gas came to $4.4 billion in 2024.") == {
        (frozenset({"TUR", "AZE"}), "other", 4.4e9)
    }
