"""Duplicates: the same content is stored once; near-duplicates are stored and linked to
the first copy; a failed batch leaves nothing half-written."""

from __future__ import annotations

import json
import random
import shutil

import pytest
from sqlalchemy import func, select

from blocwatch.base.fingerprints import BANDS, stored_bands
from blocwatch.errors import BlocwatchError
from blocwatch.ingest import dedup, ingest, read_inputs
from blocwatch.ingest.txt import read_txt
from blocwatch.store import connect
from blocwatch.store.documents import count_documents, get_document, iter_documents
from blocwatch.store.schema import documents, documents_bands
from dedup_reference import reference_ingest


def dedup_text(ingest_fixtures, stem: str) -> str:
    path = ingest_fixtures / "dedup" / f"{stem}.txt"
    return read_txt(path.read_bytes(), origin=str(path), doc_id=stem).text


def test_ingesting_again_adds_nothing(engine, ingest_fixtures):
    first = ingest(engine, [str(ingest_fixtures)])
    assert first.new == first.read > 15
    stored = count_documents(engine)
    again = ingest(engine, [str(ingest_fixtures)])
    assert (again.read, again.new, again.duplicate) == (first.read, 0, first.read)
    assert again.new_ids == []
    assert count_documents(engine) == stored


def test_rewrapped_and_recased_copy_is_the_same_document(engine, tmp_path):
    (tmp_path / "a.txt").write_text("Two states signed a border treaty on Monday in Geneva.\n")
    (tmp_path / "b.txt").write_text("TWO STATES signed a border treaty\n   on Monday in Geneva.\n")
    summary = ingest(engine, [str(tmp_path)])
    assert (summary.new, summary.duplicate) == (1, 1)


def test_same_file_name_with_other_content_gets_a_suffixed_id(engine, tmp_path):
    for folder, text in (
        ("one", "Talks on grain resumed."),
        ("two", "A treaty on rivers was signed."),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text)
    summary = ingest(engine, [str(tmp_path)])
    assert summary.new_ids[0] == "report"
    assert summary.new_ids[1].startswith("report-") and len(summary.new_ids[1]) == 15
    assert get_document(engine, summary.new_ids[1])["text"] == "A treaty on rivers was signed."


def test_near_duplicate_is_linked_and_different_stories_are_not(engine, ingest_fixtures):
    summary = ingest(engine, [str(ingest_fixtures / "dedup")])
    assert (summary.new, summary.near_duplicate) == (5, 1)
    assert get_document(engine, "wire-outlet-b")["duplicate_of"] == "wire-outlet-a"
    for stem in ("wire-outlet-a", "same-event-other-agency", "same-topic-later"):
        assert get_document(engine, stem)["duplicate_of"] is None, stem
    # Shares three of its five paragraphs of background with wire-outlet-a, but is news.
    assert get_document(engine, "follow-up-reused-background")["duplicate_of"] is None


def test_near_duplicates_are_found_across_runs(engine, ingest_fixtures, tmp_path):
    shutil.copy(ingest_fixtures / "dedup" / "wire-outlet-a.txt", tmp_path / "first.txt")
    ingest(engine, [str(tmp_path / "first.txt")])
    later = ingest(engine, [str(ingest_fixtures / "dedup" / "wire-outlet-b.txt")])
    assert later.near_duplicate == 1
    assert get_document(engine, "wire-outlet-b")["duplicate_of"] == "first"


def test_every_copy_points_at_the_first(engine, ingest_fixtures, tmp_path):
    b = (ingest_fixtures / "dedup" / "wire-outlet-b.txt").read_text()
    # A third outlet runs outlet b's version with one more change: it is closest to b, but
    # the link goes to the first copy.
    (tmp_path / "c.txt").write_text(b.replace("this spring", "from April") + "\nMore later.\n")
    ingest(engine, [str(ingest_fixtures / "dedup" / "wire-outlet-a.txt")])
    ingest(engine, [str(ingest_fixtures / "dedup" / "wire-outlet-b.txt")])
    ingest(engine, [str(tmp_path / "c.txt")])
    assert get_document(engine, "c")["duplicate_of"] == "wire-outlet-a"


