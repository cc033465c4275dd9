"""Giver and receiver of an amount handed over, read from the parse: the subject of a verb of
handing gives, the subject of a verb of receiving receives, the indirect object, "to" and
"for" receive, "from" and a passive "by" give; other states the sentence names (a venue, a
broker, a state compared with, one that welcomes the sum) have no role. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract


def sides(text: str) -> set[tuple]:
    found = extract("r", text, "2025-02-01").measures
    return {(tuple(m.actors), m.metric, m.value) for m in found}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a broker named in an aside
        (
            "The accord, mediated by Oman, gives Jordan a $2 billion loan from Kuwait.",
            ("KWT", "JOR"),
        ),
        # a state compared with
        ("Unlike Italy, Spain will give $400 million to Morocco.", ("ESP", "MAR")),
        # a state that welcomes the loan
        ("Nepal welcomed the $300 million credit line from India to Bhutan.", ("IND", "BTN")),
        # the host of the meeting where the pledge is made
        (
            "Belgium will host a summit where Norway will pledge $200 million to Moldova.",
            ("NOR", "MDA"),
        ),
        # a state echoed
        ("Echoing Paris, Canada pledged $90 million to Haiti.", ("CAN", "HTI")),
        # the receiver as subject of a verb of receiving
        ("Tunisia secured a $1 billion deposit from Qatar.", ("QAT", "TUN")),
    ],
)
def test_the_parse_names_the_giver_and_the_receiver(text, actors):
    [(found, metric, _)] = sides(text)
    assert metric == "aid_value"
    assert set(found) == set(actors)


def test_givers_listed_together_each_give():
    [(found, _, _)] = sides("Kuwait and Qatar pledged $3 billion to Sudan.")
    assert set(found) == {"KWT", "QAT", "SDN"}


@pytest.mark.parametrize(
    ("text", "actors", "metric"),
    [
        ("Echoing Rome, Chile sent 70 soldiers to Haiti.", ("CHL", "HTI"), "troops"),
        (
            "Unlike Austria, Greece will deliver 12 howitzers to Cyprus.",
            ("GRC", "CYP"),
            "munitions_count",
        ),
        (
            "Egypt, hosting the Sudanese premier, announced it will deliver 20 patrol boats "
            "to Libya.",
            ("EGY", "LBY"),
            "munitions_count",
        ),
    ],
)
def test_the_parse_names_who_sends_weapons_or_troops_and_to_whom(text, actors, metric):
    [(found, got, _)] = sides(text)
    assert (set(found), got) == (set(actors), metric)


def test_a_pronoun_subject_stands_for_the_state_that_says_it():
    [(found, _, _)] = sides(
        "Hosting Jordan's king, Kuwait announced that it would extend a $300 million loan to "
        "Lebanon."
    )
    assert set(found) == {"KWT", "LBN"}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Mongolian President Khurelsukh told his Korean counterpart that trade between "
            "Mongolia and Russia reached $2.5 billion in 2023.",
            ("MNG", "RUS"),
        ),
        (
            "Unlike Chile, Peru saw its trade with China fall to $38 billion in 2023.",
            ("PER", "CHN"),
        ),
        (
            "Hosting the Iranian minister, Armenia said its exports to Georgia were worth "
            "$1 billion in 2023.",
            ("ARM", "GEO"),
        ),
    ],
)
def test_the_phrase_of_a_flow_names_its_two_sides_among_more(text, actors):
    [(found, _, _)] = sides(text)
    assert set(found) == set(actors)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president, hosting his Peruvian counterpart, said trade with China hit $60 "
        "billion last year.",
        "Mongolian President Khurelsukh told his Korean counterpart that trade with China "
        "reached $17 billion in 2023.",
    ],
)
def test_a_flow_named_with_its_partner_only_belongs_to_the_speakers_state(text):
    [(found, metric, _)] = sides(text)
    assert metric == "bilateral_trade"
    assert set(found) in ({"CHL", "CHN"}, {"MNG", "CHN"})


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Unlike Spain, Italy keeps about 1,100 soldiers in Lebanon.", {"ITA", "LBN"}),
        ("The Danish envoy said London has 900 troops in Estonia.", {"GBR", "EST"}),
    ],
)
def test_troops_a_state_keeps_in_another_are_hosted_where_in_says(text, actors):
    [(found, metric, _)] = sides(text)
    assert (set(found), metric) == (actors, "troops")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a lemma of each kind of measure_roles.tsv, in a sentence that names a third state
        ("Unlike Greece, Sweden will lend $250 million to Georgia.", ("SWE", "GEO")),
        ("Unlike Peru, Ecuador obtained a $800 million loan from China.", ("CHN", "ECU")),
        ("Unlike Spain, Portugal maintains 400 troops in Mali.", ("PRT", "MLI")),
    ],
)
def test_the_verbs_of_giving_receiving_and_stationing_come_from_their_table(text, actors):
    [(found, _, _)] = sides(text)
    assert set(found) == set(actors)
