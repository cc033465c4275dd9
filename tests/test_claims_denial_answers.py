"""Denials that answer an allegation in other words than it: a headline denial before the
story, a denial of "the statement" or "the findings". Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("d", text, "2025-04-07").claims


def test_a_denial_names_whom_a_headline_allegation_left_out():
    text = (
        "Cairo denies sending rockets\n"
        "An Egyptian government spokesman rejected reports that Cairo had sent rockets to "
        "the Sudanese army."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.denied_by) == (["EGY"], ["SDN"], ["EGY"])


def test_a_denial_does_not_lend_its_recipient_to_another_supplier():
    text = (
        "Turkey denies sending drones\n"
        "An Egyptian spokesman rejected reports that Cairo had sent rockets to the Sudanese army."
    )
    found = {(tuple(c.subject), tuple(c.beneficiary)) for c in claims(text)}
    assert (("TUR",), ("SDN",)) not in found


def test_rejecting_the_statement_denies_it():
    text = (
        "Georgia's foreign ministry accused Armenia of supplying rifles to Russia. "
        "Armenian officials rejected the statement as a smear."
    )
    (c,) = claims(text)
    assert c.denied_by == ["ARM"]


def test_dismissing_the_findings_denies_them():
    text = (
        "UN experts found that Chad had delivered armoured vehicles to Sudan's army. "
        "N'Djamena dismissed the findings."
    )
    (c,) = claims(text)
    assert c.denied_by == ["TCD"]


# --- gerunds the tagger takes for nouns ----------------------------------------------------


def test_accused_of_shipping_weapons():
    (c,) = claims("Kenya accused Uganda of shipping mortars to South Sudan.")
    assert (c.claimant, c.subject, c.beneficiary) == (["KEN"], ["UGA"], ["SSD"])


def test_denied_smuggling_rifles():
    (c,) = claims("Uganda denied smuggling rifles to South Sudan.")
    assert (c.subject, c.beneficiary, c.denied_by) == (["UGA"], ["SSD"], ["UGA"])


def test_accused_of_shipping_with_an_object():
    (c,) = claims("Kenya accused Uganda of shipping drones to South Sudan.")
    assert (c.claimant, c.subject, c.beneficiary) == (["KEN"], ["UGA"], ["SSD"])


def test_shipping_as_a_noun_is_no_supply():
    assert claims("Uganda denied that shipping lanes to South Sudan were closed.") == []


def test_the_denial_named_again_answers_the_allegation_it_followed():
    text = (
        "Armenia denied on Friday that it was breaking Western sanctions. "
        "The denial followed accusations from EU officials that Armenia was serving as a "
        "conduit for Russia to import banned goods."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.denied_by) == (["EU"], ["ARM"], ["ARM"])


def test_a_denial_by_another_is_not_taken_up():
    text = (
        "Turkey denied on Friday that it was breaking Western sanctions. "
        "The denial followed accusations from EU officials that Armenia was serving as a "
        "conduit for Russia to import banned goods."
    )
    (c,) = claims(text)
    assert c.denied_by == []


# --- admissions by a description of the speaker's own state --------------------------------


def test_his_country_is_the_speakers_state():
    text = (
        "Georgia protested Turkey's sale of drones to Azerbaijan. "
        "An Azerbaijani official confirmed his country is using Turkish drones."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["GEO"], ["TUR"], ["AZE"])
    assert c.acknowledged_by == ["AZE"]


def test_a_single_sale_is_a_supply():
    (c,) = claims("Georgia condemned Turkey's sale of howitzers to Azerbaijan.")
    assert (c.claimant, c.subject, c.beneficiary) == (["GEO"], ["TUR"], ["AZE"])


def test_a_denial_to_any_party_answers_the_suppliers_other_claims():
    text = (
        "Chad rejected allegations by Amnesty accusing it of supplying rifles to the RSF. "
        "A Chadian minister dismissed the claims, saying Chad had not supplied weapons to "
        "any party in the war. "
        "A newspaper reported that Chad and Libya had secretly shipped rifles to Sudan's army."
    )
    found = {(tuple(c.subject), tuple(c.beneficiary)): c for c in claims(text)}
    assert found[("TCD", "LBY"), ("SDN",)].denied_by == ["TCD"]


def test_whom_the_denier_accuses_of_spreading_lies_alleges():
    text = "Beijing denied selling drones to Moscow and accused the EU of spreading lies."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["EU"], ["CHN"], ["RUS"])
    assert c.denied_by == ["CHN"]


def test_a_state_said_to_disseminate_false_information_alleges():
    text = (
        "Britain is disseminating false information about Iranian missiles being shipped to "
        "Russia, the Iranian embassy said."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["GBR"], ["IRN"], ["RUS"])


def test_the_state_a_false_story_is_about_does_not_spread_it():
    text = (
        "Washington keeps sending arms to Kyiv while spreading false stories on China "
        "exporting drones, slandering Chinese firms."
    )
    assert all("CHN" not in c.claimant for c in claims(text))
