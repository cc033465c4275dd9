"""The day an agreement was signed (issue 10): a date the signing verb or its gerund tells,
the day of the report or of the meeting the lead names when the signing tells none, the day
of an occasion shared by what was also signed there; and dates that date no signing: another
agreement's, a report's, a page stamp's, a byline's. Each test is a sentence written for it,
none copied from an article."""

from __future__ import annotations

from extract_support import agreements, every_agreement


def test_a_date_after_a_gerund_of_the_signing_dates_the_signing():
    text = (
        "The trade ministers of Chile and Peru signed a protocol on expanding mutual trade "
        "at a Jan. 5 meeting in Lima, reported the ministry on Jan. 8."
    )
    assert [a.signed for a in agreements(text, "2024-01-08")] == ["2024-01-05"]


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


def test_a_date_the_signing_verb_tells_overrides_the_day_of_the_report():
    text = (
        "Pakistan has signed an agreement with China on space exploration, state media "
        "reported on Monday. The agreement was signed in Beijing in June."
    )
    found = agreements(text)
    assert [(sorted(a.parties), a.signed) for a in found] == [(["CHN", "PAK"], "2024-06")]


def test_the_day_of_the_report_alone_still_dates_the_signing():
    text = "Kenya and Uganda have signed a defence pact, the ministry said on Tuesday."
    assert [a.signed for a in agreements(text)] == ["2024-06-18"]


def test_a_spoken_today_is_the_day_of_the_speech_the_lead_names():
    # published on Friday 21 June; the signing and the speech were on Thursday
    text = (
        "Ghana and Togo signed a border treaty in Accra on Thursday, officials said. "
        '"With the signing of this treaty today, our two nations open a new chapter," the '
        "Ghanaian president said at the ceremony."
    )
    found = every_agreement(text)
    assert [(sorted(a.parties), a.signed) for a in found] == [(["GHA", "TGO"], "2024-06-20")]


def test_an_agreement_also_signed_shares_the_day_of_the_occasion():
    text = (
        "Ghana and Togo signed a fisheries deal in Lome on Monday. The two presidents also "
        "signed an agreement setting up a joint trade commission."
    )
    found = every_agreement(text)
    assert len(found) == 2
    assert {a.signed for a in found} == {"2024-06-17"}


def test_two_signing_days_told_before_leave_a_later_signing_undated():
    text = (
        "Ghana and Togo signed a fisheries deal in Lome on Monday. Ghana and Togo signed a "
        "border treaty on Thursday. The two presidents also signed an agreement setting up a "
        "joint trade commission."
    )
    assert sorted((a.signed or "") for a in every_agreement(text)) == [
        "",
        "2024-06-17",
        "2024-06-20",
    ]


def test_a_signing_told_without_a_date_takes_the_day_of_the_meeting_in_the_lead():
    text = (
        "Ghana's president met his Togolese counterpart Faure Gnassingbe in Accra on Tuesday. "
        "The talks focused on border security and trade. Ghana and Togo signed five documents "
        "on fisheries, roads and energy."
    )
    found = every_agreement(text)
    assert found and {a.signed for a in found} == {"2024-06-18"}


def test_the_day_of_a_report_in_the_lead_dates_no_signing():
    text = (
        "Ghana's finance ministry on Thursday said it had extended a credit line to Togo. "
        "Ghana and Togo signed a loan agreement in Lome."
    )
    assert [a.signed for a in every_agreement(text)] == [None]


def test_a_page_stamp_after_the_headline_dates_no_signing():
    text = (
        "Ghana and Togo deepen ties 20 June 2024 Ghana and Togo have agreed to deepen trade "
        "ties. Ghana and Togo signed a loan agreement in Lome."
    )
    assert [a.signed for a in every_agreement(text)] == [None]


def test_a_signing_the_text_dates_itself_is_the_occasion_not_the_lead_meeting():
    text = (
        "Ghana's president met his Togolese counterpart in Accra on Tuesday. In 2019 the two "
        "countries signed a border treaty. Both also signed a fisheries agreement."
    )
    assert sorted((a.signed or "") for a in every_agreement(text)) == ["", "2019"]


def test_a_year_dated_signing_told_later_is_an_older_agreement_not_the_new_ones_date():
    text = (
        "Ghana and Togo have signed a new defence cooperation agreement. In 2017, the "
        "Ghanaian president visited Lome, signing a broad cooperation agreement with Togo."
    )
    assert sorted((a.signed or "") for a in every_agreement(text)) == ["", "2017"]


def test_the_new_agreement_dated_when_it_is_referred_back_to_keeps_its_date():
    text = "Ghana and Togo have signed a defence pact. The pact, signed in 2017, was ratified."
    assert [a.signed for a in every_agreement(text)] == ["2017"]


def test_a_bylines_bare_date_is_no_signing_day():
    text = (
        "By Ghana News Agency June 14, 2024 7:46 am ACCRA Ghana and Togo signed an agreement "
        "to strengthen defence ties, an official statement said."
    )
    assert [a.signed for a in every_agreement(text, "2024-06-14")] == [None]


def test_a_date_after_on_still_dates_the_signing():
    text = "Ghana and Togo signed a border agreement in Accra on 14 June 2024."
    assert [a.signed for a in every_agreement(text, "2024-06-14")] == ["2024-06-14"]
