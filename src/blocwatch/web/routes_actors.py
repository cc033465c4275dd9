"""Actors: the ones the knowledge base names (found by code, name or alias), one actor's
profile, timeline, partnerships by year and who is bound to defend it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from . import schemas as s
from .deps import KB, MinConfidence, Page, known_actor, paginate, to_json
from .errors import ERROR_RESPONSES

router = APIRouter(tags=["actors"], responses=ERROR_RESPONSES)


@router.get(
    "/actors",
    summary="Actors the knowledge base holds records about",
    response_model=s.Page[s.ActorSummary],
)
def list_actors(
    kb: KB,
    page: Page,
    q: str | None = Query(
        None,
        max_length=100,
        description="Code, name or alias contains this (Kremlin, Pyongyang, Putin ...).",
    ),
    region: str | None = Query(None, max_length=100, description="Only this region."),
) -> dict[str, Any]:
    return paginate(kb.actors_in_kb(q=q, region=region), page)


@router.get(
    "/actors/{code}",
    summary="An actor's profile, as `blocwatch actor`",
    response_model=s.ActorProfile,
)
def actor_profile(kb: KB, code: str) -> dict[str, Any]:
    return to_json(kb.actor(known_actor(code)))


@router.get(
    "/actors/{code}/timeline",
    summary="Dated events involving an actor",
    response_model=s.Page[s.TimelineEvent],
)
def actor_timeline(kb: KB, code: str, page: Page) -> dict[str, Any]:
    return paginate(kb.timeline(known_actor(code)), page)


@router.get(
    "/actors/{code}/growth",
    summary="An actor's partnerships and their strength by year",
    response_model=s.Growth,
)
def actor_growth(
    kb: KB,
    code: str,
    start: int | None = Query(None, description="First year (default: ten years to `end`)."),
    end: int | None = Query(None, description="Last year (default: this year)."),
) -> dict[str, Any]:
    return to_json(kb.growth(known_actor(code), start=start, end=end))


@router.get(
    "/actors/{code}/obligations",
    summary="Who is bound to come to an actor's aid (with `attacker`: who is bound to both)",
    response_model=s.Obligations | s.ConflictingCommitments,
)
def actor_obligations(
    kb: KB,
    code: str,
    as_of: str | None = Query(None, description="On this date (default: today)."),
    attacker: str | None = Query(None, description="If this state attacks: who is bound to both."),
    min_confidence: MinConfidence = None,
) -> dict[str, Any]:
    found_ = kb.obligations(
        known_actor(code), as_of=as_of, attacker=attacker, min_confidence=min_confidence
    )
    return to_json(found_)


@router.get(
    "/actors/{code}/obligations/page",
    summary="Who is bound to come to an actor's aid, with a page of the second-order chains",
    response_model=s.ObligationsPage,
)
def actor_obligations_page(
    kb: KB,
    code: str,
    as_of: str | None = Query(None, description="On this date (default: today)."),
    limit: int = Query(200, description="How many second-order chains (0 to 5,000)."),
    offset: int = Query(0, description="Skip this many second-order chains first."),
    min_confidence: MinConfidence = None,
) -> Response:
    # Returned as is (as /network/page): equal to the library's page, and a page of 5,000
    # chains is not checked against the model on every request.
    found = kb.obligations_page(
        known_actor(code),
        as_of=as_of,
        min_confidence=min_confidence,
        limit=limit,
        offset=offset,
    )
    return JSONResponse(to_json(found))
