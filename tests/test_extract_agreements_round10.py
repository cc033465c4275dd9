"""Agreement mechanisms of round 10 (issue 10, sections 1 and 6): each test is a sentence
written for it, none copied from an article."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("r10", text, published).agreements


def test_a_headline_run_into_the_lede_tells_one_agreement():
    text = (
        "Chile and Peru sign fisheries cooperation agreement Chilean and Peruvian ministers "
        "have signed an agreement on fisheries cooperation in Lima. The ministers said the "
        "deal would last ten years."
    )
    found = agreements(text)
    assert [frozenset(a.parties) for a in found] == [frozenset({"CHL", "PER"})]


def test_a_dateline_in_capitals_after_a_headline_is_a_break():
    text = (
        "Ghana signs key deal on port security ACCRA - Ghana has signed an agreement with "
        "Togo on port security, officials said."
    )
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"GHA", "TGO"})]


def test_two_agreements_listed_in_one_sentence_stay_two():
    text = "Chile and Peru signed a fisheries agreement and a customs agreement in Lima."
    assert len(agreements(text)) == 2


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


def test_a_state_corporation_signs_for_its_state():
    text = "Rosatom signed a memorandum on training nuclear engineers with Ghana on Monday."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"RUS", "GHA"})]


def test_a_space_agency_signs_for_its_state():
    text = "NASA and Colombia signed an agreement on lunar exploration in Bogota on Monday."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"USA", "COL"})]


def test_a_plan_in_the_reported_clause_does_not_make_the_statement_a_plan():
    text = (
        "In a joint statement issued by Chad, Niger and Mali, the three said they will "
        "leave the regional bloc as soon as possible."
    )
    found = agreements(text)
    assert [(frozenset(a.parties), a.kind) for a in found] == [
        (frozenset({"TCD", "NER", "MLI"}), "joint_statement")
    ]


def test_a_plan_that_governs_the_agreement_still_makes_it_a_plan():
    assert agreements("Chile said it will sign a fisheries treaty with Peru next week.") == []


def test_documents_signed_by_a_pair_are_an_agreement():
    text = "Chile and Peru signed several documents on fisheries and customs in Lima."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"CHL", "PER"})]


def test_documents_that_show_something_are_no_agreement():
    assert agreements("Leaked documents show that Chile sold boats to Peru.") == []


def test_memorandums_is_a_plural_that_counts_its_documents():
    found = agreements("Chile and Peru signed two memorandums in Lima on Monday.")
    assert [a.kind for a in found] == ["memorandum", "memorandum"]


def test_a_pact_that_a_state_would_end_exists():
    text = "Chad's rulers said they would end the country's defence pact with France."
    found = agreements(text)
    assert [(frozenset(a.parties), a.signed) for a in found] == [(frozenset({"TCD", "FRA"}), None)]


def test_a_threat_to_withdraw_from_a_treaty_presupposes_the_treaty():
    text = "Moscow threatened to withdraw from the arms treaty with Washington."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"RUS", "USA"})]


def test_a_plan_to_end_a_war_under_a_deal_is_still_a_plan_for_the_deal():
    text = "Chile will sign a deal with Peru to end the dispute."
    assert agreements(text) == []


def test_states_that_have_an_agreement_hold_it():
    found = agreements("Chile and Peru have a reciprocal fisheries agreement.")
    assert [frozenset(a.parties) for a in found] == [frozenset({"CHL", "PER"})]


def test_states_that_have_a_plan_hold_no_agreement():
    assert agreements("Chile and Peru have a plan to sign a fisheries treaty.") == []


def test_an_organisation_that_signs_is_a_party_not_the_owner_of_the_document():
    found = agreements("Ghana and the EU signed a memorandum on Monday.")
    assert [frozenset(a.parties) for a in found] == [frozenset({"GHA", "EU"})]


def test_a_date_after_a_gerund_of_the_signing_dates_the_signing():
    text = (
        "The trade ministers of Chile and Peru signed a protocol on expanding mutual trade "
        "at a Jan. 5 meeting in Lima, reported the ministry on Jan. 8."
    )
    assert [a.signed for a in agreements(text, "2024-01-08")] == ["2024-01-05"]


def test_partners_after_including_each_get_an_agreement():
    text = (
        "Turkey has signed a dozen defence deals in West Africa, including with Ghana, "
        "Togo and Benin."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {
        frozenset({"TUR", "GHA"}),
        frozenset({"TUR", "TGO"}),
        frozenset({"TUR", "BEN"}),
    }


def test_the_us_without_its_final_stop_is_the_united_states():
    text = "Fiji signed a security agreement with the U.S, drawing protests."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"FJI", "USA"})]


def test_a_date_told_with_another_agreement_does_not_date_this_one():
    text = (
        "Chile's senate approved the fisheries agreement with Peru on Wednesday. The "
        "document was signed on October 6, 2020. The current fisheries agreement between "
        "the countries, reached on March 2, 1994, will lapse once the new treaty is adopted."
    )
    assert sorted(str(a.signed) for a in agreements(text, "2021-12-22")) == [
        "1994-03-02",
        "2020-10-06",
    ]
