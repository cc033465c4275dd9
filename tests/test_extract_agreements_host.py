"""A state that only speaks of, praises or presides over a deal two others made is no party of
it (issue 10, round 12): the subject or "by" agent of a verb of saying, praising or presiding
(agreement_words.tsv, kind speaker_verb). Each sentence is written for its test."""

from __future__ import annotations

from blocwatch.extract import extract


def parties(text: str) -> list[list[str]]:
    found = extract("host", text, "2024-06-21", min_confidence=0).agreements
    return sorted(sorted(a.parties) for a in found)


def test_a_leader_who_hails_the_deal_of_two_others_is_no_party():
    text = (
        "Kenya and Uganda signed a railway agreement on Monday, in what the Ethiopian prime "
        "minister hailed as a model for the whole region."
    )
    assert parties(text) == [["KEN", "UGA"]]


def test_a_deal_hailed_by_a_foreign_leader_keeps_only_its_signers():
    text = (
        "The border accord signed by Peru and Ecuador on Monday was hailed as historic by "
        "the Brazilian president."
    )
    assert parties(text) == [["ECU", "PER"]]


def test_a_leader_presiding_over_the_signing_of_two_others_is_no_party():
    text = (
        "The Egyptian president presided over the signing of a water accord by Sudan and "
        "South Sudan on Monday."
    )
    assert parties(text) == [["SDN", "SSD"]]


def test_a_speaker_who_signed_stays_a_party():
    # the pronoun signs: the speaker is a party, however many others the clause names
    text = "Japan said on Monday that it had signed a defence pact with India and Australia."
    assert ["IND", "JPN"] in parties(text) or ["AUS", "IND", "JPN"] in parties(text)


def test_a_speaker_with_one_counterparty_stays_a_party():
    text = "Japan announced a new trade agreement with India on Monday."
    assert parties(text) == [["IND", "JPN"]]


def test_a_leader_who_announces_a_visit_after_a_signing_of_two_others_is_no_party():
    text = (
        "The Turkish president announced plans to visit Kenya and Tanzania, days after the "
        "signing of a border declaration between the two neighbours."
    )
    assert parties(text) == [["KEN", "TZA"]]
