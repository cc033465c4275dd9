"""Agreement reading on phrasing classes met in fresh news (the eighth round of study):
pronouns that take up the last agreement, states that open a sentence as its scene, lifecycle
verbs, counted documents, accessions. Each test is a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("w8", text, published).agreements


def dated(text: str, published: str | None = "2024-06-20") -> set[tuple[frozenset[str], str]]:
    return {(frozenset(a.parties), a.signed) for a in agreements(text, published)}


def test_it_after_an_opening_date_is_the_agreement_before():
    text = (
        "The Uruguayan senate approved a fisheries accord with Argentina on Monday. "
        "In March, it was signed by the two agriculture ministers in Colonia."
    )
    assert dated(text) == {(frozenset({"URY", "ARG"}), "2024-03")}


def test_it_as_object_of_signing_is_the_agreement_before():
    text = (
        "Lawmakers backed the border pact between Uruguay and Argentina. "
        "The two governments signed it in 2021."
    )
    assert dated(text) == {(frozenset({"URY", "ARG"}), "2021")}


def test_a_state_opening_the_sentence_as_scene_acts_through_its_government():
    text = (
        "In Chad, the transitional authorities, in office since 2021, have cancelled a "
        "long-standing defence accord with France."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {frozenset({"TCD", "FRA"})}


def test_a_scene_state_before_a_named_actor_stays_a_place():
    text = "In Chad, Sudan signed a border agreement with Libya on Monday."
    assert {frozenset(a.parties) for a in agreements(text)} == {frozenset({"SDN", "LBY"})}


def test_a_government_in_a_capital_is_that_state():
    text = (
        "The junta in Bamako said it was cancelling its military cooperation agreements with Paris."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {frozenset({"MLI", "FRA"})}


def test_tearing_up_a_treaty_is_a_step_that_dates_no_signing():
    text = "Russia and Belarus tore up their 1999 fisheries treaty on Monday."
    assert dated(text) == {(frozenset({"RUS", "BLR"}), "1999")}


def test_agreement_without_article_that_was_reached_is_consent_not_a_document():
    text = (
        "After the talks, agreement was reached to deepen the dialogue between the foreign "
        "ministries of Chile and Bolivia."
    )
    assert agreements(text) == []


def test_a_date_after_months_after_belongs_to_the_earlier_event():
    text = (
        "Ghana and Togo signed a border security pact on Friday. The signing of the pact "
        "comes only weeks after Togo and Benin clashed over the border in May."
    )
    assert dated(text) == {(frozenset({"GHA", "TGO"}), "2024-06-14")}


def test_between_after_a_passive_signing_verb_lists_the_parties():
    text = (
        "A trilateral energy agreement was signed in Sofia yesterday between Bulgaria, "
        "Greece and Romania for moving gas north to Hungary and Slovakia."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {frozenset({"BGR", "GRC", "ROU"})}


def test_a_deal_if_signed_is_no_agreement():
    text = (
        "Chile has watched the talks warily. "
        '"A trade deal, if signed with Peru, would not end our disputes," Chilean Foreign '
        "Minister Alberto van Klaveren said."
    )
    assert agreements(text) == []


def test_no_date_set_for_the_signing_is_a_plan():
    text = (
        "Talks on a fisheries deal between Iceland and Norway have ended. No date has "
        "been set so far for the official signing of the deal, expected after a legal review."
    )
    assert agreements(text) == []


def test_a_ranked_signer_after_others_gives_the_others_the_same_agreement():
    text = (
        "Panama became the third country to sign a trade deal with South Korea, after "
        "Honduras and Nicaragua."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {
        frozenset({"PAN", "KOR"}),
        frozenset({"HND", "KOR"}),
        frozenset({"NIC", "KOR"}),
    }


def test_a_ranked_signer_made_so_signs_and_the_earlier_date_is_not_its_own():
    text = (
        "That makes Panama the second country in Central America to sign such a deal with "
        "South Korea after Honduras, which signed one with Seoul in 2018."
    )
    got = dated(text)
    assert (frozenset({"PAN", "KOR"}), None) in got
    assert (frozenset({"HND", "KOR"}), "2018") in got


def test_plural_acronyms_and_a_bracketed_acronym_in_a_partner_list():
    text = (
        "Seoul has signed FTAs with the Association of Southeast Asian Nations (ASEAN), "
        "Chile and Peru."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {
        frozenset({"KOR", "ASEAN"}),
        frozenset({"KOR", "CHL"}),
        frozenset({"KOR", "PER"}),
    }


def test_an_agreement_a_new_one_follows_is_dated_by_its_year():
    text = (
        "South Korea and Peru signed a trade agreement on Monday. The pact is Seoul's "
        "second in South America, following an accord with Chile in 2003."
    )
    assert dated(text) == {
        (frozenset({"KOR", "PER"}), "2024-06-17"),
        (frozenset({"KOR", "CHL"}), "2003"),
    }


def test_between_after_a_bracketed_acronym_and_a_passive_verb():
    text = (
        "An intergovernmental agreement (IGA) has been signed in Sofia today between "
        "Bulgaria Greece and Romania for carrying gas on to Hungary."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {frozenset({"BGR", "GRC", "ROU"})}


def test_the_page_stamp_yields_to_a_day_the_sentence_tells():
    text = " date 2018-10-10 Sofia — Bulgaria and Greece signed an energy agreement last Tuesday."
    assert dated(text, "2018-10-10") == {(frozenset({"BGR", "GRC"}), "2018-10-09")}


def test_an_organisation_that_admits_states_takes_them_in():
    text = "The Shanghai Cooperation Organisation admitted Belarus and Laos as full members."
    assert {frozenset(a.parties) for a in agreements(text)} == {
        frozenset({"BLR", "SCO"}),
        frozenset({"LAO", "SCO"}),
    }


def test_an_admission_still_to_come_is_no_accession():
    text = "The Shanghai Cooperation Organisation will admit Belarus as a full member next year."
    assert agreements(text) == []


def test_a_state_added_to_the_bloc_the_text_names():
    text = "The BRICS group was set up in 2009. Nigeria was added in 2025."
    assert dated(text, "2025-06-20") == {(frozenset({"NGA", "BRICS"}), "2025")}


def test_new_members_listed_in_the_next_sentence():
    text = (
        "The Shanghai Cooperation Organisation has expanded to include two new members. "
        "These are Belarus and Laos."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {
        frozenset({"BLR", "SCO"}),
        frozenset({"LAO", "SCO"}),
    }


def test_freezing_participation_in_an_alliance_tells_a_membership():
    text = (
        "Amid a quarrel with Russia, Kyrgyzstan froze its participation in the Collective "
        "Security Treaty Organization last year."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {frozenset({"KGZ", "CSTO"})}


def test_leaving_a_meeting_is_no_membership():
    text = "Kyrgyzstan left the CSTO summit early and froze the assets of two firms."
    assert agreements(text) == []


def test_a_ratification_day_is_no_signing_day_even_beside_a_signing_word():
    text = (
        "The Chilean Senate on March 4 ratified a fisheries accord with Peru, the first of "
        "its kind that Lima has signed."
    )
    assert dated(text) == {(frozenset({"CHL", "PER"}), None)}


def test_the_passive_agent_of_a_step_is_the_partner_s_counterpart():
    text = "A fisheries pact with Peru was ratified by the Chilean Senate on Monday."
    assert {frozenset(a.parties) for a in agreements(text)} == {frozenset({"CHL", "PER"})}


def test_a_name_without_parties_takes_up_the_unnamed_pact_just_told():
    text = (
        "A fisheries pact with Peru was ratified by the Chilean Senate on Monday. "
        "The Pacific Fisheries Agreement was approved four months after its signing in Lima "
        "on February 2."
    )
    assert dated(text) == {(frozenset({"CHL", "PER"}), "2024-02-02")}


def test_a_partner_after_with_is_not_the_actor_of_the_next_agreement():
    text = (
        "Chile and Peru signed a fisheries accord on Monday. Chile's accord with Peru is "
        "like the Fisheries Access Agreement (FAA) it has with Argentina and the Coastal "
        "Patrol Agreement with Ecuador."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {
        frozenset({"CHL", "PER"}),
        frozenset({"CHL", "ARG"}),
        frozenset({"CHL", "ECU"}),
    }


def test_a_small_count_of_documents_is_one_record_each():
    text = (
        "Ghana and Togo on Monday signed three memoranda of understanding on border "
        "security. The three memoranda cover patrols, customs and intelligence."
    )
    assert [sorted(a.parties) for a in agreements(text)] == [["GHA", "TGO"]] * 3


def test_a_large_count_or_several_is_one_record():
    text = "Ghana and Togo signed 14 agreements on Monday. They also signed several MoUs."
    assert len(agreements(text)) == 1


def test_a_count_of_the_signers_counts_no_documents():
    text = (
        "Ghana's president met Togo's president. The two sides signed deals on fishing and "
        "on border patrols in Accra on Monday."
    )
    assert dated(text) == {(frozenset({"GHA", "TGO"}), "2024-06-17")}
    assert len(agreements(text)) == 1


def test_the_two_sides_signing_deals_is_a_signing_between_the_pair():
    text = "Ghana and Togo held talks in Accra. The two sides then signed two deals on Monday."
    assert [a.signed for a in agreements(text)] == ["2024-06-17", "2024-06-17"]


def test_a_negated_step_states_no_agreement():
    text = (
        "Chile's trade negotiator met his Peruvian counterpart on Friday, saying they had "
        "not finalized a new fisheries agreement for Chile and Peru."
    )
    assert agreements(text) == []


def test_a_member_ranked_by_what_it_did_joins_nothing():
    text = "Slovakia on Monday became the last NATO member to ratify Sweden's membership bid."
    assert frozenset({"SVK", "NATO"}) not in {frozenset(a.parties) for a in agreements(text)}


def test_a_joint_statement_issued_is_a_document_said_in_is_not():
    issued = (
        "In a joint statement issued after the talks, Ghana and Togo pledged to patrol "
        "their border together."
    )
    assert {(frozenset(a.parties), a.kind) for a in agreements(issued)} == {
        (frozenset({"GHA", "TGO"}), "joint_statement")
    }
    said = "Ghana and Togo said in a joint statement that they would patrol the border."
    assert agreements(said) == []


def test_the_agreements_a_plural_lists_one_by_one_are_the_records():
    text = (
        "Ghana and Togo signed nine agreements on Monday, including a police cooperation "
        "pact, a trade deal and a memorandum on fisheries."
    )
    assert sorted(a.kind for a in agreements(text)) == ["agreement", "memorandum", "pact"]
    assert {a.signed for a in agreements(text)} == {"2024-06-17"}


def test_a_plural_with_fields_only_stays_one_record():
    text = "Ghana and Togo signed 12 agreements on Monday, including on trade and energy."
    assert len(agreements(text)) == 1


def test_a_state_described_as_another_s_treaty_ally_is_bound_to_it():
    assert {frozenset(a.parties) for a in agreements("Thailand, a US treaty ally, protested.")} == {
        frozenset({"THA", "USA"})
    }
    text = "Australia has long been a US treaty ally."
    assert {frozenset(a.parties) for a in agreements(text)} == {frozenset({"AUS", "USA"})}
    assert agreements("Washington has treaty allies across Southeast Asia.") == []


def test_a_state_added_to_a_list_has_not_joined_the_body_that_keeps_it():
    assert agreements("The European Union added Belarus to its sanctions list on Monday.") == []
    assert agreements("In 2019 the EU added China to its list of systemic rivals.") == []


def test_a_text_that_ends_on_a_body_or_a_rank_is_read_without_error():
    for text in (
        "Armenia froze its participation in the CSTO",
        "In January Qatar quit OPEC",
        "Finland became the last NATO member to",
        "Agreement",
    ):
        agreements(text)  # no IndexError at the text's last token


def test_a_signing_cue_that_opens_the_text_has_no_rank_before_it():
    # plans.ranked_signer walks back from the cue: at the text's start it must not wrap round
    # to the text's last tokens (an IndexError on a short text without a full stop)
    from blocwatch.extract.plans import ranked_signer
    from blocwatch.extract.reading import Cue, read

    for text in ("To sign the pact", "To sign a treaty with Chile, the first"):
        agreements(text)
        cue = Cue("proposal_cues", "proposed", 0, 7, 0, 2, text[:7])
        assert not ranked_signer(read("w9", text, None), cue)
