"""What routes share: the knowledge base of the app, pages of results, checked path values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query, Request

from ..app import Blocwatch
from ..errors import BlocwatchError
from ..kb import validate as kb_validate
from .errors import NotFound
from .limits import DEFAULT_PAGE, MAX_PAGE

T = TypeVar("T")


def get_kb(request: Request) -> Blocwatch:
    """The application object the server was created over."""
    return request.app.state.kb


KB = Annotated[Blocwatch, Depends(get_kb)]
# A floor on records' confidence (see ``blocwatch agreements --min-confidence``).
MinConfidence = Annotated[
    float | None,
    Query(ge=0.0, le=1.0, description="Only records of at least this confidence (0 to 1)."),
]


@dataclass
class PageParams:
    limit: int
    offset: int


def page_params(
    limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description="Page size."),
    offset: int = Query(0, ge=0, le=10**9, description="Results to skip."),
) -> PageParams:
    return PageParams(limit, offset)


Page = Annotated[PageParams, Depends(page_params)]


def paginate(items: Sequence[Any], page: PageParams) -> dict[str, Any]:
    """The paging envelope ``{"items", "total", "limit", "offset", "next"}`` of one page of
    ``items`` (records as JSON dicts); ``next`` is the offset of the following page, or None."""
    chosen = items[page.offset : page.offset + page.limit]
    return envelope([to_json(r) for r in chosen], page, total=len(items))


def envelope(
    items: list[Any], page: PageParams, *, total: int | None, more: bool | None = None
) -> dict[str, Any]:
    """The paging envelope of a page already cut: ``more`` says whether a next page exists
    where ``total`` is not known (None: not counted)."""
    if more is None:
        more = total is not None and page.offset + len(items) < total
    return {
        "items": items,
        "total": total,
        "limit": page.limit,
        "offset": page.offset,
        "next": page.offset + page.limit if more else None,
    }


def to_json(value: Any) -> Any:
    """A record (anything with ``to_dict``) or a plain value, ready for JSON."""
    return value.to_dict() if hasattr(value, "to_dict") else value


def known_actor(code: str) -> str:
    """The canonical code of an actor named in a path; 404 when the lexicon lacks it."""
    try:
        return kb_validate.actor(code)
    except BlocwatchError as exc:
        raise NotFound(str(exc)) from None


def found(value: T | None, what: str) -> T:
    """``value``, or a 404 saying ``what`` was not found."""
    if value is None:
        raise NotFound(f"no {what}")
    return value


def ask(question: Callable[[], T]) -> T:
    """Run a question whose only user error is a missing thing: BlocwatchError becomes 404."""
    try:
        return question()
    except BlocwatchError as exc:
        raise NotFound(str(exc)) from None
