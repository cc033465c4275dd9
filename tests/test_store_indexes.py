"""Indexes the knowledge-base queries rely on: the sentences behind records are reached from
the records' reports by fact id (migration 0004), whatever SQLite's planner guesses about the
data (blocwatch never runs ANALYZE, so it guesses)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from blocwatch.kb.sources import sources_by_record
from blocwatch.store import connect
from kb_support import add_doc, agreement, claim


def test_evidence_is_indexed_by_fact_id_then_fact_type(engine):
    indexes = {i["name"]: i["column_names"] for i in inspect(engine).get_indexes("evidence")}
    assert indexes["ix_evidence_fact"] == ["fact_id", "fact_type"]


def _plans(engine, run) -> list[list[str]]:
    """The SQLite query plans of the statements ``run(conn)`` sends that read evidence (raw
    driver cursors included: the SQL as the driver runs it, parameters filled in)."""
    seen: list[str] = []
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.set_trace_callback(
            lambda sql: (
                seen.append(sql)
                if "evidence" in sql and sql.lstrip().upper().startswith("SELECT")
                else None
            )
        )
        try:
            run(conn)
        finally:
            raw.set_trace_callback(None)
    plans = []
    with engine.connect() as conn:
        for statement in seen:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement).all()
            plans.append([row[-1] for row in rows])
    return plans


def test_record_sources_start_from_the_records_not_from_all_evidence(tmp_path: Path):
    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    for i in range(3):
        add_doc(
            engine,
            f"d{i}",
            f"2024-06-1{i}",
            agreement(["PRK", "RUS"], "2024-06-19"),
            claim(["PRK"], ["RUS"], claimant=["USA"], what="shells"),
        )
    records = {"agreement": "A-PRK-RUS-2024", "claim": "C-PRK-to-RUS-arms_transfer"}
    for fact_type, record_id in records.items():
        found = {}

        def run(conn, fact_type=fact_type, record_id=record_id, found=found):
            found.update(sources_by_record(conn, fact_type, [record_id]))

        plans = _plans(engine, run)
        assert len(found[record_id]) == 3  # one sentence from each document
        joins = [p for p in plans if any("evidence" in step for step in p)]
        assert joins, plans
        for plan in joins:
            # The outer loop reads the record's sources; evidence is looked up per report,
            # never scanned by fact type (every evidence row of that type).
            assert "evidence" not in plan[0], plan
            step = next(s for s in plan if "evidence" in s)
            assert "ix_evidence_fact (fact_id=? AND fact_type=?)" in step, plan
    engine.dispose()


def _traced(engine, run) -> list[str]:
    """The SQL (parameters filled in) of the statements on edge_spans and record_spans that
    ``run(engine)`` sends, raw driver cursors included (not the plans asked for)."""
    seen: list[str] = []
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.set_trace_callback(lambda sql: seen.append(sql) if "_spans" in sql else None)
        try:
            run(conn)
        finally:
            raw.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def _plan(engine, sql: str) -> str:
    with engine.connect() as conn:
        return " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_the_day_questions_read_the_as_of_index_through_their_indexes(tmp_path: Path):
    # The network page groups a day's pairs from the covering edge index, read whole in
    # the pairs' order when a fifth of the rows or more have begun by the day (no sort),
    # else from the covering day index (the day's rows only, sorted); the page's details
    # through the pair index. The obligations (whole or a page) read the day's defence
    # edges from the covering tier index and a state's agreements from the covering source
    # and target tier indexes.
    from blocwatch.analyse import network_page, obligations, obligations_page

    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    add_doc(
        engine,
        "d0",
        "2024-06-19",
        agreement(["PRK", "RUS"], "2024-06-19", defense=True),
        agreement(["RUS", "BLR"], "2024-06-19", defense=True),
        agreement(["RUS", "CHN"], "2024-06-19"),
    )
    page = _traced(engine, lambda conn: network_page(conn, "2024-07-01", limit=5))
    plans = [_plan(engine, sql) for sql in page]
    # Counted from the day index (the rows begun after the day: none here), then the pairs
    # grouped as the edge index is read, then the page's details.
    whole = "SCAN edge_spans USING COVERING INDEX ix_edge_spans_edge"
    at = plans.index(whole)
    assert at > 0 and all("COVERING INDEX ix_edge_spans_day (valid_from" in p for p in plans[:at])
    assert all("ix_edge_spans_pair (source=? AND target=?" in p for p in plans[at + 1 :]), plans
    assert len(plans) > at + 1
    partners = "IND BRA ARG CHL PER MEX COL EGY QAT OMN IDN VNM THA DEU ITA ESP POL JPN KOR AUS"
    for i, code in enumerate(partners.split()):
        add_doc(engine, f"d{i + 1}", f"2025-06-{i + 1:02}", agreement(["FRA", code], "2025-06-01"))
    # Three rows of 23 begun by 2024-07-01: under a fifth, the day's rows are sorted.
    early = _traced(engine, lambda conn: network_page(conn, "2024-07-01", limit=5))
    plans = [_plan(engine, sql) for sql in early]
    assert whole not in plans
    grouped = [p for p in plans if "USE TEMP B-TREE FOR GROUP BY" in p]
    assert len(grouped) == 1 and "COVERING INDEX ix_edge_spans_day (valid_from<?)" in grouped[0]
    for ask in (obligations, obligations_page):
        found = _traced(engine, lambda conn, ask=ask: ask(conn, "PRK", "2024-07-01"))
        plans = [_plan(engine, sql) for sql in found]
        tier = "COVERING INDEX ix_edge_spans_tier (label=? AND edge_kind=?"
        assert any(tier in p for p in plans), plans
        # A state's agreements by tier: from the index alone, one end at a time.
        for end in ("source", "target"):
            covering = f"COVERING INDEX ix_edge_spans_{end}_tier ({end}=? AND edge_kind=? AND"
            assert any(covering in p for p in plans), plans
        assert all("SCAN" not in p for p in plans), plans
        assert ask(engine, "PRK", "2024-07-01").defenders[0].actor == "RUS"
    engine.dispose()


def test_the_whole_network_of_a_day_is_grouped_as_the_indexes_are_read(tmp_path: Path):
    # The day's pairs are grouped while the covering edge index is read (no sort, no table
    # row); the details, one per record span, are read from record_spans in primary-key
    # order (no sort either).
    from blocwatch.analyse import network
    from blocwatch.analyse.day_edges import _sqlite_reads_in_order, grouped_query

    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    add_doc(
        engine,
        "d0",
        "2024-06-19",
        agreement(["PRK", "RUS"], "2024-06-19", defense=True),
        agreement(["RUS", "BLR", "CHN"], "2024-06-19"),
        claim(["PRK"], ["RUS"], claimant=["USA"], what="shells"),
    )
    found = _traced(engine, lambda conn: network(conn, "2024-07-01"))
    plans = [_plan(engine, sql) for sql in found]
    assert len(plans) == 2, plans
    details, grouped = plans
    assert "SEARCH record_spans USING PRIMARY KEY (valid_from<?)" in details, details
    assert grouped == "SCAN edge_spans USING COVERING INDEX ix_edge_spans_edge", grouped
    assert "TEMP B-TREE" not in details, plans
    assert len(network(engine, "2024-07-01").edges) == 5  # 1 + 3 pairs + 1 claim
    # The check the grouped reading makes before trusting the rows' order: this plan
    # passes; one that sorts the groups (grouped in another order) does not.
    with engine.connect() as conn:
        query = grouped_query(conn, ["agreement", "claim"], "2024-07-01")
        assert _sqlite_reads_in_order(conn, query)
        assert not _sqlite_reads_in_order(conn, query.order_by(None).order_by("weight"))
    engine.dispose()


def test_the_network_as_json_is_one_read_of_the_edge_index_with_its_details(tmp_path: Path):
    # On SQLite an edge index holds the details (migration 0017): the JSON network of a day
    # is one scan of it, grouped as read; a store without it is read as the network is
    # (details looked up), and the answer is the same.
    import json

    from blocwatch.analyse import network, network_json

    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    add_doc(
        engine,
        "d0",
        "2024-06-19",
        agreement(["PRK", "RUS"], "2024-06-19", defense=True),
        agreement(["RUS", "BLR", "CHN"], "2024-06-19"),
        claim(["PRK"], ["RUS"], claimant=["USA"], what="shells"),
    )
    expected = json.loads(json.dumps(network(engine, "2024-07-01").to_dict()))
    found = _traced(engine, lambda conn: list(network_json(conn, "2024-07-01")))
    assert len(found) == 1, found
    plan = "SCAN edge_spans USING COVERING INDEX ix_edge_spans_edge_details"
    assert _plan(engine, found[0]) == plan
    assert json.loads("".join(network_json(engine, "2024-07-01"))) == expected
    with engine.begin() as conn:
        columns = [r[2] for r in conn.exec_driver_sql("PRAGMA index_info(ix_edge_spans_edge)")]
        wide = [r[2] for r in conn.exec_driver_sql("PRAGMA index_info(ix_edge_spans_edge_details)")]
        assert wide == [*columns, "detail"]
        conn.exec_driver_sql("DROP INDEX ix_edge_spans_edge_details")
    engine.dispose()  # connections that prepared the plan check before the change
    found = _traced(engine, lambda conn: list(network_json(conn, "2024-07-01")))
    assert len(found) == 2 and not any("group_concat(edge_spans.detail" in s for s in found)
    assert json.loads("".join(network_json(engine, "2024-07-01"))) == expected
    engine.dispose()
