"""Who alleges when "the report" speaks: the author of the report named before it, as the
document's speaker memory places it (extract/speaker_memory.py), a state or an organisation
("a UN experts report", "a report by U.N. monitors", "UN Special Rapporteur ... reported");
none from the memory when the report last brought in has no author it can place (the press,
"a report seen by Reuters"). Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_the_report_speaks_for_the_un_panel_named_before():
    text = (
        "A panel of UN monitors delivered its yearly review to the Security Council on "
        "Monday. Belarus shipped artillery rockets to Sudan's army last spring, according "
        "to the review."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["UN"], ["BLR"], ["SDN"])


def test_report_by_experts_then_the_addendum_said():
    text = (
        "The council will release an addendum to the latest report by U.N. experts about the "
        'region. "The Rwandan army has been delivering rifles and mortar rounds to '
        "Burundi's army,\" the addendum said."
    )
    found = [c for c in claims(text) if c.subject == ["RWA"]]
    assert found and all(c.claimant == ["UN"] for c in found)


def test_a_rapporteur_who_reported_is_the_author_of_the_report():
    text = (
        "UN Special Rapporteur Ana Reyes reported on Tuesday that arms kept flowing to "
        "the junta. The report said that Serbia had shipped mortar shells to Myanmar's army."
    )
    found = [c for c in claims(text) if c.subject == ["SRB"]]
    assert found and all(c.claimant == ["UN"] for c in found)


def test_a_demonym_alone_is_the_press_not_the_state():
    text = (
        "A South Korean report on Monday described new rail links near the border. "
        "Iran sent missile engineers to North Korea to help with its rocket launch, the "
        "report said."
    )
    for c in claims(text):
        assert "KOR" not in c.claimant


def test_a_un_group_of_experts_speaks_for_the_un():
    text = (
        "Kenya's president rejected the findings of a United Nations group of experts, "
        "which said that Rwanda had shipped rifles and mortars to Burundi's army."
    )
    found = [c for c in claims(text) if c.subject == ["RWA"]]
    assert found and all(c.claimant == ["UN"] for c in found)


def test_a_states_group_is_no_speaker_of_its_own():
    text = "The Russian group said that Belarus had shipped shells to Sudan's army."
    for c in claims(text):
        assert "RUS" not in c.claimant
