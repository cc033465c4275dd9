"""A headline run into the lede without a break (extract/headlines.py): the break between
them is one shared test, found before a capitalised article or a dateline in capitals, so the
agreement or the figure the headline and the lede both tell is told once, while the same sum
twice in one sentence stays two figures. Each test is a sentence written for it, none copied
from an article."""

from __future__ import annotations

from extract_support import agreements, amounts, every_agreement


def test_the_break_between_a_headline_and_its_lede_is_one_shared_test():
    from blocwatch.extract.headlines import headline_break
    from blocwatch.extract.reading import read

    reading = read("h", "Chad and Niger sign border pact Envoys of both states met.", None)
    words = [t.text for t in reading.doc]
    at = words.index("Envoys")
    assert headline_break(reading, at, at + 1)
    assert not headline_break(reading, words.index("pact"), words.index("pact") + 1)


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


def test_a_headline_deal_run_into_the_lede_is_the_batch_the_lede_tells():
    text = (
        "Peru signs deal for 8 Italian trainer jets Peru has ordered eight Italian-built "
        "trainer jets, days after both governments concluded a series of deals covering pilot "
        "schooling, Italy's defence ministry said on Friday."
    )
    assert len(every_agreement(text)) == 1


def test_a_headline_run_into_the_lede_tells_its_figure_once():
    text = (
        "Poland unveils EUR 2 billion defence aid package for Latvia State radio reports "
        "Defence Minister Jan Nowak has unveiled another EUR 2 billion defence aid package "
        "for Latvia."
    )
    assert amounts(text) == [(("LVA", "POL"), "aid_value", 2e9)]


def test_a_headline_before_a_capitalised_article_tells_its_figure_once():
    text = (
        "Canada clears $1.4 billion arms sale to Peru The Canadian trade ministry has cleared "
        "a sale of patrol boats and rockets to Peru worth roughly $1.4 billion, officials said."
    )
    assert amounts(text) == [(("CAN", "PER"), "arms_value", 1.4e9)]


def test_the_same_sum_twice_in_one_sentence_without_a_break_is_two_figures():
    text = "Qatar handed Jordan $3bn as a deposit held by the Arab Bank and $3bn in oil supplies."
    assert amounts(text) == [(("JOR", "QAT"), "aid_value", 3e9)] * 2
