"""Figures whose pair or metric the sentence leaves to the article: the main pair for a
sentence that names nobody, "trade between the two countries" as the topic of the next
figure; and heads that read as aid only in their financial sense."""

from __future__ import annotations

from blocwatch.extract import extract


def facts(text: str, published: str | None = "2025-03-10") -> set[tuple]:
    return {
        (frozenset(m.actors), m.metric, round(m.value, 2))
        for m in extract("k", text, published).measures
    }


def test_a_sentence_naming_nobody_takes_the_articles_pair_for_two_way_trade():
    text = (
        "Chile and South Korea renewed their free trade agreement in Seoul on Monday. "
        "South Korea is Chile's third largest market. "
        "Two-way trade came to $11.2 billion last year."
    )
    assert facts(text) == {(frozenset({"CHL", "KOR"}), "bilateral_trade", 11.2e9)}


def test_world_trade_is_no_pair_figure():
    text = (
        "Chile and South Korea renewed their free trade agreement in Seoul on Monday. "
        "South Korea is Chile's third largest market. "
        "Global trade came to $33 trillion last year."
    )
    assert facts(text) == set()


def test_trade_between_the_two_countries_sets_the_metric_of_a_pronoun_figure():
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. "
        "Trade between the two countries has doubled in five years. "
        "It stood at $1.3 billion in 2023."
    )
    assert facts(text) == {(frozenset({"KEN", "TZA"}), "bilateral_trade", 1.3e9)}


def test_a_sentence_naming_nobody_gives_no_one_way_flow():
    text = (
        "Chile and South Korea renewed their free trade agreement in Seoul on Monday. "
        "South Korea is Chile's third largest market. "
        "Copper exports reached $9 billion last year."
    )
    assert facts(text) == set()


def test_a_factory_worth_an_amount_is_no_aid():
    text = (
        "Thailand and China opened a joint industrial park near Bangkok. Chinese carmakers "
        "have moved production to Thailand. The new facility is worth $300 million."
    )
    assert facts(text) == set()


def test_a_currency_swap_and_a_loan_tranche_are_aid():
    found = facts(
        "Bangladesh received the second tranche of $500 million from India, after India "
        "had opened a $200 million currency swap for Bangladesh."
    )
    assert found == {
        (frozenset({"BGD", "IND"}), "aid_value", 5e8),
        (frozenset({"BGD", "IND"}), "aid_value", 2e8),
    }
