"""A bare "the agreement", "the deal" that tells no step of its own is the agreement the text
told before: it keeps that agreement's parties (other states its sentence names are
bystanders) and, when that agreement is only a plan, it is the plan. Sentences written for
these tests."""

from __future__ import annotations

from blocwatch.extract import extract


def party_sets(text: str, published: str | None = "2024-06-20") -> list[frozenset[str]]:
    return [frozenset(a.parties) for a in extract("t", text, published).agreements]


def test_states_beside_a_bare_agreement_are_bystanders():
    text = (
        "A fisheries agreement between Ghana and Togo, signed in 2016, was reviewed last "
        "year. Ghana's new president, who wants closer ties with France and Germany, said "
        "he would end the agreement."
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_rival_named_beside_the_pact_is_no_party():
    text = (
        "Kenya and Uganda signed a defence treaty on Monday. Both governments call the "
        "pact a natural step, but many read it as a move to counter Tanzania's influence."
    )
    assert party_sets(text) == [frozenset({"KEN", "UGA"})]


def test_the_deal_a_minister_announced_is_still_the_plan_to_sign():
    text = (
        "Ghana and Togo are set to sign an agreement on a gas pipeline next week. The deal, "
        "which was announced by Ghana's energy minister, will see a pipeline built to Lome."
    )
    assert party_sets(text) == []


def test_the_signing_of_the_planned_treaty_as_a_noun_is_no_signing():
    text = (
        "Putin ordered officials to sign a treaty with Belarus on security guarantees. It "
        "will be appropriate to hold the signing of the treaty at the highest level."
    )
    assert party_sets(text) == []


def test_a_planned_deal_later_signed_is_signed():
    text = (
        "Ghana and Togo are set to sign an agreement on a gas pipeline. On Friday the two "
        "countries signed the deal in Accra."
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_treaty_establishing_a_partnership_is_one_agreement():
    text = (
        "On Wednesday the presidents of Ghana and Togo signed a treaty establishing a "
        "strategic partnership in Accra."
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_joint_statement_on_establishing_a_partnership_is_one_agreement():
    text = (
        "On Thursday Ghana and Togo issued their joint statement on establishing a "
        "comprehensive strategic partnership for a new era."
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]
