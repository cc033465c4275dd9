"""Who the parties of an agreement are (issue 10): a state corporation or agency signs for
its state, an organisation that signs is a party, partners listed after "including" or "like"
each get their deal while a plain list after "with" is one; a breakaway region, an armed group,
business delegations, a speaker who welcomes a party and a state in a clause that only sets
the scene are no party. Each test is a sentence written for it, none copied from an article."""

from __future__ import annotations

from extract_support import agreements, every_agreement, kinds, pairs


def test_a_state_corporation_signs_for_its_state():
    text = "Rosatom signed a memorandum on training nuclear engineers with Ghana on Monday."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"RUS", "GHA"})]


def test_a_space_agency_signs_for_its_state():
    text = "NASA and Colombia signed an agreement on lunar exploration in Bogota on Monday."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"USA", "COL"})]


def test_an_organisation_that_signs_is_a_party_not_the_owner_of_the_document():
    found = agreements("Ghana and the EU signed a memorandum on Monday.")
    assert [frozenset(a.parties) for a in found] == [frozenset({"GHA", "EU"})]


def test_the_us_without_its_final_stop_is_the_united_states():
    text = "Fiji signed a security agreement with the U.S, drawing protests."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"FJI", "USA"})]


def test_partners_after_including_each_get_an_agreement():
    text = (
        "Turkey has signed a dozen defence deals in West Africa, including with Ghana, "
        "Togo and Benin."
    )
    assert {frozenset(a.parties) for a in agreements(text)} == {
        frozenset({"TUR", "GHA"}),
        frozenset({"TUR", "TGO"}),
        frozenset({"TUR", "BEN"}),
    }


def test_partners_named_as_examples_each_have_a_deal():
    text = "Armenia has made a big arms deal with countries like India and France."
    assert sorted(map(sorted, pairs(text))) == [["ARM", "FRA"], ["ARM", "IND"]]


def test_a_plain_list_after_with_stays_one_agreement():
    text = "Armenia signed a trade agreement with India and France."
    assert pairs(text) == [frozenset({"ARM", "IND", "FRA"})]


def test_a_state_welcomed_as_a_party_to_a_treaty_leaves_out_the_speaker():
    text = (
        '"Let me be the first to welcome Sweden as a party to the Washington Treaty," '
        "Secretary of State Antony Blinken said."
    )
    assert pairs(text) == []


def test_states_that_are_parties_to_a_treaty_are_its_parties():
    text = "Japan and the United States are parties to the 1960 security treaty, he said."
    assert pairs(text) == [frozenset({"JPN", "USA"})]


def test_a_state_in_an_at_a_time_of_adjunct_is_no_party():
    text = (
        "The outpost, set up under an accord signed in 2014 and later ratified by Turkey's "
        "lawmakers, widens its partnership with Qatar at a time of fading U.S. attention."
    )
    assert [sorted(a.parties) for a in agreements(text)] == [["QAT", "TUR"]]


def test_a_fronted_at_a_time_of_adjunct_ends_at_its_comma():
    text = "At a time of tension with China, Japan and the Philippines signed a defence pact."
    assert pairs(text) == [frozenset({"JPN", "PHL"})]


def test_a_deal_with_a_breakaway_region_is_no_agreement_between_states():
    text = "Kenya signed a port agreement with Somalia's breakaway region of Somaliland."
    assert kinds(text) == []
    assert kinds("Kenya criticised the port deal between Ethiopia and Somaliland on Monday.") == []


def test_a_breakaway_region_signing_takes_no_state_from_the_sentence_before():
    text = (
        "Egypt and Somalia signed a security pact in May. Somaliland, a self-declared "
        "republic, reached a port accord with Kenya last winter."
    )
    assert kinds(text) == [(frozenset({"EGY", "SOM"}), "pact")]


def test_a_deal_signed_by_a_breakaway_region_is_no_agreement_between_states():
    assert kinds("Kenya welcomed an agreement by the breakaway Somaliland region on ports.") == []


def test_a_group_fought_under_a_pact_leaves_the_pact_between_states():
    text = "Kenya signed a security pact with Somalia to fight al-Shabaab on Monday."
    assert kinds(text) == [(frozenset({"KEN", "SOM"}), "pact")]


def test_a_group_the_signer_once_fought_leaves_the_deal_between_states():
    # the group is the object of a clause about the signer, not the signing verb's subject
    assert kinds(
        "Israel, which has long fought Hamas, signed a trade deal with the UAE on Monday."
    ) == [(frozenset({"ISR", "ARE"}), "agreement")]
    assert kinds(
        "Turkey, at war with the PKK for decades, signed a gas deal with Iraq on Monday."
    ) == [(frozenset({"TUR", "IRQ"}), "agreement")]
    assert kinds(
        "Egypt, which mediates with Hamas, signed a gas agreement with Israel on Monday."
    ) == [(frozenset({"EGY", "ISR"}), "agreement")]


def test_a_group_named_in_another_clause_is_no_party_of_the_deal():
    # the party list ends at the first word that is neither a state nor a linking word
    assert kinds(
        "Ethiopia signed a port deal with Djibouti after talks with Somaliland stalled."
    ) == [(frozenset({"ETH", "DJI"}), "agreement")]
    assert kinds("Kenya signed a deal with Somalia while clashes with al-Shabaab went on.") == [
        (frozenset({"KEN", "SOM"}), "agreement")
    ]
    assert kinds(
        "Kenya signed a security deal with Somalia, days after fighting with al-Shabaab."
    ) == [(frozenset({"KEN", "SOM"}), "agreement")]


def test_a_state_in_a_clause_that_sets_the_scene_is_no_party():
    text = (
        "The Gulf Charter, a pact first signed in 2007 when Nigeria's navy was weaker, was "
        "renewed by the Ghanaian president and his Togolese counterpart."
    )
    found = every_agreement(text, "2024-02-05")
    assert [sorted(a.parties) for a in found] == [["GHA", "TGO"]]


def test_a_scene_clause_that_tells_a_signing_keeps_its_own_parties():
    text = "Ghana signed a pact with Togo in 2007 while Benin signed one with Niger."
    found = every_agreement(text, "2024-02-05")
    assert ["GHA", "TGO"] in [sorted(a.parties) for a in found]


def test_a_list_of_demonyms_before_governments_names_the_parties():
    found = every_agreement("The Ghanaian and Togolese governments signed a trade agreement.")
    assert [sorted(a.parties) for a in found] == [["GHA", "TGO"]]


def test_a_list_of_demonyms_before_ministers_names_the_parties_of_a_passive_signing():
    text = "The border treaty was signed by the Ghanaian and Togolese foreign ministers in Accra."
    assert [sorted(a.parties) for a in every_agreement(text)] == [["GHA", "TGO"]]


def test_business_leaders_of_two_states_sign_no_agreement_of_theirs():
    text = "Ghanaian and Togolese business delegations signed 40 agreements worth $3 billion."
    assert every_agreement(text) == []


def test_the_possessor_of_a_pact_with_a_partner_holds_it():
    text = (
        "That might cut Nigeria's police presence in Benin, similar to Ghana's pact with Togo "
        "to reduce the number of foreign officers."
    )
    found = every_agreement(text, None)
    assert [sorted(a.parties) for a in found] == [["GHA", "TGO"]]
