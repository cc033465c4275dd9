"""The as-of index (``edge_spans``) and the agreement cards answer as the records do: the
network as of a date and the obligations of a state on a date, read from the index, equal
field by field what the code before the index computed by rebuilding every record
(``asof_reference.py``), on the sample corpus and on a generated base of 10,000 facts, in
SQLite and PostgreSQL; so do agreements read with the conflicts and lifecycle steps stored
at resolve time (every agreement, and a party's agreements in force on a date). The index
and the cards read back from the stored records (the migrations' path) equal those the
resolver wrote.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, or_, select

from asof_reference import reference_load_agreements, reference_obligations
from blocwatch.analyse import network, network_json, network_page, obligations
from blocwatch.analyse.day_edges import SEP, Unsplittable, grouped_edges, grouped_texts
from blocwatch.analyse.network import Edge, day_edges, edges_on, holding_on
from blocwatch.base import dates
from blocwatch.base.collection import gc_paused
from blocwatch.kb import KnowledgeBase
from blocwatch.kb.agreements import find_agreements, load_agreements
from blocwatch.store.schema import (
    agreement_cards,
    agreement_parties,
    agreements,
    edge_spans,
    record_spans,
)
from scale_support import generated_store, sample_store

KINDS = (None, "agreements", "claims", "trade", "exercises")


def _days(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    first, last = dt.date(1950, 1, 1).toordinal(), dt.date(2026, 12, 31).toordinal()
    days = [dt.date.fromordinal(rng.randint(first, last)).isoformat() for _ in range(n)]
    return days + ["2024", "2024-06", "2022-02-24", "2025-01-01"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def sample(request) -> Iterator[Engine]:
    yield from sample_store(request, "asof-sample")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def generated(request) -> Iterator[Engine]:
    yield from generated_store(request, "asof-10k")


def _same_network(engine: Engine, days: list[str]) -> int:
    edges = 0
    for day in days:
        for kind in KINDS:
            new = network(engine, day, kind).to_dict()
            # the same kind's edges built from the records (a confidence floor of 0 keeps
            # every record and takes the kind's edge builder: the code of before the index)
            built = network(engine, day, kind, min_confidence=0.0).to_dict()
            assert new == built, (day, kind)
            edges += len(new["edges"])
    return edges


def _same_json(source, days: list[str], kinds=KINDS, floors=(None, 0.0, 0.9)) -> int:
    """The network as streamed JSON (stored details put together, never parsed) parses to
    what the network's objects write as JSON, for every kind and confidence floor."""
    edges = 0
    for day in days:
        for kind in kinds:
            for floor in floors:
                chunks = list(network_json(source, day, kind, floor))
                expected = json.dumps(network(source, day, kind, floor).to_dict())
                assert json.loads("".join(chunks)) == json.loads(expected), (day, kind, floor)
                assert all(isinstance(c, str) for c in chunks)
                edges += len(json.loads(expected)["edges"])
    return edges


def test_sample_network_as_json_equals_the_network(sample):
    days = ["2022-02-23", "2023", "2024-06-19", "2024-07", "2025-03-01"]
    assert _same_json(sample, days + _days(6, 3)) > 0


def test_generated_network_as_json_equals_the_network(generated):
    # Every edge kind, multilateral agreements, partial dates; more than one chunk.
    from blocwatch.analyse.network_json import CHUNK

    days = _days(7, 6)
    assert _same_json(generated, days, kinds=(None, "trade"), floors=(None,)) > 1000
    assert len(list(network_json(generated, "2024-06-19"))) > 2
    assert len(network(generated, "2024-06-19").edges) > CHUNK


def test_a_bad_question_for_the_json_network_is_refused_before_any_text(sample):
    from blocwatch.errors import BlocwatchError

    for bad in ({"as_of": "2023-02-30"}, {"kind": "friendship"}, {"min_confidence": 2}):
        with pytest.raises(BlocwatchError):
            network_json(sample, **bad)


def _same_obligations(engine: Engine, states: list[str], days: list[str]) -> int:
    found = 0
    for state in states:
        for day in days:
            new = obligations(engine, state, day).to_dict()
            assert new == reference_obligations(engine, state, day).to_dict(), (state, day)
            found += len(new["defenders"]) + len(new["consultation"]) + len(new["partners"])
    return found


