"""Entity tags for the API's JSON answers: the tag is a hash of the answer, so it stays the
same while the store (and so the answer) does, and a client that sends it back in
``If-None-Match`` gets a ``304 Not Modified`` without the body.

The tag is weak (``W/"..."``): the same answer may travel gzipped or not, and a weak tag
promises the same content, not the same bytes."""

from __future__ import annotations

import hashlib

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Answers larger than this pass through untagged rather than be held in memory to hash.
MAX_TAGGED = 32 * 1024 * 1024


def entity_tag(body: bytes) -> str:
    """The weak entity tag of an answer's body."""
    return 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def matches(if_none_match: str, tag: str) -> bool:
    """Whether an ``If-None-Match`` header names ``tag`` (weak comparison) or is ``*``."""
    wanted = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return "*" in wanted or tag.removeprefix("W/") in wanted


class ETags:
    """ASGI middleware: ``GET`` answers (200, JSON) of paths under ``prefix`` get an ``ETag``
    and ``Cache-Control: no-cache`` (a client may keep them, and asks again with the tag); a
    request whose ``If-None-Match`` names the tag gets a 304 with no body."""

    def __init__(self, app: ASGIApp, prefix: str = "/api/") -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") != "GET"
            or not scope.get("path", "").startswith(self.prefix)
        ):
            await self.app(scope, receive, send)
            return
        asked = dict(scope.get("headers") or []).get(b"if-none-match", b"").decode("latin-1")
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        passing = False  # not taggable: messages go straight through

        async def tagging(message: Message) -> None:
            nonlocal start, size, passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                if message["status"] != 200 or not _is_json(message):
                    passing = True
                    await send(message)
                    return
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > MAX_TAGGED:
                passing = True
                await send(start)
                await send(
                    {"type": "http.response.body", "body": b"".join(chunks), "more_body": True}
                )
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
                return
            if not message.get("more_body", False):
                await _answer(start, b"".join(chunks), asked, send)

        await self.app(scope, receive, tagging)


def _is_json(start: Message) -> bool:
    for name, value in start.get("headers", []):
        if name.lower() == b"content-type":
            return value.split(b";")[0].strip() == b"application/json"
    return False


async def _answer(start: Message, body: bytes, asked: str, send: Send) -> None:
    tag = entity_tag(body)
    tagged = [(b"etag", tag.encode()), (b"cache-control", b"no-cache")]
    if asked and matches(asked, tag):
        kept = [
            (n, v)
            for n, v in start.get("headers", [])
            if n.lower() not in (b"content-length", b"content-type")
        ]
        await send({"type": "http.response.start", "status": 304, "headers": kept + tagged})
        await send({"type": "http.response.body", "body": b""})
        return
    headers = list(start.get("headers", [])) + tagged
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})
