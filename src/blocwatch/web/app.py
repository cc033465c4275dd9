"""The FastAPI app: the JSON API under ``/api/v1`` (schema at ``/api/v1/openapi.json``, docs
page at ``/docs``) and the dashboard's static files at ``/``, all from one process."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..app import open_app
from ..config import database_url
from ..store.version import StoreVersion, in_memory_sqlite
from . import (
    routes_actors,
    routes_analyse,
    routes_documents,
    routes_exports,
    routes_meta,
    routes_records,
)
from .cache import ReadCache
from .errors import install_error_handlers
from .etags import ETags
from .held import NetworkKeeper, enabled_from_environment
from .limits import MAX_BODY_BYTES, BodySizeLimit, RefuseNul

API_PREFIX = "/api/v1"
# Smaller answers are not worth compressing (the headers would be most of it).
GZIP_MIN_BYTES = 1024
STATIC = Path(__file__).parent / "static"
_VENDOR = "/static/vendor/swagger-ui"

# Cytoscape.js injects one <style> element, ".__________cytoscape_container { position:
# relative; }": allowed by its hash (the browser's CSP report gives it), and nothing else inline.
CYTOSCAPE_STYLE_HASH = "sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8="
# The dashboard shows article text, which is untrusted: besides escaping everything it shows,
# the page may run only its own scripts and talk only to this server.
DASHBOARD_CSP = (
    f"default-src 'self'; script-src 'self'; style-src 'self' '{CYTOSCAPE_STYLE_HASH}'; "
    "img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'none'"
)
# Swagger UI's page is this package's own (static/js/swagger-init.js starts it): no inline
# script or style, so no 'unsafe-inline' either.
DOCS_CSP = DASHBOARD_CSP.replace(f"style-src 'self' '{CYTOSCAPE_STYLE_HASH}'", "style-src 'self'")
_DOCS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>blocwatch API</title>
<link rel="stylesheet" href="{vendor}/swagger-ui.css">
<link rel="icon" href="{vendor}/favicon-32x32.png">
</head>
<body data-openapi="{openapi}">
<div id="swagger-ui"></div>
<script src="{vendor}/swagger-ui-bundle.js"></script>
<script src="/static/js/swagger-init.js"></script>
</body>
</html>
"""


def create_app(
    db_url: str | None = None,
    write_token: str | None = None,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    allowed_hosts: Sequence[str] | None = None,
    read_cache: bool | None = None,
    cors_origins: Sequence[str] | None = None,
    create: bool | None = None,
    held_network: bool | None = None,
) -> FastAPI:
    """The app over the store at ``db_url`` (a path or URL; default ``$BLOCWATCH_DB`` or
    ``./blocwatch.db``), migrated on open. Read-only unless ``write_token`` is given: then
    ``POST /api/v1/documents`` ingests, for clients that send the token. With
    ``allowed_hosts``, a request whose ``Host`` header names another host gets a 400.
    Every response, errors of the outer layers included, carries the security headers;
    ``HEAD`` is answered wherever ``GET`` is. Answers of the API's reads are kept until the
    store changes (:mod:`.cache`) unless ``read_cache`` is false (default: on, unless
    ``$BLOCWATCH_READ_CACHE`` is ``0``). JSON answers carry an ``ETag`` that stays the same
    while the answer does (``If-None-Match`` gets a 304), and answers over 1 kB go gzipped
    to clients that accept it. ``cors_origins`` lets pages of those origins (``*``: any)
    read the API from a browser; by default only the dashboard's own origin may. A store
    that does not exist is made only with ``create`` (default: when ``write_token`` is
    given, as a server that ingests is an ingest); else BlocwatchError names the path.
    ``held_network``: the process holds the network's as-of index in memory, loaded in the
    background, and answers ``/network`` for a whole day from it (:mod:`.held`; default:
    on, unless ``$BLOCWATCH_HELD_NETWORK`` is ``0``; not above ``$BLOCWATCH_HELD_NETWORK_MB``,
    1024 by default)."""
    app = FastAPI(
        title="blocwatch",
        version=__version__,
        description=(
            "A sourced, time-aware knowledge base of agreements, allegations and figures "
            "between states. Every record leads to the sentences behind it."
        ),
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_url = database_url(db_url)
    if create is None:
        create = bool(write_token)
    app.state.kb = open_app(app.state.db_url, create=create)
    app.state.write_token = write_token or None
    install_error_handlers(app)
    if held_network is None:
        held_network = enabled_from_environment()
    app.state.held_network = None
    engine = app.state.kb.engine
    # An in-memory SQLite store has no version to keep the arrays by.
    if held_network and not in_memory_sqlite(engine):
        app.state.held_network = NetworkKeeper(engine)
        app.state.held_network.start()
    for module in (
        routes_meta,
        routes_actors,
        routes_records,
        routes_analyse,
        routes_documents,
        routes_exports,
    ):
        app.include_router(module.router, prefix=API_PREFIX)
    _add_pages(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    # The last added is the outermost: security headers go on whatever the others answer.
    app.add_middleware(RefuseNul)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    if read_cache is None:
        read_cache = os.environ.get("BLOCWATCH_READ_CACHE", "1") != "0"
    if read_cache:
        app.add_middleware(ReadCache, version=StoreVersion(app.state.kb.engine), prefix=API_PREFIX)
    # Outside the cache: a kept answer is tagged and compared with If-None-Match like any.
    app.add_middleware(ETags, prefix=API_PREFIX)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match"],
            expose_headers=["ETag", "Retry-After"],
            max_age=600,
        )
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    return app


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    page = _DOCS_PAGE.format(vendor=_VENDOR, openapi=html.escape(app.openapi_url or ""))

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The schema, without FastAPI's 422 responses: invalid parameters are answered with a
    400 and a one-line message (see :mod:`.errors`)."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                responses = operation.get("responses", {})
                if responses.get("422", {}).get("description") == "Validation Error":
                    del responses["422"]
        schemas = schema.get("components", {}).get("schemas", {})
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        app.openapi_schema = schema
    return app.openapi_schema


class SecurityHeaders:
    """ASGI middleware: a Content-Security-Policy and no MIME sniffing on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope.get("path") == "/docs" else DASHBOARD_CSP

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", csp.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """ASGI middleware: ``HEAD`` is answered as ``GET`` would be, headers only. FastAPI
    routes declare GET alone, and a client checking a URL (a link checker, a proxy) should
    not get a 405 where a GET works."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
