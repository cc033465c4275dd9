"""Figures read wrongly on unseen news (a precision probe of real articles): a currency
named after a state taken as that state, lenders that are no states, debts and obligations
taken as aid, sums from several givers, part-year periods, actors from another sentence."""

from __future__ import annotations

from blocwatch.extract import extract


def facts(text: str, published: str | None = "2024-05-02") -> set[tuple]:
    return {
        (frozenset(m.actors), m.metric, round(m.value, 2))
        for m in extract("p", text, published).measures
    }


def periods(text: str, published: str | None = "2024-05-02") -> dict[float, str | None]:
    return {round(m.value, 2): m.period for m in extract("p", text, published).measures}


def test_a_currency_named_after_a_state_is_no_mention_of_that_state():
    text = (
        "Ghana and Togo opened a new border post on Monday. "
        "Ghana's exports to the rest of Africa reached 3.1 billion U.S. dollars in 2023, "
        "while it received 640 million US dollars in loans from development banks."
    )
    assert facts(text) == set()