def test_sample_network_from_the_index_equals_the_records(sample):
    days = ["2022-02-23", "2023", "2024-06-18", "2024-06-19", "2024-07", "2025-03-01"]
    assert _same_network(sample, days + _days(1, 6)) > 0


def test_sample_obligations_from_the_index_equal_the_records(sample):
    days = ["2023", "2024-06-19", "2024-12-31", "2025-06-01"]
    assert _same_obligations(sample, ["PRK", "RUS", "IRN", "CHN", "FIN", "UKR"], days) > 0


def test_generated_network_from_the_index_equals_the_records(generated):
    # Every kind of edge is met, and the answers are not all empty.
    assert _same_network(generated, _days(2, 12)) > 1000


def test_generated_obligations_from_the_index_equal_the_records(generated):
    states = ["USA", "RUS", "CHN", "FIN", "PRK", "IRN", "POL", "KAZ", "ARM", "BRA"]
    assert _same_obligations(generated, states, _days(3, 5)) > 100


def _spans(engine: Engine, table=edge_spans) -> list[tuple]:
    columns = list(table.c)
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(select(*columns)))


def _record_spans_of_pairs(engine: Engine) -> list[tuple]:
    """``record_spans`` as the pair rows say it should be: one row per record span, with
    the values (every pair's the same) of the pair rows."""
    names = [c.name for c in record_spans.c]
    return sorted({tuple(row[names.index(n)] for n in names) for row in _pair_values(engine)})


def _pair_values(engine: Engine) -> list[tuple]:
    with engine.connect() as conn:
        return list(conn.execute(select(*(edge_spans.c[c.name] for c in record_spans.c))))


def test_the_index_read_back_from_stored_records_is_the_one_written(generated):
    from blocwatch.resolve.spans import index_all

    written, spans = _spans(generated), _spans(generated, record_spans)
    kinds = {row[3] for row in written}  # edge_kind
    assert kinds == {"agreement", "claim", "trade"}
    # One row per record span, its pairs' values (a span's pairs all say the same).
    assert spans == _record_spans_of_pairs(generated)
    assert len(spans) < len(written)
    with generated.begin() as conn:
        assert index_all(conn) == len(written)
    assert _spans(generated) == written
    assert _spans(generated, record_spans) == spans


def test_migration_0015_fills_the_record_spans_from_the_pair_rows(generated):
    from alembic import command
    from sqlalchemy import inspect

    from blocwatch.store.db import _alembic_config

    spans = _spans(generated, record_spans)
    cfg = _alembic_config(generated.url.render_as_string(hide_password=False))
    with generated.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014")
    assert "record_spans" not in inspect(generated).get_table_names()
    with generated.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert _spans(generated, record_spans) == spans


def _same_agreements(engine: Engine, parties: list[str], days: list[str]) -> int:
    with engine.connect() as conn:
        every = list(conn.execute(select(agreements.c.id).order_by(agreements.c.id)).scalars())
        loaded, expected = load_agreements(conn, every), reference_load_agreements(conn, every)
        assert loaded == expected
        assert [_types(a) for a in loaded] == [_types(a) for a in expected]
    kb = KnowledgeBase(engine)
    found = 0
    for party in parties:
        for day in days:
            records = kb.agreements(party, as_of=day)
            with engine.connect() as conn:
                old = reference_load_agreements(conn, [a.id for a in records])
            assert records == old, (party, day)
            # read as the driver's tuples: SQLite's integers are booleans again (1 == True
            # would pass the comparison above)
            assert [_types(a) for a in records] == [_types(a) for a in old], (party, day)
            found += len(records)
    return found


def _old_selection(conn, parties: list[str], day: str | None, **only) -> list[str]:
    """The ids ``find_agreements`` selected before it started from the parties' index on
    PostgreSQL: one ``IN`` per party, sorted by SQL (start day, id)."""
    a = agreements
    where = [
        a.c.id.in_(select(agreement_parties.c.agreement_id).where(agreement_parties.c.actor == p))
        for p in parties
    ]
    if day is not None:
        where += [
            a.c.start_day <= dates.last_day(day),
            or_(a.c.end_day.is_(None), a.c.end_day >= dates.first_day(day)),
        ]
    where += [a.c[name] == value for name, value in only.items()]
    query = select(a.c.id).where(*where).order_by(a.c.start_day, a.c.id)
    return list(conn.execute(query).scalars())


