"""Weapon model designations ("F-16", "Su-35S", "KN-23", "Shahed-136", "IRIS-T"): the shapes
the claim and figure readers recognise, built from one definition of a designation's parts, so
that a reader's variant (plural, counted, anchored to a word) cannot drift from the others."""

from __future__ import annotations

import re

# A designation is a capitalised name, a hyphen and a number with a short letter suffix.
# Any weapon's name may run long ("Hwasong-17", "Shahed-136", "Kinzhal-2", "KN-23A"); an
# aircraft's is a maker's short prefix ("F-16", "Su-35S", "MiG-29", "J-10C").
_NAME = r"[A-Z][A-Za-z]{0,9}"
_NUMBER = r"\d{1,4}[A-Za-z]{0,3}"
_MAKER = r"[A-Z][A-Za-z]{0,3}"
_AIRCRAFT_NUMBER = r"\d{1,3}[A-Za-z]?"

# A weapon named by its model ("shipped KN-25s to Moscow"), matched where a word starts.
MODEL = re.compile(rf"{_NAME}-{_NUMBER}\b")

# An aircraft's designation as one word; the hyphen may be left out ("F16").
AIRCRAFT = rf"{_MAKER}-?{_AIRCRAFT_NUMBER}"

# Aircraft counted by their model alone: the plural, hyphen written ("20 F-16s", "12 Su-35s").
AIRCRAFT_PLURAL = rf"{_MAKER}-{_AIRCRAFT_NUMBER}s"

# A weapon system's model name: letters and a hyphenated suffix ("IRIS-T", "SAMP-T", "K-9"),
# or a run of capitals of four or more ("NASAMS", "HIMARS"), as one word.
SYSTEM = re.compile(r"^(?:[A-Z][A-Za-z]{1,5}-[A-Z0-9]{1,3}|[A-Z]{4,8})$")
