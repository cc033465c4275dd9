"""Agreement mechanisms of round 13 (issue 10, sections 1 and 6): each test is a sentence
written for it, none copied from an article."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-21") -> list[Agreement]:
    # every record the readers make (the confidence floor is another module's business)
    return extract("r13", text, published, min_confidence=0).agreements


def test_what_is_done_under_an_indefinite_treaty_tells_the_treaty_exists():
    text = (
        "Minsk said the posting of Belarusian engineers to Serbia comes under a defence "
        "treaty between the two countries."
    )
    found = agreements(text)
    assert [(sorted(a.parties), a.kind, a.signed) for a in found] == [
        (["BLR", "SRB"], "treaty", None)
    ]


def test_under_an_indefinite_treaty_still_needs_its_parties():
    # no pair to bind the treaty to: nothing is told
    assert agreements("The posting comes under a defence treaty, officials said.") == []


def test_an_agreement_named_in_a_later_sentence_is_not_the_batch_signed_before():
    text = (
        "Ghana and Togo signed several agreements on trade during the Ghanaian president's "
        "visit to Lome last March. Ghana Airways won new routes with the signing of the Air "
        "Transport Agreement between the two countries."
    )
    found = agreements(text)
    assert sorted((a.name or "", a.signed or "") for a in found) == [
        ("", "2024-03"),
        ("Air Transport Agreement", ""),
    ]


def test_an_agreement_the_batch_itself_lists_stays_one_of_the_batch():
    text = (
        "Ghana and Togo signed several agreements on Wednesday, including a Maritime Boundary "
        "Agreement. The Maritime Boundary Agreement settles a long dispute."
    )
    assert len(agreements(text)) == 1


def test_an_older_memorandum_told_after_a_new_programme_is_an_agreement_of_its_own():
    text = (
        "The foreign ministers of Ghana and Togo signed a programme of cooperation between "
        "their ministries in Accra. The Ghanaian minister recalled that on May 16, 2008, a "
        "memorandum was signed between the two countries on a joint border commission."
    )
    found = agreements(text, "2024-02-05")
    assert sorted((a.kind, a.signed or "") for a in found) == [
        ("memorandum", "2008-05-16"),
        ("other", ""),
    ]


def test_an_older_signing_that_takes_its_partner_from_the_deal_before_is_that_deal():
    # the second sentence names one party only: its deal is the contract told before
    text = (
        "Ghana's embassy said Togo had not consulted it before signing the contract with "
        "Benin. Benin signed a deal to buy the patrol boats in April 2017."
    )
    assert len(agreements(text, None)) == 1


def test_a_state_in_a_clause_that_sets_the_scene_is_no_party():
    text = (
        "The Gulf Charter, a pact first signed in 2007 when Nigeria's navy was weaker, was "
        "renewed by the Ghanaian president and his Togolese counterpart."
    )
    found = agreements(text, "2024-02-05")
    assert [sorted(a.parties) for a in found] == [["GHA", "TGO"]]


def test_a_scene_clause_that_tells_a_signing_keeps_its_own_parties():
    text = "Ghana signed a pact with Togo in 2007 while Benin signed one with Niger."
    found = agreements(text, "2024-02-05")
    assert ["GHA", "TGO"] in [sorted(a.parties) for a in found]


def test_a_list_of_demonyms_before_governments_names_the_parties():
    found = agreements("The Ghanaian and Togolese governments signed a trade agreement.")
    assert [sorted(a.parties) for a in found] == [["GHA", "TGO"]]


def test_a_list_of_demonyms_before_ministers_names_the_parties_of_a_passive_signing():
    text = "The border treaty was signed by the Ghanaian and Togolese foreign ministers in Accra."
    assert [sorted(a.parties) for a in agreements(text)] == [["GHA", "TGO"]]


def test_more_than_a_number_of_agreements_counts_them_and_denies_none():
    found = agreements("Ghana and Togo signed more than 50 agreements on Monday.")
    assert [(sorted(a.parties), a.signed) for a in found] == [(["GHA", "TGO"], "2024-06-17")]


def test_rather_than_still_denies_a_kind_of_agreement():
    found = agreements("Ghana and Togo formed a partnership rather than an alliance.")
    assert [a.kind for a in found] == ["partnership"]


def test_business_leaders_of_two_states_sign_no_agreement_of_theirs():
    text = "Ghanaian and Togolese business delegations signed 40 agreements worth $3 billion."
    assert agreements(text) == []


def test_the_possessor_of_a_pact_with_a_partner_holds_it():
    text = (
        "That might cut Nigeria's police presence in Benin, similar to Ghana's pact with Togo "
        "to reduce the number of foreign officers."
    )
    found = agreements(text, None)
    assert [sorted(a.parties) for a in found] == [["GHA", "TGO"]]


def test_an_exchange_of_notes_is_an_agreement_signed():
    found = agreements("Ghana and Togo today signed an Exchange of Notes for a road loan.")
    assert [(sorted(a.parties), a.kind, a.signed) for a in found] == [
        (["GHA", "TGO"], "other", "2024-06-21")
    ]