def _same_selection(engine: Engine, parties: list[list[str]], days: list[str | None]) -> int:
    found = 0
    with engine.connect() as conn:
        for party in parties:
            for day in days:
                for full in (True, False):
                    new = [a.id for a in find_agreements(conn, party=party, as_of=day, full=full)]
                    assert new == _old_selection(conn, party, day), (party, day, full)
                    found += len(new)
                for only in ({"defense": True}, {"kind": "agreement"}):
                    new = [a.id for a in find_agreements(conn, party=party, as_of=day, **only)]
                    assert new == _old_selection(conn, party, day, **only), (party, day, only)
    return found


def test_sample_selection_and_order_are_those_of_before(sample):
    parties = [["RUS"], ["PRK", "RUS"], ["CHN", "RUS", "IRN"], ["USA", "GBR"]]
    assert _same_selection(sample, parties, ["2024-06-19", "2025", None]) > 0


def test_generated_selection_and_order_are_those_of_before(generated):
    parties = [
        [],
        ["USA"],
        ["FIN"],
        ["NATO"],
        ["USA", "CHN"],
        ["RUS", "FIN"],
        ["DEU", "FRA", "GBR"],
    ]
    assert _same_selection(generated, parties, [*_days(5, 3), None]) > 100


def _types(record) -> list[type]:
    return [type(v) for v in vars(record).values()]


def test_sample_agreements_from_their_cards_equal_the_records(sample):
    assert _same_agreements(sample, ["RUS", "PRK", "CHN"], ["2024-06-19", "2025"]) > 0


def test_generated_agreements_from_their_cards_equal_the_records(generated):
    found = _same_agreements(generated, ["USA", "RUS", "FIN", "NATO", "BRA"], _days(4, 4))
    assert found > 100


def test_the_cards_read_back_from_stored_records_are_the_ones_written(generated):
    from blocwatch.resolve.cards import index_all

    with generated.connect() as conn:
        written = sorted(conn.execute(select(agreement_cards)).all())
    with generated.begin() as conn:
        assert index_all(conn) == len(written) > 1000
    with generated.connect() as conn:
        assert sorted(conn.execute(select(agreement_cards)).all()) == written


def _expected_page(engine, day, kind, region, min_weight):
    from blocwatch.base.lexicon import load_lexicon

    regions = load_lexicon().regions
    edges = [
        e
        for e in network(engine, day, kind).edges
        if (min_weight is None or e.weight >= min_weight)
        and (region is None or region in (regions.get(e.source), regions.get(e.target)))
    ]

    def part(e):  # trade edges are one per series, the others one per pair
        return e.record_ids[0] if e.kind == "trade" else ""

    return sorted(edges, key=lambda e: (-e.weight, e.kind, e.source, e.target, part(e)))


@pytest.mark.parametrize("kind", [None, "agreements", "trade"])
def test_a_page_of_the_network_is_the_network_filtered_and_ranked(generated, kind):
    for day, region, min_weight in [("2024-05-01", None, None), ("1999", "Europe", 0.4)]:
        expected = _expected_page(generated, day, kind, region, min_weight)
        assert len(expected) > 20
        first = network_page(generated, day, kind, region=region, min_weight=min_weight, limit=7)
        assert first.total == len(expected)
        assert sum(first.totals.values()) == first.total
        assert [e.to_dict() for e in first.edges] == [e.to_dict() for e in expected[:7]]
        later = network_page(
            generated, day, kind, region=region, min_weight=min_weight, limit=15, offset=7
        )
        assert [e.to_dict() for e in later.edges] == [e.to_dict() for e in expected[7:22]]
        codes = {c for e in later.edges for c in (e.source, e.target)}
        assert [n.code for n in later.nodes] == sorted(codes)


@pytest.mark.parametrize("kind", [None, "exercises"])
def test_a_page_holds_the_kinds_without_the_index_too(sample, kind):
    # Joint exercises have no rows in edge_spans: built from their records, ranked with
    # the rest and counted in the totals.
    for day, region in [("2025-03-01", None), ("2025-03-01", "Asia")]:
        expected = _expected_page(sample, day, kind, region, None)
        assert any(e.kind == "exercise" for e in expected)
        page = network_page(sample, day, kind, region=region, limit=5000)
        assert [e.to_dict() for e in page.edges] == [e.to_dict() for e in expected]
        exercises = sum(e.kind == "exercise" for e in expected)
        assert page.totals["exercises"] == exercises and page.total == len(expected)


