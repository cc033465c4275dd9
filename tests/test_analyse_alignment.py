"""The alignment of two actors year by year, from agreements, claims and trade, with the facts
that make each score; and an actor's partnerships by year (Russia's, 2021-2025)."""

from __future__ import annotations

import pytest

from analyse_support import hand_store, sample_kb
from blocwatch.analyse import alignment, growth, weights
from blocwatch.errors import BlocwatchError
from kb_support import add_doc, agreement, claim


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return sample_kb(tmp_path_factory)


def _facts(year, kind: str) -> dict[str, float]:
    return {f.record_id: f.contribution for f in year.facts if f.type == kind}


# --- alignment -----------------------------------------------------------------------------


def test_russia_and_north_korea_grow_closer(kb):
    a = kb.alignment("RUS", "PRK", start=2021, end=2025)
    assert [y.year for y in a.years] == [2021, 2022, 2023, 2024, 2025]
    y2023, y2024, y2025 = a.year(2023), a.year(2024), a.year(2025)
    assert y2023.score < y2024.score < y2025.score
    # 2023: only the 2000 treaty, which binds to nothing the sources describe.
    assert _facts(y2023, "agreement") == {"A-PRK-RUS-2000": weights.TIER_WEIGHT["unspecified"]}
    # 2024: the defence treaty counts, the older one is listed but adds nothing (the maximum).
    assert _facts(y2024, "agreement") == {"A-PRK-RUS-2024": 1.0, "A-PRK-RUS-2000": 0.0}
    assert y2024.agreements == 1.0
    # Supply claims: contested in 2024; the troops acknowledged by both in April 2025.
    assert _facts(y2024, "supply")["C-PRK-to-RUS-troop_deployment"] == pytest.approx(0.2)
    assert _facts(y2025, "supply")["C-PRK-to-RUS-troop_deployment"] == pytest.approx(0.5)
    for y in a.years:
        parts = y.agreements + y.supply + y.allegations + y.trade
        assert y.score == pytest.approx(parts)
        assert y.score == pytest.approx(sum(f.contribution for f in y.facts))
    assert set(a.record_ids) == {f.record_id for y in a.years for f in y.facts}


def test_an_accusation_counts_against_alignment(kb):
    a = kb.alignment("USA", "CHN", start=2023, end=2025)
    assert a.year(2023).score == 0 and a.year(2023).facts == []
    y2024 = a.year(2024)
    assert _facts(y2024, "allegation") == {"C-CHN-to-RUS-component_supply": -0.25}
    assert y2024.score == pytest.approx(-0.25)
    # The order of the two actors does not matter.
    assert kb.alignment("CHN", "USA", start=2024, end=2024).year(2024).score == y2024.score


def test_trade_counts_the_latest_figure_known_by_the_end_of_the_year(kb):
    a = kb.alignment("RUS", "CHN", start=2022, end=2024)
    assert a.year(2022).trade == weights.trade_score(190e9)
    assert a.year(2023).trade == weights.trade_score(240.1e9)
    trade = next(f for f in a.year(2024).facts if f.type == "trade")
    assert trade.record_id == "M-CHN-RUS-bilateral_trade" and "2024" in trade.detail
    assert trade.contribution == weights.trade_score(244.8e9)


def test_supply_is_capped(tmp_path):
    engine = hand_store(tmp_path)
    for i, action in enumerate(["arms_transfer", "troop_deployment", "component_supply"]):
        add_doc(
            engine,
            f"ack-{i}",
            "2024-05-01",
            claim(
                ["PRK"],
                ["RUS"],
                action,
                claimant=["KOR"],
                what=f"item {i}",
                acknowledged_by=["PRK"],
            ),
        )
    y = alignment(engine, "PRK", "RUS", 2024, 2024).year(2024)
    supply = [f for f in y.facts if f.type == "supply"]
    assert len(supply) == 3 and all(f.weight == 1.0 for f in supply)
    assert y.supply == 1.0  # 3 x 0.5, capped at 1
    assert sorted(f.contribution for f in supply) == [0.0, 0.5, 0.5]


@pytest.mark.parametrize(
    "args, message",
    [
        (("RUS", "RUS", 2021, 2025), "two different actors"),
        (("RUS", "XYZ", 2021, 2025), "unknown actor code"),
        (("RUS", "PRK", 2025, 2021), "is after"),
        (("RUS", "PRK", "21", 2025), "expected a year"),
    ],
)
def test_bad_alignment_input_is_a_blocwatch_error(kb, args, message):
    a, b, start, end = args
    with pytest.raises(BlocwatchError, match=message):
        kb.alignment(a, b, start=start, end=end)


def test_alignment_frame_has_one_row_a_year(kb):
    frame = kb.alignment("RUS", "PRK", start=2023, end=2025).to_frame()
    assert list(frame["year"]) == [2023, 2024, 2025]
    assert list(frame.columns[:2]) == ["year", "score"]


# --- growth --------------------------------------------------------------------------------


def test_russias_partnerships_2021_2025(kb):
    g = kb.growth("RUS", start=2021, end=2025)
    assert [y.year for y in g.years] == [2021, 2022, 2023, 2024, 2025]
    assert g.year(2023).defence_partners == []
    assert g.year(2024).defence_partners == ["BLR", "PRK"]
    tiers = {y.year: {p.partner: p.tier for p in y.partners} for y in g.years}
    assert tiers[2023]["PRK"] == "unspecified" and tiers[2024]["PRK"] == "defence"
    # Iran: a military-technical partner from 2025, never an ally.
    assert tiers[2025]["IRN"] not in ("defence", "unspecified")
    assert tiers[2024]["IRN"] == "unspecified"
    strength = [y.strength for y in g.years]
    assert strength == sorted(strength) and strength[-1] > strength[0]
    prk_2024 = next(p for p in g.year(2024).partners if p.partner == "PRK")
    assert prk_2024.agreement_ids == ["A-PRK-RUS-2000", "A-PRK-RUS-2024"]
    assert g.year(2024).partners[0].weight == 1.0  # strongest first
    assert set(g.record_ids) >= {"A-PRK-RUS-2024", "A-BLR-RUS-2024", "A-IRN-RUS-2025"}
    assert g.to_dict()["years"][3]["record_ids"] == g.year(2024).record_ids


def test_a_new_partner_is_marked_in_its_first_year(kb):
    g = kb.growth("SAU", start=2024, end=2025)
    assert g.year(2024).partners == []
    assert g.year(2025).new_partners == ["PAK"]
    assert g.year(2025).defence_partners == ["PAK"]


def test_growth_frame_has_one_row_a_year_and_partner(kb):
    frame = kb.growth("RUS", start=2024, end=2025).to_frame()
    assert len(frame) == 8
    assert set(frame[frame["year"] == 2024]["partner"]) == {"BLR", "CHN", "IRN", "PRK"}


def test_growth_on_hand_built_facts(tmp_path):
    engine = hand_store(tmp_path)
    add_doc(
        engine, "a", "2022-03-01", agreement(["RUS", "IRN"], "2022-03-01", provisions=["trade"])
    )
    g = growth(engine, "RUS", 2021, 2023)
    assert [y.n_partners for y in g.years] == [0, 1, 1]
    assert g.year(2022).new_partners == ["IRN"] and g.year(2023).new_partners == []
    with pytest.raises(BlocwatchError, match="unknown actor code"):
        growth(engine, "QQQ", 2021, 2023)
