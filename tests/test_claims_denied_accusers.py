"""Who alleges, when only the denial names them: the owner of the allegation a denial
answers ("dismissed Lithuania's claims", "calling Lithuanian protests a provocation") or
the state after "by" ("the accusations made by the head of Lithuania's border service")
alleges what is denied, where nobody else is named as its accuser. Sentences written for
these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_possessive_owner_of_answered_claims_alleges():
    text = (
        "Belarus has been secretly supplying artillery shells to Russia since the spring. "
        "Minsk dismissed Lithuania's claims as fiction."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["LTU"], ["BLR"], ["RUS"])
    assert c.denied_by == ["BLR"]


def test_demonym_owner_in_the_denial_sentence_alleges():
    text = (
        "Belarus denied secretly supplying artillery shells to Russia, calling Lithuanian "
        "protests a provocation."
    )
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["LTU"], ["BLR"], ["RUS"])


def test_maker_after_by_alleges():
    text = (
        "Belarus has been secretly supplying artillery shells to Russia since the spring. "
        "Minsk rejected the accusations made by the head of Lithuania's border service."
    )
    (c,) = claims(text)
    assert c.claimant == ["LTU"] and c.denied_by == ["BLR"]


def test_a_named_accuser_is_kept():
    text = (
        "Poland accused Belarus of secretly supplying artillery shells to Russia. "
        "Minsk dismissed Lithuanian claims as fiction."
    )
    (c,) = claims(text)
    assert c.claimant == ["POL"]
