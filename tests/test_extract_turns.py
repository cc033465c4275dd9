"""Documents read in turns (extract/reading.py ``in_turns``): the sentences a batch's readers
ask the parser for one at a time are parsed in batches across the documents, with the same
parses and so the same facts as one by one. Nothing here is timed (see
bench/extract_throughput.py)."""

from __future__ import annotations

import threading

import pytest

import blocwatch.extract.reading as reading_module
from blocwatch.extract import extract_document, extract_many
from blocwatch.extract.reading import in_turns, read
from blocwatch.extract.signing_check import enabled, switched_off
from blocwatch.extract.syntax import parse_sentence, parser

# Written for these tests: each asks for a parse while its facts are read (a figure whose
# reader consults the tree), after the batch's candidates were parsed.
ASKING = [
    "Chile and Peru signed a deal under which Peru will buy 12 fighter jets.",
    "India will buy 26 Rafale jets from France, the ministry said on Friday.",
]
QUIET = "Heavy rain closed schools across the capital on Tuesday, the city council said."


class _Counted:
    """The parser with its calls counted: one sentence (``nlp(text)``) or a batch (``pipe``)."""

    def __init__(self, monkeypatch) -> None:
        self.one: list[str] = []
        self.batches: list[list[str]] = []
        nlp = parser()
        real_pipe = nlp.pipe
        real_parse = reading_module.parse_sentence

        def pipe(texts):
            texts = list(texts)
            self.batches.append(texts)
            return real_pipe(texts)

        def one(text, offset):
            self.one.append(text)
            return real_parse(text, offset)

        monkeypatch.setattr(nlp, "pipe", pipe)
        monkeypatch.setattr(reading_module, "parse_sentence", one)


def _records(texts: list[str]) -> list[dict]:
    return [{"id": f"doc-{i}", "text": t, "published": "2024-06-20"} for i, t in enumerate(texts)]


def test_parses_asked_for_while_reading_come_in_one_batch_across_documents(monkeypatch):
    records = _records(ASKING * 3 + [QUIET])
    one_by_one = [extract_document(r, 0.0).to_dict() for r in records]
    counted = _Counted(monkeypatch)
    many = [r.to_dict() for r in extract_many(records, 0.0)]
    assert many == one_by_one
    assert any(m["measures"] for m in many)
    assert counted.one == []  # no sentence parsed on its own
    asked = [b for b in counted.batches if set(b) & set(ASKING)]
    assert len(asked) == 1 and sorted(asked[0]) == sorted(ASKING * 3)


def test_a_parse_asked_for_in_turns_is_the_parse_made_alone():
    readings = [read(f"d{i}", text, None) for i, text in enumerate(ASKING)]
    views = [r.sentences[0] for r in readings]
    parses = in_turns([view.parse for view in views])
    for view, parse in zip(views, parses, strict=True):
        alone = parse_sentence(view.text, view.start)
        assert parse is view.parse() and parse.offset == alone.offset
        assert parse.doc.to_bytes() == alone.doc.to_bytes()


def test_jobs_run_one_at_a_time_in_their_order_each_up_to_its_question():
    readings = [read(f"d{i}", text, None) for i, text in enumerate(ASKING + ASKING)]
    steps: list[str] = []

    def job(i: int):
        def run():
            steps.append(f"{i} asks")
            readings[i].sentences[0].parse()
            steps.append(f"{i} has it")
            return i

        return run

    assert in_turns([job(i) for i in range(4)]) == [0, 1, 2, 3]
    assert steps == [f"{i} asks" for i in range(4)] + [f"{i} has it" for i in range(4)]


def test_the_first_job_to_fail_fails_the_call_after_all_have_run():
    ran: list[int] = []

    def fails(i: int):
        def run():
            ran.append(i)
            raise ValueError(f"job {i}")

        return run

    with pytest.raises(ValueError, match="job 1"):
        in_turns([lambda: ran.append(0), fails(1), fails(2)])
    assert ran == [0, 1, 2]


def test_jobs_see_the_callers_context():
    with switched_off():
        assert in_turns([enabled, enabled]) == [False, False]


def test_a_failing_parse_gives_the_waiting_jobs_up_and_leaves_no_thread(monkeypatch):
    readings = [read(f"d{i}", text, None) for i, text in enumerate(ASKING)]

    def broken(sentences):
        raise RuntimeError("parser down")

    monkeypatch.setattr(reading_module, "parse_sentences", broken)
    before = threading.active_count()
    with pytest.raises(RuntimeError, match="parser down"):
        in_turns([r.sentences[0].parse for r in readings])
    assert threading.active_count() == before


def test_a_job_that_asks_again_after_being_given_up_does_not_hang_the_call(monkeypatch):
    readings = [read(f"d{i}", text, None) for i, text in enumerate(ASKING)]
    asked_again: list[str] = []

    def broken(sentences):
        raise RuntimeError("parser down")

    def stubborn(reading):
        def run():
            try:
                reading.sentences[0].parse()
            except BaseException:
                asked_again.append(reading.doc_id)
                reading.sentences[0].parse()

        return run

    monkeypatch.setattr(reading_module, "parse_sentences", broken)
    outcome: list[BaseException] = []

    def call():
        try:
            in_turns([stubborn(r) for r in readings])
        except BaseException as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    caller.join(timeout=30)
    assert not caller.is_alive()
    assert [type(e) for e in outcome] == [RuntimeError]
    assert asked_again == ["d0", "d1"]