def test_a_bad_page_is_refused_with_its_reason(sample):
    from blocwatch.errors import BlocwatchError

    with pytest.raises(BlocwatchError, match="unknown region 'Atlantis'"):
        network_page(sample, "2024", region="Atlantis")
    with pytest.raises(BlocwatchError, match="bad page"):
        network_page(sample, "2024", limit=-1)


# --- the whole network of a day, grouped in SQL ------------------------------------------

EDGE_KINDS = ["agreement", "claim", "trade"]


def _same_grouped_and_row_by_row(engine: Engine, days: list[str]) -> int:
    """The day's edges grouped in SQL (what ``network`` answers) equal the index read row by
    row (the code before), field by field, details included; returns the edges compared."""
    compared = 0
    with engine.connect() as conn:
        for day in days:
            grouped = [e.to_dict() for e in day_edges(conn, day, EDGE_KINDS)]
            assert grouped == [e.to_dict() for e in edges_on(conn, day, EDGE_KINDS)], day
            # The pairs read on a second connection while the details are parsed: the same.
            apart = [e.to_dict() for e in day_edges(conn, day, EDGE_KINDS, engine)]
            assert apart == grouped, day
            compared += len(grouped)
    return compared


def test_sample_day_edges_grouped_in_sql_equal_the_rows(sample):
    days = ["2022-02-23", "2023", "2024-06", "2024-06-19", "2025-03-01"]
    assert _same_grouped_and_row_by_row(sample, days + _days(4, 6)) > 0


def test_generated_day_edges_grouped_in_sql_equal_the_rows(generated):
    # Every edge kind, multilateral agreements, claims whose status changes, partial dates.
    assert _same_grouped_and_row_by_row(generated, _days(5, 12)) > 1000


def _read_row_by_row_and_equal(conn, day: str) -> list[Edge]:
    """The day cannot be grouped (Unsplittable): ``day_edges`` reads it row by row, and its
    answer equals the rows'."""
    with pytest.raises(Unsplittable):
        grouped_edges(conn, EDGE_KINDS, day, Edge)
    found = day_edges(conn, day, EDGE_KINDS)
    assert [e.to_dict() for e in found] == [e.to_dict() for e in edges_on(conn, day, EDGE_KINDS)]
    return found


def _agreement_row(conn, day: str) -> dict:
    s = edge_spans.c
    query = select(edge_spans).where(
        s.edge_kind == "agreement", *holding_on(day), s.valid_until.is_(None)
    )
    row = conn.execute(query).mappings().first()
    assert row is not None
    return dict(row)


def test_a_record_with_two_spans_on_a_day_is_read_row_by_row(generated):
    # A second span of an agreement overlapping its first (not what the resolver writes,
    # but what the rows would say): the day cannot be grouped by record, so the network is
    # read row by row, and still equals it (each span's detail on its own).
    from blocwatch.resolve.spans import record_spans_of

    day = "2020"
    with generated.connect() as conn, conn.begin() as transaction:
        row = _agreement_row(conn, day)
        second = {**row, "valid_from": "2020-06-01", "label": "defence", "weight": 1.0}
        second["detail"] = row["detail"].replace('"tier": "', '"tier": "x-')
        conn.execute(edge_spans.insert(), [second])
        conn.execute(record_spans.insert(), record_spans_of([second]))
        found = _read_row_by_row_and_equal(conn, day)
        edge = next(e for e in found if (e.source, e.target) == (row["source"], row["target"]))
        assert edge.label == "defence" and row["record_id"] in edge.record_ids
        assert _same_json(conn, [day], kinds=(None,), floors=(None,)) == len(found)
        if conn.dialect.name == "sqlite":
            with pytest.raises(Unsplittable):
                grouped_texts(conn, EDGE_KINDS, day, lambda *edge: edge)
        transaction.rollback()


def test_a_label_holding_the_separator_is_read_row_by_row(generated):
    # The labels of the day are joined by SEP: one holding it cannot be split back.
    day = "2021-03-01"
    with generated.connect() as conn, conn.begin() as transaction:
        row = _agreement_row(conn, day)
        for table in (edge_spans, record_spans):
            conn.execute(
                table.update()
                .where(table.c.record_id == row["record_id"])
                .values(label=f"tier{SEP}odd")
            )
        found = _read_row_by_row_and_equal(conn, day)
        assert any(row["record_id"] in e.record_ids for e in found)
        # The JSON answer falls back to the same rows (its edges written one by one).
        assert _same_json(conn, [day], kinds=(None,), floors=(None,)) == len(found)
        transaction.rollback()


