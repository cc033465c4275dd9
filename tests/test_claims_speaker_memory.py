"""Who alleges, when the speaker was named with a state in an earlier sentence and is now
"he" or "she", a bare family name, or "the <agency>" (extract/speaker_memory.py). The memory
names the accuser only: it never makes a sentence an allegation, never names a giver as its
own accuser, and never decides who denies. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_pronoun_after_a_titled_person_alleges_for_their_state():
    text = (
        "Latvia's deputy foreign minister, Ilze Kalnina, spoke at a security forum in Riga. "
        "She claimed that Belarus has been secretly sending attack drones to Russia."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["LVA"], ["BLR"], ["RUS"])


def test_named_speaker_without_a_state_blocks_the_pronoun():
    text = (
        "Latvia's deputy foreign minister, Ilze Kalnina, spoke at a security forum in Riga. "
        "Later Peter Haller said the talks had gone well. "
        "He claimed that Belarus has been secretly sending attack drones to Russia."
    )
    for c in claims(text):
        assert "LVA" not in c.claimant


def test_family_name_of_a_person_introduced_with_a_title_alleges():
    text = (
        "Oskar Virtanen, spokesperson for the Finnish Border Guard, briefed reporters on "
        "Monday. Virtanen accused Belarus of supplying ammunition to Russia."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["FIN"], ["BLR"], ["RUS"])


def test_the_agency_refers_back_to_the_agency_named_before():
    text = (
        "Estonia's Foreign Intelligence Service published its yearly review on Tuesday. "
        "The service accused North Korea of shipping artillery shells to Russia."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["EST"], ["PRK"], ["RUS"])


def test_a_giver_is_not_its_own_accuser_by_memory():
    text = (
        "Russia's deputy defence minister, Ivan Petrov, visited Pyongyang on Monday. "
        "He said Russia had sent air defence systems to North Korea, which Seoul condemned."
    )
    for c in claims(text):
        assert "RUS" not in c.claimant


def test_the_memory_is_kept_with_its_document_not_shared_between_documents():
    from blocwatch.extract.reading import read
    from blocwatch.extract.speaker_memory import memory

    first = read("a", "Latvia's foreign minister, Ilze Kalnina, spoke in Riga.", "2025-07-01")
    second = read("b", "Peter Haller spoke in Vilnius.", "2025-07-01")
    kept = memory(first)
    assert memory(second) is not kept
    # asked again after another document, the first document still has its own memory
    assert memory(first) is kept
    assert [p.code for p in kept.people] == ["LVA"]


def test_a_title_held_in_another_state_is_the_holder_states():
    # "ambassador to Finland": Finland is where the title is held, not whose it is
    text = (
        "Reports say Belarus sent drones to Russia last month. "
        "Jonas Petraitis, Lithuania's ambassador to Finland, spoke to reporters on Monday. "
        "Petraitis said Belarus had shipped the drones to Russia by rail."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["LTU"], ["BLR"], ["RUS"])


def test_a_title_naming_two_holders_places_no_one():
    text = (
        "Reports say Belarus sent drones to Russia last month. "
        "Jonas Petraitis, a Lithuanian and Latvian envoy, spoke to reporters on Monday. "
        "Petraitis said Belarus had shipped the drones to Russia by rail."
    )
    for c in claims(text):
        assert c.claimant == []
