"""Documents: list, full-text search, one document with its facts and their evidence offsets,
and (only on a server started with a write token) ingest over HTTP."""

from __future__ import annotations

import io
import json
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field, field_validator

from ..store.documents import get_document, list_documents
from ..store.facts import facts_for_document
from ..store.search import search_documents
from .auth import require_write_token
from .deps import KB, Page, found
from .errors import ERROR_RESPONSES, ErrorBody
from .limits import MAX_PAGE
from .queries import records_of_document

router = APIRouter(tags=["documents"], responses=ERROR_RESPONSES)

# Most documents one POST may carry (the body size limit applies as well).
MAX_POSTED_DOCUMENTS = 1000


@router.get("/documents", summary="Stored documents, newest first, as `blocwatch docs`")
def documents(
    kb: KB,
    page: Page,
    source: str | None = Query(None, max_length=200, description="Only from this source."),
    since: str | None = Query(None, description="Published on or after (YYYY[-MM[-DD]])."),
    until: str | None = Query(None, description="Published on or before (YYYY[-MM[-DD]])."),
) -> dict[str, Any]:
    # One more than asked tells whether there is a next page without counting everything.
    rows = list_documents(
        kb.engine, source=source, since=since, until=until, limit=page.limit + 1, offset=page.offset
    )
    return {
        "limit": page.limit,
        "offset": page.offset,
        "more": len(rows) > page.limit,
        "items": rows[: page.limit],
    }


@router.get("/search", summary="Full-text search over documents (web-search syntax)")
def search(
    kb: KB,
    q: str = Query(..., max_length=1000, description='Words, "a phrase", OR, -word.'),
    limit: int = Query(20, ge=1, le=MAX_PAGE, description="At most this many results."),
) -> dict[str, Any]:
    hits = search_documents(kb.engine, q, limit)
    return {"query": q, "items": hits}


@router.get("/documents/{doc_id}", summary="One document: text, facts, evidence offsets, records")
def document(kb: KB, doc_id: str) -> dict[str, Any]:
    """The document with its text and every fact read from it; each fact has its
    ``evidence`` (role, start and end offsets into ``text``, sentence) and the ``record_id``
    of the knowledge-base record it went into."""
    doc = found(get_document(kb.engine, doc_id), f"document with id {doc_id!r}")
    facts = facts_for_document(kb.engine, doc_id)
    with kb.engine.connect() as conn:
        records = records_of_document(conn, doc_id)
    for plural, rows in facts.items():
        for row in rows:
            row["record_id"] = records.get((plural.removesuffix("s"), row["id"]))
    return {"document": doc, "facts": facts}


class PostedDocument(BaseModel):
    """A document to ingest; the fields of a JSON Lines input line."""

    id: str = Field(..., min_length=1, max_length=200)
    text: str = Field(..., min_length=1)
    title: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="A date (YYYY-MM-DD) or ISO time.")
    source: str | None = None
    lang: str | None = None

    @field_validator("*")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        # PostgreSQL cannot store NUL in text, and no article needs one.
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("contains a NUL character (\\u0000)")
        return value


class PostedDocuments(BaseModel):
    documents: list[PostedDocument] = Field(..., min_length=1, max_length=MAX_POSTED_DOCUMENTS)


@router.post(
    "/documents",
    summary="Ingest documents (needs the server's write token)",
    dependencies=[Depends(require_write_token)],
    responses={
        401: {"model": ErrorBody, "description": "Missing or wrong token"},
        403: {"model": ErrorBody, "description": "The server is read-only"},
        413: {"model": ErrorBody, "description": "Body over the size limit"},
    },
)
def post_documents(request: Request, body: PostedDocuments) -> dict[str, Any]:
    """Store the documents and extract their facts, exactly as ``blocwatch ingest`` does
    with a JSON Lines file: duplicates are recognised, near-duplicates linked, and the
    knowledge base updated. Answers the ingest summary."""
    from ..pipeline import ingest

    lines = "".join(
        json.dumps(d.model_dump(exclude_none=True), ensure_ascii=False) + "\n"
        for d in body.documents
    )
    summary = ingest(["-"], db=request.app.state.db_url, stdin=io.BytesIO(lines.encode("utf-8")))
    return {
        "read": summary.read,
        "new": summary.new,
        "duplicate": summary.duplicate,
        "near_duplicate": summary.near_duplicate,
        "failed": summary.failed,
        "errors": summary.errors,
        "new_ids": summary.new_ids,
    }
