"""extract_many, the batch driver that extract, ingest and the workers use: the same facts as
extract_document one by one, in the order given, with a refused document's error in its place
and the others unharmed, across batch boundaries. Nothing here is timed (the throughput is
benchmarked in bench/extract_throughput.py)."""

from __future__ import annotations

import blocwatch.extract as extraction
from blocwatch import config
from blocwatch.errors import BlocwatchError
from blocwatch.extract import extract_document, extract_many
from blocwatch.extract.syntax import parser
from blocwatch.model import Document, Extraction

# Written for this test: signings, an allegation with a denial, figures, a sentence naming
# three states (its parse is asked for), and texts that yield nothing.
TEXTS = [
    "Chile and Peru signed a trade pact in Lima on 4 March 2023. The pact covers fisheries "
    "and customs.",
    "Officials in Seoul accused North Korea of shipping artillery shells to Russia. Pyongyang "
    "denied sending any weapons.",
    "Trade between Brazil and Argentina reached $28.4 billion in 2022, customs figures showed.",
    "Kenya, Uganda and Tanzania signed an agreement on a shared railway in Nairobi last "
    "Friday, and Ethiopia said it would join later.",
    "",
    "Der Vertrag wurde am Montag in Berlin unterzeichnet und tritt im Sommer in Kraft, sagte "
    "die Regierung.",
    "Heavy rain closed schools across the capital on Tuesday, the city council said.",
    "Japan and Australia signed a reciprocal access agreement in Tokyo on 6 January 2022, "
    "the two governments said. Washington welcomed the pact.",
]


def _records(n: int) -> list[dict]:
    return [
        {"id": f"doc-{i}", "text": TEXTS[i % len(TEXTS)], "published": "2024-06-20"}
        for i in range(n)
    ]


def _as_dicts(results) -> list[dict]:
    return [r.to_dict() for r in results]


def test_same_facts_as_one_by_one_across_batches(monkeypatch):
    monkeypatch.setattr(extraction, "BATCH_DOCUMENTS", 3)  # several batches, one short
    records = _records(11)
    many = list(extract_many(records, 0.0))
    assert [r.doc_id for r in many] == [r["id"] for r in records]
    assert _as_dicts(many) == _as_dicts(extract_document(r, 0.0) for r in records)
    assert any(r.agreements for r in many) and any(r.claims for r in many)
    assert any(r.measures for r in many)


def test_batches_also_close_at_their_size_in_characters(monkeypatch):
    monkeypatch.setattr(extraction, "BATCH_CHARS", 150)
    records = _records(8)
    assert _as_dicts(extract_many(records)) == _as_dicts(extract_document(r) for r in records)


def test_parses_the_candidates_of_a_batch_in_one_call(monkeypatch):
    calls: list[int] = []
    nlp = parser()
    real_pipe = nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda texts: (calls.append(1), real_pipe(texts))[1])
    records = _records(8)
    list(extract_many(records))
    assert len(calls) == 1
    calls.clear()
    for r in records:
        extract_document(r)
    assert len(calls) > 1  # one by one: one call per document with a sentence to parse


def test_a_refused_document_keeps_its_place_and_costs_the_others_nothing(monkeypatch):
    monkeypatch.setattr(config, "MAX_DOCUMENT_BYTES", 400)
    records = _records(4)
    records[1] = {"id": "too-long", "text": "Chile and Peru signed a pact. " * 20}
    results = list(extract_many(records))
    assert isinstance(results[1], BlocwatchError)
    assert "too large to extract" in str(results[1])
    kept = [results[i] for i in (0, 2, 3)]
    assert all(isinstance(r, Extraction) for r in kept)
    assert _as_dicts(kept) == _as_dicts(extract_document(records[i]) for i in (0, 2, 3))


def test_takes_documents_tuples_and_records_and_notes_what_it_skips():
    text = TEXTS[0]
    results = list(
        extract_many(
            [
                Document(id="a", text=text, published="2024-06-20"),
                ("b", text, "2024-06-20"),
                {"id": "c", "text": ""},
                {"id": "d", "text": TEXTS[5]},
            ]
        )
    )
    assert [r.doc_id for r in results] == ["a", "b", "c", "d"]
    assert (
        results[0].agreements
        and results[0].to_dict()["agreements"] == results[1].to_dict()["agreements"]
    )
    assert results[2].notes == ["empty text"]
    assert "not English" in results[3].notes[0]


def test_an_empty_input_yields_nothing():
    assert list(extract_many([])) == []
