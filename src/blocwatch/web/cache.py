"""Answers of read endpoints kept until the store changes: a dashboard asks the same few
questions over and over, and between two ingests their answers do not change.

A SQLite store says when it changed: ``PRAGMA data_version`` on a connection of its own
moves whenever any other connection (another process's ingest, a POST of this one) commits.
A PostgreSQL store has no such cheap signal: there an answer is kept for
:data:`PG_KEEP_SECONDS` at most, the staleness a reader may see.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..store.version import StoreVersion

# Entries kept, the largest answer kept, and the bytes kept in all (a network of a large base
# is megabytes, and the dearest answer to make again).
MAX_ENTRIES = 512
MAX_BODY = 32 * 1024 * 1024
MAX_TOTAL = 128 * 1024 * 1024


class ReadCache:
    """ASGI middleware: ``GET`` answers (200, at most :data:`MAX_BODY` bytes) of paths under
    ``prefix`` are kept per path and query and served again while the store's version is
    the same. Any other method passes through and empties the cache (a write of this
    process shows at once on either backend)."""

    def __init__(self, app: ASGIApp, version: StoreVersion, prefix: str = "/api/") -> None:
        self.app = app
        self.version = version
        self.prefix = prefix
        self._entries: OrderedDict[tuple, tuple[object, list[Message], int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        # Answers being made, by key: a request for the same answer waits for it rather
        # than making it again (sixteen clients opening the same dashboard at once).
        self._making: dict[tuple, asyncio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope.get("method") not in ("GET", "HEAD"):
            # A write through this process: what was kept may be stale at once (the
            # version sees it too on SQLite, only after PG_KEEP_SECONDS on PostgreSQL).
            try:
                await self.app(scope, receive, send)
            finally:
                with self._lock:
                    self._entries.clear()
                    self._bytes = 0
            return
        if scope.get("method") != "GET" or not scope.get("path", "").startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        # Today's date is part of the question when a query defaults to "as of today".
        today = dt.datetime.now(dt.UTC).date()
        key = (scope["path"], scope.get("query_string", b""), today)
        version = self.version.current()
        hit = self._kept(key, version)
        while hit is None and key in self._making:
            await self._making[key].wait()
            hit = self._kept(key, version)
            if hit is None:
                version = self.version.current()
                hit = self._kept(key, version)
                break
        if hit is not None:
            for message in hit:
                await send(message)
            return
        making = self._making.setdefault(key, asyncio.Event())
        try:
            kept = await self._make(scope, receive, send)
            if kept is not None:
                self._keep(key, version, kept)
        finally:
            if self._making.get(key) is making:
                del self._making[key]
            making.set()

    def _kept(self, key: tuple, version: object) -> list[Message] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    async def _make(self, scope: Scope, receive: Receive, send: Send) -> list[Message] | None:
        """Runs the app for one request, passing its answer on; returns the answer's
        messages when it may be kept (a 200 within :data:`MAX_BODY`), else None."""
        kept: list[Message] | None = []
        size = 0

        async def keeping(message: Message) -> None:
            nonlocal kept, size
            if kept is not None:
                if message["type"] == "http.response.start" and message["status"] != 200:
                    kept = None
                elif message["type"] == "http.response.body":
                    size += len(message.get("body", b""))
                    if size > MAX_BODY:
                        kept = None
                if kept is not None:
                    kept.append(message)
            await send(message)

        await self.app(scope, receive, keeping)
        return kept or None

    def _keep(self, key: tuple, version: object, messages: list[Message]) -> None:
        size = sum(len(m.get("body", b"")) for m in messages)
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[2]
            self._entries[key] = (version, messages, size)
            self._bytes += size
            while len(self._entries) > MAX_ENTRIES or self._bytes > MAX_TOTAL:
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped
