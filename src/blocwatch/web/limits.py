"""Limits on what a client may ask for: the size of a request body and of a page of results.

The body limit is enforced before any route runs, on the declared ``Content-Length`` and
again on the bytes actually received (a chunked body declares none), so an oversized upload
is refused without being held in memory.
"""

from __future__ import annotations

import json
import os

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_body

# A POST of documents: news articles are a few kB each; 10 MB is hundreds of them.
MAX_BODY_BYTES = int(os.environ.get("BLOCWATCH_MAX_BODY_BYTES", 10 * 1024 * 1024))
# Results per page: enough for a table, bounded so one request cannot ask for everything.
DEFAULT_PAGE = 100
MAX_PAGE = 1000


class _TooLarge(Exception):
    pass


class BodySizeLimit:
    """ASGI middleware: a request whose body is over ``max_bytes`` gets a 413 JSON error."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await self._refuse(send, 400, "bad Content-Length header")
                return
            if size > self.max_bytes:
                await self._refuse(send, 413, self._message(size))
                return
        received = 0
        over = False  # the body went over the limit while the app read it
        refused = False  # our 413 was sent in place of the app's answer

        async def counted_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    over = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal refused
            # The app may catch the error of an unfinished body and answer it as a bad body
            # (FastAPI does): whatever it answers, the client is told the body was too large.
            if over:
                if not refused:
                    refused = True
                    await self._refuse(send, 413, self._message(received))
                return
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except _TooLarge:
            if not refused:
                await self._refuse(send, 413, self._message(received))

    def _message(self, size: int) -> str:
        return f"request body too large: {size:,} bytes, the limit is {self.max_bytes:,}"

    @staticmethod
    async def _refuse(send: Send, status: int, detail: str) -> None:
        body = json.dumps(error_body(status, detail)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class RefuseNul:
    """ASGI middleware: a NUL character in the path or query is a 400. No value the API takes
    can hold one, and PostgreSQL refuses it in text, which would make it a server error."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (
            "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b"")
        ):
            await BodySizeLimit._refuse(send, 400, "a NUL character (%00) is in the request URL")
            return
        await self.app(scope, receive, send)