def test_each_edge_lists_its_records_strongest_first_and_shares_their_details(generated):
    # What the grouped reading promises beyond the comparison with the rows: details
    # strongest first (weight, then id), one dict per record span shared by its edges.
    with generated.connect() as conn:
        edges = day_edges(conn, "2024-06-19", EDGE_KINDS)
    several = [e for e in edges if len(e.record_ids) > 1]
    assert len(several) > 100
    for e in several:
        keys = [(-d.get("weight", e.weight), d["id"]) for d in e.details]
        assert keys == sorted(keys) and e.record_ids == sorted(d["id"] for d in e.details)
        assert e.weight == max(d.get("weight", e.weight) for d in e.details)
    shared: dict[str, dict] = {}
    for e in edges:
        for d in e.details:
            assert shared.setdefault(d["id"], d) is d
    assert len(shared) < sum(len(e.details) for e in edges)


def test_collection_is_paused_for_a_block_and_restored():
    import gc

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_is_made_while_collection_is_paused_is_not_walked_as_young():
    # The objects made in the block join the oldest generation: the first collection of
    # the young ones after it has nothing of theirs to walk.
    import gc

    with gc_paused():
        made = [[i] for i in range(5_000)]
    oldest = {id(x) for x in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in made)
    assert gc.isenabled()
    # A program's own frozen objects stay frozen.
    gc.freeze()
    try:
        with gc_paused():
            made = [[i] for i in range(100)]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_json_network_is_joined_by_the_database_in_ranges_read_at_once(generated):
    # With an engine, the pairs' details are joined in SQL on both backends (PostgreSQL:
    # range by range of their source, read on two connections): the plan checks pass (no
    # silent fall back to the details looked up in Python), and the edges are those of the
    # network, each once, whatever range its source falls in.
    from blocwatch.analyse.day_edges import _ranges

    ranges = _ranges()
    assert ranges[0][0] is None and ranges[-1][1] is None
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    for day in ("2024-06-19", "2003", *_days(8, 3)):
        with generated.connect() as conn:
            found = grouped_texts(conn, EDGE_KINDS, day, lambda *e: e, generated)
        assert found is not None, day
        edges, apart = found
        keys = [(k, e[1], e[2]) for k, listed in edges.items() for e in listed] + apart
        assert len(keys) == len(set(keys))
        expected = network(generated, day).to_dict()
        wanted = {(e["kind"], e["source"], e["target"]) for e in expected["edges"]}
        assert set(keys) == wanted - {k for k in wanted if k[0] == "exercise"}, day
        for kind, listed in edges.items():
            for _, source, target, directed, weight, label, ids, details in listed:
                edge = next(
                    e
                    for e in expected["edges"]
                    if (e["kind"], e["source"], e["target"]) == (kind, source, target)
                )
                assert (directed, weight, label, ids) == (
                    edge["directed"],
                    edge["weight"],
                    edge["label"],
                    edge["record_ids"],
                )
                assert json.loads(f"[{details[0]}]") == edge["details"]


def test_the_json_network_ranges_are_read_in_one_snapshot(generated):
    # PostgreSQL reads the ranges on connections of their own, each importing the snapshot
    # of the first connection's transaction (REPEATABLE READ: taken at its first read): a
    # record removed and committed after it is still in every range, as one query in that
    # transaction would have read it; a new read no longer has it.
    if generated.dialect.name != "postgresql":
        pytest.skip("SQLite reads the day in one query")
    day = "2024-06-19"

    def read(conn):
        edges, apart = grouped_texts(conn, EDGE_KINDS, day, lambda *e: e, generated)
        return sorted(e[:7] for listed in edges.values() for e in listed), sorted(apart)

    with generated.connect() as conn:
        before = read(conn)
    with generated.connect() as conn:
        row = _agreement_row(conn, day)
    s = edge_spans.c
    gone = s.record_id == row["record_id"], s.fact_type == row["fact_type"]
    with generated.connect() as conn:
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        conn.exec_driver_sql("SELECT 1")  # its snapshot is taken here
        with generated.begin() as other:
            removed = [dict(r) for r in other.execute(select(edge_spans).where(*gone)).mappings()]
            spans = [
                dict(r)
                for r in other.execute(
                    select(record_spans).where(
                        record_spans.c.record_id == row["record_id"],
                        record_spans.c.fact_type == row["fact_type"],
                    )
                ).mappings()
            ]
            other.execute(edge_spans.delete().where(*gone))
            other.execute(
                record_spans.delete().where(
                    record_spans.c.record_id == row["record_id"],
                    record_spans.c.fact_type == row["fact_type"],
                )
            )
        try:
            assert read(conn) == before
            with generated.connect() as fresh:
                assert read(fresh) != before
        finally:
            with generated.begin() as other:
                other.execute(edge_spans.insert(), removed)
                other.execute(record_spans.insert(), spans)
    with generated.connect() as conn:
        assert read(conn) == before


