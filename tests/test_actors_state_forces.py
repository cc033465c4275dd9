"""Forces a state runs are that state: the Russian defence ministry's Africa Corps stands for
Russia (unlike Wagner, a company, which never does), and Rwanda's army named by its initials
(RDF) stands for Rwanda. Sentences written for these tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.extract.reading import read


def actors(text: str, published: str = "2025-03-01") -> list[tuple[str, str]]:
    reading = read("t", text, published)
    return [(text[m.start : m.end], m.code) for v in reading.sentences for m in v.mentions]


@pytest.mark.parametrize("name", ["Africa Corps", "African Corps"])
def test_the_africa_corps_is_russia(name):
    text = f"Several hundred {name} instructors landed in Ouagadougou last month."
    assert (name, "RUS") in actors(text)


def test_afrika_korps_stays_no_state():
    # the German spelling is first of all Rommel's corps of the Second World War
    text = "Historians of the Afrika Korps met in Tobruk, Libya, on Monday."
    assert all(code != "RUS" for _, code in actors(text))


def test_wagner_still_is_no_state():
    text = "Several hundred Wagner fighters landed in Bangui last month."
    assert all(code != "RUS" for _, code in actors(text))


def test_rdf_initials_are_rwanda():
    text = "Congo says RDF soldiers crossed the border near Goma on Tuesday."
    assert ("RDF", "RWA") in actors(text)


def test_an_outlet_report_of_africa_corps_arriving_is_a_deployment_claim():
    text = "A few hundred Africa Corps instructors have arrived in Niger, the outlet reported."
    claims = extract("n", text, "2025-03-01").claims
    assert [(c.subject, c.beneficiary, c.action) for c in claims] == [
        (["RUS"], ["NER"], "troop_deployment")
    ]
