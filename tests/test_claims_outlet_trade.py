"""Arms sold, exported or bought between two states as the outlet itself tells it, with no
accuser, marker, denial or admission, is commerce (a figure or nothing), not an allegation;
the same trade reported as secret, alleged or denied stays a claim. Sentences written for
these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_outlet_export_is_commerce():
    assert claims("Norway's arms exports to Chile rose sharply last year.") == []


def test_outlet_purchase_is_commerce():
    assert claims("Peru has bought two Spanish patrol aircraft and Brazilian rifles.") == []


def test_outlet_sale_is_commerce():
    assert claims("Sweden previously sold fighter jets to Thailand and Hungary.") == []


def test_secret_sale_stays_a_claim():
    (c,) = claims("Belarus secretly sold artillery shells to Myanmar.")
    assert (c.subject, c.beneficiary, c.action) == (["BLR"], ["MMR"], "arms_transfer")


def test_accused_sale_stays_a_claim():
    (c,) = claims("Ukraine accused Belarus of selling artillery shells to Russia.")
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["BLR"], ["RUS"])


def test_outlet_shipment_is_not_commerce():
    # a word of sending, not of trade: the outlet's own report of supply stays a claim
    (c,) = claims("Iran shipped drones to Russia last year.")
    assert (c.subject, c.beneficiary) == (["IRN"], ["RUS"])


def test_the_count_of_a_purchase_keeps_its_pair():
    # no claim, but the figure is still about the seller and the buyer
    x = extract("c", "Peru has bought two Israeli missile systems.", "2025-07-01")
    assert x.claims == []
    assert [(sorted(m.actors), m.metric, m.value) for m in x.measures] == [
        (["ISR", "PER"], "munitions_count", 2.0)
    ]
