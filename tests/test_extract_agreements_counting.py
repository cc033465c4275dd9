"""How many agreements a text tells (issue 10): a batch of documents signed on an occasion
is one record beside the named treaty signed with it, retold it stays one, and so does an
agreement the batch itself lists; such pacts with other partners, an older signing recalled
later and two agreements listed in one sentence are records of their own; firms' contracts
are none. Each test is a sentence written for it, none copied from an article."""

from __future__ import annotations

from extract_support import agreements, every_agreement, kinds


def test_two_agreements_listed_in_one_sentence_stay_two():
    text = "Chile and Peru signed a fisheries agreement and a customs agreement in Lima."
    assert len(agreements(text)) == 2


def test_the_first_such_agreement_is_the_one_just_told():
    text = (
        "The Israeli minister signed a memorandum with his Moroccan counterpart on Wednesday, "
        "the first such agreement between Israel and an Arab state."
    )
    assert [a.kind for a in agreements(text)] == ["memorandum"]


def test_such_pacts_with_other_partners_are_their_own():
    text = (
        "Japan signed a reciprocal access agreement with the Philippines on Monday. Japan had "
        "concluded such pacts with Australia and Britain."
    )
    assert len(agreements(text)) == 3


def test_a_name_with_an_acronym_head_retells_the_spelled_out_name():
    text = (
        "Ghana and Togo signed the Memorandum of Understanding (MOU) for Port Security "
        "Cooperation in Lome on Friday. The Port Security MOU will deepen cooperation "
        "between Ghana and Togo."
    )
    assert [a.kind for a in agreements(text)] == ["memorandum"]


def test_a_counted_batch_of_documents_is_a_record_beside_the_named_treaty():
    text = (
        "Ghana and Togo signed a border treaty on Monday. Twelve documents on roads, water "
        "and schools were also signed during the visit."
    )
    assert len(every_agreement(text)) == 2


def test_a_batch_told_by_a_quantifier_is_a_record_beside_the_named_pact():
    text = (
        "Ghana and Togo signed a police pact on Monday. A number of documents on fisheries "
        "and farming were signed during the visit."
    )
    assert len(every_agreement(text)) == 2


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
    assert len(every_agreement(text)) == 1


def test_a_batch_retold_is_one_record():
    text = (
        "Ghana and Togo signed 12 agreements on Monday. The 12 agreements cover roads and schools."
    )
    assert len(every_agreement(text)) == 1


def test_firms_contracts_are_no_batch_of_their_own():
    text = (
        "Serbia and China signed a trade agreement on Monday. The two nations also concluded "
        "several commercial contracts for Chinese builders."
    )
    assert len(every_agreement(text)) == 1


def test_a_counted_batch_reached_is_still_a_record():
    text = "Russia and Mongolia reached 12 agreements on trade on Monday."
    assert kinds(text) == [(frozenset({"RUS", "MNG"}), "agreement")]


def test_more_than_a_number_of_agreements_counts_them_and_denies_none():
    found = every_agreement("Ghana and Togo signed more than 50 agreements on Monday.")
    assert [(sorted(a.parties), a.signed) for a in found] == [(["GHA", "TGO"], "2024-06-17")]


def test_an_agreement_named_in_a_later_sentence_is_not_the_batch_signed_before():
    text = (
        "Ghana and Togo signed several agreements on trade during the Ghanaian president's "
        "visit to Lome last March. Ghana Airways won new routes with the signing of the Air "
        "Transport Agreement between the two countries."
    )
    found = every_agreement(text)
    assert sorted((a.name or "", a.signed or "") for a in found) == [
        ("", "2024-03"),
        ("Air Transport Agreement", ""),
    ]


def test_an_agreement_the_batch_itself_lists_stays_one_of_the_batch():
    text = (
        "Ghana and Togo signed several agreements on Wednesday, including a Maritime Boundary "
        "Agreement. The Maritime Boundary Agreement settles a long dispute."
    )
    assert len(every_agreement(text)) == 1


def test_an_older_memorandum_told_after_a_new_programme_is_an_agreement_of_its_own():
    text = (
        "The foreign ministers of Ghana and Togo signed a programme of cooperation between "
        "their ministries in Accra. The Ghanaian minister recalled that on May 16, 2008, a "
        "memorandum was signed between the two countries on a joint border commission."
    )
    found = every_agreement(text, "2024-02-05")
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
    assert len(every_agreement(text, None)) == 1
