"""A signing dated years before the text's own, told by a noun phrase of its own, is an older
agreement, not the date of the undated one the text signs in its news (issue 10, round 15;
agreement_merge.py, _older_than_the_news). An extension of a named treaty signed long ago
stays that treaty. Each sentence is written for its test."""

from __future__ import annotations

from blocwatch.extract import extract


def records(text: str, published: str = "2022-05-12") -> list[tuple[str, str | None]]:
    found = extract("older", text, published, min_confidence=0).agreements
    return sorted((("+".join(sorted(a.parties)), a.signed) for a in found), key=str)


def test_the_current_agreement_dated_decades_ago_is_not_the_new_treaty():
    text = (
        "Armenia's parliament ratified the defence cooperation agreement with Russia on "
        "Tuesday. The document was signed in Yerevan on March 3, 2021. The current defence "
        "cooperation agreement between the countries, concluded on May 5, 1996, will lapse "
        "once the new treaty is in force."
    )
    assert records(text) == [("ARM+RUS", "1996-05-05"), ("ARM+RUS", "2021-03-03")]


def test_a_swap_deal_inked_years_ago_is_not_the_one_renewed_now():
    text = (
        "China renewed a currency swap agreement with Brazil on Monday. The agreement runs "
        "for three years. Chinese and Brazilian central banks inked a 50-billion-yuan "
        "currency swap deal in March 2015."
    )
    found = records(text)
    assert ("BRA+CHN", "2015-03") in found
    assert len(found) == 2


def test_an_extended_treaty_named_with_its_old_date_stays_one_treaty():
    text = (
        "Russia and the United States agreed to extend the arms control treaty on Tuesday. "
        "The Strategic Arms Treaty, signed in 2011, caps the warheads both can deploy."
    )
    assert len(records(text)) == 1


def test_a_pact_of_its_own_noun_is_not_the_old_treaty_told_in_the_background():
    text = (
        "The leaders of Japan and South Korea built on the 1965 treaty that normalised their "
        "relations. They agreed to fully restore their military intelligence-sharing pact, "
        "which Seoul had scrapped in 2019."
    )
    found = records(text)
    assert ("JPN+KOR", "1965") in found
    assert len(found) == 2


def test_a_signing_of_last_year_may_still_be_the_news_own():
    text = (
        "Vietnam and India signed a defence logistics agreement on Monday. The two "
        "countries signed a maritime security agreement in August 2021."
    )
    assert records(text) == [("IND+VNM", "2021-08"), ("IND+VNM", "2022-05-09")]
