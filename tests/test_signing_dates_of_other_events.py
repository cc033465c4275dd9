"""Dates of other events inside a signing sentence: a date in an adverbial clause that a
conjunction of another time opens ("Since ... in 2014, X has signed ..."), and a date after a
verb of the future ("under the deal, X will send aid this year"), tell when that other event
happens, not when the agreement was signed. A report clause's own verb ("..., the agency
announced on Friday") is the report, not the signing. Sentences written for the tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.extract.reading import Cue, read
from blocwatch.extract.report_dates import day_of_report


def signed(text: str, published: str | None = None) -> list[tuple[list[str], str | None]]:
    return sorted((sorted(a.parties), a.signed) for a in extract("t", text, published).agreements)


def test_date_of_a_since_clause_dates_no_agreement():
    text = (
        "Since Western powers sanctioned Moscow for seizing Crimea in 2014, Russia has "
        "signed military cooperation agreements with Ethiopia and Zimbabwe."
    )
    assert signed(text) == [(["ETH", "RUS"], None), (["RUS", "ZWE"], None)]


def test_date_of_a_before_clause_dates_no_agreement():
    text = (
        "Long before the war between the two neighbours broke out in 1998, Kenya had "
        "signed a trade pact with Uganda."
    )
    assert signed(text) == [(["KEN", "UGA"], None)]


def test_date_of_the_signing_clause_stays_beside_a_since_clause():
    text = "Since the border talks resumed, Kenya and Uganda signed a trade pact in March 2019."
    assert signed(text) == [(["KEN", "UGA"], "2019-03")]


def test_date_in_the_signing_clause_itself_stays():
    text = "Russia signed a defence pact with Mali in 2019, before sanctions on its army."
    assert signed(text) == [(["MLI", "RUS"], "2019")]


def test_date_after_a_verb_of_the_future_dates_no_agreement():
    text = (
        "Under the newly signed accord with Ukraine, Estonia will deliver drones worth "
        "EUR 50 million this year."
    )
    assert signed(text, "2024-04-15") == [(["EST", "UKR"], None)]


def test_date_after_a_later_signing_word_still_dates_it():
    text = "Estonia, which will host the summit, signed an accord with Ukraine in March 2024."
    assert signed(text, "2024-04-15") == [(["EST", "UKR"], "2024-03")]


def test_reporting_verb_read_as_signing_cue_is_still_the_report():
    text = "Chile and Peru have signed a power deal, the ministry announced on Friday."
    reading = read("t", text, "2024-05-20")
    view = reading.sentences[0]
    words = reading.lowers(view.tok, view.tok_end)
    at = words.index("signed") + view.tok
    said = words.index("announced") + view.tok

    def cue(i: int) -> Cue:
        t = reading.doc[i]
        return Cue("agreement_verbs", "signed", t.idx, t.idx + len(t.text), i, i + 1, t.text)

    assert day_of_report(reading, view, [cue(at), cue(said)])
    assert day_of_report(reading, view, [cue(at)])


def test_signing_during_a_meeting_takes_the_day_a_nearby_sentence_gives_the_meeting():
    text = (
        "Kenya and Uganda signed a trade pact during a meeting between their presidents. "
        "The two presidents met in Kampala on 15 January for their first talks."
    )
    assert signed(text, "2023-01-16") == [(["KEN", "UGA"], "2023-01-15")]


def test_signing_after_talks_takes_the_day_of_the_talks_told_before():
    text = (
        "On the afternoon of 14 April, the presidents of Kenya and Uganda held talks in "
        "Nairobi. After the talks, Kenya and Uganda signed a trade pact."
    )
    assert signed(text, "2023-04-15") == [(["KEN", "UGA"], "2023-04-14")]


def test_a_visit_spans_days_and_dates_no_signing():
    text = (
        "Kenya and Uganda signed a trade pact during the state visit of the Ugandan "
        "president. He arrived in Nairobi for talks on 15 January."
    )
    assert signed(text, "2023-01-18") == [(["KEN", "UGA"], None)]


def test_a_meeting_told_with_two_days_dates_no_signing():
    text = (
        "Kenya and Uganda signed a trade pact during a meeting of their ministers. The "
        "ministers met on 15 January and again on 17 January."
    )
    assert signed(text, "2023-01-18") == [(["KEN", "UGA"], None)]


def test_a_signing_day_of_its_own_wins_over_the_meeting():
    text = (
        "Kenya and Uganda signed a trade pact on 16 January during a meeting of their "
        "ministers. The ministers met on 15 January."
    )
    assert signed(text, "2023-01-18") == [(["KEN", "UGA"], "2023-01-16")]
