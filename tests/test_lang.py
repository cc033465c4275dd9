"""The language seam: each language's tables and words in ``lang/<code>/``, the shared ones in
``lang/shared/``, a registry by code, and the extractor choosing the language of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocwatch.base import lexicon as lexicon_module
from blocwatch.base.tables import SHARED_DIR, cue_table, read_table, table_path
from blocwatch.extract import extract
from blocwatch.extract import reading as reading_module
from blocwatch.extract.actors import forget_vocabulary
from blocwatch.lang import LANGUAGES, Language, language_for
from blocwatch.lang.en import ENGLISH


def test_english_declares_exactly_the_tables_in_its_directory():
    on_disk = {p.name for p in ENGLISH.directory.glob("*.tsv")}
    assert on_disk == set(ENGLISH.tables)
    assert len(ENGLISH.tables) == len(set(ENGLISH.tables))


def test_shared_tables_hold_no_language_and_are_not_shadowed():
    shared = {p.name for p in SHARED_DIR.glob("*.tsv")}
    assert {"actors.tsv", "members.tsv", "function_words.tsv"} <= shared
    assert not shared & set(ENGLISH.tables)
    assert table_path("actors.tsv") == SHARED_DIR / "actors.tsv"
    assert table_path("aliases.tsv", "en") == ENGLISH.directory / "aliases.tsv"


def test_the_registry_is_keyed_by_code_and_reads_undetermined_text_as_english():
    assert LANGUAGES["en"] is ENGLISH
    assert language_for("en") is ENGLISH
    assert language_for("und") is ENGLISH
    assert language_for("fr") is None
    with pytest.raises(KeyError):
        read_table("aliases.tsv", "fr")


def test_english_text_is_read_with_english_data_and_other_text_gives_a_note():
    english = extract("en1", "Russia and Iran signed a defence pact in Tehran on 17 January 2025.")
    assert english.lang == "en" and english.agreements
    french = extract(
        "fr1",
        "La Russie et l'Iran ont signé un traité de partenariat le 17 janvier 2025, selon le "
        "texte publié par les deux gouvernements.",
    )
    assert french.lang == "fr" and not french.agreements
    assert french.notes == ["language 'fr' is not English: nothing extracted"]


# A second language for the test only: its own tables (a few rows each, in Spanish) beside
# the shared ones, and spaCy's Spanish tokenizer. No code of the first pass changes.
_SPANISH_ROWS = {
    "aliases.tsv": "alias\tcode\tkind\tsource\nRusia\tRUS\tname\ttest\nIrán\tIRN\tname\ttest\n",
    "agreement_verbs.tsv": "cue\tvalue\tsource\nfirmaron\tsigned\ttest\n",
    "agreement_terms.tsv": "cue\tvalue\tsource\ntratado\ttreaty\ttest\n",
}
_SPANISH_HEADERS = {
    "officials.tsv": "name\tshort\tcode\trole\tstart\tend\tsource",
    "titles.tsv": "title\trole\tsource",
    "contextual_aliases.tsv": "alias\tcode\tcontext\tsource",
    "ambiguous_names.tsv": "alias\talso\tsource",
    "non_state_actors.tsv": "form\tgroup\ttype\tabsorbs\tsource",
    "non_state_nouns.tsv": "noun\tsource",
    "non_actor_phrases.tsv": "phrase\tsource",
}


@pytest.fixture
def spanish(tmp_path: Path, monkeypatch):
    tables = {**_SPANISH_ROWS, **{n: h + "\n" for n, h in _SPANISH_HEADERS.items()}}
    for name in reading_module.CUE_TABLES:
        tables.setdefault(name, "cue\tvalue\tsource\n")
    for name, text in tables.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    language = Language("es", "Spanish", tuple(tables), "es", (), home=tmp_path)
    monkeypatch.setitem(LANGUAGES, "es", language)
    yield language
    forget_vocabulary()
    reading_module._cue_matcher.cache_clear()
    lexicon_module._load_lexicon.cache_clear()
    cue_table.cache_clear()


def test_a_second_language_is_data_the_first_pass_reads_unchanged(spanish):
    text = "Rusia e Irán firmaron un tratado en Teherán."
    found = reading_module.read("es1", text, None, "es")
    assert found.lang == "es"
    assert [m.code for m in found.sentences[0].mentions] == ["RUS", "IRN"]
    assert {(c.table, c.value, c.text) for c in found.sentences[0].cues} == {
        ("agreement_verbs", "signed", "firmaron"),
        ("agreement_terms", "treaty", "tratado"),
    }
    # the English first pass knows neither the Spanish names nor the Spanish verb
    english = reading_module.read("es1", text, None, "en")
    assert not any(c.table == "agreement_verbs" for c in english.sentences[0].cues)
    assert "RUS" not in [m.code for m in english.sentences[0].mentions]