def test_signatures_are_stored_and_reproducible(engine, ingest_fixtures):
    ingest(engine, [str(ingest_fixtures / "dedup" / "wire-outlet-a.txt")])
    with engine.connect() as conn:
        blob = conn.execute(
            select(documents.c.minhash).where(documents.c.id == "wire-outlet-a")
        ).scalar_one()
    text = dedup_text(ingest_fixtures, "wire-outlet-a")
    assert blob == dedup.to_bytes(dedup.signature(text))
    restored = dedup.from_bytes(blob)
    assert restored is not None and len(restored) == dedup.NUM_PERM


def test_measured_similarities_behind_the_threshold(ingest_fixtures):
    """The numbers in dedup's docstring: word 3-shingle Jaccard of the fixture pairs."""
    text = {stem: dedup_text(ingest_fixtures, stem) for stem in (
        "wire-outlet-a", "wire-outlet-b", "same-event-other-agency", "same-topic-later",
        "follow-up-reused-background",
    )}  # fmt: skip

    def exact(a: str, b: str) -> float:
        return dedup.jaccard(dedup.shingles(text[a]), dedup.shingles(text[b]))

    def estimate(a: str, b: str) -> float:
        return dedup.similarity(dedup.signature(text[a]), dedup.signature(text[b]))

    copy = exact("wire-outlet-a", "wire-outlet-b")
    assert copy == pytest.approx(0.777, abs=0.001)
    assert estimate("wire-outlet-a", "wire-outlet-b") > 0.7
    assert exact("wire-outlet-a", "same-event-other-agency") < 0.05
    assert exact("wire-outlet-a", "same-topic-later") < 0.05
    assert exact("wire-outlet-a", "follow-up-reused-background") == pytest.approx(0.410, abs=0.001)
    assert exact("wire-outlet-a", "follow-up-reused-background") < dedup.THRESHOLD < copy


def test_on_new_runs_in_the_batch_transaction(engine, ingest_fixtures):
    counts = []

    def on_new(conn, docs):
        counts.append(
            (len(docs), conn.execute(select(func.count()).select_from(documents)).scalar())
        )

    ingest(engine, [str(ingest_fixtures / "txt")], on_new=on_new, batch_size=1)
    # Each call sees its own batch's rows, inserted but not yet committed.
    assert counts == [(1, 1), (1, 2)]


def test_a_crash_in_a_batch_leaves_no_half_written_batch(engine, tmp_path):
    for i in range(6):
        (tmp_path / f"doc{i}.txt").write_text(
            f"Article {i}: ministers of state {i} met {i * 7} times."
        )

    def crash_on_second_batch(conn, docs):
        if docs[0].id == "doc2":
            raise RuntimeError("extractor bug")

    with pytest.raises(RuntimeError, match="extractor bug"):
        ingest(engine, [str(tmp_path)], on_new=crash_on_second_batch, batch_size=2)
    stored = sorted(doc.id for doc in iter_documents(engine))
    assert stored == ["doc0", "doc1"]  # the first batch intact, nothing of the second

    # Running again stores the rest; the first batch is recognised as already stored.
    summary = ingest(engine, [str(tmp_path)], batch_size=2)
    assert (summary.new, summary.duplicate) == (4, 2)


def test_a_failed_batch_is_reported_and_the_ingest_goes_on(engine, ingest_fixtures, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ingest_fixtures / "dedup" / "wire-outlet-a.txt", folder / "a.txt")
    shutil.copy(ingest_fixtures / "dedup" / "wire-outlet-b.txt", folder / "b.txt")

    def refuse_first(conn, docs):
        if docs[0].id == "a":
            raise BlocwatchError("the extractor refused it")

    summary = ingest(engine, [str(folder)], on_new=refuse_first, batch_size=1)
    assert (summary.read, summary.new, summary.failed) == (2, 1, 1)
    assert summary.errors == [
        f"{folder / 'a.txt'}: not stored, its batch failed: the extractor refused it"
    ]
    # b was not linked to a: a's batch was rolled back, and the index forgot it too.
    assert get_document(engine, "a") is None
    assert get_document(engine, "b")["duplicate_of"] is None


