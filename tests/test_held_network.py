"""The network held in memory (``analyse/held_network.py``) writes the bytes
``network_json`` writes wherever it answers, on the sample corpus and on the generated base
of 10,000 facts, in SQLite and PostgreSQL; it declines what it does not cover (a month or a
year, a confidence floor, a kind without the index, a record with two spans on the day, a
pair of records that do not merge, a separator in a label) and a store that has changed
since it was loaded. The server holds one (``web/held.py``): ``/network`` answers the same
bytes with it and without it, and after an ingest the arrays are not used until reloaded.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from blocwatch.analyse import network_json
from blocwatch.analyse.day_edges import SEP
from blocwatch.analyse.held_network import HeldNetwork, TooLarge
from blocwatch.analyse.network import holding_on
from blocwatch.analyse.network_json import CHUNK
from blocwatch.store import connect
from blocwatch.store.schema import edge_spans, record_spans
from blocwatch.store.version import StoreVersion
from blocwatch.web.app import create_app
from scale_support import generated_store, sample_store

KINDS = (None, "agreements", "claims", "trade", "exercises")
PARTIAL = ["2024", "2024-06", "1999"]


def _days(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    first, last = dt.date(1950, 1, 1).toordinal(), dt.date(2026, 12, 31).toordinal()
    return [dt.date.fromordinal(rng.randint(first, last)).isoformat() for _ in range(n)]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def sample(request) -> Iterator[Engine]:
    yield from sample_store(request, "held-sample")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def generated(request) -> Iterator[Engine]:
    yield from generated_store(request, "held-10k")


def _held(engine: Engine) -> tuple[HeldNetwork, StoreVersion]:
    version = StoreVersion(engine)
    return HeldNetwork.load(engine, version), version


def _compare(engine: Engine, held, version, days, kinds=KINDS, floors=(None,)) -> tuple[int, int]:
    """(answered, declined): every answer given is network_json's text, byte for byte."""
    answered = declined = 0
    for day in days:
        for kind in kinds:
            for floor in floors:
                found = held.network_json(engine, version, day, kind, floor)
                if found is None:
                    declined += 1
                    continue
                expected = "".join(network_json(engine, day, kind, floor))
                assert "".join(found) == expected, (day, kind, floor)
                answered += 1
    return answered, declined


def test_sample_whole_days_are_answered_with_the_bytes_of_network_json(sample):
    held, version = _held(sample)
    days = ["2021-09-16", "2022-02-23", "2024-06-19", "2025-03-01", *_days(6, 6)]
    answered, declined = _compare(sample, held, version, days, floors=(None, 0.0, 0.5))
    # Every kind of the index and all kinds, without a floor; exercises alone (no index)
    # and any floor are left to the store.
    assert answered == len(days) * 4
    assert declined == len(days) * (1 + 5 * 2)


def test_sample_kinds_without_the_index_are_built_into_the_answer(sample):
    held, version = _held(sample)
    with_drills = [
        day
        for day in ("2019-12-31", "2022-02-23", "2023-06-30", "2024-06-19", "2025-03-01")
        if '"kind":"exercise"' in "".join(network_json(sample, day))
    ]
    assert with_drills
    assert _compare(sample, held, version, with_drills, kinds=(None,)) == (len(with_drills), 0)


def test_a_month_or_a_year_is_left_to_the_store(sample):
    held, version = _held(sample)
    assert _compare(sample, held, version, PARTIAL) == (0, len(PARTIAL) * len(KINDS))
    # A date that is no date too (the store's path refuses it with its reason).
    assert held.network_json(sample, version, "2024-02-30") is None
    assert held.network_json(sample, version, "yesterday") is None


def test_today_is_the_default_day(sample):
    held, version = _held(sample)
    found = held.network_json(sample, version, None)
    assert found is not None
    assert "".join(found) == "".join(network_json(sample, None))


def test_generated_many_days_are_answered_with_the_bytes_of_network_json(generated):
    held, version = _held(generated)
    days = ["2024-06-19", "2021-03-01", "1990-01-01", *_days(7, 25)]
    answered, declined = _compare(
        generated, held, version, days, kinds=(None, "agreements", "trade")
    )
    assert (answered, declined) == (len(days) * 3, 0)
    assert _compare(generated, held, version, PARTIAL, kinds=(None,)) == (0, len(PARTIAL))
    # A late day is answered in several chunks, as the store's path cuts them.
    chunks = list(held.network_json(generated, version, "2024-06-19"))
    assert len(chunks) == len(list(network_json(generated, "2024-06-19"))) > 3
    assert held.edges > CHUNK


def test_an_empty_store_is_answered_too(db_url):
    engine = connect(db_url)
    held, version = _held(engine)
    assert _compare(engine, held, version, ["2024-06-19", None], kinds=(None,)) == (2, 0)
    engine.dispose()


def test_a_store_too_large_for_the_limit_is_not_loaded(sample):
    with pytest.raises(TooLarge):
        HeldNetwork.load(sample, StoreVersion(sample), limit_mb=0.001)


