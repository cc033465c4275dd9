"""Inputs that must never break the extractor: empty and whitespace-only text, very long text,
random bytes decoded as Latin-1, one enormous sentence, and records given in every accepted
shape. Each returns an Extraction; nothing here is timed (speed is benchmarked elsewhere)."""

from __future__ import annotations

import json
import random

import pytest

from blocwatch.errors import BlocwatchError
from blocwatch.extract import extract, extract_document, extract_stream
from blocwatch.model import Document, Extraction

PARAGRAPH = (
    "Russia and North Korea signed a treaty in Pyongyang on Wednesday that obliges each side "
    "to provide military assistance if attacked. The United States and South Korea accused "
    "North Korea of supplying ballistic missiles to Russia. Trade between Russia and China "
    "reached $244.8 billion in 2024.\n"
)


def check_evidence(text: str, result: Extraction) -> None:
    for record in [*result.agreements, *result.claims, *result.measures]:
        for e in record.evidence:
            assert 0 <= e.start < e.end <= len(text)
            assert text[e.start : e.end] == e.sentence


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n", "\u00a0\u2003"])
def test_empty_and_whitespace_only(text):
    result = extract("empty", text, "2024-06-20")
    assert isinstance(result, Extraction)
    assert (result.agreements, result.claims, result.measures) == ([], [], [])
    assert result.doc_id == "empty"
    json.dumps(result.to_dict())


def test_empty_text_says_so():
    assert extract("empty", "", None).notes == ["empty text"]


