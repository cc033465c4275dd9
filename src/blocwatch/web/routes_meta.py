"""What the API can be asked: counts, the span of dates, and the vocabularies of its filters
(provisions, claim actions and statuses, metrics, regions, export formats)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from .. import __version__
from ..export import FORMATS
from ..model import CLAIM_ACTIONS, CLAIM_STATUSES, METRICS, PROVISIONS
from . import schemas as s
from .deps import KB

router = APIRouter(tags=["meta"])


@router.get(
    "/", summary="Counts, date span and the vocabularies of the filters", response_model=s.Meta
)
def meta(kb: KB) -> dict[str, Any]:
    from ..base.lexicon import load_lexicon

    counts = kb.overview()
    regions = sorted({r for r in load_lexicon().regions.values() if r})
    return {
        "version": __version__,
        "api": "v1",
        **counts,
        "provisions": list(PROVISIONS),
        "claim_actions": list(CLAIM_ACTIONS),
        "claim_statuses": list(CLAIM_STATUSES),
        "metrics": list(METRICS),
        "regions": regions,
        "network_kinds": ["agreements", "claims", "trade"],
        "export_formats": list(FORMATS),
    }