def _open_row(conn, day: str, kind: str = "agreement") -> dict:
    s = edge_spans.c
    query = (
        select(edge_spans)
        .where(s.edge_kind == kind, *holding_on(day), s.valid_until.is_(None))
        .order_by(s.record_id, s.source, s.target)
    )
    row = conn.execute(query).mappings().first()
    assert row is not None
    return dict(row)


def _stale_then_declines(engine: Engine, day: str, change, undo) -> None:
    """Arrays loaded before ``change`` (committed) are stale: they answer nothing. Arrays
    loaded after it decline ``day`` (the store's path answers); after ``undo`` they are
    stale too, and arrays loaded then answer the day again."""
    held, version = _held(engine)
    assert held.network_json(engine, version, day) is not None
    with engine.begin() as conn:
        change(conn)
    try:
        assert held.network_json(engine, version, day) is None and held.stale
        again = HeldNetwork.load(engine, version)
        assert again.network_json(engine, version, day) is None and not again.stale
        assert "".join(network_json(engine, day))  # the store's path answers it
    finally:
        with engine.begin() as conn:
            undo(conn)
    assert again.network_json(engine, version, day) is None and again.stale
    assert _compare(engine, HeldNetwork.load(engine, version), version, [day], (None,)) == (1, 0)


def test_a_record_with_two_spans_on_the_day_is_left_to_the_store(generated):
    from blocwatch.resolve.spans import record_spans_of

    day = "2021-03-01"
    with generated.connect() as conn:
        row = _open_row(conn, day)
    second = {
        **row,
        "valid_from": "2021-02-27" if row["valid_from"] != "2021-02-27" else "2021-02-28",
    }
    second["detail"] = row["detail"].replace('"tier": "', '"tier": "x-')

    def change(conn):
        conn.execute(edge_spans.insert(), [second])
        conn.execute(record_spans.insert(), record_spans_of([second]))

    def undo(conn):
        for table in (edge_spans, record_spans):
            conn.execute(
                table.delete().where(
                    table.c.record_id == second["record_id"],
                    table.c.valid_from == second["valid_from"],
                )
            )

    _stale_then_declines(generated, day, change, undo)


def test_records_of_a_pair_that_do_not_merge_are_left_to_the_store(generated):
    # Trade figures make one edge each: a pair with two of them on the day.
    from blocwatch.resolve.spans import record_spans_of

    day = "2024-06-19"
    with generated.connect() as conn:
        row = _open_row(conn, day, "trade")
    other = {**row, "record_id": row["record_id"] + "-second"}

    def change(conn):
        conn.execute(edge_spans.insert(), [other])
        conn.execute(record_spans.insert(), record_spans_of([other]))

    def undo(conn):
        for table in (edge_spans, record_spans):
            conn.execute(table.delete().where(table.c.record_id == other["record_id"]))

    _stale_then_declines(generated, day, change, undo)


def test_a_label_holding_the_separator_is_left_to_the_store(generated):
    day = "2021-03-01"
    with generated.connect() as conn:
        row = _open_row(conn, day)

    def relabel(label):
        def run(conn):
            for table in (edge_spans, record_spans):
                conn.execute(
                    table.update().where(table.c.record_id == row["record_id"]).values(label=label)
                )

        return run

    _stale_then_declines(generated, day, relabel(f"tier{SEP}odd"), relabel(row["label"]))


def test_records_of_equal_weight_come_in_the_database_order_of_their_ids(generated):
    # PostgreSQL orders a pair's records of equal weight by its collation: here one that
    # is not Python's (ICU's English puts "b" before "B2", Python "B2" before "b"). The
    # held network takes that order from the database.
    if generated.dialect.name != "postgresql":
        pytest.skip("SQLite orders ids as Python does")
    from blocwatch.resolve.spans import record_spans_of

    day = "2021-03-01"
    with generated.connect() as conn:
        row = _open_row(conn, day)
    rows = [
        {**row, "record_id": rid, "weight": 9.0, "label": label, "detail": f'{{"id": "{rid}"}}'}
        for rid, label in (("A-HELD-b", "first"), ("A-HELD-B2", "second"))
    ]

    def collate(conn, collation: str) -> None:
        for table in ("edge_spans", "record_spans"):
            conn.exec_driver_sql(
                f"ALTER TABLE {table} ALTER COLUMN record_id TYPE varchar(120)"
                f' COLLATE "{collation}"'
            )

    with generated.begin() as conn:
        collate(conn, "en-US-x-icu")
        conn.execute(edge_spans.insert(), rows)
        conn.execute(record_spans.insert(), record_spans_of(rows))
    try:
        held, version = _held(generated)
        found = held.network_json(generated, version, day)
        text = "".join(found)
        assert text == "".join(network_json(generated, day))
        assert text.index('{"id": "A-HELD-b"}') < text.index('{"id": "A-HELD-B2"}')
    finally:
        with generated.begin() as conn:
            for table in (edge_spans, record_spans):
                conn.execute(table.delete().where(table.c.record_id.like("A-HELD-%")))
            collate(conn, "default")


