"""Who supplies and who receives when a participle describes what was given: a list of
givers after "by" headed by a state noun with its owner ("the Freedonian regime and X"), and
the user of weapons a participle says another state sent. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("s", text, "2025-03-01").claims


def test_a_regime_with_its_owner_heads_a_list_of_givers():
    text = (
        "A UN panel found ammunition and drones sent to Chad by the Iranian regime and the "
        "United Arab Emirates."
    )
    (c,) = claims(text)
    assert (sorted(c.subject), c.beneficiary) == (["ARE", "IRN"], ["TCD"])


def test_the_state_using_what_a_participle_says_another_sent_receives_it():
    text = (
        "Investigators found that the Malian army has been using drones, notably those "
        "secretly delivered by the Turkish government, since the spring."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["TUR"], ["MLI"])


def test_the_user_of_weapons_sent_by_another_is_never_their_giver():
    text = "A report said the Libyan army fired missiles supplied by the Egyptian state."
    assert all(c.subject != ["LBY"] for c in claims(text))


def test_a_list_of_givers_after_one_of_them_is_alleged_makes_the_others_claims():
    text = (
        "A Kyiv newspaper reported that Serbia secretly shipped artillery shells to Moldova. "
        "Moldova's new batteries fire shells which, according to analysts, were mostly "
        "supplied by Serbia and Hungary."
    )
    found = {(tuple(c.subject), tuple(c.beneficiary)) for c in claims(text)}
    assert found == {(("SRB",), ("MDA",)), (("HUN",), ("MDA",))}


def test_a_list_of_givers_named_first_stays_one_claim():
    text = "A UN panel said Serbia and Hungary secretly shipped artillery shells to Moldova."
    (c,) = claims(text)
    assert (sorted(c.subject), c.beneficiary) == (["HUN", "SRB"], ["MDA"])
