"""Agreement reading on the kinds of wording real outlets use (datelines, deals with firms,
dates of other steps in the signing sentence), each test a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-05-05") -> list[Agreement]:
    return extract("n", text, published).agreements


def party_sets(text: str, published: str | None = "2024-05-05") -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in agreements(text, published)}


def test_a_firm_owned_by_a_state_is_the_partner_not_the_state():
    text = (
        "Chile's navy signed a $2 billion contract with Brazil's Embraer Defesa on Friday "
        "for six patrol aircraft."
    )
    assert party_sets(text) == set()


def test_a_title_after_the_possessive_keeps_the_state_as_partner():
    text = "Chile signed a fisheries agreement with Peru's President Boluarte on Friday."
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_title_case_dateline_with_day_before_month_names_no_party():
    text = "Lima, 3 May -- Chile and Bolivia signed a water-sharing agreement on Friday."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_a_dateline_with_its_country_in_square_brackets_names_no_party():
    text = "Lima [Peru], May 3 (ANI): Chile and Bolivia on Friday signed a border pact here."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def signed_dates(text: str, published: str | None = "2024-05-05") -> list[str | None]:
    return [a.signed for a in agreements(text, published)]


def test_the_day_a_deal_was_announced_does_not_date_its_signing():
    text = "Chile announced on Friday that it had signed a fisheries pact with Peru in March."
    assert signed_dates(text) == ["2024-03"]


def test_the_day_of_entry_into_force_in_a_relative_clause_does_not_date_the_signing():
    text = (
        "The water agreement, which took effect on Monday, was signed by Chile and Bolivia in 2019."
    )
    assert signed_dates(text) == ["2019"]


def test_in_force_since_tells_no_signing_date():
    text = (
        "The Chile-Peru border treaty, in force since January 2022, was signed in Lima in "
        "October 2021."
    )
    assert signed_dates(text) == ["2021-10"]


def test_a_date_of_a_conjoined_verb_with_no_subject_of_its_own_dates_the_signing():
    text = "Chile and Peru met in Lima on Tuesday and signed a fisheries pact."
    assert signed_dates(text) == ["2024-04-30"]


def test_a_firm_owned_by_a_state_that_signs_is_no_state_party():
    text = "Chile's Andes Copper Holdings inked an agreement with Peru on Friday for a smelter."
    assert party_sets(text) == set()


def test_a_firm_owned_by_a_state_with_a_hyphenated_modifier_is_the_partner():
    text = "Chile signed a supply agreement with Peru's state-owned Petroperu on Friday."
    assert party_sets(text) == set()


def test_a_contract_a_firm_receives_is_no_agreement_between_states():
    text = (
        "The Chilean shipbuilding company received the Peruvian navy's contract to build "
        "four patrol boats for Bolivia."
    )
    assert party_sets(text) == set()


def test_the_brokers_of_a_deal_are_not_its_parties():
    text = "Chile and Bolivia signed a water-sharing deal on Friday, brokered by Peru and Brazil."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_brokers_after_mediation_of_are_not_parties():
    text = "With the mediation of Peru, Chile and Bolivia signed a water-sharing deal on Friday."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_a_partnership_an_official_looks_forward_to_is_no_agreement():
    text = (
        "Chile is looking forward to a much deeper defence partnership with Peru under its "
        "new government, an official said."
    )
    assert party_sets(text) == set()


def test_a_capital_in_a_dated_agreement_name_is_no_party():
    text = "Chile and Bolivia still cite the 2010 Lima Declaration on water as their guide."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_a_capital_before_capitalised_name_words_is_no_party():
    text = "Chile and Bolivia signed the Lima Water Sharing Agreement in 2010."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_agreeing_to_restore_diplomatic_relations_is_an_agreement():
    text = "Chile and Bolivia agreed on Friday to restore full diplomatic relations."
    assert [(sorted(a.parties), a.signed) for a in agreements(text)] == [
        (["BOL", "CHL"], "2024-05-03")
    ]


def test_relations_alone_are_no_agreement():
    text = (
        "Chile and Bolivia established diplomatic relations in 1990 and cut diplomatic ties "
        "in 1998; they agreed to resume talks on Friday."
    )
    assert party_sets(text) == set()


def test_restored_relations_are_not_merged_with_a_treaty_named_after():
    text = (
        "Chile and Bolivia agreed to resume diplomatic relations. The two countries also "
        "agreed to implement the border treaty they signed in 1904."
    )
    assert sorted(a.signed or "" for a in agreements(text)) == ["", "1904"]


def test_what_a_dated_joint_statement_reports_takes_its_date():
    text = (
        "On 10 March 2024, Chile, Bolivia and Peru issued a joint statement in Lima. "
        "According to the statement, Chile and Bolivia agreed to restore diplomatic "
        "relations within two months."
    )
    dated = {frozenset(a.parties): a.signed for a in agreements(text)}
    assert dated[frozenset({"CHL", "BOL"})] == "2024-03-10"


def test_partners_named_after_a_count_of_more_than_n_countries():
    text = (
        "Ukraine has signed security agreements with more than 20 countries, including "
        "Chile and Peru."
    )
    assert party_sets(text) == {frozenset({"UKR", "CHL"}), frozenset({"UKR", "PER"})}


def test_the_latest_country_to_sign_has_signed():
    text = "Chile on Friday became the latest country to sign a security agreement with Ukraine."
    assert party_sets(text) == {frozenset({"CHL", "UKR"})}


def test_will_be_the_first_to_sign_stays_a_plan():
    text = "Chile will be the first country to sign a security agreement with Ukraine."
    assert party_sets(text) == set()


def test_a_hyphenated_surname_before_the_verb_is_no_party_prefix():
    text = (
        "Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister "
        "Javier Gonzalez-Olaechea signed the memorandum in Lima."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_pact_announced_today_and_signed_earlier_takes_the_signing_date():
    text = "Chile and Peru on Wednesday announced a border pact they had signed in secret in March."
    assert signed_dates(text, "2024-12-06") == ["2024-03"]


def test_spelled_out_years_ago_date_a_signing():
    text = "Chile and Peru signed the fisheries treaty three years ago."
    assert signed_dates(text, "2024-12-06") == ["2021"]


def test_both_sides_after_a_headed_pair_means_that_pair():
    text = (
        "Chile-Bolivia: The accord was signed in May 2019 and covers water.\n"
        "Chile-Peru: The deal was signed in August 2019, with both sides pledging to share data."
    )
    assert {frozenset(a.parties): a.signed for a in agreements(text)} == {
        frozenset({"CHL", "BOL"}): "2019-05",
        frozenset({"CHL", "PER"}): "2019-08",
    }


def test_a_with_clause_after_a_comma_names_no_partners():
    text = (
        "On 14 January, Chile and Peru signed a fisheries charter, with Bolivia and Brazil "
        "due to sign a similar document next month."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_soon_to_be_signed_deal_is_a_plan():
    text = "Chile and Peru: a soon-to-be-inked deal covers trade and energy."
    assert party_sets(text) == set()


def test_treaty_allies_with_no_list_name_no_agreement():
    text = (
        "Brazil has been courting treaty allies in South America to counter Argentina, "
        "and Chile is its oldest treaty ally."
    )
    assert party_sets(text) == set()


def test_partners_after_following_are_context_not_parties():
    text = (
        "Peru is the third country with which Chile has signed such a pact, following "
        "Bolivia and Ecuador."
    )
    assert party_sets(text) == {frozenset({"PER", "CHL"})}


def test_the_two_allies_of_a_named_patron_are_the_pair_told_before():
    text = (
        "Chile and Peru on Monday signed a maritime access agreement. "
        "The two U.S. allies signed the deal shortly after their ministers met in Lima."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_quoted_name_refers_back_to_the_agreement_told_before():
    text = (
        'Chile and Peru signed the "Maritime Access Agreement" in Lima on Monday. '
        'After the "Maritime Access Agreement" comes into effect, Chile will join drills '
        "held by Brazil and Peru."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_signing_noun_takes_the_date_of_its_own_verb_not_a_nearer_clause():
    text = (
        "Talks had begun in March, and the signing of the pact between Chile and Peru "
        "followed on Monday."
    )
    assert signed_dates(text) == ["2024-04-29"]


def test_an_upper_case_dateline_with_its_region_and_no_dash_names_no_party():
    text = (
        "LIMA, Peru Chile and Bolivia on Sunday marked the anniversary of their 1904 border treaty."
    )
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_an_all_caps_headline_is_no_dateline():
    from blocwatch.extract.reading import read

    reading = read("n", "NATO, EU AGREE TO HOLD JOINT DRILLS\nThe talks went on.", "2024-05-05")
    assert reading.datelines == []


def test_two_names_sharing_their_own_word_are_one_agreement():
    text = (
        "Chile and Bolivia marked the anniversary of the Treaty of Amity they signed in 1904. "
        "The Amity Pact commits both countries to settle disputes peacefully."
    )
    assert len(agreements(text)) == 1


def test_two_names_of_different_kinds_with_no_word_in_common_stay_apart():
    text = (
        "Chile and Bolivia signed the Declaration on Water Sharing in 2019, years after the "
        "Treaty of Amity of 1904."
    )
    assert len(agreements(text)) == 2


def test_a_relative_date_right_after_a_listed_partner_dates_its_agreement():
    text = "Chile had signed similar pacts with Peru in 2022, and Bolivia last year."
    dated = {frozenset(a.parties): a.signed for a in agreements(text)}
    assert dated == {frozenset({"CHL", "PER"}): "2022", frozenset({"CHL", "BOL"}): "2023"}


def test_a_date_of_entry_into_force_does_not_date_a_signing_told_by_a_pronoun():
    text = (
        "A border pact between Chile and Peru came into force on Wednesday, nearly six "
        "months after it was signed."
    )
    assert signed_dates(text, "2024-12-06") == [None]


def test_a_reported_date_stays_when_the_parse_leaves_the_signing_none():
    text = "Chile and Peru signed a border pact, the foreign ministry said on Wednesday."
    assert signed_dates(text, "2024-12-06") == ["2024-12-04"]


def test_the_day_in_a_dateline_does_not_date_a_signing_told_later():
    text = "Lima, 5 May -- Chile and Bolivia signed an agreement on gas supplies on Friday."
    assert signed_dates(text) == ["2024-05-03"]


def test_a_when_clause_on_the_date_dates_the_signing_it_tells():
    text = (
        "Chile and Peru revived their old defence commitment in March, when they signed a "
        "partnership treaty."
    )
    assert signed_dates(text) == ["2024-03"]
