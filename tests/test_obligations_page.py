"""A page of the obligations (``obligations_page``) is the full answer (``obligations``) cut:
its defenders, consultation partners, unbound partners and organisations are the full
answer's, field by field; its pages of second-order chains, laid end to end, are the full
answer's chains; its totals are the counts of the full answer; its records are those of what
it shows. On the sample corpus and on a generated base of 10,000 facts, in SQLite and
PostgreSQL, for states of few and many allies on dates across the base's years."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from blocwatch.analyse import obligations, obligations_page
from blocwatch.errors import BlocwatchError
from scale_support import generated_store, sample_store

FIRST_ORDER = ("target", "name", "as_of", "defenders", "consultation", "partners", "organisations")


def _days(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    first, last = dt.date(1950, 1, 1).toordinal(), dt.date(2026, 12, 31).toordinal()
    days = [dt.date.fromordinal(rng.randint(first, last)).isoformat() for _ in range(n)]
    return days + ["2024", "2024-06", "2025-01-01"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def sample(request) -> Iterator[Engine]:
    yield from sample_store(request, "oblig-page-sample")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def generated(request) -> Iterator[Engine]:
    yield from generated_store(request, "oblig-page-10k")


def _same_as_full(engine: Engine, state: str, day: str, limit: int) -> int:
    """Pages of ``limit`` chains against the full answer; the number of chains."""
    full = obligations(engine, state, day).to_dict()
    chains = full["second_order"]
    laid: list[dict] = []
    shown: set[str] = set()
    offset = 0
    while True:
        page = obligations_page(engine, state, day, limit=limit, offset=offset).to_dict()
        for key in FIRST_ORDER:
            assert page[key] == full[key], (state, day, key)
        assert page["totals"] == {
            "defenders": len(full["defenders"]),
            "consultation": len(full["consultation"]),
            "partners": len(full["partners"]),
            "second_order": len(chains),
            "second_order_actors": len({c["actor"] for c in chains}),
        }, (state, day)
        by_via = Counter(c["via"] for c in chains)
        assert page["second_order_by_via"] == dict(sorted(by_via.items()))
        assert (page["offset"], page["limit"]) == (offset, limit)
        assert len(page["second_order"]) <= limit
        assert set(page["record_ids"]) <= set(full["record_ids"])
        shown |= set(page["record_ids"])
        laid += page["second_order"]
        offset += limit
        if offset >= len(chains):
            break
    assert laid == chains, (state, day)
    # Every record of the full answer is shown by some page.
    assert shown == set(full["record_ids"]), (state, day)
    return len(chains)


def test_sample_pages_are_the_full_answer(sample):
    found = 0
    for state in ["PRK", "RUS", "IRN", "CHN", "FIN", "UKR", "USA", "POL"]:
        for day in ["2023", "2024-06-19", "2024-12-31", "2025-06-01"]:
            found += _same_as_full(sample, state, day, limit=3)
    assert found > 0  # the sample has second-order chains (NATO members through Finland ...)


def test_generated_pages_are_the_full_answer(generated):
    found = 0
    states = ["USA", "RUS", "CHN", "FIN", "PRK", "IRN", "POL", "KAZ", "ARM", "BRA"]
    for i, state in enumerate(states):
        for day in _days(i, 3):
            found += _same_as_full(generated, state, day, limit=[50, 997][i % 2])
    assert found > 1000


def test_a_page_past_the_end_has_no_chains_but_the_totals(generated):
    full = obligations(generated, "USA", "2024")
    page = obligations_page(generated, "USA", "2024", offset=len(full.second_order), limit=10)
    assert page.second_order == []
    assert page.totals["second_order"] == len(full.second_order) > 0


def test_a_confidence_floor_cuts_the_full_answer(sample):
    full = obligations(sample, "PRK", "2025", min_confidence=0.5).to_dict()
    page = obligations_page(sample, "PRK", "2025", min_confidence=0.5, limit=1).to_dict()
    for key in FIRST_ORDER:
        assert page[key] == full[key]
    assert page["second_order"] == full["second_order"][:1]
    assert page["totals"]["second_order"] == len(full["second_order"])


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ({"limit": -1}, "bad page"),
        ({"limit": 5001}, "bad page"),
        ({"offset": -3}, "bad page"),
        ({"as_of": "2024-13"}, "2024-13"),
    ],
)
def test_a_bad_request_is_refused_with_its_reason(sample, args, reason):
    with pytest.raises(BlocwatchError, match=reason):
        obligations_page(sample, "PRK", **args)


def test_an_organisation_is_no_target(sample):
    with pytest.raises(BlocwatchError, match="NATO"):
        obligations_page(sample, "NATO", "2025")
