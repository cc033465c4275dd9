"""blocwatch: a sourced, time-aware knowledge base of relations between states, read from
the news."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import Blocwatch

__version__ = "0.1.0"


def open(db: str | None = None, *, create: bool = False) -> Blocwatch:  # noqa: A001 - the notebook API
    """The application over the store at ``db`` (path or URL; default ``$BLOCWATCH_DB`` or
    ``./blocwatch.db``): a :class:`blocwatch.app.Blocwatch`, from which documents, search,
    ingest, records, queries and analytics hang. A path that holds no knowledge base (a
    typo) raises :class:`blocwatch.errors.BlocwatchError` naming it, unless ``create`` is
    true: then a new, empty store is made there. Imported on first call (not to dodge a
    cycle: so that ``import blocwatch`` stays cheap)."""
    from .app import open_app

    return open_app(db, create=create)
