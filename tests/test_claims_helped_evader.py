"""The state helped to evade sanctions is not the helper: "companies helping Russia evade
sanctions" names no helping state, and "X helps Russia circumvent sanctions" has X as the
helper. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract


def found(text: str) -> list[tuple[list[str], list[str]]]:
    return [(c.subject, c.beneficiary) for c in extract("f", text, None).claims]


def test_the_state_helped_is_no_subject():
    text = "Washington has warned Ankara about firms helping Russia evade Western sanctions."
    assert all(s != ["RUS"] for s, _ in found(text))


def test_the_helper_helps_the_evader():
    text = "Georgia and several other states help Russia circumvent sanctions, Washington said."
    assert (["GEO"], ["RUS"]) in found(text)
