"""The weapon model shapes the claim and figure readers share (extract/weapon_models.py)."""

from __future__ import annotations

import re

from blocwatch.extract.weapon_models import AIRCRAFT, AIRCRAFT_PLURAL, MODEL, SYSTEM


def test_any_weapon_model_may_have_a_long_name():
    for word in ("KN-23", "Hwasong-17", "Shahed-136", "Su-35S"):
        assert MODEL.match(word), word
    assert not MODEL.match("Kilo class")


def test_an_aircraft_model_has_a_short_maker_prefix():
    for word in ("F-16", "F16", "MiG-29", "J-10C"):
        assert re.fullmatch(AIRCRAFT, word), word
    assert not re.fullmatch(AIRCRAFT, "Hwasong-17")


def test_aircraft_counted_by_model_are_a_written_plural():
    assert re.fullmatch(AIRCRAFT_PLURAL, "F-16s")
    assert not re.fullmatch(AIRCRAFT_PLURAL, "F-16")
    assert not re.fullmatch(AIRCRAFT_PLURAL, "F16s")


def test_a_system_model_is_one_word():
    assert SYSTEM.match("IRIS-T") and SYSTEM.match("HIMARS")
    assert not SYSTEM.match("the IRIS-T")
