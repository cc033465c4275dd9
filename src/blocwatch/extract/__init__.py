"""The extract stage: read a document and find the agreements, claims and measures it states.

The pipeline, in order: language identification; tokenisation and the cheap first pass
(actor mentions and cue phrases from the lexicon tables, by sentence); then one reader per
fact type over the sentences that hold both an actor and a cue.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import BlocwatchError
from ..model import Document, Extraction
from .agreements import read_agreements
from .claims import read_claims
from .confidence import assign_confidence, default_thresholds, keep_confident
from .language import detect_language
from .measures import read_measures
from .reading import read
from .succession import link_successions

EXTRACTOR_VERSION = "0.1.0"
# Texts longer than this are read up to it: a news article is a few thousand characters,
# and reading stays linear in size, but an unbounded input must not hold a worker forever.
MAX_TEXT_CHARS = 3_000_000

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_document", "extract_stream"]


def extract(
    doc_id: str,
    text: str,
    published: str | None = None,
    min_confidence: float | None = None,
) -> Extraction:
    """Everything the extractor reads in one document, each fact with the precision measured
    for facts like it as its ``confidence``; facts below ``min_confidence`` are left out (None:
    each type's calibrated default, see ``confidence.py``; 0: keep all). Non-English text
    yields no facts and a note saying so; empty text yields nothing."""
    text = text[:MAX_TEXT_CHARS]
    lang = detect_language(text)
    result = Extraction(doc_id=doc_id, lang=lang)
    if not text.strip():
        result.notes.append("empty text")
        return result
    if lang not in ("en", "und"):
        result.notes.append(f"language {lang!r} is not English: nothing extracted")
        return result
    reading = read(doc_id, text, published)
    agreements = read_agreements(reading)
    result.agreements = [a for a in agreements if a.status != "proposed"]
    result.proposals = [a for a in agreements if a.status == "proposed"]
    link_successions(result.agreements)
    result.claims = read_claims(reading)
    result.measures = read_measures(reading, result.claims)
    assign_confidence(result)
    keep_confident(result, default_thresholds() if min_confidence is None else min_confidence)
    return result


def extract_document(
    doc: dict[str, Any] | Document, min_confidence: float | None = None
) -> Extraction:
    """:func:`extract` for a document given as a record (``id``, ``text``, ``published``)."""
    if isinstance(doc, Document):
        return extract(doc.id, doc.text, doc.published, min_confidence)
    return extract(str(doc["id"]), doc["text"], doc.get("published"), min_confidence)


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
