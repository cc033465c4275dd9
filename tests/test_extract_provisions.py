"""Provisions (what an agreement binds its parties to) on phrasings of whole word classes:
each test is a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract


def provisions(text: str) -> list[set[str]]:
    return [set(a.provisions) for a in extract("g", text, "2024-06-20").agreements]


def test_liquefied_gas_and_pipelines_are_energy():
    assert provisions("Oman and Kenya signed a ten-year deal on LNG deliveries on Monday.") == [
        {"energy"}
    ]
    text = "Greece and Bulgaria signed an agreement on a new gas pipeline on Monday."
    assert "energy" in provisions(text)[0]


def test_rail_links_are_transport():
    text = "Laos and Thailand signed an agreement on a cross-border railway on Friday."
    assert provisions(text) == [{"transport"}]


def test_swap_lines_and_credit_lines_are_finance():
    text = "Brazil and China signed a deal on Friday to renew their yuan swap line."
    assert "finance" in provisions(text)[0]
    text = "Nepal and India signed an agreement on Tuesday covering lines of credit for roads."
    assert "finance" in provisions(text)[0]


def test_semiconductors_are_technology():
    text = "Japan and India signed a pact on Monday covering semiconductors and clean energy."
    assert {"technology", "energy"} <= provisions(text)[0]


def test_atomic_energy_is_nuclear():
    text = "Ghana and Russia signed an agreement on the peaceful use of atomic energy on Monday."
    assert "nuclear" in provisions(text)[0]


def test_information_sharing_is_intelligence_sharing():
    text = "Kenya and Uganda signed a security pact on Monday that includes information sharing."
    assert {"intelligence_sharing", "security_cooperation"} <= provisions(text)[0]


def test_defence_industries_in_plural_are_military_technical():
    text = "Brazil and Sweden signed an agreement that includes support for defence industries."
    assert "military_technical" in provisions(text)[0]


def test_ceasefire_agreement_is_nonaggression():
    text = "Armenia and Azerbaijan signed a ceasefire agreement on Monday."
    assert provisions(text) == [{"nonaggression"}]


def test_a_refused_use_of_force_is_nonaggression_but_a_refused_clause_is_not():
    text = "Peru and Chile signed a pact in which both pledge not to use force against each other."
    assert provisions(text) == [{"nonaggression"}]
    text = "Peru and Chile signed a pact that does not include a non-aggression clause."
    assert provisions(text) == [set()]


def test_belt_and_road_is_no_transport_and_last_fiscal_no_finance():
    text = "Peru and China signed a trade agreement under the Belt and Road last fiscal year."
    assert provisions(text) == [{"trade"}]


def test_a_clause_hanging_on_the_agreement_says_what_it_grants():
    text = (
        "Kenya and the United States signed the Defense Cooperation Agreement (DCA), which "
        "gives American forces access to military bases in the country."
    )
    assert "basing" in provisions(text)[0]
    text = "Russia and Hungary signed an agreement to provide Hungary with a state loan."
    assert "finance" in provisions(text)[0]


def test_a_clause_of_how_the_agreement_came_about_lists_nothing():
    text = "Chile and Peru signed a deal, reached after long talks on trade, on Monday."
    assert provisions(text) == [set()]


def test_a_name_that_states_trade_finance_or_energy_keeps_it():
    text = "Egypt and Jordan signed the Trade in Services Agreement on Friday."
    assert provisions(text) == [{"trade"}]
    text = "Oman and Brazil signed the Bilateral Investment Treaty on Monday."
    assert provisions(text) == [{"finance"}]
    text = "Indonesia and Chile signed a Comprehensive Economic Partnership Agreement on Monday."
    assert provisions(text) == [{"trade"}]


def test_other_words_of_a_name_stay_a_name():
    text = "India and Japan signed the Logistics Exchange Memorandum of Agreement in 2016."
    assert provisions(text) == [set()]


def test_intelligence_capacities_are_intelligence_sharing():
    text = (
        "Qatar and the United States signed a security agreement on Monday that includes the "
        "integration of their intelligence capacities."
    )
    assert "intelligence_sharing" in provisions(text)[0]


def test_a_body_that_speaks_is_no_provision():
    text = (
        "Peru and Spain signed agreements that include submarine repairs, Spain's defence "
        "minister said on Monday."
    )
    assert provisions(text) == [set()]


def test_what_a_clause_does_under_the_agreement_is_what_it_provides():
    text = (
        "American troops will have access to two more military sites in Chile under the 2014 "
        "defense agreement signed by Chile and the United States."
    )
    assert "basing" in provisions(text)[0]


def test_a_deed_under_one_agreement_is_not_said_of_another():
    text = (
        "The treaty lets Britain and the United States supply Australia with nuclear-powered "
        "submarines under the AUKUS partnership."
    )
    assert all("nuclear" not in p for p in provisions(text)[1:])


def test_a_long_list_after_the_agreement_noun_is_read_to_its_end():
    text = (
        "Peru and Vietnam signed 20 cooperation agreements on mining, farming, trade, tourism, "
        "science and technology, defence, energy, education, civil aviation and banking."
    )
    assert {"trade", "energy", "education_culture", "transport"} <= provisions(text)[0]


def test_a_bracketed_acronym_and_a_filler_do_not_end_the_list():
    text = (
        "Ghana and Egypt signed four Memoranda of Understanding (MoUs) on issues linked to "
        "fisheries, railways and health."
    )
    assert "transport" in provisions(text)[0]
    text = "Cuba and Laos signed five accords spanning shipping, railways and solar power."
    assert {"transport", "energy"} <= provisions(text)[0]


def test_the_list_ends_at_the_occasion_a_date_or_the_next_name():
    text = "Kenya and Uganda signed an agreement on railways at the regional energy summit."
    assert provisions(text) == [{"transport"}]
    text = "Chile and Japan signed a Security Agreement in 2019, Logistics Accord in 2021."
    assert all("transport" not in p for p in provisions(text))


def test_a_clause_in_or_under_which_tells_what_the_agreement_provides():
    text = "Qatar and Oman signed a deal under which Qatar will supply Oman with natural gas."
    assert "energy" in provisions(text)[0]


def test_what_an_agreement_is_to_boost_or_expand_is_what_it_covers():
    text = "Chile and Korea signed accords on Monday intended to boost bilateral trade."
    assert provisions(text) == [{"trade"}]
    text = (
        "Oman and Japan signed a strategic pact, which the minister said would expand "
        "energy collaboration between the two countries."
    )
    assert "energy" in provisions(text)[0]


def test_a_later_hope_or_a_purpose_made_a_noun_is_no_provision():
    text = (
        "Chile and Korea signed an arms deal on Monday. It will also bolster the navy's "
        "ability to take part in counter-terrorism missions."
    )
    assert provisions(text) == [{"arms_supply"}]
    text = (
        "Chile and Korea signed a partnership that will benefit from the deepening of their "
        "defence relations."
    )
    assert provisions(text) == [set()]


def test_a_military_sale_or_a_deal_for_weapons_is_arms_supply():
    text = "Qatar and the United States signed a defence sales agreement worth $9 billion."
    assert "arms_supply" in provisions(text)[0]
    text = "Peru and Korea signed a contract for 40 tanks on Monday."
    assert "arms_supply" in provisions(text)[0]


def test_a_deal_for_a_weapons_factory_or_an_unmentioned_sale_is_no_arms_supply():
    text = "Iran and Venezuela signed a deal for a drone factory in Venezuela."
    assert all("arms_supply" not in p for p in provisions(text))
    text = "Iran and Russia signed a treaty. It does not mention arms sales."
    assert all("arms_supply" not in p for p in provisions(text))


def test_assistance_is_a_defence_clause_only_where_it_answers_an_attack():
    text = (
        "In 2019, Jordan and the United States signed a memorandum of understanding that set "
        "a framework for military assistance."
    )
    assert [a.defense for a in extract("g", text, "2024-06-20").agreements] == [None]
    text = (
        "Laos and Vietnam signed a treaty on Monday under which each side will give the other "
        "military assistance if it is invaded."
    )
    assert [a.defense for a in extract("g", text, "2024-06-20").agreements] == [True]


def test_a_non_prefix_denies_the_area_and_a_possible_sale_is_no_sale():
    text = "Peru and China signed a free trade agreement to boost Peru's non-oil exports."
    assert provisions(text) == [{"trade"}]
    text = (
        "Chad and Israel signed a defence memorandum on Monday, opening the way for possible "
        "military sales."
    )
    assert all("arms_supply" not in p for p in provisions(text))


def test_bare_logistics_is_no_transport():
    text = (
        "Peru and Spain signed a defence pact on Monday covering maritime security, training "
        "and logistics."
    )
    assert "transport" not in provisions(text)[0]
    text = "Peru and Spain signed an agreement on Monday covering transport and logistics."
    assert provisions(text) == [{"transport"}]


def test_what_the_signed_agreement_will_do_tells_what_it_covers():
    text = (
        "Kenya and Ghana signed a defence agreement in Nairobi on Monday. "
        "The agreement, a first for the region, seeks to bolster trade and energy ties."
    )
    assert provisions(text) == [{"trade", "energy"}]


def test_a_plan_to_sign_the_agreement_carries_nothing():
    text = (
        "Kenya and Ghana signed a defence agreement in Nairobi on Monday. "
        "Officials hope to sign the deal on energy next year as well."
    )
    assert all("energy" not in p for p in provisions(text)[:1])


def test_a_passing_mention_that_refers_back_tells_what_the_agreement_covers():
    text = (
        "Japan and Britain signed a defence pact in London on Thursday. "
        "Tokyo and London also committed to strengthening their partnership in areas "
        "ranging from trade to technology."
    )
    assert {"trade", "technology"} <= provisions(text)[0]


def test_a_relation_named_with_its_own_parties_carries_nothing():
    text = (
        "Kenya and Ghana signed a treaty on allied relations in Nairobi on Monday. "
        "Officials hailed the strategic partnership between Kenya and Ghana, which spans "
        "energy and transport."
    )
    assert provisions(text) == [set()]
