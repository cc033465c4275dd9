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


# -- Tables (issue 13): the ATOP-style file, dyad-years, claim stances, measure points -------

TableName = Literal["atop", "dyads", "stances", "points"]
TableFormat = Literal["csv", "parquet"]


@router.get(
    "/exports/tables/{table}.{ext}",
    summary="One flat table (ATOP-style members, dyad-years, claim stances, measure points)",
    response_class=FileResponse,
    responses={200: {"content": {MEDIA_TYPES["csv"]: {}, MEDIA_TYPES["parquet"]: {}}}},
)
def export_table(
    kb: KB, table: TableName, ext: TableFormat, all_agreements: bool = False
) -> FileResponse:
    handle, path = tempfile.mkstemp(prefix="blocwatch-table-", suffix=f".{ext}")
    os.close(handle)
    try:
        kb.export(table, path, all_agreements)
    except BaseException:
        os.unlink(path)
        raise
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[ext],
        filename=f"blocwatch-{table}.{ext}",
        background=BackgroundTask(os.unlink, path),
    )
