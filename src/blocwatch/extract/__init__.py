"""The extract stage: read a document and find the agreements, claims and measures it states.

The pipeline, in order: language identification, which chooses the language's data from
``lang.LANGUAGES`` (a language not there yields only a note); tokenisation and the cheap
first pass (actor mentions and cue phrases from that language's tables, by sentence); then
one reader per fact type over the sentences that hold both an actor and a cue. The sentences
a reader will parse are parsed first, together: :func:`extract_many` (which ``extract``,
``ingest`` and the workers use) does the first pass of a batch of documents, parses all their
candidate sentences in one call to the parser, then runs the documents' readers in turns
(``reading.in_turns``), so that the sentences they ask for one at a time are parsed in
batches too.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, replace
from functools import partial
from typing import Any

from .. import config
from ..errors import BlocwatchError
from ..kinds import KINDS
from ..lang import language_for
from ..model import Document, Evidence, Extraction
from .confidence import assign_confidence, default_thresholds, keep_confident
from .language import detect_language
from .reading import Reading, SentenceView, in_turns, parse_ahead, read

EXTRACTOR_VERSION = "0.1.0"
# Texts longer than this are read in pieces of about this many characters, cut at paragraph
# (else line, else sentence) ends, and the facts of the pieces put together: a news article
# is a few thousand characters, so no article is cut, and the time a long text takes grows
# with its length (a piece's time is bounded whatever the readers cost per mention), with a
# check of the time budget between pieces.
CHUNK_CHARS = 250_000
# extract_many parses the candidate sentences of this many documents, or of documents of this
# many characters in all, in one batch: the parser's cost per call (about a millisecond) is
# then paid per batch, not per document, and a batch's readings (tokens, parses) stay small.
BATCH_DOCUMENTS = 32
BATCH_CHARS = 100_000

Record = tuple[str, str, str | None]  # (doc_id, text, published)

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_document", "extract_many", "extract_stream"]


def extract(
    doc_id: str,
    text: str,
    published: str | None = None,
    min_confidence: float | None = None,
) -> Extraction:
    """Everything the extractor reads in one document, each fact with the precision measured
    for facts like it as its ``confidence``; facts below ``min_confidence`` are left out (None:
    each type's calibrated default, see ``confidence.py``; 0: keep all). Non-English text
    yields no facts and a note saying so; empty text yields nothing.

    Every document is held to one budget, the same whether it comes from ``extract``,
    ``ingest`` or an HTTP POST: a text over the size limit (``$BLOCWATCH_MAX_DOCUMENT_BYTES``
    in UTF-8, 5 MB by default) or whose extraction runs over the time limit
    (``$BLOCWATCH_EXTRACT_SECONDS``, 120 s by default, checked between pieces of
    :data:`CHUNK_CHARS`) raises :class:`BlocwatchError` saying which and by how much."""
    _check_size(text)
    deadline = _deadline()
    result, lang = _opened(doc_id, text)
    if lang is None:
        return result
    started = time.monotonic()
    for offset, piece in _pieces(text):
        if offset and deadline is not None and time.monotonic() > deadline:
            raise BlocwatchError(
                f"extraction over its time budget: {time.monotonic() - started:.0f} s for"
                f" {offset:,} of {len(text):,} characters (the limit is"
                f" {config.extract_seconds():g} s per document; set"
                f" BLOCWATCH_EXTRACT_SECONDS to change it)"
            )
        part = _read_facts(doc_id, piece, published, lang)
        if offset == 0 and len(piece) == len(text):
            _take(result, part)  # the whole text in one piece: nothing to put together
        else:
            _add(result, part, offset)
    if len(text) > CHUNK_CHARS:
        result.notes.append(f"long text: read in pieces of about {CHUNK_CHARS:,} characters")
    return _finished(result, min_confidence)


def extract_many(
    docs: Iterable[Record | dict[str, Any] | Document], min_confidence: float | None = None
) -> Iterator[Extraction | BlocwatchError]:
    """:func:`extract` of each document (a ``(doc_id, text, published)`` tuple, or a record
    as :func:`extract_document` takes), in the order given: its Extraction, or the
    :class:`BlocwatchError` that refused it (one bad document never costs the others
    theirs). The same facts as one by one, made faster: the sentences to parse of up to
    :data:`BATCH_DOCUMENTS` documents (or :data:`BATCH_CHARS` characters) go through the
    parser in one batch."""
    batch: list[Record] = []
    chars = 0
    for doc in docs:
        record = _record(doc)
        batch.append(record)
        chars += len(record[1])
        if len(batch) >= BATCH_DOCUMENTS or chars >= BATCH_CHARS:
            yield from _extract_batch(batch, min_confidence)
            batch, chars = [], 0
    if batch:
        yield from _extract_batch(batch, min_confidence)


def _extract_batch(
    records: list[Record], min_confidence: float | None
) -> list[Extraction | BlocwatchError]:
    """:func:`extract_many` of one batch: every text read (the cheap first pass) in order,
    then their sentences to parse parsed together, then each text's facts."""
    out: list[Extraction | BlocwatchError] = []
    readings: list[tuple[int, Reading]] = []
    for doc_id, text, published in records:
        try:
            if len(text) > CHUNK_CHARS:  # read in pieces, within its time budget
                out.append(extract(doc_id, text, published, min_confidence))
                continue
            _check_size(text)
        except BlocwatchError as exc:
            out.append(exc)
            continue
        result, lang = _opened(doc_id, text)
        out.append(result)
        if lang is not None:
            readings.append((len(out) - 1, read(doc_id, text, published, lang)))
    parse_ahead([v for _, reading in readings for v in _to_parse(reading)])
    # The documents' readers run in turns: the sentences they then ask the parser for one at
    # a time are parsed in batches across the documents (the same facts, faster).
    facts = in_turns([partial(_facts_of, reading) for _, reading in readings])
    for (i, _), part in zip(readings, facts, strict=True):
        result = out[i]
        assert isinstance(result, Extraction)
        _take(result, part)
        out[i] = _finished(result, min_confidence)
    return out


def _opened(doc_id: str, text: str) -> tuple[Extraction, str | None]:
    """The document's (empty) extraction and the code of the language to read it in; None
    for an empty text or a language without tables (the extraction then says why)."""
    lang = detect_language(text)
    result = Extraction(doc_id=doc_id, lang=lang)
    if not text.strip():
        result.notes.append("empty text")
        return result, None
    language = language_for(lang)
    if language is None:
        result.notes.append(f"language {lang!r} is not English: nothing extracted")
        return result, None
    return result, language.code


def _finished(result: Extraction, min_confidence: float | None) -> Extraction:
    assign_confidence(result)
    keep_confident(result, default_thresholds() if min_confidence is None else min_confidence)
    return result


def _read_facts(doc_id: str, text: str, published: str | None, lang: str) -> Extraction:
    """Every registered kind's facts in one text, by each kind's extractor hook, in registry
    order (a kind may use the facts of the kinds before it)."""
    reading = read(doc_id, text, published, lang)
    # Every sentence a kind's reader will parse, parsed in one batch (the same parses, faster).
    parse_ahead(_to_parse(reading))
    return _facts_of(reading)


def _to_parse(reading: Reading) -> list[SentenceView]:
    """The sentences the kinds' readers will parse (each kind's ``sentences_to_parse``)."""
    return [v for k in KINDS if k.sentences_to_parse for v in k.hook("sentences_to_parse")(reading)]


def _facts_of(reading: Reading) -> Extraction:
    result = Extraction(doc_id=reading.doc_id)
    for k in KINDS:
        result.put(k.plural, k.hook("extractor")(reading, result))
    return result


def _take(result: Extraction, part: Extraction) -> None:
    for name in part.lists():
        result.put(name, part.facts(name))
    result.notes.extend(part.notes)


def _check_size(text: str) -> None:
    limit = config.max_document_bytes()
    # Characters first: a text with fewer characters than the limit in bytes may still be
    # over it once encoded, one with more is over it for sure.
    if len(text) > limit or len(text.encode("utf-8", "surrogatepass")) > limit:
        size = len(text.encode("utf-8", "surrogatepass"))
        raise BlocwatchError(
            f"too large to extract: {size:,} bytes of text (the limit is {limit:,} per"
            " document; set BLOCWATCH_MAX_DOCUMENT_BYTES to change it)"
        )


def _deadline() -> float | None:
    seconds = config.extract_seconds()
    return time.monotonic() + seconds if seconds > 0 else None


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` of ``text`` cut into pieces of at most :data:`CHUNK_CHARS`
    characters, each ending at a paragraph, line or sentence end where one is in its last
    half (else cut where it is full)."""
    start = 0
    while len(text) - start > CHUNK_CHARS:
        window = text[start : start + CHUNK_CHARS]
        cut = -1
        for mark in ("\n\n", "\n", ". "):
            cut = window.rfind(mark, CHUNK_CHARS // 2)
            if cut >= 0:
                cut += len(mark)
                break
        end = start + (cut if cut > 0 else CHUNK_CHARS)
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def _add(result: Extraction, part: Extraction, offset: int) -> None:
    """Adds the facts of ``part`` (read from the piece at ``offset``) to ``result``, their
    evidence moved to offsets in the whole text. A fact stated the same way in an earlier
    piece is one fact: its evidence joins the earlier one's."""
    if offset:
        part = _shifted(part, offset)
    for name in part.lists():
        kept: list = result.facts(name)
        known = {_fact_key(fact): fact for fact in kept}
        for fact in part.facts(name):
            same = known.get(_fact_key(fact))
            if same is None:
                kept.append(fact)
                known[_fact_key(fact)] = fact
            else:
                _join(same, fact)
    result.notes.extend(note for note in part.notes if note not in result.notes)


def _fact_key(fact: Any) -> str:
    """What a fact states, without where it is stated (evidence) or how sure it is; the
    events and stances it lists count once each, however often they are repeated."""
    data = asdict(fact)
    data.pop("confidence", None)
    data.pop("evidence", None)
    if "events" in data:
        data["events"] = sorted({(e["kind"], e["date"] or "") for e in data["events"]})
    if "stances" in data:
        data["stances"] = sorted(
            {(s["actor"], s["stance"], s["answers"] or "") for s in data["stances"]}
        )
    return json.dumps(data, sort_keys=True, default=str)


def _join(kept: Any, fact: Any) -> None:
    kept.evidence.extend(_new_spans(kept.evidence, fact.evidence))
    kept.confidence = max(kept.confidence, fact.confidence)
    events = {(event.kind, event.date): event for event in getattr(kept, "events", ())}
    for event in getattr(fact, "events", ()):
        mine = events.get((event.kind, event.date))
        if mine is not None:
            mine.evidence.extend(_new_spans(mine.evidence, event.evidence))


def _new_spans(kept: list[Evidence], more: list[Evidence]) -> list[Evidence]:
    seen = {(ev.start, ev.end) for ev in kept}
    return [ev for ev in more if (ev.start, ev.end) not in seen]


def _shifted(part: Extraction, offset: int) -> Extraction:
    def move(ev: Evidence | None) -> Evidence | None:
        if ev is None:
            return None
        return replace(ev, start=ev.start + offset, end=ev.end + offset)

    def moved(spans: list[Evidence]) -> list[Evidence]:
        return [replace(ev, start=ev.start + offset, end=ev.end + offset) for ev in spans]

    # Every fact has evidence spans; agreements' events and claims' stances have their own.
    for name in part.lists():
        for fact in part.facts(name):
            fact.evidence = moved(fact.evidence)
            for event in getattr(fact, "events", ()):
                event.evidence = moved(event.evidence)
            for stance in getattr(fact, "stances", ()):
                stance.evidence = move(stance.evidence)
    return part


def extract_document(
    doc: dict[str, Any] | Document, min_confidence: float | None = None
) -> Extraction:
    """:func:`extract` for a document given as a record (``id``, ``text``, ``published``)."""
    return extract(*_record(doc), min_confidence)


def _record(doc: Record | dict[str, Any] | Document) -> Record:
    if isinstance(doc, tuple | list):  # a worker's record, however it was sent
        doc_id, text, published = doc
        return doc_id, text, published
    if isinstance(doc, Document):
        return doc.id, doc.text, doc.published
    return str(doc["id"]), doc["text"], doc.get("published")


def extract_stream(
    lines: Iterable[str], origin: str = "-", min_confidence: float | None = None
) -> Iterator[Extraction | BlocwatchError]:
    """Extractions for documents given as JSON Lines; a bad line yields a BlocwatchError
    naming ``origin:LINE`` and the reason, and the stream goes on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BlocwatchError(f"{origin}:{number}: malformed JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield BlocwatchError(f'{origin}:{number}: a document needs a "text" string')
            continue
        if "id" not in record:
            yield BlocwatchError(f'{origin}:{number}: a document needs an "id"')
            continue
        yield extract_document(record, min_confidence)