# --- the server's held network --------------------------------------------------------------


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _bodies(client: TestClient, questions: list[dict]) -> list[bytes]:
    out = []
    for params in questions:
        answer = client.get("/api/v1/network", params=params)
        assert answer.status_code == 200, (params, answer.text)
        out.append(answer.content)
    return out


QUESTIONS = [
    {"as_of": "2022-02-23"},
    {"as_of": "2024-06-19"},
    {"as_of": "2024-06-19", "kind": "agreements"},
    {"as_of": "2024-06-19", "kind": "exercises"},
    {"as_of": "2024-06-19", "min_confidence": "0.5"},
    {"as_of": "2024"},
    {},
]


def test_http_network_is_the_same_with_and_without_the_held_network(sample):
    held_app = create_app(_url(sample), read_cache=False, held_network=True)
    keeper = held_app.state.held_network
    assert keeper is not None and keeper.wait(60)
    plain_app = create_app(_url(sample), read_cache=False, held_network=False)
    assert plain_app.state.held_network is None
    with TestClient(held_app) as held, TestClient(plain_app) as plain:
        assert _bodies(held, QUESTIONS) == _bodies(plain, QUESTIONS)
    # Four of the questions are whole days of every kind or one of the index.
    assert keeper.answered == 4


def test_the_held_network_can_be_turned_off_by_the_environment(sample, monkeypatch):
    monkeypatch.setenv("BLOCWATCH_HELD_NETWORK", "0")
    assert create_app(_url(sample), read_cache=False).state.held_network is None


def test_after_an_ingest_the_held_network_is_not_used_until_reloaded(sample, tmp_path: Path):
    from blocwatch.pipeline import ingest

    app = create_app(_url(sample), read_cache=False)
    keeper = app.state.held_network
    assert keeper.wait(60)
    day = {"as_of": "2025-06-30"}
    with TestClient(app) as client:
        before = client.get("/api/v1/network", params=day).content
        assert keeper.answered == 1
        stale = keeper.held
        keeper._took = 0.0  # no pause before the next load (tested below)
        news = tmp_path / "news.txt"
        news.write_text(
            "Chile and Peru sign a defence cooperation agreement\n"
            "Published: 2025-05-20\n\n"
            "Chile and Peru signed a defence cooperation agreement on Tuesday in Lima,"
            " the two governments said.\n"
        )
        assert ingest([str(news)], db=_url(sample)).failed == 0
        after = client.get("/api/v1/network", params=day).content
        # Not from the arrays loaded before the ingest: the store's new answer.
        assert after == "".join(network_json(sample, day["as_of"])).encode()
        assert after != before and b'"CHL"' in after
        assert stale.stale and keeper.answered == 1
        # The request started a new load; once it is done, the arrays answer again.
        assert keeper.wait(60) and keeper.held is not stale
        assert client.get("/api/v1/network", params=day).content == after
        assert keeper.answered == 2
        # A store that keeps changing is loaded again no sooner than the last load took.
        keeper._took = 3600.0
        news.write_text(
            "Peru and Bolivia sign a trade agreement\n"
            "Published: 2025-05-27\n\n"
            "Peru and Bolivia signed a trade agreement on Tuesday in La Paz.\n"
        )
        assert ingest([str(news)], db=_url(sample)).failed == 0
        third = client.get("/api/v1/network", params=day).content
        assert third == "".join(network_json(sample, day["as_of"])).encode() != after
        assert keeper.answered == 2 and keeper.held.stale
        assert keeper.wait(0) and keeper.loads == 2  # none begun: the stale arrays stay


def test_a_store_above_the_memory_setting_is_answered_from_the_store(sample, monkeypatch):
    monkeypatch.setenv("BLOCWATCH_HELD_NETWORK_MB", "0.001")
    app = create_app(_url(sample), read_cache=False)
    keeper = app.state.held_network
    assert not keeper.wait(60)
    plain = create_app(_url(sample), read_cache=False, held_network=False)
    with TestClient(app) as client, TestClient(plain) as other:
        assert _bodies(client, QUESTIONS[:2]) == _bodies(other, QUESTIONS[:2])
    # Refused at this version of the store: not loaded again until it moves.
    assert keeper.held is None and keeper.loads == 0 and not keeper.wait(0)


def test_serve_has_a_switch_for_the_held_network(cli, monkeypatch, tmp_path: Path):
    import blocwatch.web.server

    asked: list = []
    monkeypatch.setattr(
        blocwatch.web.server, "serve", lambda *_, **kw: asked.append(kw["held_network"])
    )
    for args, env in (([], None), (["--no-held-network"], None), ([], "0")):
        if env is not None:
            monkeypatch.setenv("BLOCWATCH_HELD_NETWORK", env)
        result = cli("serve", "--db", str(tmp_path / "s.db"), *args)
        assert result.exit_code == 0, result.output
    assert asked == [True, False, False]
