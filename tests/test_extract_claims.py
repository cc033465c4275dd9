"""Claims: who alleges that whom supplied what to whom, and the stance ledger (denials and
acknowledgements, often in a later sentence; non-answers that are no stance at all)."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.model import CLAIM_ACTIONS, Claim


def claims(text: str, published: str | None = "2024-11-10") -> list[Claim]:
    return extract("c", text, published).claims


def one(text: str, published: str | None = "2024-11-10") -> Claim:
    found = claims(text, published)
    assert len(found) == 1, [(c.claimant, c.subject, c.beneficiary, c.action) for c in found]
    return found[0]


# --- roles and action -----------------------------------------------------------------------


def test_accusation_roles_and_action():
    c = one(
        "The United States and South Korea accused North Korea of supplying ballistic "
        "missiles to Russia for use in Ukraine."
    )
    assert c.claimant == ["USA", "KOR"]
    assert c.subject == ["PRK"]
    assert c.beneficiary == ["RUS"]
    assert c.action == "arms_transfer"
    assert c.what == "ballistic missiles"
    assert (c.denied_by, c.acknowledged_by) == ([], [])


def test_claimant_after_the_claim():
    c = one("Iran is sending ballistic missiles to Russia, the Pentagon said.")
    assert (c.claimant, c.subject, c.beneficiary) == (["USA"], ["IRN"], ["RUS"])


def test_claimant_after_according_to():
    c = one("According to Ukrainian intelligence, Iran is sending ballistic missiles to Russia.")
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["IRN"], ["RUS"])


def test_metonyms_fill_the_roles():
    c = one("Washington says Pyongyang has sent more than 10,000 shells to Moscow.")
    assert (c.claimant, c.subject, c.beneficiary) == (["USA"], ["PRK"], ["RUS"])


def test_troop_deployment():
    c = one("Ukraine says North Korea has deployed 11,000 troops to Russia.")
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["PRK"], ["RUS"])
    assert c.action == "troop_deployment"
    assert c.what == "troops"


def test_component_supply():
    c = one(
        "The United States says China is supplying machine tools and microelectronics to Russia."
    )
    assert (c.claimant, c.subject, c.beneficiary) == (["USA"], ["CHN"], ["RUS"])
    assert c.action == "component_supply"


def test_drone_components_are_components():
    c = one("The United States accused China of supplying drone components to Russia.")
    assert c.action == "component_supply"


def test_action_is_from_the_closed_list():
    c = one("North Korea has shipped millions of artillery shells to Russia since August.")
    assert c.action in CLAIM_ACTIONS


def test_outlet_assertion_has_no_claimant():
    c = one("North Korea has shipped millions of artillery shells to Russia since August.")
    assert c.claimant == []
    assert (c.subject, c.beneficiary, c.action) == (["PRK"], ["RUS"], "arms_transfer")


@pytest.mark.parametrize(
    "text, subject",
    [
        pytest.param(
            "The alleged transfer of drones from Iran to Russia worried European capitals.",
            "IRN",
        ),
        pytest.param(
            "Iran's alleged transfer of ballistic missiles to Russia drew new protests.",
            "IRN",
        ),
        pytest.param(
            "Europe condemned the transfer of North Korean missiles to Russia.",
            "PRK",
        ),
    ],
)
def test_nominal_transfer_is_a_claim_without_claimant(text, subject):
    c = one(text)
    assert c.claimant == []
    assert (c.subject, c.beneficiary, c.action) == ([subject], ["RUS"], "arms_transfer")


def test_state_that_sanctions_over_the_allegation_is_a_claimant():
    c = one(
        "Iran has supplied ballistic missiles to Russia, according to the United States. "
        "Britain imposed sanctions on Iran over the transfers."
    )
    assert c.claimant == ["USA", "GBR"]
    assert c.subject == ["IRN"]


def test_no_claim_without_a_supply():
    text = "North Korea and Russia held talks in Moscow on Monday about tourism."
    assert claims(text) == []


# --- denials --------------------------------------------------------------------------------

ALLEGATION = (
    "Washington says Pyongyang has sent more than 10,000 shells to Russia. "
    "Officials released satellite images of rail cars at the border. "
)


@pytest.mark.parametrize(
    "denial",
    [
        "Both Moscow and Pyongyang have denied the allegations.",
        "Both Moscow and Pyongyang rejected the reports.",
        "Moscow and Pyongyang dismissed the claims as baseless.",
    ],
)
def test_denial_two_sentences_after_the_allegation(denial):
    text = ALLEGATION + denial
    c = one(text, "2024-01-10")
    assert (c.claimant, c.subject, c.beneficiary) == (["USA"], ["PRK"], ["RUS"])
    assert set(c.denied_by) == {"RUS", "PRK"}
    assert c.acknowledged_by == []
    for stance in c.stances:
        if stance.stance == "denies":
            assert stance.evidence.sentence == denial
            assert text[stance.evidence.start : stance.evidence.end] == denial


def test_denial_in_present_tense_reject():
    c = one(ALLEGATION + "Both Moscow and Pyongyang reject the reports.", "2024-01-10")
    assert set(c.denied_by) == {"RUS", "PRK"}


def test_denial_by_the_subject_in_the_same_sentence():
    c = one("North Korea denied a U.S. allegation that it had shipped artillery shells to Russia.")
    assert c.subject == ["PRK"]
    assert c.denied_by == ["PRK"]
    assert "PRK" not in c.claimant


def test_denial_too_far_away_does_not_attach():
    text = (
        "Washington says Pyongyang has sent more than 10,000 shells to Russia. "
        "Seoul held a security meeting. Tokyo lodged a protest. Markets were calm. "
        "Prices of rice went up. Schools reopened in the capital. "
        "Moscow has denied the allegations about its border."
    )
    c = one(text, "2024-01-10")
    assert c.denied_by == []


@pytest.mark.parametrize(
    "answer",
    [
        "The Kremlin declined to confirm the allegations.",
        "Russia has neither confirmed nor denied the reports.",
        "Pyongyang refused to comment on the reports.",
        "Moscow would not confirm the allegations.",
    ],
)
def test_non_answers_are_no_stance(answer):
    c = one("Ukraine says North Korea has deployed 11,000 troops to Russia. " + answer)
    assert c.denied_by == []
    assert c.acknowledged_by == []


# --- acknowledgements -----------------------------------------------------------------------


def test_acknowledgement_by_the_subject_in_a_later_sentence():
    c = one(
        "Britain says Iran has supplied drones to Russia. Tehran acknowledged the reports but "
        "said the drones were sent before the war."
    )
    assert (c.claimant, c.subject, c.beneficiary) == (["GBR"], ["IRN"], ["RUS"])
    assert c.acknowledged_by == ["IRN"]
    assert c.denied_by == []


def test_acknowledgement_by_the_subject_in_its_own_sentence():
    c = one("Iran admitted it had sent drones to Russia before the war.")
    assert (c.subject, c.beneficiary) == (["IRN"], ["RUS"])
    assert c.acknowledged_by == ["IRN"]
    assert c.claimant == []


def test_acknowledged_sending_without_a_pronoun():
    c = one("Iran has acknowledged sending drones to Russia.")
    assert (c.subject, c.beneficiary) == (["IRN"], ["RUS"])
    assert c.acknowledged_by == ["IRN"]


def test_subject_confirms_the_deployment():
    c = one(
        "Kyiv says North Korean troops are fighting for Russia. Pyongyang confirmed the "
        "deployment for the first time on Monday.",
        "2025-04-30",
    )
    assert c.acknowledged_by == ["PRK"]


def test_third_party_confirming_in_the_claim_sentence_is_a_claimant():
    c = one("South Korea's spy agency confirmed that North Korea has sent troops to Russia.")
    assert c.claimant == ["KOR"]
    assert (c.subject, c.beneficiary) == (["PRK"], ["RUS"])
    assert c.acknowledged_by == []


def test_third_party_confirming_later_is_not_an_acknowledger():
    c = one(
        "Ukraine says North Korea has deployed 11,000 troops to Russia. "
        "South Korea confirmed the reports."
    )
    assert c.acknowledged_by == []
    assert "KOR" not in c.subject


def test_third_party_confirming_later_is_a_claimant():
    c = one(
        "Ukraine says North Korea has deployed 11,000 troops to Russia. "
        "South Korea confirmed the reports."
    )
    assert c.claimant == ["UKR", "KOR"]


# --- evidence -------------------------------------------------------------------------------


def test_claim_evidence_is_the_allegation_sentence():
    text = "\n" + ALLEGATION + "Both Moscow and Pyongyang have denied the allegations."
    c = one(text, "2024-01-10")
    assert c.evidence
    for e in c.evidence:
        assert text[e.start : e.end] == e.sentence
    assert c.evidence[0].sentence == (
        "Washington says Pyongyang has sent more than 10,000 shells to Russia."
    )
    assert 0.0 < c.confidence <= 1.0


def test_arming_implies_weapons_when_no_item_is_named():
    found = extract("x", "Kenya accused Ethiopia of arming the rebels.", "2024-07-09").claims
    assert [(c.claimant, c.subject, c.action) for c in found] == [
        (["KEN"], ["ETH"], "arms_transfer")
    ]


def test_a_state_that_owns_the_recipients_is_not_the_beneficiary():
    found = claims("Ankara said it had never shipped weapons to Armenia's rivals.")
    assert all("ARM" not in c.beneficiary for c in found)


def test_satellite_imagery_for_a_war_is_military_support():
    c = one("Washington accused Beijing of providing satellite imagery to Moscow.")
    assert (c.claimant, c.subject, c.beneficiary, c.action) == (
        ["USA"],
        ["CHN"],
        ["RUS"],
        "military_support",
    )


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said they had no evidence that China was sending weapons to Russia.",
        "Analysts say China is unlikely to send troops to Russia.",
        "Reporters asked whether Iran had shipped drones to Russia.",
    ],
)
def test_a_doubt_or_a_forecast_is_no_allegation(text):
    assert claims(text) == []


def test_the_same_words_without_the_doubt_are_an_allegation():
    c = one("U.S. officials said they had evidence that China was sending weapons to Russia.")
    assert (c.subject, c.beneficiary, c.action) == (["CHN"], ["RUS"], "arms_transfer")


def test_speakers_of_the_transfer_that_name_its_supplier_allege_it_too():
    first = "Ukraine said on Monday that Iran had sent Russia hundreds of attack drones."
    echo = "Japan and Canada said in a statement that the transfer was a grave escalation"
    assert one(f"{first} {echo} by Iran.").claimant == ["UKR", "JPN", "CAN"]
    # naming none of its parties, the sentence may speak of something else
    assert one(f"{first} {echo}.").claimant == ["UKR"]
