"""The write token: a server started without one is read-only; with one, every write must
present it as ``Authorization: Bearer <token>``, compared in constant time."""

from __future__ import annotations

import hmac
import os
from pathlib import Path

from fastapi import HTTPException, Request

from ..errors import BlocwatchError

WRITE_TOKEN_ENV = "BLOCWATCH_WRITE_TOKEN"


def require_write_token(request: Request) -> None:
    """Dependency of every write route: 403 on a read-only server, 401 without the token."""
    expected: str | None = request.app.state.write_token
    if not expected:
        raise HTTPException(
            403,
            f"read-only server: start it with --write-token-file (or ${WRITE_TOKEN_ENV}) to write",
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


def read_write_token(path: Path | None = None) -> str | None:
    """The write token: the first line of the file ``path`` when given, else
    ``$BLOCWATCH_WRITE_TOKEN``, else None (read-only). Never a command-line value: any user
    of the machine can read a process's arguments. Raises :class:`BlocwatchError` for a
    file that cannot be read or holds no token."""
    if path is None:
        return os.environ.get(WRITE_TOKEN_ENV) or None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise BlocwatchError(f"--write-token-file {path}: {reason.lower()}") from None
    token = lines[0].strip() if lines else ""
    if not token:
        raise BlocwatchError(f"--write-token-file {path}: no token in it (the first line)")
    return token
