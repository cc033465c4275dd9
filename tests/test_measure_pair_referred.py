"""Which pair "bilateral trade" or "the two countries" points back to when the sentence
before names three states: the pair the article is about, not merely the last two named.
Sentences are written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract


def facts(text: str, published: str | None = "2024-05-20") -> set[tuple]:
    found = extract("p", text, published).measures
    return {(frozenset(m.actors), m.metric, round(m.value, 2)) for m in found}


ARTICLE = (
    "Trade between Brazil and Argentina fell to $28 billion in 2023, customs data showed."
    " Brazil and Argentina blamed a weaker peso. Brazil has also been buying more machinery"
    " from China that it used to import from Argentina."
)


def test_a_pair_referred_to_after_a_sentence_naming_three_states_is_the_articles_pair():
    found = facts(ARTICLE + " Bilateral trade had peaked at $39 billion in 2021.")
    assert (frozenset({"BRA", "ARG"}), "bilateral_trade", 3.9e10) in found
    assert not any("CHN" in actors for actors, _, _ in found)


def test_the_two_countries_after_a_sentence_naming_three_states_is_the_articles_pair():
    found = facts(ARTICLE + " Trade between the two countries stood at $35 billion in 2022.")
    assert (frozenset({"BRA", "ARG"}), "bilateral_trade", 3.5e10) in found


def test_a_sentence_naming_just_two_states_still_gives_its_own_pair():
    found = facts(
        "Trade between Brazil and Argentina fell to $28 billion in 2023, customs data showed."
        " Brazil and Argentina blamed a weaker peso. Meanwhile Chile and Peru signed a"
        " customs accord. Bilateral trade between the two countries reached $5 billion."
    )
    assert (frozenset({"CHL", "PER"}), "bilateral_trade", 5e9) in found


def test_total_trade_after_a_pairs_figures_is_that_pairs_two_way_total():
    found = facts(
        "In 2024, Chile-Peru trade stood at $6 billion, with Chilean exports at $4 billion."
        " Total trade had grown from $4.5 billion in 2021 to $5.2 billion in 2022."
    )
    assert (frozenset({"CHL", "PER"}), "bilateral_trade", 4.5e9) in found
    assert (frozenset({"CHL", "PER"}), "bilateral_trade", 5.2e9) in found


def test_total_exports_named_by_no_state_stay_wider_than_the_pair():
    found = facts(
        "In 2024, Chile-Peru trade stood at $6 billion. Total exports of copper ore reached"
        " $50 billion worldwide."
    )
    assert not any(value == 5e10 for _, _, value in found)
