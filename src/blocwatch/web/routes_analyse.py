"""Analytics: the network as of a date (JSON, or GraphML to download), blocs, and the
alignment of two actors over time. Each is one call of :mod:`blocwatch.analyse`."""

from __future__ import annotations

import io
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from . import schemas as s
from .deps import KB, MinConfidence, to_json
from .errors import ERROR_RESPONSES

router = APIRouter(tags=["analytics"], responses=ERROR_RESPONSES)

AS_OF = Query(None, description="As of this date (YYYY, YYYY-MM or YYYY-MM-DD; default today).")
KIND = Query(None, description="Only one edge kind.")


@router.get(
    "/network",
    summary="The network as of a date: actors, agreement/claim/trade edges",
    response_model=s.Network,
)
def network(
    request: Request,
    kb: KB,
    as_of: str | None = AS_OF,
    kind: s.NetworkKind | None = KIND,
    min_confidence: MinConfidence = None,
) -> Response:
    # Returned as is, not checked against the model on every request: checking a network of
    # 2,000 actors and 8,000 ties costs about 0.4 s. tests/test_web_typed.py checks real
    # answers against the schema. Streamed as the store's texts are put together: a day of
    # a million facts is 100 MB of JSON, whose details are never parsed here.
    # A whole day's answer from the network held in memory (.held), when it holds the
    # store's version and covers the question; else from the store.
    keeper = request.app.state.held_network
    name = kind and kind.value
    chunks = None if keeper is None else keeper.network_json(as_of, name, min_confidence)
    if chunks is None:
        chunks = kb.network_json(as_of, name, min_confidence)
    return StreamingResponse((c.encode() for c in chunks), media_type="application/json")


@router.get(
    "/network/page",
    summary="A page of the network as of a date: the strongest edges, with the totals",
    response_model=s.NetworkPage,
)
def network_page(
    kb: KB,
    as_of: str | None = AS_OF,
    kind: s.NetworkKind | None = KIND,
    region: str | None = Query(None, description="Only edges with an end in this region."),
    min_weight: float | None = Query(None, description="Only edges of at least this weight."),
    limit: int = Query(200, description="How many edges (0 to 5,000), strongest first."),
    offset: int = Query(0, description="Skip this many of the strongest edges first."),
) -> Response:
    # Returned as is, as /network is (a page of 5,000 ties is checked in about 0.25 s), and
    # so equal to the library's page: the model's defaults would add null detail fields.
    found = kb.network_page(
        as_of,
        kind and kind.value,
        region=region,
        min_weight=min_weight,
        limit=limit,
        offset=offset,
    )
    return JSONResponse(to_json(found))


@router.get(
    "/network.graphml",
    summary="The network as of a date, as GraphML (download)",
    response_class=Response,
    responses={200: {"content": {"application/graphml+xml": {}}}},
)
def network_graphml(
    kb: KB,
    as_of: str | None = AS_OF,
    kind: s.NetworkKind | None = KIND,
    min_confidence: MinConfidence = None,
) -> Response:
    import networkx as nx

    found = kb.network(as_of, kind and kind.value, min_confidence)
    sink = io.BytesIO()
    nx.write_graphml(found.to_networkx(), sink)
    return Response(
        sink.getvalue(),
        media_type="application/graphml+xml",
        headers={
            "Content-Disposition": f'attachment; filename="blocwatch-network-{found.as_of}.graphml"'
        },
    )


@router.get(
    "/blocs",
    summary="Blocs of the agreement network, bridges, changes since a date",
    response_model=s.Blocs,
)
def blocs(
    kb: KB,
    as_of: str | None = AS_OF,
    compare: str | None = Query(None, description="Compare with the blocs on this date."),
) -> dict[str, Any]:
    return to_json(kb.blocs(as_of, compare))


@router.get(
    "/alignment", summary="The alignment score of two actors per year", response_model=s.Alignment
)
def alignment(
    kb: KB,
    a: str = Query(..., description="One actor code."),
    b: str = Query(..., description="The other actor code."),
    start: int | None = Query(None, description="First year (default: ten years to `end`)."),
    end: int | None = Query(None, description="Last year (default: this year)."),
) -> dict[str, Any]:
    return to_json(kb.alignment(a, b, start=start, end=end))