def test_the_json_network_without_the_ordered_plan_looks_the_details_up(generated):
    # Without the edge index the database cannot be trusted to join each pair's details
    # strongest first: the plan check says so, and the answer is made as before (details
    # looked up), the same.
    from blocwatch.analyse.day_edges import _reads_in_order, _texts_query

    # (SQLite's case: test_store_indexes, on a store of its own: its connections keep the
    # plans they checked.)
    if generated.dialect.name == "sqlite":
        pytest.skip("PostgreSQL's plan")
    day = "2024-06-19"
    expected = json.loads(json.dumps(network(generated, day).to_dict()))
    with generated.connect() as conn, conn.begin() as transaction:
        query = _texts_query(conn, EDGE_KINDS, day, "C", "P")
        assert _reads_in_order(conn, query)
        conn.exec_driver_sql("DROP INDEX ix_edge_spans_edge")
        assert not _reads_in_order(conn, _texts_query(conn, EDGE_KINDS, day, "C", "P"))
        assert grouped_texts(conn, EDGE_KINDS, day, lambda *e: e) is None
        assert json.loads("".join(network_json(conn, day))) == expected
        transaction.rollback()


def test_record_ids_are_written_as_json_whatever_they_hold():
    from blocwatch.analyse.network_json import _quoted

    odd = ['say "no"', "back\\slash", "tab\there", "été", "\x7f", "", "a", "A-RUS-PRK-2024"]
    for ids in ([], ["A-1"], ["A-1", "C-2"], odd, *([one, "B-2"] for one in odd)):
        assert json.loads(f"[{_quoted(ids)}]") == ids


def test_the_network_on_a_connection_in_autocommit_reads_without_a_shared_snapshot(generated):
    # A caller's engine in autocommit holds no transaction to export a snapshot from: the
    # pairs read on a second connection take their own, with the same answer, rather than
    # failing; the JSON's ranges (whose planner settings need a transaction) give way to the
    # row-by-row read.
    if generated.dialect.name != "postgresql":
        pytest.skip("SQLite has no snapshot to export")
    day = "2024-06-19"
    autocommit = generated.execution_options(isolation_level="AUTOCOMMIT")
    with generated.connect() as conn:
        expected = [e.to_dict() for e in day_edges(conn, day, EDGE_KINDS, generated)]
    with autocommit.connect() as conn:
        assert [e.to_dict() for e in day_edges(conn, day, EDGE_KINDS, autocommit)] == expected
        assert grouped_texts(conn, EDGE_KINDS, day, lambda *e: e, autocommit) is None
    assert expected


def test_record_ids_go_as_one_array_on_postgresql_and_in_lists_on_sqlite(generated):
    # store.driver.among: a state's thousands of record ids read in one query with one
    # parameter on PostgreSQL (no SQL text of placeholders to compile and send), in IN lists
    # of CHUNK on SQLite (its limit on bound parameters); the same rows either way.
    from blocwatch.base.chunks import CHUNK
    from blocwatch.store.driver import among, driver_sql

    a = agreements.c
    with generated.connect() as conn:
        ids = sorted(conn.execute(select(a.id)).scalars())[: 2 * CHUNK + 7]
        assert len(ids) == 2 * CHUNK + 7
        conditions = list(among(conn, a.id, iter(ids)))
        found = [
            i for where in conditions for i in conn.execute(select(a.id).where(where)).scalars()
        ]
        assert sorted(found) == ids
        if conn.dialect.name == "postgresql":
            assert len(conditions) == 1
            sql, params = driver_sql(conn, select(a.id).where(conditions[0]))
            assert len(params) == 1 and "ANY" in sql
        else:
            assert len(conditions) == 3
        assert list(among(conn, a.id, [])) == []
