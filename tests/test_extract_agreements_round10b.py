"""Agreement mechanisms of round 10, second wave (issue 10, sections 2 and 6): each test is
a sentence written for it, none copied from an article."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("r10b", text, published).agreements


def pairs(text: str) -> list[frozenset[str]]:
    return [frozenset(a.parties) for a in agreements(text)]


def test_a_signing_witnessed_under_a_modal_is_yet_to_come():
    text = (
        "In Quito, the Chinese leader will meet the president, tour a dam and witness the "
        "signing of agreements with Ecuador, an aide said."
    )
    assert pairs(text) == []


def test_a_signing_overseen_under_set_to_is_yet_to_come():
    text = "The Chinese leader is set to oversee the signing of several agreements with Ecuador."
    assert pairs(text) == []


def test_a_witnessed_signing_in_the_past_is_kept():
    text = "The Chinese leader witnessed the signing of agreements with Ecuador on Monday."
    assert pairs(text) == [frozenset({"CHN", "ECU"})]


def test_a_deal_never_had_is_no_agreement():
    assert pairs("North Korea has never had any deal with Russia on weapons, its envoy said.") == []
    assert pairs("Kenya and Uganda have never had a defence treaty.") == []


def test_a_deal_had_since_a_year_is_kept():
    text = "Kenya and Uganda have had a defence treaty since 1990."
    assert pairs(text) == [frozenset({"KEN", "UGA"})]


def test_partners_named_as_examples_each_have_a_deal():
    text = "Armenia has made a big arms deal with countries like India and France."
    assert sorted(map(sorted, pairs(text))) == [["ARM", "FRA"], ["ARM", "IND"]]


def test_a_plain_list_after_with_stays_one_agreement():
    text = "Armenia signed a trade agreement with India and France."
    assert pairs(text) == [frozenset({"ARM", "IND", "FRA"})]


def test_a_bloc_that_decided_to_admit_states_takes_them_in_undated():
    text = (
        "Meeting in Johannesburg, BRICS leaders decided on Thursday to admit Egypt and "
        "Ethiopia as new members of the grouping."
    )
    found = agreements(text)
    assert sorted((sorted(a.parties), a.kind, a.signed) for a in found) == [
        (["BRICS", "EGY"], "accession", None),
        (["BRICS", "ETH"], "accession", None),
    ]


def test_an_invitation_decided_to_become_full_members_is_an_accession():
    text = '"We have agreed to invite Iran and Egypt to become full members of BRICS," he said.'
    assert sorted(sorted(p) for p in pairs(text)) == [["BRICS", "EGY"], ["BRICS", "IRN"]]


def test_an_invitation_to_a_summit_is_no_accession():
    assert pairs("BRICS leaders decided to invite Egypt and Ethiopia to the summit.") == []


def test_a_decision_still_to_take_admits_no_one():
    text = "BRICS leaders may decide to admit Egypt and Ethiopia as new members next year."
    assert pairs(text) == []


def test_one_government_approving_an_arms_sale_concludes_no_agreement():
    text = "The State Department has approved a $3 billion arms deal with Saudi Arabia."
    assert pairs(text) == []


def test_a_cabinet_signing_off_on_a_purchase_concludes_no_agreement():
    text = "Indian cabinet signs off on Boeing helicopter deal with United States."
    assert pairs(text) == []


def test_a_parliament_approving_an_agreement_still_ratifies_it():
    text = "The Turkish parliament approved the defence agreement with Qatar on Thursday."
    assert [a.status for a in agreements(text)] == ["ratified"]


def test_a_date_the_signing_verb_tells_overrides_the_day_of_the_report():
    text = (
        "Pakistan has signed an agreement with China on space exploration, state media "
        "reported on Monday. The agreement was signed in Beijing in June."
    )
    found = agreements(text)
    assert [(sorted(a.parties), a.signed) for a in found] == [(["CHN", "PAK"], "2024-06")]


def test_the_day_of_the_report_alone_still_dates_the_signing():
    text = "Kenya and Uganda have signed a defence pact, the ministry said on Tuesday."
    assert [a.signed for a in agreements(text)] == ["2024-06-18"]


def test_the_first_such_agreement_is_the_one_just_told():
    text = (
        "The Israeli minister signed a memorandum with his Moroccan counterpart on Wednesday, "
        "the first such agreement between Israel and an Arab state."
    )
    assert [a.kind for a in agreements(text)] == ["memorandum"]


def test_such_pacts_with_other_partners_are_their_own():
    text = (
        "Japan signed a reciprocal access agreement with the Philippines on Monday. Japan had "
        "concluded such pacts with Australia and Britain."
    )
    assert len(agreements(text)) == 3


def test_a_holding_verb_with_another_object_holds_no_agreement():
    text = (
        "Putin said Moscow maintains discretion over its international partnerships, "
        "including those with North Korea."
    )
    assert pairs(text) == []


def test_a_holding_verb_with_the_agreement_as_object_still_holds_it():
    text = "Japan and Australia maintain close security agreements with each other."
    assert pairs(text) == [frozenset({"JPN", "AUS"})]


def test_a_state_welcomed_as_a_party_to_a_treaty_leaves_out_the_speaker():
    text = (
        '"Let me be the first to welcome Sweden as a party to the Washington Treaty," '
        "Secretary of State Antony Blinken said."
    )
    assert pairs(text) == []


def test_states_that_are_parties_to_a_treaty_are_its_parties():
    text = "Japan and the United States are parties to the 1960 security treaty, he said."
    assert pairs(text) == [frozenset({"JPN", "USA"})]


def test_a_name_with_an_acronym_head_retells_the_spelled_out_name():
    text = (
        "Ghana and Togo signed the Memorandum of Understanding (MOU) for Port Security "
        "Cooperation in Lome on Friday. The Port Security MOU will deepen cooperation "
        "between Ghana and Togo."
    )
    assert [a.kind for a in agreements(text)] == ["memorandum"]


def test_a_state_in_an_at_a_time_of_adjunct_is_no_party():
    text = (
        "The outpost, set up under an accord signed in 2014 and later ratified by Turkey's "
        "lawmakers, widens its partnership with Qatar at a time of fading U.S. attention."
    )
    assert [sorted(a.parties) for a in agreements(text)] == [["QAT", "TUR"]]


def test_a_fronted_at_a_time_of_adjunct_ends_at_its_comma():
    text = "At a time of tension with China, Japan and the Philippines signed a defence pact."
    assert pairs(text) == [frozenset({"JPN", "PHL"})]