def _variant_corpus(seed: int, stories: int = 60, copies: int = 4) -> list[dict]:
    """Stories of made-up words and copies of them edited from lightly to heavily (a share
    of their words replaced, cut, or a paragraph added), some exact copies, shuffled: their
    similarities to the first copy spread across the threshold."""
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choices("bcdfgklmnprstvz", k=2)) + w for w in "aeiou" * 60]
    records = []
    for story in range(stories):
        words = rng.choices(vocabulary, k=rng.randint(60, 160))
        records.append({"id": f"s{story}", "text": " ".join(words)})
        for copy in range(copies):
            edited = list(words)
            share = rng.choice([0.0, 0.03, 0.06, 0.09, 0.11, 0.13, 0.16, 0.25])
            for position in rng.sample(range(len(edited)), int(share * len(edited))):
                edited[position] = rng.choice(vocabulary)
            if copy == 3:
                edited = edited[: len(edited) // 2 + rng.randint(-8, 8)]
            if copy == 2:
                edited += rng.choices(vocabulary, k=30)
            records.append({"id": f"s{story}-c{copy}", "text": " ".join(edited)})
        if story % 10 == 0:
            records.append({"id": f"s{story}-same", "text": " ".join(words).upper()})
    rng.shuffle(records)
    return records


def _write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(record) + "\n" for record in records))


def test_index_in_the_store_links_exactly_what_the_in_memory_index_linked(db_url, tmp_path):
    # The same generated corpus stored twice, in two runs each (the second run finds copies
    # of stories the first stored), batches of 7 (copies within and across batches): once
    # by the ingest loop with the index in documents_bands, once by a frozen copy of the
    # old loop with the index in memory. Every document gets the same duplicate_of.
    records = _variant_corpus(seed=14)
    halves = [records[: len(records) // 2], records[len(records) // 2 :]]
    new_engine = connect(db_url)
    for number, half in enumerate(halves):
        _write_jsonl(tmp_path / f"half{number}.jsonl", half)
        ingest(new_engine, [str(tmp_path / f"half{number}.jsonl")], batch_size=7)
    with new_engine.connect() as conn:
        new = dict(conn.execute(select(documents.c.id, documents.c.duplicate_of)).all())
    new_engine.dispose()

    old_url = f"sqlite:///{tmp_path / 'old.db'}"
    old_engine = connect(old_url)
    old: dict[str, str | None] = {}
    for number in range(2):
        docs = list(read_inputs([str(tmp_path / f"half{number}.jsonl")]))
        old.update(reference_ingest(old_engine, docs, batch_size=7))
    old_engine.dispose()

    assert new == old
    linked = sum(1 for first in new.values() if first is not None)
    # The corpus tests something: many copies are linked, many edited too far are not.
    assert 60 < linked < len(new) - 100


def test_each_stored_document_has_its_bands_in_the_store(engine, ingest_fixtures):
    ingest(engine, [str(ingest_fixtures / "dedup")])
    with engine.connect() as conn:
        signatures = dict(conn.execute(select(documents.c.id, documents.c.minhash)).all())
        rows = conn.execute(select(documents_bands.c.doc_id, documents_bands.c.band)).all()
    bands: dict[str, set[int]] = {}
    for doc_id, band in rows:
        bands.setdefault(doc_id, set()).add(band)
    assert len(rows) == sum(len(b) for b in bands.values())
    assert bands == {
        doc_id: set(stored_bands(dedup.from_bytes(blob))) for doc_id, blob in signatures.items()
    }
    assert all(len(b) == BANDS for b in bands.values())


def test_near_duplicates_found_when_the_band_lookup_is_split(engine, ingest_fixtures, monkeypatch):
    # A batch's bands looked up two at a time: many queries, the same candidates.
    monkeypatch.setattr(dedup, "_LOOKUP", 2)
    summary = ingest(engine, [str(ingest_fixtures / "dedup")], batch_size=3)
    assert summary.near_duplicate == 1
    assert get_document(engine, "wire-outlet-b")["duplicate_of"] == "wire-outlet-a"
