"""A mention of an agreement that names the pair the text tells the agreement with, and one
state more from its own sentence, took in a bystander: it is the pair's agreement (issue 10,
round 15; agreement_merge.py, _without_bystanders). Three states named as one list, or a deal
the sentence calls three-party, stay three. Each sentence is written for its test."""

from __future__ import annotations

from blocwatch.extract import extract


def parties(text: str) -> list[list[str]]:
    found = extract("pairs", text, "2024-06-21", min_confidence=0).agreements
    return sorted(sorted(a.parties) for a in found)


def test_a_state_in_the_headline_s_other_clause_is_no_party_of_the_pair_s_deal():
    text = (
        "Chile signs deal to give Peru a port after Bolivia objects. Chile and Peru signed "
        "the port agreement in Lima on Monday."
    )
    assert parties(text) == [["CHL", "PER"]]


def test_three_states_named_as_one_list_stay_three_beside_a_pair_of_them():
    text = (
        "Estonia, Latvia and Lithuania signed a border defence agreement on Friday. Estonia "
        "and Latvia also signed an air policing deal."
    )
    assert parties(text) == [["EST", "LTU", "LVA"], ["EST", "LVA"]]


def test_a_deal_its_sentence_calls_tripartite_keeps_its_third_party():
    text = (
        "A tripartite statement was signed in Beijing on Friday by the envoys of Saudi "
        "Arabia, Iran and China. Saudi Arabia and Iran agreed to reopen embassies, the "
        "statement said."
    )
    assert ["CHN", "IRN", "SAU"] in parties(text)
