"""The write token: a server started without one is read-only; with one, every write must
present it as ``Authorization: Bearer <token>``, compared in constant time."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

WRITE_TOKEN_ENV = "BLOCWATCH_WRITE_TOKEN"


def require_write_token(request: Request) -> None:
    """Dependency of every write route: 403 on a read-only server, 401 without the token."""
    expected: str | None = request.app.state.write_token
    if not expected:
        raise HTTPException(
            403, f"read-only server: start it with --write-token (or ${WRITE_TOKEN_ENV}) to write"
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    # Compared as bytes: compare_digest refuses non-ASCII str, and a header may hold any.
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode("utf-8"), expected.encode("utf-8")
    ):
        raise HTTPException(
            401,
            "missing or wrong write token: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
