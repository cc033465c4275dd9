"""Who alleges, read from the parse rather than from a list of verbs of saying
(extract/claim_syntax.py): the subject of whatever clause holds the supply as its "that"
complement ("was insistent that", "sounded the alarm that"); the subject of the clause a
gerund after a preposition hangs on ("by claiming", "after accusing"); who reports a belief
in the passive ("revealed that X is believed to have sent"); and the press, not its state,
behind "a Japanese media report". Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def _one(text: str, subject: list[str]) -> Claim:
    found = [c for c in claims(text) if c.subject == subject]
    assert len(found) == 1, found
    return found[0]


def test_the_subject_of_an_adjective_holding_the_clause_alleges():
    c = _one(
        "Warsaw has long been adamant that Belarus was shipping artillery rounds to Russia, "
        "which fired them at Ukrainian towns.",
        ["BLR"],
    )
    assert (c.claimant, c.beneficiary) == (["POL"], ["RUS"])


def test_the_subject_of_a_noun_holding_the_clause_alleges():
    c = _one(
        "Lithuania raised the alarm that Belarus was shipping artillery rounds to Russia, "
        "which fired them at Ukrainian towns.",
        ["BLR"],
    )
    assert c.claimant == ["LTU"]


def test_a_holder_that_is_no_actor_names_no_claimant():
    text = (
        "The satellite images make it plain that Belarus was shipping artillery rounds to "
        "Russia, which fired them at Ukrainian towns."
    )
    for c in claims(text):
        assert c.claimant == []


def test_a_gerund_after_by_is_said_by_the_clause_subject():
    c = _one(
        "Kyiv angered Beijing on Friday by claiming that China was shipping gunpowder to Russia.",
        ["CHN"],
    )
    assert (c.claimant, c.beneficiary) == (["UKR"], ["RUS"])


def test_a_gerund_after_after_is_said_by_the_clause_subject():
    c = _one(
        "Poland recalled its envoy after accusing Minsk of sending troops to Russia.",
        ["BLR"],
    )
    assert c.claimant == ["POL"]


def test_who_reveals_a_passive_belief_alleges():
    c = _one(
        "South Korea's spy agency said that Russia is believed to have given North Korea "
        "air defence systems.",
        ["RUS"],
    )
    assert (c.claimant, c.beneficiary) == (["KOR"], ["PRK"])


def test_a_briefing_speaks_for_whoever_gives_it():
    c = _one(
        "A Pentagon briefing showed that Iran had shipped attack drones to Russia.",
        ["IRN"],
    )
    assert c.claimant == ["USA"]


def test_a_media_report_is_the_press_not_its_state():
    c = _one(
        "Pyongyang rejected a Japanese media report that it had sent shells to Russia by rail.",
        ["PRK"],
    )
    assert c.claimant == []
    assert c.denied_by == ["PRK"]


def test_a_newspaper_story_is_the_press_not_its_state():
    c = _one(
        "Tehran denied a British newspaper story that it had shipped missiles to Russia.",
        ["IRN"],
    )
    assert c.claimant == []


def test_a_state_media_report_still_speaks_for_its_state():
    c = _one(
        "Pyongyang rejected a Japanese state media report that it had sent shells to Russia.",
        ["PRK"],
    )
    assert c.claimant == ["JPN"]
