"""Actor recognition: a capital or seat that opens a document's name ("the Lisbon Treaty")
names where it was drawn up, not a party; a capital in capitals after a headline run into
the story ("... deal agreed HANOI: ...") is a dateline, not a party."""

from __future__ import annotations

import datetime as dt

import pytest

from blocwatch.base.lexicon import load_lexicon
from blocwatch.extract.actors import find_all_mentions, tokenizer


def _sets(text: str):
    doc = tokenizer()(text)
    found = find_all_mentions(doc, None, load_lexicon("en"), text)
    actors = [(text[m.start : m.end], m.code) for m in found.actors]
    datelines = [text[m.start : m.end] for m in found.datelines]
    return actors, datelines


@pytest.mark.parametrize(
    "text, city",
    [
        ("Both states said the Ankara Declaration still binds them.", "Ankara"),
        ("Sweden joined under Article 10 of the Washington Treaty last year.", "Washington"),
        ("Kyiv and Moscow never carried out the Minsk agreements in full.", "Minsk"),
        ("The Ottawa Convention bans anti-personnel mines.", "Ottawa"),
    ],
)
def test_capital_opening_a_documents_name_is_no_party(text, city):
    actors, _ = _sets(text)
    assert city not in [surface for surface, _ in actors]


def test_capital_as_metonym_before_a_lower_case_noun_stays():
    actors, _ = _sets("Ankara signed the declaration with Baghdad on Monday.")
    assert ("Ankara", "TUR") in actors
    assert ("Baghdad", "IRQ") in actors


def test_state_name_opening_a_documents_name_stays():
    # "the Iran nuclear deal": Iran is a party to it.
    actors, _ = _sets("Washington left the Iran Agreement in 2018.")
    assert ("Iran", "IRN") in actors


@pytest.mark.parametrize(
    "text, city",
    [
        ("Exports to Vietnam double in a year HANOI: Officials said on Monday ...", "HANOI"),
        ("Pakistan readies its first satellite launch ISLAMABAD - Pakistan said ...", "ISLAMABAD"),
        ("Ceasefire deal signed (Photo: AFP) KUALA LUMPUR: Thailand and ...", "KUALA LUMPUR"),
    ],
)
def test_capital_in_capitals_after_a_run_in_headline_is_a_dateline(text, city):
    actors, datelines = _sets(text)
    assert city in datelines
    assert city not in [surface for surface, _ in actors]


def test_capital_in_title_case_before_a_colon_stays_an_actor():
    actors, _ = _sets("The answer came from the east, from Hanoi: Vietnam would not sign.")
    assert ("Hanoi", "VNM") in actors


@pytest.mark.parametrize(
    "text, published, surface, code",
    [
        (
            "President Muhammadu Buhari told envoys the jets would come.",
            "2020-03-02",
            "Muhammadu Buhari",
            "NGA",
        ),
        ("Magufuli said the port deal was off.", "2019-06-11", "Magufuli", "TZA"),
        ("Dodon flew to Moscow for talks on gas.", "2019-10-14", "Dodon", "MDA"),
        ("Bazoum welcomed the drones at the airport.", "2022-11-20", "Bazoum", "NER"),
    ],
)
def test_earlier_heads_of_state_speak_for_their_state(text, published, surface, code):
    doc = tokenizer()(text)
    on = dt.date.fromisoformat(published)
    found = find_all_mentions(doc, on, load_lexicon("en"), text)
    assert (surface, code) in [(text[m.start : m.end], m.code) for m in found.actors]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Envoys met at the Kenyatta International Convention Centre.", "Kenyatta"),
        ("She lectures at Hamad bin Khalifa University in Doha.", "Hamad bin Khalifa"),
    ],
)
def test_leaders_name_on_a_building_is_no_actor(text, surface):
    doc = tokenizer()(text)
    found = find_all_mentions(doc, dt.date(2019, 5, 1), load_lexicon("en"), text)
    assert surface not in [text[m.start : m.end] for m in found.actors]


def test_leaders_name_before_a_lower_case_word_stays():
    text = "Kenyatta said the port deal was fair."
    doc = tokenizer()(text)
    found = find_all_mentions(doc, dt.date(2019, 5, 1), load_lexicon("en"), text)
    assert ("Kenyatta", "KEN") in [(text[m.start : m.end], m.code) for m in found.actors]
