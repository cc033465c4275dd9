"""What store functions accept to read through: a Connection (its transaction is the
caller's) or an Engine (a connection is opened for the call)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine


@contextmanager
def reading(bind: Engine | Connection) -> Iterator[Connection]:
    """``bind`` itself when it is a Connection, else a new connection on the Engine, closed
    at the end of the block."""
    if isinstance(bind, Connection):
        yield bind
    else:
        with bind.connect() as conn:
            yield conn
