"""Every error the API answers is JSON ``{"error": "<code>", "detail": "<one line saying what
was wrong>"}``, by one rule: a thing named that does not exist (an unknown actor code, in a
path or a query; a record or document id not stored: :class:`UnknownThing`) is a 404; any
other mistake of the user (:class:`BlocwatchError`, a malformed parameter) a 400; a store busy
with another writer (or unreachable) a 503 with ``Retry-After``; anything unexpected a 500
with no trace of the code in it."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import BlocwatchError, UnknownThing
from ..store.writing import StoreBusy, is_lock_error
from .schemas import ErrorBody

log = logging.getLogger("blocwatch.web")


class NotFound(UnknownThing):
    """The thing a path names (an actor, a record, a document) does not exist: a 404."""


# The ``error`` code of each status the API answers with.
ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    500: "internal",
    503: "busy",
}


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad request: the message says what was wrong"},
    404: {"model": ErrorBody, "description": "Not found: an unknown actor, record or document"},
    503: {"model": ErrorBody, "description": "The store is busy: retry after Retry-After"},
}


def error_body(status: int, detail: str) -> dict[str, str]:
    """``{"error": <code of status>, "detail": detail}``."""
    return {"error": ERROR_CODES.get(status, "error"), "detail": detail}


def error(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error response ``{"error": ..., "detail": detail}``."""
    return JSONResponse(error_body(status, detail), status_code=status, headers=headers)


def _where(loc: tuple) -> str:
    # ("query", "limit") -> "query parameter limit"; ("body", "documents", 0, "text") ->
    # "body documents[0].text".
    if not loc:
        return "request"
    kind, *rest = loc
    path = ""
    for part in rest:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    names = {"query": "query parameter", "path": "path parameter", "header": "header"}
    return f"{names.get(kind, kind)} {path}".strip()


def validation_message(exc: RequestValidationError) -> str:
    """One line for a request that failed validation: each problem as "where: what"."""
    parts = []
    for problem in exc.errors()[:5]:
        where = _where(tuple(problem.get("loc", ())))
        message = problem.get("msg", "invalid")
        if problem.get("type") == "less_than_equal" and where.endswith(" limit"):
            message = f"page size over the limit ({message.lower()})"
        parts.append(f"{where}: {message}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every failure into a JSON error."""

    @app.exception_handler(UnknownThing)
    async def _not_found(_request: Request, exc: UnknownThing) -> JSONResponse:
        return error(404, str(exc))

    @app.exception_handler(BlocwatchError)
    async def _user_error(_request: Request, exc: BlocwatchError) -> JSONResponse:
        return error(400, str(exc))

    @app.exception_handler(StoreBusy)
    async def _busy(_request: Request, exc: StoreBusy) -> JSONResponse:
        return error(503, str(exc), {"Retry-After": str(exc.retry_after)})

    @app.exception_handler(PoolTimeout)
    async def _pool_full(_request: Request, _exc: PoolTimeout) -> JSONResponse:
        # Every connection is in use by slower requests: a client should come back later.
        return error(503, "the server is busy: try again later", {"Retry-After": "5"})

    @app.exception_handler(OperationalError)
    async def _store_error(request: Request, exc: OperationalError) -> JSONResponse:
        if is_lock_error(exc):
            return error(503, "the store is busy: try again later", {"Retry-After": "5"})
        log.exception("store error on %s %s", request.method, request.url.path)
        return error(503, "the store cannot be reached (logged on the server)")

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error(400, validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        return error(exc.status_code, detail, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Logged here for the operator; the client learns only that it was not its fault.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error(500, "internal error (logged on the server)")
