"""Agreement mechanisms of round 11 (issue 10, sections 1, 2 and 6): each test is a sentence
written for it, none copied from an article."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    # every record the readers make (the confidence floor is another module's business)
    return extract("r11", text, published, min_confidence=0).agreements


def kinds(text: str) -> list[tuple[frozenset[str], str]]:
    return sorted((frozenset(a.parties), a.kind) for a in agreements(text))


def test_a_counted_batch_of_documents_is_a_record_beside_the_named_treaty():
    text = (
        "Ghana and Togo signed a border treaty on Monday. Twelve documents on roads, water "
        "and schools were also signed during the visit."
    )
    assert len(agreements(text)) == 2


def test_a_batch_told_by_a_quantifier_is_a_record_beside_the_named_pact():
    text = (
        "Ghana and Togo signed a police pact on Monday. A number of documents on fisheries "
        "and farming were signed during the visit."
    )
    assert len(agreements(text)) == 2


def test_a_joint_statement_is_not_the_batch_signed_beside_it():
    text = (
        "Chile and Peru signed 14 agreements during the visit. Our ministers met and then "
        "signed a joint statement too, the Chilean president said."
    )
    found = kinds(text)
    assert len(found) == 2
    assert (frozenset({"CHL", "PER"}), "joint_statement") in found


def test_uncounted_plural_deals_stay_with_the_named_statement():
    text = (
        "Chile and Peru issued a joint statement on Monday. Energy deals were signed on the "
        "sidelines."
    )
    assert len(agreements(text)) == 1


def test_a_batch_retold_is_one_record():
    text = (
        "Ghana and Togo signed 12 agreements on Monday. The 12 agreements cover roads and schools."
    )
    assert len(agreements(text)) == 1


def test_firms_contracts_are_no_batch_of_their_own():
    text = (
        "Serbia and China signed a trade agreement on Monday. The two nations also concluded "
        "several commercial contracts for Chinese builders."
    )
    assert len(agreements(text)) == 1


def test_a_headline_deal_run_into_the_lede_is_the_batch_the_lede_tells():
    text = (
        "Peru signs deal for 8 Italian trainer jets Peru has ordered eight Italian-built "
        "trainer jets, days after both governments concluded a series of deals covering pilot "
        "schooling, Italy's defence ministry said on Friday."
    )
    assert len(agreements(text)) == 1


def test_a_deal_with_a_breakaway_region_is_no_agreement_between_states():
    text = "Kenya signed a port agreement with Somalia's breakaway region of Somaliland."
    assert kinds(text) == []
    assert kinds("Kenya criticised the port deal between Ethiopia and Somaliland on Monday.") == []


def test_a_breakaway_region_signing_takes_no_state_from_the_sentence_before():
    text = (
        "Egypt and Somalia signed a security pact in May. Somaliland, a self-declared "
        "republic, reached a port accord with Kenya last winter."
    )
    assert kinds(text) == [(frozenset({"EGY", "SOM"}), "pact")]


def test_a_group_fought_under_a_pact_leaves_the_pact_between_states():
    text = "Kenya signed a security pact with Somalia to fight al-Shabaab on Monday."
    assert kinds(text) == [(frozenset({"KEN", "SOM"}), "pact")]


def test_agreements_reached_in_general_are_understandings_not_documents():
    text = (
        "Envoys of Laos and Vietnam will look at how Laos and Vietnam are putting into "
        "practice agreements reached by their leaders on river shipping."
    )
    assert kinds(text) == []


def test_a_counted_batch_reached_is_still_a_record():
    text = "Russia and Mongolia reached 12 agreements on trade on Monday."
    assert kinds(text) == [(frozenset({"RUS", "MNG"}), "agreement")]


def test_a_group_the_signer_once_fought_leaves_the_deal_between_states():
    # the group is the object of a clause about the signer, not the signing verb's subject
    assert kinds(
        "Israel, which has long fought Hamas, signed a trade deal with the UAE on Monday."
    ) == [(frozenset({"ISR", "ARE"}), "agreement")]
    assert kinds(
        "Turkey, at war with the PKK for decades, signed a gas deal with Iraq on Monday."
    ) == [(frozenset({"TUR", "IRQ"}), "agreement")]
    assert kinds(
        "Egypt, which mediates with Hamas, signed a gas agreement with Israel on Monday."
    ) == [(frozenset({"EGY", "ISR"}), "agreement")]


def test_a_group_named_in_another_clause_is_no_party_of_the_deal():
    # the party list ends at the first word that is neither a state nor a linking word
    assert kinds(
        "Ethiopia signed a port deal with Djibouti after talks with Somaliland stalled."
    ) == [(frozenset({"ETH", "DJI"}), "agreement")]
    assert kinds("Kenya signed a deal with Somalia while clashes with al-Shabaab went on.") == [
        (frozenset({"KEN", "SOM"}), "agreement")
    ]
    assert kinds(
        "Kenya signed a security deal with Somalia, days after fighting with al-Shabaab."
    ) == [(frozenset({"KEN", "SOM"}), "agreement")]


def test_a_deal_signed_by_a_breakaway_region_is_no_agreement_between_states():
    assert kinds("Kenya welcomed an agreement by the breakaway Somaliland region on ports.") == []
