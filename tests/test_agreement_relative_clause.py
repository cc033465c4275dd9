"""A step word before an agreement noun signs it only when no relative clause on another
noun stands between them (agreements.py, _across_a_relative_clause). Sentences written for
these tests."""

from __future__ import annotations

from blocwatch.extract import extract


def _agreements(text: str):
    return extract("g", text, "2024-06-20", min_confidence=0).agreements


def test_a_step_whose_object_is_another_noun_signs_no_partnership_in_its_relative_clause():
    text = (
        "Kazakhstan and Turkmenistan have built a firm basis of ties, which stands as an "
        "example of interstate partnership."
    )
    assert _agreements(text) == []


def test_a_step_that_governs_the_agreement_still_signs_it():
    ags = _agreements("Kazakhstan and Turkmenistan formed a partnership in 2020.")
    assert [(sorted(a.parties), a.status) for a in ags] == [(["KAZ", "TKM"], "signed")]


def test_a_relative_clause_closed_by_a_comma_before_the_noun_leaves_the_step_its_own():
    text = "Russia and Iran signed, in Moscow, where the leaders met, a treaty on trade."
    ags = _agreements(text)
    assert [(sorted(a.parties), a.status) for a in ags] == [(["IRN", "RUS"], "signed")]


def test_a_step_told_inside_the_relative_clause_still_signs_the_agreement():
    text = "The ceremony was held at the palace where Russia and Iran signed the treaty in 2001."
    ags = _agreements(text)
    assert [(sorted(a.parties), a.status) for a in ags] == [(["IRN", "RUS"], "signed")]
