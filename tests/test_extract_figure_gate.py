"""The cheap test that decides which sentences the figure reader reads (extract/measures.py):
prefix-shared alternations find exactly what the plain alternations of the same words find."""

import random
import re

from blocwatch.extract.measures import _may_hold_figure, any_of

WORDS = ["man", "many", "manpower", "tank", "tanks", "u.s. dollars", "us dollars", "lakh", "l"]


def _variants(rng: random.Random, word: str) -> list[str]:
    out = []
    for _ in range(20):
        before = rng.choice(["", "x", " ", "-", "1", "é", "_", "the "])
        after = rng.choice(["", "x", " ", "-", "s", "1", "é", "_", "y", " of"])
        cased = "".join(c.upper() if rng.random() < 0.3 else c for c in word)
        out += [before + cased + after, (before + cased)[:-1], cased[1:] + after]
    return out


def test_any_of_matches_what_the_plain_alternation_matches():
    plain = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in WORDS) + r")\b", re.I)
    shared = re.compile(rf"\b(?:{any_of(WORDS)})\b", re.I)
    assert shared.pattern.count("|") < plain.pattern.count("|")  # prefixes are shared
    rng = random.Random(7)
    texts = [v for w in WORDS for v in _variants(rng, w)]
    found = [bool(plain.search(t)) for t in texts]
    assert [bool(shared.search(t)) for t in texts] == found
    assert any(found) and not all(found)


def test_any_of_matches_only_whole_listed_strings():
    rx = re.compile(rf"^(?:{any_of(['frigate', 'frigates', 'fighter'])})$")
    assert [bool(rx.match(w)) for w in ("frigate", "frigates", "fighter", "frig", "fighters")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_figure_gate():
    assert _may_hold_figure("Trade reached $4 billion.")
    assert _may_hold_figure("Moscow sent two thousand troops.")
    assert _may_hold_figure("The navy bought six frigates.")
    assert not _may_hold_figure("The treaty was signed in 2019.")  # a number, no unit
    assert not _may_hold_figure("One of the two countries objected.")  # no figure
