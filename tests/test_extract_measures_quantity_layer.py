"""The quantity layer for figures on unseen news: an amount restated in brackets in another
currency, decimal commas, figures given twice, rounded, and the other shapes outlets use.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.extract.measure_filters import opens_bracket


def facts(text: str, published: str | None = "2024-05-20") -> set[tuple]:
    found = extract("q", text, published).measures
    return {(frozenset(m.actors), m.metric, round(m.value, 2), m.unit) for m in found}


@pytest.mark.parametrize(
    "gap",
    [" (", " (about ", " (approx ", " (approx. ", " (JPY) (approximately ", " (equivalent to USD "],
)
def test_a_bracket_that_restates_the_amount_before_it(gap):
    assert opens_bracket(gap)


@pytest.mark.parametrize("gap", [" (The ", " and ", ", while "])
def test_other_gaps_open_no_restatement(gap):
    assert not opens_bracket(gap)


def test_an_approximate_amount_in_brackets_is_the_same_loan_again():
    found = facts(
        "Nepal signed a loan agreement with China for RMB 3 billion (approx Rs 55.2 billion)"
        " to rebuild roads."
    )
    assert found == {(frozenset({"NPL", "CHN"}), "aid_value", 3e9, "CNY")}


def test_a_bracketed_currency_code_before_the_dollar_equivalent():
    found = facts(
        "Under the new package, Japan will lend Vietnam 92,400 million Japanese Yen (JPY)"
        " (approximately $640 million) for two metro lines."
    )
    assert found == {(frozenset({"JPN", "VNM"}), "aid_value", 92.4e9, "JPY")}


def test_an_equivalent_in_brackets_restates_a_loan_given_first_in_dollars():
    found = facts(
        "Japan and Laos signed a loan agreement of USD 150 million for power lines. Japan will"
        " provide Laos 21 billion yen (equivalent to USD $150 million) as a development loan."
    )
    assert found == {(frozenset({"JPN", "LAO"}), "aid_value", 1.5e8, "USD")}


def test_money_a_state_provides_with_no_noun_of_its_own_is_aid():
    found = facts(
        "Korea and Ghana signed a transport pact. Earlier, Korea has provided Ghana 4,200"
        " million won for port studies."
    )
    assert found == {(frozenset({"KOR", "GHA"}), "aid_value", 4.2e9, "KRW")}


def test_a_noun_of_its_own_still_decides_after_a_verb_of_handing_over():
    found = facts("Norway provided Jordan $90 million in investment for solar plants.")
    assert found == {(frozenset({"NOR", "JOR"}), "other", 9e7, "USD")}


def test_a_state_that_only_places_a_receiver_is_no_side():
    found = facts(
        "The minister said Canada will give $40 million to the Ghana-led stabilisation"
        " mission in Mali."
    )
    assert found == set()


def test_a_decimal_comma_before_a_scale():
    from blocwatch.extract.quantities import find_quantities

    [q] = find_quantities("exports grew to $84,6 million")
    assert q.value == pytest.approx(84.6e6)
    assert [q.value for q in find_quantities("some 1,250 troops")] == [1250]


def periods(text: str, published: str | None = "2019-04-02") -> set[tuple]:
    found = extract("q", text, published).measures
    return {(m.metric, round(m.value, 2), m.period) for m in found}


def test_a_month_compared_with_is_the_base_not_the_period():
    found = periods(
        "The turnover between Chile and Peru in February 2019 rose 40 percent if to compare"
        " with February 2018 and reached $412.5 million."
    )
    assert found == {("bilateral_trade", 412.5e6, "2019-02")}


def test_a_figure_rounded_in_the_lead_and_exact_in_the_quote_is_one_figure():
    found = periods(
        "Trade between Chile and Peru grew in February 2019 and exceeded $412 million,"
        ' officials said. "Trade between Chile and Peru in February 2019 reached $412.5'
        ' million," the ministry said.'
    )
    assert found == {("bilateral_trade", 412.5e6, "2019-02")}


def test_flows_just_after_a_dated_total_share_its_month():
    found = periods(
        "Trade between Chile and Peru in February 2019 reached $412.5 million. The ministry"
        " added that Chile's exports to Peru rose to $250 million, while the exports of the"
        " Andean country rose to $162.5 million."
    )
    assert ("other", 250e6, "2019-02") in found
    assert ("other", 162.5e6, "2019-02") in found


def test_an_earlier_year_compared_with_does_not_date_the_next_flow():
    found = periods(
        "Chile's exports to Peru hit $2.1 billion in 2018. Back in 2015, Chile exported"
        " $1.7 billion to Peru. Imports from Peru were $0.9 billion.",
        published=None,
    )
    assert ("other", 0.9e9, "2015") not in found


def test_a_dotted_abbreviation_between_a_count_and_its_noun():
    found = facts("Britain said it has sent about 600 U.K. paratroopers to Estonia.")
    assert found == {(frozenset({"GBR", "EST"}), "troops", 600, "troops")}


def test_a_state_that_reports_a_count_and_qualifies_its_noun_is_its_sender():
    found = facts("Washington said it had deployed 350 US airmen to Poland this spring.")
    assert found == {(frozenset({"USA", "POL"}), "troops", 350, "troops")}


@pytest.mark.parametrize(
    "span",
    [
        "in January - August of this year",
        "during eight months of 2019",
        "in the first three quarters of this year",
        "in the first seven months of the year",
    ],
)
def test_a_part_of_a_year_leaves_the_period_open(span):
    found = periods(f"Trade between Chile and Peru {span} rose to $3.6 billion.")
    assert found == {("bilateral_trade", 3.6e9, None)}


def test_a_flow_that_names_a_span_of_its_own_does_not_take_the_month_before():
    found = periods(
        "In March alone, Chile exported goods worth $310 million to Peru. Peru's exports to"
        " Chile grew during the period to $205 million."
    )
    assert ("other", 205e6, "2019-03") not in found


def test_a_state_named_twice_is_one_side_of_a_count():
    found = facts(
        "Egypt has signed a contract to buy 12 frigates from Italy, Cairo's defence ministry"
        " said on Monday."
    )
    assert found == {(frozenset({"EGY", "ITA"}), "munitions_count", 12, "frigates")}
    [m] = extract(
        "q",
        "Egypt has signed a contract to buy 12 frigates from Italy, Cairo's"
        " defence ministry said on Monday.",
        "2024-05-20",
    ).measures
    assert len(m.actors) == 2


def troop_facts(text: str) -> set[tuple]:
    found = extract("t", text, "2024-05-20").measures
    return {(tuple(sorted(m.actors)), m.metric, m.value) for m in found}


def test_a_speaker_who_says_it_sent_troops_is_their_sender():
    found = troop_facts("Denmark said on Monday it had sent 250 troops to Latvia.")
    assert found == {(("DNK", "LVA"), "troops", 250)}


def test_a_state_in_a_clause_about_the_host_is_no_side():
    found = troop_facts(
        "About 120 soldiers have begun deploying to Niger, which borders Algeria, officials said."
    )
    assert found == set()


def test_a_state_that_qualifies_another_force_is_not_the_host():
    found = troop_facts(
        "The new battalion will join other Ugandan troops as Britain scales back its"
        " 2,000-strong training mission."
    )
    assert not any("UGA" in actors for actors, _, _ in found)


def test_a_state_named_in_another_clause_is_not_the_unsaid_host():
    text = (
        "Kenya says Rwanda to send 600 more soldiers as Tanzania pulls out. Kenya said the"
        " soldiers would arrive soon. Kenya welcomed the move. Tanzania and Tanzania's army"
        " gave no comment. Tanzania said nothing more."
    )
    assert not any("TZA" in actors and value == 600 for actors, _, value in troop_facts(text))


def test_a_force_expected_to_grow_is_no_count_yet():
    found = troop_facts(
        "Ghana has 300 troops in Mali. The mission is supposed to expand to 1,900 soldiers"
        " next year."
    )
    assert found == {(("GHA", "MLI"), "troops", 300)}


def test_weapons_a_giver_handed_over_go_to_the_other_side_of_the_articles_pair():
    text = (
        "Sweden and Ukraine deepened their defence ties this year. Ukraine thanked Sweden for"
        " its help. Swedish firms also delivered at least 40 drones, four howitzers and spare"
        " parts."
    )
    found = troop_facts(text)
    assert (("SWE", "UKR"), "munitions_count", 40) in found
    assert (("SWE", "UKR"), "munitions_count", 4) in found


def test_weapons_with_no_giver_named_before_them_stay_unpaired():
    text = (
        "Sweden and Ukraine deepened their defence ties this year. Ukraine thanked Sweden for"
        " its help. At least 40 drones were delivered last month."
    )
    assert not any(metric == "munitions_count" for _, metric, _ in troop_facts(text))


def test_the_level_an_aim_starts_from_is_a_figure_and_the_aim_is_not():
    found = periods(
        "Chile and Peru set the goal of raising bilateral trade from $4 billion to $10"
        " billion a year.",
    )
    assert found == {("bilateral_trade", 4e9, None)}


def test_a_past_result_named_as_the_start_of_a_hope_keeps_its_year():
    found = periods(
        "The minister hoped trade between Chile and Peru could reach $9 billion in the coming"
        " years, up from the 2018 result of $3.1 billion."
    )
    assert found == {("bilateral_trade", 3.1e9, "2018")}


def test_a_pair_joined_by_a_hyphen_before_trade_is_the_pair_of_the_next_figure():
    found = facts(
        'Officials in Lima said the Chilean-Peruvian trade turnover keeps growing. "It'
        ' increased to $4.2 bln last year," the minister said.'
    )
    assert found == {(frozenset({"CHL", "PER"}), "bilateral_trade", 4.2e9, "USD")}


def test_a_headline_amount_rounded_to_one_digit_is_the_texts_exact_figure():
    found = facts(
        "Washington clears $2 billion rocket sale to Poland\n\nThe State Department has"
        " approved a possible sale of rockets and related equipment to Poland for $2.04"
        " billion."
    )
    assert found == {(frozenset({"USA", "POL"}), "arms_value", 2.04e9, "USD")}


def test_two_amounts_that_differ_more_than_rounding_stay_two():
    found = facts(
        "Washington clears $2 billion rocket sale to Poland\n\nThe State Department has"
        " approved a possible sale of rockets and related equipment to Poland for $2.4"
        " billion."
    )
    assert len(found) == 2


def test_states_in_a_phrase_of_time_before_the_clause_are_no_sides():
    found = facts(
        "A year after Russia's attack on Georgia, the Dutch government said it is sending"
        " EUR 40 million in new aid to Georgia."
    )
    assert found == {(frozenset({"NLD", "GEO"}), "aid_value", 4e7, "EUR")}


def test_states_in_a_phrase_of_circumstance_between_commas_are_no_sides():
    found = facts(
        "In a statement, as Georgia marked its independence from the Soviet Union, the Dutch"
        " minister said the EUR 40 million package would let Tbilisi rebuild bridges."
    )
    assert found == {(frozenset({"NLD", "GEO"}), "aid_value", 4e7, "EUR")}


def test_a_count_stops_at_a_preposition_before_the_weapon_it_serves():
    found = facts(
        "Egypt signed a $90 million contract with Italy for 800 HP engines for M-60 tanks."
    )
    assert not any(metric == "munitions_count" for _, metric, _, _ in found)


def test_a_state_named_only_as_another_partner_is_not_the_other_side():
    found = facts(
        "The national trade gap widened again in March. The government wants to cut the gap,"
        " especially with Vietnam and Peru. The 2023 deficit with Vietnam hit $9.1 billion."
        " The deficit with Peru fell to $1.2 billion in 2023."
    )
    assert not any({"VNM", "PER"} <= set(actors) for actors, _, _, _ in found)


def test_it_with_a_partner_outside_the_main_pair_takes_the_pair_seen_before():
    text = (
        "Japan overtook China as Vietnam's top partner. Trade between Japan and Vietnam stood"
        " at $52 billion in 2023. Vietnam's two-way commerce with China reached $48 billion"
        " in 2023. A year earlier, trade between Japan and Vietnam stood at $47 billion. It"
        " stood at $45.5 billion with China in the same period."
    )
    found = facts(text)
    assert (frozenset({"VNM", "CHN"}), "bilateral_trade", 45.5e9, "USD") in found


def test_a_year_earlier_and_the_same_period_count_back_from_the_flow_before():
    text = (
        "Japan overtook China as Vietnam's top partner. Trade between Japan and Vietnam stood"
        " at $52 billion in 2023. A year earlier, trade between Japan and Vietnam stood at $47"
        " billion. It stood at $45.5 billion with China in the same period."
    )
    found = periods(text, published="2024-05-20")
    assert ("bilateral_trade", 47e9, "2022") in found


def test_a_bare_number_with_the_verb_of_the_count_before_counts_the_same_noun():
    found = troop_facts(
        "At least 95 Nepali troops in Lebanon have been replaced by civilians, officials said"
        ' on Friday. "Some 40 soldiers withdrew from Naqoura in March, while another 35'
        ' soldiers withdrew from Tyre in April, and 20 withdrew from Qana on Monday," he said.'
    )
    assert (("LBN", "NPL"), "troops", 20) in found


def test_the_agent_of_a_passive_sends_and_the_place_sent_to_hosts():
    found = troop_facts(
        "In recent months, some 1,500 Chadian fighters have been recruited by Sudan in Chad"
        " and sent to Libya, according to the monitor."
    )
    assert found == {(("LBY", "SDN"), "troops", 1500)}


def test_when_a_deposit_falls_due_is_not_its_period():
    found = periods(
        "Qatar will roll over $4 billion in deposits held by Egypt's central bank. Of these,"
        " $1 billion will mature in December.",
        published="2024-05-20",
    )
    assert ("aid_value", 1e9, "2023-12") not in found
    assert ("aid_value", 1e9, "2024-12") not in found


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("1.2 trln rubles", 1.2e12, "RUB"),
        ("4 mlrd dollars", 4e9, "USD"),
        ("3 milliard euros", 3e9, "EUR"),
        ("7 billion manat", 7e9, "AZN"),
        ("7 billion Turkmen manat", 7e9, "TMT"),
    ],
)
def test_agency_scales_and_the_manat(written, value, unit):
    from blocwatch.extract.quantities import find_quantities

    [q] = find_quantities(f"The sum came to {written} last year.")
    assert (q.value, q.currency, q.is_money) == (value, unit, True)


def test_exports_given_without_a_currency_beside_imports_given_with_one():
    found = facts(
        "Brazil's exports to Mexico rose 9% to 12.4 billion, while imports from it fell to"
        " $6.1 billion."
    )
    assert (frozenset({"BRA", "MEX"}), "other", 12.4e9, "USD") in found


def test_a_third_states_one_way_flow_is_with_the_side_it_was_paired_with_before():
    found = facts(
        "The US remained the largest buyer of Indian goods, the US commerce office said."
        " India's trade with the US reached $80 billion, compared with $150 billion with"
        " China. A year earlier, India-US trade stood at $75 billion. Imports from China"
        " climbed to $53 billion."
    )
    assert (frozenset({"IND", "CHN"}), "other", 53e9, "USD") in found
    assert not any(a == frozenset({"CHN", "USA"}) for a, *_ in found)


def dated(text: str, published: str = "2024-09-10") -> set[tuple]:
    return {(m.metric, round(m.value, 2), m.period) for m in extract("d", text, published).measures}


def test_over_the_month_keeps_the_month_the_flow_before_was_dated_by():
    found = dated(
        "In August, trade between Vietnam and Japan came to $4.1 billion. Vietnamese exports"
        " to Japan rose over the month to $2.2 billion. On a monthly basis, imports from"
        " Japan slipped to $1.9 billion."
    )
    assert ("other", 2.2e9, "2024-08") in found
    assert ("other", 1.9e9, "2024-08") in found


def test_a_span_of_months_in_the_next_sentence_is_no_month_of_the_flow_before():
    found = dated(
        "In August, trade between Vietnam and Japan came to $4.1 billion. Over eight months,"
        " Vietnamese exports to Japan reached $15.2 billion."
    )
    assert ("other", 15.2e9, None) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "This year, in the first quarter alone, trade between Chile and China rose to $9.1"
        " billion.",
        "Chile-China trade jumped to $9.1bn in Q1, customs data showed.",
        "Over the first five months, trade between Chile and China came to $9.1 billion.",
    ],
)
def test_a_part_of_a_year_named_without_its_year_leaves_the_period_open(sentence):
    assert dated(sentence) == {("bilateral_trade", 9.1e9, None)}


def test_an_amount_repeated_in_the_same_words_within_one_run_of_text_is_one_figure():
    found = extract(
        "r",
        "Chile-China Trade Up, Reaching $9.1Bln In Q1 - Minister Chile-China trade up,"
        " reaching $9.1bln in Q1 - Minister The minister spoke on Monday.",
        "2024-05-20",
    ).measures
    assert len(found) == 1


def test_the_same_amount_twice_in_other_words_is_two_figures():
    found = extract("r", "Qatar gave Egypt $2 billion in cash and $2 billion in fuel.").measures
    assert len(found) == 2


def test_and_for_another_state_opens_a_clause_with_its_own_partner():
    found = facts(
        "Kenya's trade with its neighbours grew. For Uganda, the trade rose to $1.2 billion"
        " and for Tanzania, it rose to $0.9 billion."
    )
    assert (frozenset({"KEN", "UGA"}), "bilateral_trade", 1.2e9, "USD") in found
    assert (frozenset({"KEN", "TZA"}), "bilateral_trade", 0.9e9, "USD") in found


def test_an_amount_valued_in_words_without_a_currency_takes_the_articles_currency():
    found = facts(
        "Poland signed a deal with South Korea to buy 96 K2 tanks in a sale valued at 6.5"
        " billion. Each tank costs about $8 million."
    )
    assert (frozenset({"POL", "KOR"}), "arms_value", 6.5e9, "USD") in found


def test_a_valued_amount_in_an_article_with_no_currency_stays_no_money():
    found = facts(
        "Poland signed a deal with South Korea to buy tanks in a sale valued at 6.5 billion."
    )
    assert not any(m == "arms_value" for _, m, *_ in found)


@pytest.mark.parametrize(
    "receiver",
    ["the Central American country of Honduras", "cash-strapped Honduras", "the nation Honduras"],
)
def test_a_receiver_named_after_words_that_describe_it_is_the_counterpart(receiver):
    found = facts(
        f"The development fund has extended a credit line of USD 21.5 million to {receiver}"
        " for its power grid, officials said. Taiwan and Honduras are old friends, and Taiwan"
        " has long helped Honduras."
    )
    assert (frozenset({"TWN", "HND"}), "aid_value", 21.5e6, "USD") in found


@pytest.mark.parametrize(
    ("opening", "period"), [("Last March", "2024-03"), ("In October last year", "2023-10")]
)
def test_a_month_named_relative_to_the_publication_dates_the_figure(opening, period):
    found = dated(f"{opening}, Japan signed a $2.1 billion aid package for Ukraine.", "2024-07-02")
    assert found == {("aid_value", 2.1e9, period)}
