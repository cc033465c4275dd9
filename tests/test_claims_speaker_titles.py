"""Who alleges, when the parse names a person whose title holds the actor: the title's words
nested under the name ("UN Secretary-General Lee Jong-ho"), a possessive state before an
unlisted title ("Mali's Gao Governor"), and a passive's "by" agent the parser hung on the
gerund after "accused of". Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_body_in_a_nested_title_alleges():
    text = (
        "UN Secretary-General Lee Jong-ho says Belarus may have shipped combat "
        "helicopters to Myanmar in breach of an embargo."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["UN"], ["BLR"], ["MMR"])


def test_state_owning_an_unlisted_title_alleges():
    text = (
        "The Estonian Foreign Ministry's Central Analysis Unit stated on Monday that Iran has "
        "flown drone crews to Belarus."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["EST"], ["IRN"], ["BLR"])


def test_passive_agent_after_accused_of_alleges():
    text = (
        "Last week Niger's government was accused of arming the rebels by Mali's Gao "
        "Governor Amadou Keita."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["MLI"], ["NER"], [])


def test_a_means_after_accused_of_is_no_agent():
    text = "Rwanda was accused of fuelling the war by arming the M23 rebels."
    (c,) = claims(text)
    assert c.claimant == [] and c.subject == ["RWA"]


def test_contention_and_assertion_name_their_maker():
    # verbs and nouns of claiming beside "claim": "asserted that", "its contention that"
    text = "Chile's contention that Peru is helping Bolivia build attack drones worries Quito."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["CHL"], ["PER"], ["BOL"])
    text = "Kyiv contends that Belarus has shipped artillery shells to Russia."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["BLR"], ["RUS"])
    text = "Lithuania asserted on Friday that Belarus has sent fuel trucks to Russian troops."
    (c,) = claims(text)
    assert c.claimant == ["LTU"] and c.subject == ["BLR"]


def test_who_is_quoted_as_saying_alleges():
    # who quotes (an agency, a lawmaker) only passes on what the quoted speaker says
    text = (
        "A news agency quoted Poland's intelligence service as saying that Belarus had "
        "sent fuel trucks to Russian units."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["POL"], ["BLR"], ["RUS"])
    text = (
        "A Latvian minister was quoted by a radio station as saying that Iran had delivered "
        "attack drones to Russia."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["LVA"], ["IRN"], ["RUS"])


def test_unnamed_sources_make_no_claimant():
    # what an outlet's unnamed sources say it reports on its own account
    text = "Unnamed French officials told a newspaper that Iran was shipping drones to Sudan."
    (c,) = claims(text)
    assert c.claimant == [] and c.subject == ["IRN"] and c.beneficiary == ["SDN"]
    text = (
        "The paper quoted unidentified Polish officials as saying that Belarus had sent "
        "artillery shells to Russia."
    )
    (c,) = claims(text)
    assert c.claimant == [] and c.subject == ["BLR"]
