"""Goods that export-control advisories name as diverted to sanctioned buyers (integrated
circuits, high-priority items, controlled or sanctioned goods, weapons parts) are supplied
components as "components" and "dual-use goods" already were. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


@pytest.mark.parametrize(
    "goods",
    [
        "integrated circuits",
        "high-priority items",
        "export-controlled goods",
        "sanctioned goods",
        "critical parts",
        "missile parts",
        "dual-use equipment",
    ],
)
def test_controlled_goods_are_components(goods):
    (c,) = claims(f"Lithuania said Moldovan firms shipped {goods} to Belarus last year.")
    assert (c.claimant, c.subject, c.beneficiary, c.action) == (
        ["LTU"],
        ["MDA"],
        ["BLR"],
        "component_supply",
    )


def test_goods_seized_with_no_giver_are_no_claim():
    text = "Customs officers seized sanctioned goods bound for Belarus at the Polish border."
    assert claims(text) == []


def test_goods_bought_at_home_are_no_claim():
    assert claims("Moldova imports integrated circuits from abroad.") == []


def test_route_of_a_supply_noun_is_the_giver():
    # the sale named as a noun, the route after its goods: the route passes them on
    text = "Poland said the sale of microchips through Moldova to Belarus had doubled."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["POL"], ["MDA"], ["BLR"])


def test_noun_with_a_named_giver_keeps_it():
    text = "Poland said Serbia's sale of microchips through Moldova to Belarus had doubled."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["SRB"], ["BLR"])
