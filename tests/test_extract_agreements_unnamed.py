"""Agreements whose signers the sentence leaves unnamed ("They signed ...", "... were signed
after the talks"): the pair the text named just before signed them. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract


def party_sets(text: str, published: str | None = "2024-06-20") -> list[frozenset[str]]:
    return [frozenset(a.parties) for a in extract("u", text, published).agreements]


def test_a_pronoun_subject_signs_for_the_pair_named_before():
    text = "Ghana and Togo held talks in Accra on Monday. They signed a fisheries agreement."
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_quoted_we_signs_for_the_pair_of_the_visit():
    text = (
        "The Ghanaian president received his Togolese counterpart in Accra on Monday. "
        '"We signed several agreements on roads and power," the host said.'
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_passive_without_agent_is_signed_by_the_pair_of_the_meeting():
    text = (
        "Ghana's foreign minister met the Togolese prime minister in Lome on Monday. "
        "After the meeting, a memorandum on customs was signed."
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_pair_named_long_before_signs_nothing_unnamed():
    text = (
        "Ghana and Togo held talks in Accra on Monday. The talks covered fishing. "
        "Officials discussed the border. Markets were calm. Later, a memorandum on customs "
        "was signed."
    )
    assert party_sets(text) == []


def test_a_plan_to_sign_is_no_signing_by_the_pair():
    text = "Ghana and Togo held talks in Accra. They agreed to sign a fisheries agreement in May."
    assert party_sets(text) == []


def test_a_third_state_in_the_sentence_is_not_taken_into_the_pair():
    text = (
        "Ghana and Togo held talks in Accra. "
        "They discussed a customs accord that was signed with Benin in 2019."
    )
    assert frozenset({"GHA", "TGO"}) not in party_sets(text)


def test_members_named_after_such_as_each_get_an_agreement():
    text = "Ankara has inked defence accords with Balkan states such as Albania and Kosovo."
    assert set(party_sets(text)) == {frozenset({"TUR", "ALB"}), frozenset({"TUR", "XKX"})}


def test_members_named_in_brackets_after_a_group_noun_each_get_an_agreement():
    text = "Seoul has free trade deals with three Andean nations (Peru, Colombia and Ecuador)."
    assert set(party_sets(text)) == {
        frozenset({"KOR", "PER"}),
        frozenset({"KOR", "COL"}),
        frozenset({"KOR", "ECU"}),
    }


def test_the_partners_of_a_group_named_with_like_are_never_paired_together():
    text = "Moscow signed security pacts with Sahel governments like Mali and Burkina Faso."
    assert frozenset({"MLI", "BFA"}) not in party_sets(text)


def test_a_guest_hosted_by_a_leader_makes_a_pair_with_the_host():
    text = (
        "The Ghanaian president was hosted by Togolese President Faure Gnassingbe in Lome "
        "on Monday. A customs accord was signed in March."
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_talks_hosted_by_a_third_state_keep_it_out_of_the_deal():
    text = "The talks were hosted by Qatar. Ghana and Togo then signed a customs accord."
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_the_two_leaders_keep_the_pair_in_view_for_a_later_unnamed_signing():
    text = (
        "Ghana's president met Togo's president in Lome on Monday. "
        "The two leaders held talks on trade. Both sides reviewed ties in health. "
        "They also discussed roads and power lines. "
        "They vowed to carry out the customs accord that was signed in March."
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_named_agreement_listed_again_among_the_signed_ones_is_one_record():
    text = (
        "Ghana and Togo raised their ties to a Strategic Partnership on Monday. "
        "The leaders also signed a roads agreement. "
        "Officials said three agreements were signed, including the one on the Strategic "
        "Partnership between Ghana and Togo."
    )
    named = [a for a in extract("u", text, "2024-06-20").agreements if a.name]
    assert len(named) == 1


def test_a_weekday_after_the_partner_is_no_date_the_treaty_exists_since():
    text = "Ghana will stop applying the Volta Fisheries Treaty with Togo on Saturday."
    assert [a.signed for a in extract("u", text, "2024-06-20").agreements] == [None]


def test_a_year_after_the_partner_still_dates_an_existing_accord():
    text = "After an accord with Togo in 2005, Ghana's fish exports grew."
    assert [a.signed for a in extract("u", text, "2024-06-20").agreements] == ["2005"]


def test_the_pact_later_in_the_sentence_is_the_treaty_it_follows():
    text = (
        "Ghana is suspending a fisheries treaty with Togo and will withdraw from the pact "
        "in six months."
    )
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_known_company_among_the_signers_makes_the_contract_no_deal_between_states():
    text = (
        "Ghana signed an arms agreement with Brazil on Monday. "
        "The navy and Airbus later agreed to a contract for two patrol aircraft."
    )
    assert party_sets(text) == [frozenset({"GHA", "BRA"})]


def test_a_definite_deal_before_a_partner_list_keeps_each_partner():
    text = "The deal follows similar accords Ghana signed with Togo and Benin last month."
    assert set(party_sets(text)) == {frozenset({"GHA", "TGO"}), frozenset({"GHA", "BEN"})}


def test_the_first_to_sign_with_no_signer_noun_signed():
    text = "Ghana was the first to sign such a pact with Togo, in March."
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_rank_before_adjectives_and_the_signer_noun_signed():
    text = "Ghana became the first West African nation to sign a fisheries deal with Japan."
    assert party_sets(text) == [frozenset({"GHA", "JPN"})]


def test_a_future_rank_is_still_a_plan():
    text = "Ghana will be the first West African nation to sign a fisheries deal with Japan."
    assert party_sets(text) == []


def test_a_state_in_the_outlets_credit_after_the_dateline_is_no_party():
    text = (
        "ACCRA, (WirePoint / Togo Daily News / GNA - 3rd May, 2024) The Ghanaian defence "
        "minister and the defence minister of Benin signed a memorandum on border patrols."
    )
    assert frozenset({"TGO", "BEN"}) not in party_sets(text)
    assert all("TGO" not in s for s in party_sets(text))


def test_a_bracket_of_states_opening_a_line_is_no_credit():
    text = "(Ghana and Togo) signed a customs accord on Thursday."
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


def test_a_later_join_with_no_object_joins_the_same_body():
    text = "Albania and Croatia became members of NATO in 2009, while Montenegro joined in 2017."
    got = {(frozenset(a.parties), a.signed) for a in extract("u", text, "2024-06-20").agreements}
    assert got == {
        (frozenset({"ALB", "NATO"}), "2009"),
        (frozenset({"HRV", "NATO"}), "2009"),
        (frozenset({"MNE", "NATO"}), "2017"),
    }


def test_a_leader_named_in_full_goes_by_the_family_name_later():
    text = (
        "Prime Minister Shehbaz Sharif arrived in Ankara on Monday. "
        "Erdogan and Sharif later signed a water agreement."
    )
    assert party_sets(text, "2024-06-20") == [frozenset({"TUR", "PAK"})]


def test_another_person_sharing_the_leaders_family_name_is_no_leader():
    text = (
        "Crown Prince Mohammed bin Salman met Egypt's president in Riyadh. "
        "Investment minister Ashraf Salman said Cairo and Kuwait signed a power deal."
    )
    assert frozenset({"EGY", "KWT", "SAU"}) not in party_sets(text, "2024-06-20")


def test_a_minister_named_in_full_does_not_make_the_family_name_a_party():
    text = (
        "National Security Advisor Jake Sullivan spoke on Tuesday. "
        "Russia quit the treaty, Sullivan said."
    )
    assert party_sets(text, "2023-11-07") == []


def test_onlookers_after_as_are_no_parties():
    text = "Ghana signed a power deal with Togo as Benin and Niger looked on."
    assert party_sets(text) == [frozenset({"GHA", "TGO"})]


@pytest.mark.parametrize("verb", ["watched", "applauded"])
def test_onlookers_told_by_a_verb_of_the_table_are_no_parties(verb):
    # agreement_words.tsv, kind onlooker_verb
    text = f"Zambia signed a rail deal with Malawi as Angola and Namibia {verb}."
    assert party_sets(text) == [frozenset({"ZMB", "MWI"})]


def test_a_membership_frozen_in_the_perfect_is_an_accession_suspended():
    text = "Armenia has frozen its membership of the CSTO."
    got = [(sorted(a.parties), a.status) for a in extract("u", text, "2024-06-20").agreements]
    assert got == [(["ARM", "CSTO"], "suspended")]


def test_frozen_funds_of_a_body_are_no_membership_step():
    assert party_sets("Armenia has frozen the CSTO funds.") == []


def test_states_in_a_clause_describing_a_party_are_no_parties():
    # agreement_words.tsv, kind describing_relative
    text = (
        "The Kenyan leader flew on to Kampala, where he signed a customs treaty with the East "
        "African country which, like Ghana, is seen as close to Nigeria's president."
    )
    assert party_sets(text) == [frozenset({"KEN", "UGA"})]


def test_a_relative_clause_after_the_partner_keeps_the_signers():
    text = "Kenya signed a customs treaty with Uganda, which counts Ghana among its neighbours."
    assert party_sets(text) == [frozenset({"KEN", "UGA"})]
