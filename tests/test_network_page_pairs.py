"""The page of the network groups the day's pairs by pair; a pair of several records whose
rows do not merge (one edge per record) is grouped again by record."""

from __future__ import annotations

from sqlalchemy import insert, select

from blocwatch.analyse import network, network_page
from blocwatch.store.schema import edge_spans
from kb_support import add_doc, agreement, measure


def test_a_pair_of_several_unmerged_records_gives_one_edge_each(engine):
    add_doc(
        engine,
        "d0",
        "2024-03-02",
        agreement(["FRA", "IND"], "2024-03-01"),
        measure(["FRA", "IND"], "bilateral_trade", 12_000_000_000.0, period="2023"),
        measure(["BRA", "ARG"], "bilateral_trade", 30_000_000_000.0, period="2023"),
    )
    with engine.begin() as conn:
        # A second trade series of a pair (a store's rows written by hand: one record of a
        # kind whose rows do not merge is one edge), weaker and stronger than the first.
        rows = [r._asdict() for r in conn.execute(select(edge_spans)) if r.edge_kind == "trade"]
        assert len(rows) == 2 and not any(r["merge"] for r in rows)
        extra = []
        for row, weight in zip(rows, (5.0, 44.0), strict=True):
            extra.append({**row, "record_id": row["record_id"] + "-2", "weight": weight})
        conn.execute(insert(edge_spans), extra)
    whole = network(engine, "2024-06-01")
    trade = [(e.source, e.target, e.weight, e.record_ids) for e in whole.edges_of("trade")]
    assert len(trade) == 4
    page = network_page(engine, "2024-06-01", limit=10)
    assert page.totals == {"agreements": 1, "claims": 0, "trade": 4, "exercises": 0}
    expected = sorted(whole.edges, key=lambda e: (-e.weight, e.kind, e.source, e.target))
    assert [e.to_dict() for e in page.edges] == [e.to_dict() for e in expected]
    stronger = network_page(engine, "2024-06-01", min_weight=20.0)
    strong = [e.to_dict() for e in expected if e.weight >= 20.0]
    assert [e.to_dict() for e in stronger.edges] == strong and len(strong) == 2


def test_the_page_leaves_the_connections_settings_as_they_were(engine):
    add_doc(engine, "d0", "2024-03-02", agreement(["FRA", "IND"], "2024-03-01"))
    with engine.connect() as conn:
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            conn.exec_driver_sql("SET work_mem = '5MB'")
        page = network_page(conn, "2024-06-01")
        assert [(e.source, e.target) for e in page.edges] == [("FRA", "IND")]
        if postgres:
            # Grouped with more memory for the page's query, then put back.
            assert conn.exec_driver_sql("SHOW work_mem").scalar_one() == "5MB"