def test_long_text_of_a_repeated_paragraph():
    text = PARAGRAPH * (200_000 // len(PARAGRAPH) + 1)  # about 200 kB
    result = extract("long", text, "2024-06-20")
    assert result.lang == "en"
    # The same facts, repeated, are still the same facts.
    assert [sorted(a.parties) for a in result.agreements] == [["PRK", "RUS"]]
    assert [(c.subject, c.beneficiary) for c in result.claims] == [(["PRK"], ["RUS"])]
    check_evidence(text, result)


@pytest.mark.slow
def test_two_megabyte_text():
    text = PARAGRAPH * (2_000_000 // len(PARAGRAPH) + 1)
    assert len(text) >= 2_000_000
    result = extract("big", text, "2024-06-20")
    assert isinstance(result, Extraction)
    assert [sorted(a.parties) for a in result.agreements] == [["PRK", "RUS"]]
    assert len(result.claims) == 1
    # Evidence offsets stay right deep into the text.
    last = max(e.end for m in result.measures for e in m.evidence)
    assert last > 1_900_000
    check_evidence(text, result)


@pytest.mark.parametrize("seed", [0, 1, 20240620])
def test_random_bytes_decoded_as_latin1(seed):
    rng = random.Random(seed)
    text = bytes(rng.randrange(256) for _ in range(100_000)).decode("latin-1")
    result = extract("noise", text, None)
    assert isinstance(result, Extraction)
    assert result.agreements == []
    assert result.claims == []
    check_evidence(text, result)
    json.dumps(result.to_dict())


def test_random_bytes_around_a_real_sentence():
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(20_000)).decode("latin-1")
    text = noise + "\n" + PARAGRAPH + noise
    result = extract("mixed", text, "2024-06-20")
    assert isinstance(result, Extraction)
    check_evidence(text, result)


def test_one_100kb_sentence_without_punctuation():
    words = "the delegation from Russia met officials from China and talked about trade and energy "
    text = (words * (100_000 // len(words) + 1)).strip()
    assert len(text) >= 99_000 and "." not in text
    result = extract("run-on", text, "2024-06-20")
    assert isinstance(result, Extraction)
    check_evidence(text, result)


def test_one_100kb_token_without_spaces():
    text = "x" * 100_000
    result = extract("token", text, None)
    assert isinstance(result, Extraction)
    assert result.agreements == [] and result.claims == [] and result.measures == []


def test_control_characters_and_odd_unicode():
    text = (
        "\x00\x0b\x0c\u2028Russia\u200b and North Korea signed a treaty in Pyongyang on "
        "Wednesday.\u2029\ufeff\x85 The pact includes a mutual defence clause.\U0001f600"
    )
    result = extract("odd", text, "2024-06-20")
    assert isinstance(result, Extraction)
    check_evidence(text, result)


@pytest.mark.parametrize("published", [None, "", "not a date", "2024-13-45", "2024", "2024-06"])
def test_odd_publication_dates_do_not_break(published):
    result = extract("d", "Russia and North Korea signed a treaty on Wednesday.", published)
    assert [sorted(a.parties) for a in result.agreements] == [["PRK", "RUS"]]
    assert result.agreements[0].signed is None


# --- record shapes --------------------------------------------------------------------------


def test_extract_document_from_a_dict_and_from_a_document():
    record = {"id": 7, "text": PARAGRAPH, "published": "2024-06-20"}
    from_dict = extract_document(record)
    from_doc = extract_document(Document(id="7", text=PARAGRAPH, published="2024-06-20"))
    assert from_dict.doc_id == "7"
    assert from_dict.to_dict() == from_doc.to_dict()


def test_extract_document_without_published():
    result = extract_document({"id": "a", "text": "Russia and Iran signed a treaty on Friday."})
    assert [a.signed for a in result.agreements] == [None]


def test_extract_stream_goes_on_after_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": PARAGRAPH, "published": "2024-06-20"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"text": "no id here"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "c", "text": 42}),
        "",
        "   ",
        json.dumps({"id": "d", "text": ""}),
    ]
    results = list(extract_stream(lines, origin="in.jsonl"))
    good = [r for r in results if isinstance(r, Extraction)]
    bad = [str(r) for r in results if isinstance(r, BlocwatchError)]
    assert [r.doc_id for r in good] == ["a", "d"]
    assert len(bad) == 5
    assert [msg.split(":")[1] for msg in bad] == ["2", "3", "4", "5", "6"]
    assert all(msg.startswith("in.jsonl:") for msg in bad)
    assert "malformed JSON" in bad[0]
    assert '"text"' in bad[1]
    assert '"id"' in bad[2]


def test_a_fresh_vocabulary_changes_no_result_and_drops_the_words_seen(monkeypatch):
    from blocwatch.extract import reading
    from blocwatch.extract.actors import tokenizer

    monkeypatch.setattr(reading, "FRESH_VOCABULARY_EVERY", 3)
    monkeypatch.setattr(reading, "_documents_read", 0)
    first = extract("d", PARAGRAPH, "2024-06-20").to_dict()
    extract("names", "Zorblax Quintavelle and Mirtudo Fenwarax met in Plovane.", "2024-06-20")
    assert "Zorblax" in tokenizer().vocab.strings
    third = extract("d", PARAGRAPH, "2024-06-20").to_dict()  # the third starts afresh
    assert "Zorblax" not in tokenizer().vocab.strings
    assert third == first and first["agreements"] and first["claims"]


def test_a_vocabulary_over_its_cap_starts_afresh_and_changes_no_result(monkeypatch):
    from blocwatch.extract import reading
    from blocwatch.extract.actors import tokenizer

    first = extract("d", PARAGRAPH, "2024-06-20").to_dict()
    base = len(tokenizer().vocab)
    monkeypatch.setattr(reading, "VOCABULARY_CAP", base + 5)
    extract("names", "Zorblax Quintavelle and Mirtudo Fenwarax met in Plovane.", "2024-06-20")
    assert "Zorblax" in tokenizer().vocab.strings  # a few lexemes over: not yet
    assert len(tokenizer().vocab) > base + 5
    again = extract("d", PARAGRAPH, "2024-06-20").to_dict()  # over the cap: afresh first
    assert "Zorblax" not in tokenizer().vocab.strings
    assert again == first and first["agreements"] and first["claims"]
