"""Agreement reading on the ways outlets tell signings, upgrades and their dates (each
sentence written for its test; none copied from the dev sets)."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.extract.dates import find_dates
from blocwatch.model import Agreement

# A Thursday.
PUBLISHED = "2024-06-20"


def agreements(text: str, published: str | None = PUBLISHED) -> list[Agreement]:
    return extract("o", text, published).agreements


def signed(text: str, published: str | None = PUBLISHED) -> list[tuple[list[str], str | None]]:
    return [(sorted(a.parties), a.signed) for a in agreements(text, published)]


# --- the day the news came is not the day of the signing -----------------------------------


def test_the_signing_clause_keeps_its_own_day_after_a_reporting_verb():
    text = "Ghana and Togo said on Monday that they had signed a fisheries deal on June 3."
    assert signed(text) == [(["GHA", "TGO"], "2024-06-03")]


def test_a_relative_clause_on_the_partner_dates_the_signing():
    text = (
        "Ghana's ministry on Tuesday announced the accord with Togo, which the two "
        "governments signed in Lome on Friday."
    )
    assert signed(text) == [(["GHA", "TGO"], "2024-06-14")]


# --- weeks -----------------------------------------------------------------------------------


def test_last_week_is_the_month_it_lies_in():
    assert [d.value for d in find_dates("It was signed last week.", 0, 24, PUBLISHED)] == [
        "2024-06"
    ]


def test_a_week_across_two_months_gives_no_month():
    # published on Tuesday 4 June 2024: last week ran from 27 May to 2 June, this week from
    # 3 June, so only "this week" has a month
    text = "signed last week; ratified earlier this week"
    assert [d.value for d in find_dates(text, 0, len(text), "2024-06-04")] == ["2024-06"]


def test_a_pact_signed_last_week_takes_the_month():
    text = (
        "The pact, signed last week by the foreign ministers of Ghana and Togo, opens the border."
    )
    assert signed(text) == [(["GHA", "TGO"], "2024-06")]


def test_a_week_without_a_day_precise_publication_date_stays_unknown():
    assert find_dates("signed last week", 0, 16, "2024-06") == []


# --- states named in what followed -----------------------------------------------------------


def test_states_in_a_consequence_clause_are_no_parties():
    text = (
        "Ghana upgraded its relationship with Togo to a strategic partnership in May, "
        "putting Lome on a par with Nigeria and Benin."
    )
    assert [sorted(a.parties) for a in agreements(text)] == [["GHA", "TGO"]]


def test_a_listing_participle_keeps_its_states():
    text = "The pact was signed on Monday by six states, including Ghana, Togo and Benin."
    assert [sorted(a.parties) for a in agreements(text)] == [["BEN", "GHA", "TGO"]]


# --- datelines and spans of time -------------------------------------------------------------


def test_a_dateline_with_a_bare_agency_acronym_dates_no_signing():
    text = (
        "Lome, June 20, GNA – Ghana and Togo have signed a memorandum on border patrols.\n"
        "The memorandum was signed in Lome on Tuesday."
    )
    assert signed(text) == [(["GHA", "TGO"], "2024-06-18")]


def test_a_date_before_a_span_of_time_is_of_the_later_event():
    text = "Tuesday's deal comes two months after Ghana and Togo signed an accord on fishing."
    assert signed(text) == [(["GHA", "TGO"], None)]


# --- plans taken up later ---------------------------------------------------------------------


def test_a_signing_that_will_take_place_is_a_plan():
    text = (
        "Ghana's defence minister will lead a delegation to Lome to sign a memorandum with "
        "Togo on naval training. The signing of the memorandum will take place on Saturday."
    )
    assert agreements(text, None) == []


def test_the_planned_memorandum_taken_up_by_what_it_will_do_stays_a_plan():
    text = (
        "Ghana's defence minister will travel to Lome to sign a memorandum with Togo. "
        "The memorandum will strengthen cooperation in naval training."
    )
    assert agreements(text, None) == []


def test_a_signing_that_took_place_is_no_plan():
    text = (
        "Ghana and Togo signed a memorandum on naval training. The signing of the memorandum "
        "took place on Saturday in Lome."
    )
    assert signed(text) == [(["GHA", "TGO"], "2024-06-15")]


def test_an_acronym_of_a_hypothetical_deal_is_that_deal():
    text = (
        "An economist said that if the two will finalise a free trade agreement, exports would "
        'double. "The FTA with Togo will be good for Ghana," he said.'
    )
    assert agreements(text, None) == []


# --- frameworks, mutual aid, comparisons -----------------------------------------------------


def test_a_signed_defence_framework_is_an_agreement():
    text = "Ghana and Togo on Monday signed a defence framework for joint patrols."
    assert signed(text) == [(["GHA", "TGO"], "2024-06-17")]


def test_the_framework_of_another_accord_is_no_agreement():
    text = "Ghana and Togo signed a fisheries deal under the framework of their 2015 accord."
    assert len(agreements(text)) == 2  # the deal and the 2015 accord, no framework besides


def test_a_pledge_of_mutual_aid_in_the_event_of_invasion_is_a_defence_clause():
    text = "Ghana and Togo signed a treaty on Monday pledging mutual aid in the event of invasion."
    assert [a.defense for a in agreements(text)] == [True]


def test_a_negated_comparison_does_not_deny_the_clause_of_what_is_compared():
    text = (
        "The deals Ghana signed with Benin were not as substantial as the treaty Ghana signed "
        "with Togo, which pledges mutual aid in the event of invasion."
    )
    found = {frozenset(a.parties): a.defense for a in agreements(text)}
    assert found.get(frozenset({"GHA", "TGO"})) is True
    assert found.get(frozenset({"GHA", "BEN"})) is not False


def test_the_day_of_an_arrival_does_not_date_a_signing_where_it_came_from():
    text = (
        "The Ghanaian president arrived in Accra on Thursday from Togo, where he and the "
        "Togolese leader signed a border treaty."
    )
    assert signed(text) == [(["GHA", "TGO"], None)]


# --- one signing verb, one date ---------------------------------------------------------------


def test_a_date_in_the_brackets_of_a_long_dateline_is_the_filing_day():
    text = (
        "ACCRA (Ghana News Agency / Sputnik - 21st June, 2024) Ghana's foreign minister and "
        "Togo's defence minister spoke of their long partnership before signing a new "
        "defence cooperation agreement at a ceremony in Accra.\n"
        "The agreement was signed on Wednesday."
    )
    assert signed(text, "2024-06-21") == [(["GHA", "TGO"], "2024-06-19")]


# --- accessions told in a row ------------------------------------------------------------------


def test_states_that_followed_join_the_same_body_with_their_own_years():
    text = (
        "ASEAN has grown since then. Brunei joined the bloc in 1984, followed by Vietnam in "
        "1995 and Laos in 1997."
    )
    joined = {a.parties[0]: a.signed for a in agreements(text) if a.kind == "accession"}
    assert joined == {"BRN": "1984", "VNM": "1995", "LAO": "1997"}


def test_a_state_that_followed_later_joins_at_its_own_date():
    text = "Finland joined NATO in April 2023 and Sweden followed in March 2024."
    assert sorted((a.parties, a.signed) for a in agreements(text)) == [
        (["FIN", "NATO"], "2023-04"),
        (["SWE", "NATO"], "2024-03"),
    ]


def test_joined_without_an_object_takes_the_body_the_text_names():
    text = "Montenegro became NATO's 29th member in 2017. Albania had joined in 2009."
    assert sorted((a.parties, a.signed) for a in agreements(text)) == [
        (["ALB", "NATO"], "2009"),
        (["MNE", "NATO"], "2017"),
    ]


def test_joined_in_an_activity_is_no_accession():
    text = "Montenegro became NATO's 29th member in 2017. Albania joined in the exercise."
    assert [a.parties for a in agreements(text)] == [["MNE", "NATO"]]


# --- ranks of partnership ------------------------------------------------------------------------


def test_a_headline_in_the_present_raises_a_partnership():
    text = "Ghana, Togo elevate ties to comprehensive strategic partnership"
    assert [sorted(a.parties) for a in agreements(text)] == [["GHA", "TGO"]]


def test_raise_ties_to_a_rank_in_a_headline():
    text = "Ghana and Togo raise ties to strategic partnership"
    assert [sorted(a.parties) for a in agreements(text)] == [["GHA", "TGO"]]


def test_a_headline_with_to_before_the_verb_is_a_plan():
    text = "Ghana, Togo to elevate ties to comprehensive strategic partnership"
    assert agreements(text) == []


def test_travelling_to_elevate_ties_is_a_plan():
    text = (
        "The Ghanaian president will travel to Lome on Friday to elevate ties with Togo to a "
        "strategic partnership."
    )
    assert agreements(text) == []


def test_agreed_to_elevate_ties_is_the_step_taken():
    text = "Ghana and Togo agreed to elevate ties to a strategic partnership on Tuesday."
    assert signed(text) == [(["GHA", "TGO"], "2024-06-18")]


# --- one more deal after a comma, domestic instruments, ", becoming a member" --------------------


def test_a_separate_deal_after_comma_and_shares_the_signing_verb():
    text = (
        "Ghana signed a security pact with Togo on Monday, and a separate deal with Benin on "
        "Tuesday."
    )
    assert sorted(signed(text)) == [(["BEN", "GHA"], "2024-06-18"), (["GHA", "TGO"], "2024-06-17")]


def test_a_presidential_memorandum_binds_no_other_state():
    text = (
        "Ghana's president signed a presidential memorandum on Monday ordering a review of "
        "trade with Togo."
    )
    assert agreements(text) == []


def test_becoming_a_member_after_a_comma_is_the_accession():
    text = (
        "Montenegro deposited its accession papers in Washington on Monday, formally becoming "
        "NATO's 29th member."
    )
    assert [(a.parties, a.signed) for a in agreements(text, "2017-06-06")] == [
        (["MNE", "NATO"], "2017-06-05")
    ]


def test_aiming_at_becoming_a_member_is_no_accession():
    text = "Georgia has long aimed at becoming a member of NATO."
    assert agreements(text) == []


# --- agreements held, second agreements, earlier ranks told in an aside -----------------------


def test_already_having_a_pact_then_signing_a_second_agreement_is_two():
    text = (
        "Ghana and Togo, which already have a defence pact, signed a second agreement on "
        "border security on Friday."
    )
    assert sorted(str(a.signed) for a in agreements(text)) == ["2024-06-14", "None"]


def test_an_earlier_rank_told_in_an_aside_keeps_its_own_year():
    text = (
        "Ghana and Togo upgraded their strategic partnership, established in 2018, to a "
        "comprehensive strategic partnership on Thursday."
    )
    assert sorted(a.signed for a in agreements(text)) == ["2018", "2024-06-20"]


def test_a_pact_signed_a_decade_ago_keeps_its_participle():
    text = (
        "The border pact, signed a decade ago, and the newer fisheries deal both bind Ghana "
        "and Togo."
    )
    assert all(a.signed is None for a in agreements(text))


# --- more shapes of dates ------------------------------------------------------------------------


def values(text: str, published: str | None = PUBLISHED) -> list[str]:
    return [d.value for d in find_dates(text, 0, len(text), published)]


def test_the_day_of_the_month_with_of():
    assert values("signed on the 3rd of June") == ["2024-06-03"]


def test_days_ago_count_back_from_publication():
    assert values("signed four days ago") == ["2024-06-16"]


def test_weeks_ago_give_the_month_when_the_week_lies_in_one():
    assert values("signed two weeks ago") == ["2024-06"]
    # published 2 July: two weeks back is 18 June, the days around it all in June
    assert values("signed two weeks ago", "2024-07-02") == ["2024-06"]
    # published 15 July: two weeks back is 1 July, the days around it span June and July
    assert values("signed two weeks ago", "2024-07-15") == []


def test_days_ago_need_a_day_precise_publication_date():
    assert values("signed four days ago", "2024-06") == []


# --- ceremonies and announcements ----------------------------------------------------------------


def test_a_ceremony_marking_an_accession_does_not_date_it():
    text = "A ceremony marking Sweden's entry into NATO took place in Brussels on Monday."
    assert [(a.parties, a.signed) for a in agreements(text)] == [(["SWE", "NATO"], None)]


def test_the_day_a_signed_deal_was_announced_is_not_its_signing_day():
    text = "Ghana and Togo announced the deal on Tuesday, weeks after signing it in Lome."
    assert signed(text) == [(["GHA", "TGO"], None)]


def test_a_deal_announced_on_a_day_with_no_other_signing_word_is_dated():
    text = "Ghana and Togo announced a fisheries deal on Tuesday."
    assert signed(text) == [(["GHA", "TGO"], "2024-06-18")]


# --- depositaries and "making X the Nth member" ------------------------------------------------


def test_a_state_that_acts_as_depositary_is_no_party():
    text = (
        "Togo ratified the charter and handed its instruments of ratification to Ghana, which "
        "acts as depositary."
    )
    assert all("GHA" not in a.parties for a in agreements(text))


def test_making_a_state_the_nth_member_is_its_accession():
    text = (
        "Sweden's instrument of accession was handed over in Washington on Thursday, making "
        "Sweden NATO's 32nd member."
    )
    assert [(a.parties, a.signed) for a in agreements(text, "2024-03-08")] == [
        (["SWE", "NATO"], "2024-03-07")
    ]


# --- a page's own date stamp ---------------------------------------------------------------------


def test_a_page_stamp_does_not_date_a_perfect():
    text = " date 2024-06-19 Loan agreements for two ports have been signed between Ghana and Togo."
    assert signed(text, "2024-06-19") == [(["GHA", "TGO"], None)]


def test_a_page_stamp_still_dates_a_headline_in_the_past():
    text = " date 2024-06-19 Memorandum on Togo's ECOWAS role signed by Ghana and Togo at summit"
    assert [a.signed for a in agreements(text, "2024-06-19")] == ["2024-06-19"]


def test_what_a_signing_will_bring_does_not_make_it_a_plan():
    text = (
        "Ghana and Togo signed a fisheries pact on Monday. The signing of the pact will boost "
        "trade along the coast."
    )
    assert signed(text) == [(["GHA", "TGO"], "2024-06-17")]


def test_the_day_of_a_meeting_where_a_pact_was_signed_dates_it():
    text = (
        "The Ghanaian president held talks with Togo's leader in Lome on Monday, where they "
        "signed a border treaty."
    )
    assert signed(text) == [(["GHA", "TGO"], "2024-06-17")]


def test_having_contracts_with_states_is_no_agreement():
    text = "Ghana's president said the country has arms contracts with Togo and Benin."
    assert agreements(text) == []
