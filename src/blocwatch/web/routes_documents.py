"""Documents: list, full-text search, one document with its facts and their evidence offsets,
and (only on a server started with a write token) ingest over HTTP."""

from __future__ import annotations

import io
import json
from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..ingest.run import DocumentOutcome
from . import schemas as s
from .auth import require_write_token
from .deps import KB, Page, PageParams, envelope, found
from .errors import ERROR_RESPONSES
from .limits import MAX_PAGE
from .schemas import ErrorBody

router = APIRouter(tags=["documents"], responses=ERROR_RESPONSES)

# The deepest a search pages: matches are ranked, and the ranking reads every one up to it.
MAX_SEARCH_OFFSET = 10_000
# Most documents one POST may carry (the body size limit applies as well).
MAX_POSTED_DOCUMENTS = 1000


@router.get(
    "/documents",
    summary="Stored documents, newest first, as `blocwatch docs`",
    response_model=s.Page[s.DocumentSummary],
)
def documents(
    kb: KB,
    page: Page,
    source: str | None = Query(None, max_length=200, description="Only from this source."),
    since: str | None = Query(None, description="Published on or after (YYYY[-MM[-DD]])."),
    until: str | None = Query(None, description="Published on or before (YYYY[-MM[-DD]])."),
) -> dict[str, Any]:
    filters = {"source": source, "since": since, "until": until}
    rows = kb.documents(**filters, limit=page.limit, offset=page.offset)
    return envelope(rows, page, total=kb.count_documents(**filters))


@router.get(
    "/search",
    summary="Full-text search over documents (web-search syntax), best first",
    response_model=s.Page[s.SearchHit],
)
def search(
    kb: KB,
    q: str = Query(..., max_length=1000, description='Words, "a phrase", OR, -word.'),
    limit: int = Query(20, ge=1, le=MAX_PAGE, description="Page size."),
    offset: int = Query(0, ge=0, le=MAX_SEARCH_OFFSET, description="Results to skip."),
) -> dict[str, Any]:
    """Matches are not counted: ``total`` is known (and given) only on the last page."""
    # One more than asked tells whether there is a next page without counting every match.
    hits = kb.search(q, offset + limit + 1)
    page = PageParams(limit, offset)
    more = len(hits) > offset + limit
    items = hits[offset : offset + limit]
    return envelope(items, page, total=None if more else offset + len(items), more=more)


@router.get(
    "/documents/{doc_id:path}",
    summary="One document: text, facts, evidence offsets, records",
    response_model=s.DocumentWithFacts,
)
def document(kb: KB, doc_id: str) -> dict[str, Any]:
    """The document with its text and every fact read from it; each fact has its
    ``evidence`` (role, start and end offsets into ``text``, sentence) and the ``record_id``
    of the knowledge-base record it went into. Ids are opaque: any id, percent-encoded
    ("/" may stay as is); ``GET /document?id=`` takes it as a query parameter instead."""
    return _document(kb, doc_id)


@router.get(
    "/document",
    summary="One document by an id given as a query parameter",
    response_model=s.DocumentWithFacts,
)
def document_by_query(
    kb: KB, id: str = Query(..., min_length=1, max_length=1000, description="Document id.")
) -> dict[str, Any]:
    """As ``GET /documents/{doc_id}``, for any id (no path encoding to get right)."""
    return _document(kb, id)


def _document(kb: KB, doc_id: str) -> dict[str, Any]:
    doc = found(kb.document(doc_id), f"document with id {doc_id!r}")
    return {"document": doc, "facts": kb.document_facts(doc_id)}


class PostedDocument(BaseModel):
    """A document to ingest; the fields of a JSON Lines input line. Its content is checked
    as every ingested document's is (a NUL character, a text over the size limit ...): a
    document that fails gets a ``failed`` result, the others are stored."""

    id: str = Field(..., min_length=1, max_length=200)
    text: str = Field(..., min_length=1)
    title: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="A date (YYYY-MM-DD) or ISO time.")
    source: str | None = None
    lang: str | None = None


class PostedDocuments(BaseModel):
    documents: list[PostedDocument] = Field(..., min_length=1, max_length=MAX_POSTED_DOCUMENTS)


class DocumentResult(BaseModel):
    """What became of one posted document, in the order posted."""

    index: int
    status: str = Field(..., description="stored, duplicate or failed")
    id: str | None = Field(None, description="The id it is stored under (or its copy's)")
    duplicate_of: str | None = None
    reason: str | None = None


class IngestResult(BaseModel):
    read: int
    new: int
    duplicate: int
    near_duplicate: int
    failed: int
    errors: list[str]
    new_ids: list[str]
    results: list[DocumentResult]


# How long a POST waits for another writer before answering 503 (an ingest from the command
# line may hold the lock for a batch's write).
POST_LOCK_WAIT = 15.0


@router.post(
    "/documents",
    summary="Ingest documents (needs the server's write token)",
    dependencies=[Depends(require_write_token)],
    response_model=IngestResult,
    responses={
        207: {"model": IngestResult, "description": "Some documents stored, some failed"},
        401: {"model": ErrorBody, "description": "Missing or wrong token"},
        403: {"model": ErrorBody, "description": "The server is read-only"},
        413: {"model": ErrorBody, "description": "Body over the size limit"},
        422: {"model": IngestResult, "description": "No document could be stored"},
        503: {"model": IngestResult, "description": "The store is busy: retry later"},
    },
)
def post_documents(kb: KB, body: PostedDocuments) -> JSONResponse:
    """Store the documents and extract their facts, exactly as ``blocwatch ingest`` does
    with a JSON Lines file: duplicates are recognised, near-duplicates linked, and the
    knowledge base updated. Answers the ingest summary and a result per document: 200 when
    every document is stored (or was already), 207 when some failed, 422 when none could
    be stored, 503 with ``Retry-After`` when another writer held the store too long."""
    lines = "".join(
        json.dumps(d.model_dump(exclude_none=True), ensure_ascii=False) + "\n"
        for d in body.documents
    )
    outcomes: dict[int, DocumentOutcome] = {}

    def keep(outcome: DocumentOutcome) -> None:
        line = (outcome.origin or "").rpartition(":")[2]
        if line.isdigit():
            outcomes[int(line) - 1] = outcome

    summary = kb.ingest(
        ["-"],
        stdin=io.BytesIO(lines.encode("utf-8")),
        lock_wait=POST_LOCK_WAIT,
        on_outcome=keep,
    )
    results = [_result(i, outcomes.get(i), summary.stopped) for i in range(len(body.documents))]
    payload = IngestResult(
        read=summary.read,
        new=summary.new,
        duplicate=summary.duplicate,
        near_duplicate=summary.near_duplicate,
        failed=sum(1 for r in results if r.status == "failed"),
        errors=summary.errors + ([summary.stopped] if summary.stopped else []),
        new_ids=summary.new_ids,
        results=results,
    ).model_dump()
    failed = payload["failed"]
    if summary.stopped:
        retry = str(summary.retry_after or 5)
        return JSONResponse(payload, status_code=503, headers={"Retry-After": retry})
    status = 200 if not failed else 422 if failed == len(results) else 207
    return JSONResponse(payload, status_code=status)


def _result(index: int, outcome: DocumentOutcome | None, stopped: str | None) -> DocumentResult:
    if outcome is None:
        reason = f"not stored: {stopped}" if stopped else "not read"
        return DocumentResult(index=index, status="failed", reason=reason)
    return DocumentResult(
        index=index,
        status=outcome.status,
        id=outcome.doc_id,
        duplicate_of=outcome.duplicate_of,
        reason=outcome.reason,
    )
