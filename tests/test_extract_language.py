"""Non-English input: the language is detected, nothing is extracted, and a note says why."""

from __future__ import annotations

import re

import pytest

from blocwatch.extract import extract
from blocwatch.extract.language import detect_language

SPANISH = (
    "Rusia y Corea del Norte firmaron el miércoles en Pyongyang un tratado de asociación "
    "estratégica que incluye una cláusula de defensa mutua. Según Washington, Pyongyang ha "
    "enviado misiles balísticos a Rusia, algo que ambos gobiernos niegan."
)
FRENCH = (
    "La Russie et la Corée du Nord ont signé mercredi à Pyongyang un traité de partenariat "
    "stratégique qui prévoit une assistance militaire en cas d'agression. Selon Washington, "
    "Pyongyang a livré des missiles à la Russie, ce que les deux pays démentent."
)
GERMAN = (
    "Russland und Nordkorea haben am Mittwoch in Pjöngjang einen Vertrag über eine "
    "strategische Partnerschaft unterzeichnet, der gegenseitigen militärischen Beistand "
    "vorsieht. Der Handel zwischen Russland und China lag im Jahr 2024 bei 244,8 Milliarden "
    "Dollar."
)
# Foreign text full of names the lexicon knows: it must still give nothing.
FRENCH_WITH_NAMES = (
    "La Russie et la Chine ont signé un accord avec les États-Unis et le Japon, selon Moscow "
    "et Beijing. Le traité de défense mutuelle a été signé le 4 février 2022 et le commerce "
    "entre Russia et China a atteint $244.8 billion en 2024."
)
ENGLISH = (
    "Russia and North Korea signed a treaty in Pyongyang on Wednesday that includes a mutual "
    "defence clause. The agreement was hailed by both leaders as a new stage in their ties."
)


@pytest.mark.parametrize(
    "text, lang",
    [(SPANISH, "es"), (FRENCH, "fr"), (GERMAN, "de"), (FRENCH_WITH_NAMES, "fr"), (ENGLISH, "en")],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_russian_in_cyrillic():
    text = (
        "Россия и Северная Корея подписали договор о стратегическом партнёрстве в среду, "
        "и это важно."
    )
    assert detect_language(text) == "ru"


@pytest.mark.parametrize("text", ["", "   ", "12 34 56", "$244.8bn"])
def test_too_little_text_is_undetermined(text):
    assert detect_language(text) == "und"


@pytest.mark.parametrize(
    "text, lang",
    [(SPANISH, "es"), (FRENCH, "fr"), (GERMAN, "de"), (FRENCH_WITH_NAMES, "fr")],
)
def test_non_english_text_yields_no_facts_and_a_note_naming_the_language(text, lang):
    result = extract("x", text, "2024-06-20")
    assert result.lang == lang
    assert result.agreements == []
    assert result.claims == []
    assert result.measures == []
    assert any(re.search(rf"\b{lang}\b", note) for note in result.notes), result.notes
    assert result.to_dict()["notes"]


def test_english_text_is_read():
    result = extract("x", ENGLISH, "2024-06-20")
    assert result.lang == "en"
    assert result.notes == []
    assert [sorted(a.parties) for a in result.agreements] == [["PRK", "RUS"]]
    assert result.to_dict()["lang"] == "en"


def test_english_article_quoting_a_foreign_phrase_stays_english():
    text = (
        ENGLISH + " Local papers called it 'un tratado histórico', and analysts in Seoul said "
        "the pact was the most important since the end of the Cold War."
    )
    result = extract("x", text, "2024-06-20")
    assert result.lang == "en"
    assert result.agreements
