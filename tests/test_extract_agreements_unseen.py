"""Agreement reading on phrasings found in unseen news while reading it by hand (none of it
copied): each test is a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("u", text, published).agreements


def party_sets(text: str, published: str | None = "2024-06-20") -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in agreements(text, published)}


def test_the_two_countries_keep_the_pair_when_a_later_sentence_names_no_pair():
    text = (
        "Chile's president and the Peruvian prime minister held talks in Lima. "
        "The two countries signed a fisheries deal under which Chilean boats get nets from "
        "Peru's Pacific ports."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_maker_prefix_names_no_party():
    text = (
        "Chile and Peru held talks in Lima. The two countries signed a fisheries deal under "
        "which the Chilean navy gets US-made patrol boats."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_demonym_before_peer_stands_for_its_state():
    text = (
        "The Chilean defence minister and his Peruvian peer signed a training agreement "
        "in Arica on Tuesday."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_also_signed_a_deal_is_one_more_agreement():
    text = (
        "Chile and Peru signed a fisheries agreement in Lima on Monday. "
        "The two sides also signed a deal on joint patrols of their maritime border."
    )
    assert [sorted(a.parties) for a in agreements(text)] == [["CHL", "PER"], ["CHL", "PER"]]


def test_another_pact_is_one_more_agreement():
    text = (
        "Chile and Peru signed a fisheries agreement in Lima on Monday. "
        "Another pact, on border crossings, was signed by their interior ministers."
    )
    assert len(agreements(text)) == 2


def test_the_agreement_again_is_the_same_agreement():
    text = (
        "Chile and Peru signed a fisheries agreement in Lima on Monday. "
        "The agreement was also signed by their fisheries ministers."
    )
    assert len(agreements(text)) == 1


def test_a_date_of_such_agreements_in_general_dates_none():
    text = (
        "Chile and Peru signed a fisheries agreement in Lima. "
        "Such agreements have been signed between them since 1994."
    )
    assert [a.signed for a in agreements(text)] == [None]


def test_a_signed_action_plan_is_an_agreement():
    text = "The foreign ministries of Chile and Peru signed an action plan for 2025-2026."
    assert [(sorted(a.parties), a.kind) for a in agreements(text)] == [(["CHL", "PER"], "other")]


def test_a_plan_to_sign_is_still_no_agreement():
    text = "Chile and Peru plan to sign a cooperation programme next year."
    assert agreements(text) == []


def test_moon_alone_is_not_the_un_secretary_general():
    from blocwatch.extract.reading import read

    reading = read("u", "Moon and Tokayev agreed to boost trade.", "2019-04-23")
    assert "UN" not in {m.code for v in reading.sentences for m in v.mentions}


def test_treaties_with_two_partners_and_no_signer_bind_no_partner_to_the_other():
    text = (
        "Last week the Senate gave its consent to the ratification of fisheries treaties "
        "with Chile and with Peru."
    )
    assert party_sets(text) == set()


def test_treaties_with_two_partners_bind_each_to_the_signer():
    text = "Ecuador signed fisheries treaties with Chile and with Peru in 2019."
    assert party_sets(text) == {frozenset({"ECU", "CHL"}), frozenset({"ECU", "PER"})}


def test_the_accession_of_states_listed_after_of_joins_the_alliance_in_context():
    text = (
        "NATO has grown in waves since its founding. "
        "A later wave was the accession of Slovenia and Slovakia on 29 March 2004."
    )
    assert party_sets(text, None) == {
        frozenset({"SVN", "NATO"}),
        frozenset({"SVK", "NATO"}),
    }


def test_talk_of_an_accession_is_no_accession():
    text = "NATO ministers met in Oslo. They discussed the accession of Georgia."
    assert party_sets(text, None) == set()


def test_an_accession_to_a_body_of_no_table_is_none_of_the_alliance_in_context():
    text = "NATO ministers met in Oslo. The accession of Georgia to the WTO was completed in 2000."
    assert party_sets(text, None) == set()


def test_a_second_name_given_with_known_as_is_the_same_agreement():
    text = (
        "With Chile, Peru and Bolivia taking part, the Andean Water Treaty, also called the "
        "La Paz Treaty, was signed in 1998."
    )
    assert [a.signed for a in agreements(text)] == ["1998"]


def test_a_date_of_an_invasion_after_the_signing_word_is_not_the_signing_date():
    text = (
        "Chile and Peru signed a defence pact after the invasion of their neighbour in March 2021."
    )
    assert [a.signed for a in agreements(text, None)] == [None]


def test_a_date_before_the_event_noun_still_dates_the_signing():
    text = "Chile and Peru signed a defence pact in March 2021, after the invasion."
    assert [a.signed for a in agreements(text, None)] == ["2021-03"]


def test_a_signed_programme_of_cooperation_is_an_agreement():
    text = (
        "The foreign ministers of Chile, Peru and Bolivia signed a programme of regional "
        "cooperation for 2025-2026 on Friday."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER", "BOL"})}


def test_a_weapons_programme_is_no_agreement():
    text = "Chile and Peru announced a joint missile programme and established a new agency."
    assert party_sets(text) == set()


def test_a_date_right_after_signing_ceremony_dates_the_signing():
    text = (
        "The foreign ministers of Chile and Peru signed a fisheries agreement in Lima. "
        "The agreement sets quotas for both fleets. "
        "It will also protect spawning grounds, the Chilean minister said at the signing "
        "ceremony on Thursday."
    )
    assert [a.signed for a in agreements(text, "2024-06-22")] == ["2024-06-20"]


def test_a_present_tense_sign_with_a_past_day_reports_a_signing():
    text = "Chile and Peru sign three fisheries pacts in Lima on Thursday, officials said."
    # three documents counted: one record each (the annotated news counts them so)
    assert [a.signed for a in agreements(text, "2024-06-22")] == ["2024-06-20"] * 3


def test_a_sign_after_will_visit_and_stays_a_plan():
    text = "The Chilean president will visit Lima and sign a fisheries pact with Peru on Thursday."
    assert agreements(text, "2024-06-18") == []


def test_what_an_agreement_provides_tells_that_it_exists():
    text = (
        "According to their fisheries pact, Chile must open two ports to Peruvian boats, "
        "while Peru shares its catch data."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_have_had_a_pact_tells_that_it_exists():
    assert party_sets("Chile and Peru have had a fisheries pact since 1990.") == {
        frozenset({"CHL", "PER"})
    }


def test_one_verb_signs_two_conjoined_agreements():
    text = "Chile signed a fisheries pact with Peru and a gas deal with Bolivia on Monday."
    assert party_sets(text) == {frozenset({"CHL", "PER"}), frozenset({"CHL", "BOL"})}


def test_an_organisation_signing_beside_a_state_is_a_party():
    text = "The European Union and Chile signed an advanced framework agreement on Monday."
    assert party_sets(text) == {frozenset({"EU", "CHL"})}


def test_an_envoy_to_an_organisation_makes_it_no_party():
    text = (
        "Chile and Peru signed a fisheries pact on Monday. Peru's envoy to the United Nations "
        "and Chile's minister welcomed the signing of the pact."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_cooperation_in_space_is_the_space_provision():
    text = "Chile and Peru signed an agreement for cooperation in space on Monday."
    assert [a.provisions for a in agreements(text)] == [["space"]]


def test_areas_listed_in_a_relative_clause_on_talks_are_no_provisions():
    text = (
        "Chile and Peru signed an agreement for cooperation in space during their talks in "
        "Lima, which focused on trade, energy and transport."
    )
    assert [a.provisions for a in agreements(text)] == [["space"]]


def test_what_follows_according_to_the_pact_is_what_it_provides():
    text = "According to their pact, Chile and Peru share their naval bases on the coast."
    assert [a.provisions for a in agreements(text)] == [["basing"]]


def test_a_restored_pact_is_in_force_without_a_new_signing_date():
    text = "Chile and Peru restored their fisheries pact, the FPA, on Monday."
    found = agreements(text)
    assert [(sorted(a.parties), a.signed) for a in found] == [(["CHL", "PER"], None)]


def test_agreed_to_restore_a_pact_dates_no_signing():
    text = "Chile and Peru agreed on Monday to fully restore their fisheries pact."
    assert [a.signed for a in agreements(text)] == [None]


def test_a_treaty_dating_back_to_a_year_exists():
    text = "Lima has a fisheries treaty with Santiago dating back to 1952."
    assert party_sets(text) == {frozenset({"PER", "CHL"})}


def test_a_blocked_accession_is_no_accession():
    text = "NATO leaders met on Monday. Hungary blocked the accession of Sweden on Monday."
    assert party_sets(text) == set()


def test_today_is_the_day_the_lead_names_just_before_publication():
    text = (
        "The presidents of Chile and Peru met in Lima on 4 March 2024. "
        "The two countries today signed a fisheries agreement."
    )
    assert [a.signed for a in agreements(text, "2024-03-05")] == ["2024-03-04"]


def test_today_stays_the_publication_day_without_such_a_lead():
    text = "The presidents of Chile and Peru today signed a fisheries agreement."
    assert [a.signed for a in agreements(text, "2024-03-05")] == ["2024-03-05"]


def test_the_two_presidents_stand_for_the_pair_named_before():
    text = (
        "The presidents of Chile and Peru met in Lima on Monday. "
        "The two presidents signed a fisheries agreement."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_one_verb_signs_each_agreement_of_a_dated_list():
    text = "Chile and Peru signed the SOFA in 2016, the GSOMIA in 2018 and the ACSA in 2020."
    assert sorted(a.signed for a in agreements(text)) == ["2016", "2018", "2020"]


def test_an_apposition_after_a_comma_is_the_same_agreement():
    text = "Chile signed a pact with Peru on Monday, a deal that opens two ports."
    assert len(agreements(text)) == 1


def test_an_agreement_whose_content_is_told_exists_with_its_stance():
    text = "Chile's new treaty with Peru does not include a mutual defence clause."
    found = agreements(text)
    assert [(sorted(a.parties), a.defense) for a in found] == [(["CHL", "PER"], False)]


def test_a_treaty_under_negotiation_that_includes_a_clause_is_no_agreement():
    text = "Chile and Peru are negotiating a treaty that includes a defence clause."
    assert agreements(text) == []


def test_the_date_of_the_agreements_signed_on_a_day_dates_them():
    text = (
        "Chile and Peru signed three agreements in Lima. The agreements signed by the two "
        "countries on Thursday include a memorandum on mining."
    )
    assert [a.signed for a in agreements(text)] == ["2024-06-20"] * 3
