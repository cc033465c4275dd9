"""Helpers for the scale tests: a store's rows in a comparable form, synthetic inputs."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from blocwatch.kinds import KINDS
from blocwatch.store import connect, schema

BENCH = Path(__file__).resolve().parent.parent / "bench"
FACT_TABLES = [k.hook("report_table").name for k in KINDS]
# Columns that differ between two runs by design: when a document was ingested.
_VOLATILE = {"ingested_at"}


def fact_rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """The reported facts and their evidence, in id order, without the ids: evidence points
    at its fact by the fact's position in its table instead of the fact's id."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    position: dict[tuple[str, int], int] = {}
    with engine.connect() as conn:
        for name in FACT_TABLES:
            table = schema.metadata.tables[name]
            rows = conn.execute(select(table).order_by(table.c.id)).mappings().all()
            fact_type = name.removesuffix("_reports")
            for i, row in enumerate(rows):
                position[(fact_type, row["id"])] = i
            out[name] = [_without(row, "id") for row in rows]
        table = schema.evidence
        rows = conn.execute(select(table).order_by(table.c.id)).mappings().all()
        out["evidence"] = [
            (*_without(row, "id", "fact_id"), position[(row["fact_type"], row["fact_id"])])
            for row in rows
        ]
    return out


def store_rows(engine: Engine, *, report_ids: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the fact tables (see :func:`fact_rows`), sorted, less
    the columns that differ between runs by design: documents and the knowledge base.
    Without ``report_ids`` the knowledge base's references to report ids are left out."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in schema.metadata.sorted_tables:
            if table.name in FACT_TABLES or table.name == "evidence":
                continue
            rows = conn.execute(select(table)).mappings().all()
            drop = _VOLATILE if report_ids else {*_VOLATILE, "report_id"}
            out[table.name] = sorted((_without(row, *drop) for row in rows), key=repr)
    return out


def _without(row, *names: str) -> tuple[Any, ...]:
    return tuple(value for key, value in row.items() if key not in names)


def synthetic():
    """The benchmarks' generator module (``bench/synthetic.py``)."""
    spec = importlib.util.spec_from_file_location("bench_synthetic", BENCH / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def backend_store(request, name: str) -> Iterator[Engine]:
    """A fresh store of the backend ``request.param`` ("sqlite" or "postgresql"), disposed
    (and its database dropped) at the end."""
    if request.param == "sqlite":
        path = request.getfixturevalue("tmp_path_factory").mktemp(name) / "store.db"
        engine = connect(str(path))
        yield engine
        engine.dispose()
        return
    databases = request.getfixturevalue("postgres")
    db = databases.create()
    engine = connect(databases.url_for(db))
    yield engine
    engine.dispose()
    databases.drop(db)


def sample_store(request, name: str) -> Iterator[Engine]:
    """A store of ``request.param``'s backend holding the bundled sample corpus."""
    from blocwatch.pipeline import ingest
    from blocwatch.sample import corpus_path

    for engine in backend_store(request, name):
        url = engine.url.render_as_string(hide_password=False)
        assert ingest([str(corpus_path())], db=url).failed == 0
        yield engine


def generated_store(request, name: str, facts: int = 10_000) -> Iterator[Engine]:
    """A store of ``request.param``'s backend holding the generated base of ``facts`` facts
    (bench/synthetic_kb.py, seed 7)."""
    sys.path.insert(0, str(BENCH))
    try:
        import synthetic_kb
    finally:
        sys.path.remove(str(BENCH))
    for engine in backend_store(request, name):
        synthetic_kb.build(engine, facts, seed=7, log=lambda *_: None)
        yield engine
