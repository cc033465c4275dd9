"""The exports of ``blocwatch export`` as downloads: the exporter writes a temporary file,
which is streamed to the client and deleted afterwards."""

from __future__ import annotations

import os
import tempfile
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from .deps import KB
from .errors import ERROR_RESPONSES

router = APIRouter(tags=["exports"], responses=ERROR_RESPONSES)

MEDIA_TYPES = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "parquet": "application/vnd.apache.parquet",
}
ExportFormat = Literal["jsonl", "csv", "graphml", "gexf", "parquet"]


@router.get(
    "/exports/{fmt}",
    summary="The whole knowledge base as JSON Lines, ATOP CSV, GraphML, GEXF or Parquet",
    response_class=FileResponse,
    responses={200: {"content": {t: {} for t in MEDIA_TYPES.values()}}},
)
def export(kb: KB, fmt: ExportFormat) -> FileResponse:
    handle, path = tempfile.mkstemp(prefix="blocwatch-export-", suffix=f".{fmt}")
    os.close(handle)
    try:
        kb.export(fmt, path)
    except BaseException:
        os.unlink(path)
        raise
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[fmt],
        filename=f"blocwatch.{fmt}",
        background=BackgroundTask(os.unlink, path),
    )
