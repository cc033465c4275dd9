"""Accessions to a bloc (issue 10): a memorandum a state signs to join an organisation, and
states a bloc decided to admit or invited to become full members; a memorandum with a state,
one a member signs, an invitation to a summit and a decision still to take admit no one. Each
test is a sentence written for it, none copied from an article."""

from __future__ import annotations

from extract_support import agreements, pairs


def test_a_memorandum_signed_to_join_a_bloc_is_an_accession():
    text = (
        "Uzbekistan's neighbour Turkmenistan on Friday signed the SCO memorandum of "
        "obligations, opening the way to its admission into the organisation."
    )
    found = agreements(text, "2016-06-24")
    assert [(sorted(a.parties), a.kind) for a in found] == [(["SCO", "TKM"], "accession")]


def test_a_memorandum_with_a_state_after_the_verb_is_no_accession():
    text = (
        "Iran signed a memorandum with Armenia, a member of the Shanghai Cooperation Organisation."
    )
    assert all(a.kind != "accession" for a in agreements(text, "2016-06-24"))


def test_a_member_already_signs_no_accession_document():
    text = "Kazakhstan signed a memorandum on the membership rules of the SCO on Friday."
    assert all(a.kind != "accession" for a in agreements(text, "2016-06-24"))


def test_a_bloc_that_decided_to_admit_states_takes_them_in_undated():
    text = (
        "Meeting in Johannesburg, BRICS leaders decided on Thursday to admit Egypt and "
        "Ethiopia as new members of the grouping."
    )
    found = agreements(text)
    assert sorted((sorted(a.parties), a.kind, a.signed) for a in found) == [
        (["BRICS", "EGY"], "accession", None),
        (["BRICS", "ETH"], "accession", None),
    ]


def test_an_invitation_decided_to_become_full_members_is_an_accession():
    text = '"We have agreed to invite Iran and Egypt to become full members of BRICS," he said.'
    assert sorted(sorted(p) for p in pairs(text)) == [["BRICS", "EGY"], ["BRICS", "IRN"]]


def test_an_invitation_to_a_summit_is_no_accession():
    assert pairs("BRICS leaders decided to invite Egypt and Ethiopia to the summit.") == []


def test_a_decision_still_to_take_admits_no_one():
    text = "BRICS leaders may decide to admit Egypt and Ethiopia as new members next year."
    assert pairs(text) == []
