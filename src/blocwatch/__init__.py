"""blocwatch: a sourced, time-aware knowledge base of relations between states, read from
the news."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .kb import KnowledgeBase

__version__ = "0.1.0"


def open(db: str | None = None) -> KnowledgeBase:  # noqa: A001 - ``blocwatch.open(db)`` is the notebook API
    """The knowledge base of the store at ``db`` (path or URL; default ``$BLOCWATCH_DB`` or
    ``./blocwatch.db``): a :class:`blocwatch.kb.KnowledgeBase`. Imported on first call, so
    ``import blocwatch`` stays cheap."""
    from .kb import open_kb

    return open_kb(db)
