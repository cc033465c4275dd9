"""A joint statement through which the pair the sentence names speaks ("In a joint statement,
the two countries said ...") is the pair's document: it exists, one agreement of kind
joint_statement. Without a pair named it is only the channel of what was said. Sentences
written for the tests."""

from __future__ import annotations

from blocwatch.extract import extract


def records(text: str) -> list[tuple[frozenset, str]]:
    return [(frozenset(a.parties), a.kind) for a in extract("t", text, "2024-03-01").agreements]


def test_the_pair_speaking_in_a_joint_statement_has_one():
    text = (
        "Chile and Peru held talks on fishing rights in Lima on Monday. In a joint statement, "
        "the two countries said they would patrol their sea border together."
    )
    assert records(text) == [(frozenset(("CHL", "PER")), "joint_statement")]


def test_a_joint_statement_of_two_named_states_is_theirs():
    text = "According to the joint statement, Chile and Peru agreed to share data on fish stocks."
    assert records(text) == [(frozenset(("CHL", "PER")), "joint_statement")]


def test_a_ministry_speaking_in_a_joint_statement_tells_no_agreement():
    text = (
        "Chile's navy seized a trawler on Monday. The ministry said in a joint statement that "
        "the crew would be released."
    )
    assert records(text) == []


def test_three_states_saying_in_a_joint_statement_what_a_fourth_did_sign_nothing():
    text = (
        "Chile, Peru and Ecuador said in a joint statement that Bolivia's new tariffs broke "
        "earlier commitments."
    )
    assert records(text) == []
