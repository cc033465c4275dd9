"""Extraction in worker processes (``--workers``) and on a Dask cluster (``--dask``) stores
exactly what a one-process ingest stores: documents, facts, evidence, knowledge base."""

from __future__ import annotations

import pytest

from blocwatch.pipeline import ingest
from blocwatch.sample import corpus_path
from blocwatch.store import connect
from blocwatch.workers import ahead
from scale_support import fact_rows, store_rows, synthetic


@pytest.fixture
def serial(request, db_url, tmp_path):
    """A second, empty store on the same backend as ``engine``, for the one-process run:
    ``serial(paths)`` ingests into it and returns its engine."""
    if db_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'serial.db'}"
        name = None
    else:
        databases = request.getfixturevalue("postgres")
        name = databases.create()
        url = databases.url_for(name)
    engine = connect(url)

    def run(paths):
        ingest(paths, db=url)
        return engine

    yield run
    engine.dispose()
    if name is not None:
        databases.drop(name)


def test_two_worker_processes_store_what_one_process_stores(cli, engine, db_url, serial):
    paths = [str(corpus_path())]
    result = cli("ingest", *paths, "--db", db_url, "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "30 new" in result.stdout
    one = serial(paths)
    facts = fact_rows(engine)
    assert facts == fact_rows(one)
    assert sum(len(rows) for rows in facts.values()) > 100  # the corpus has facts to compare
    assert store_rows(engine) == store_rows(one)


def test_workers_follow_the_batches_of_a_longer_input(
    engine, db_url, serial, tmp_path, monkeypatch
):
    # Several batches: extraction runs one batch ahead of the writes; an id taken by other
    # content (suffixed on write) and an exact repeat are in the input too.
    path = tmp_path / "news.jsonl"
    synthetic().write_jsonl(path, docs=230, dense_share=0.5, seed=11)
    lines = path.read_text().splitlines()
    extra = tmp_path / "extra.jsonl"
    first_id = lines[0].split('"id": "')[1].split('"')[0]
    extra.write_text(
        lines[5] + "\n" + f'{{"id": "{first_id}", "text": "Russia and Iran signed a pact."}}\n'
    )
    paths = [str(path), str(extra)]
    here: list[str] = []
    original = ahead.extract_document
    monkeypatch.setattr(
        ahead, "extract_document", lambda doc, *floor: here.append(doc.id) or original(doc, *floor)
    )
    summary = ingest(paths, db=db_url, workers=2)
    assert (summary.new, summary.duplicate) == (231, 1)
    # The workers extracted everything but the document whose id was taken on the way.
    assert len(here) == 1 and here[0].startswith(first_id + "-")
    one = serial(paths)
    assert fact_rows(engine) == fact_rows(one)
    rows = store_rows(engine)
    assert rows == store_rows(one)
    # The near-duplicate index in the store is among the rows compared.
    assert len(rows["documents_bands"]) == 231 * 42


@pytest.mark.slow
def test_a_dask_cluster_stores_what_one_process_stores(engine, db_url, serial):
    distributed = pytest.importorskip("distributed")
    paths = [str(corpus_path())]
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        summary = ingest(paths, db=db_url, dask=cluster.scheduler_address)
    assert summary.new == 30 and summary.failed == 0
    one = serial(paths)
    assert fact_rows(engine) == fact_rows(one)
    assert store_rows(engine) == store_rows(one)


def test_an_unreachable_scheduler_is_one_line(cli, db_path):
    result = cli("ingest", "--sample", "--db", str(db_path), "--dask", "no-port-here")
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert "not an address like tcp://HOST:PORT" in str(result.exception)
    assert "\n" not in str(result.exception)


def test_workers_and_dask_together_are_refused(cli, db_path):
    result = cli("ingest", "--sample", "--db", str(db_path), "--workers", "2", "--dask", "x:1")
    assert result.exit_code != 0
    assert "not both" in str(result.exception)
