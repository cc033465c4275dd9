"""The fact-kind registry: every hook of every kind names a real object, the tables it names
are the store's, and a record id's prefix finds its kind."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Table

from blocwatch.errors import BlocwatchError
from blocwatch.kinds import KINDS, FactKind, kind, kind_of_id
from blocwatch.store import schema

NAMES = {"name", "plural", "prefix", "title", "edges", "network", "schema"}
HOOKS = [f.name for f in dataclasses.fields(FactKind) if f.type == "str" and f.name not in NAMES]
# Hooks a kind may leave empty: it draws no edges, adds no Parquet column, has no query.
OPTIONAL = {
    "edge_builder",
    "graph_edges",
    "parquet_columns",
    "finder",
    "json_lines",
    "timeline",
    "sentences_to_parse",
    "spans",
}


@pytest.mark.parametrize("k", KINDS, ids=lambda k: k.name)
def test_every_hook_of_a_kind_names_a_real_object(k):
    for hook in HOOKS:
        if not getattr(k, hook):
            assert hook in OPTIONAL, (k.name, hook)
            continue
        value = k.hook(hook)
        assert callable(value) or isinstance(value, (Table, list, tuple)), (k.name, hook)
    tables = schema.metadata.tables
    assert tables[f"{k.name}_reports"] is k.hook("report_table")
    assert tables[k.plural] is k.hook("record_table")
    assert bool(k.edges) == bool(k.network) == bool(k.edge_builder), k.name
    links = k.links()
    assert {"parties", "sources"} <= set(links)
    for table in links.values():
        assert isinstance(table, Table) and k.fk in table.c, table.name


def test_names_and_prefixes_are_unique():
    assert len({k.name for k in KINDS}) == len({k.prefix for k in KINDS}) == len(KINDS)


def test_a_record_id_finds_its_kind():
    assert kind_of_id("A-PRK-RUS-2024") is kind("agreement")
    assert kind_of_id("M-CHN-RUS-bilateral_trade").title == "measure series"
    for bad in ["", "A", "Z-RUS", "nonsense"]:
        with pytest.raises(BlocwatchError, match="bad record id"):
            kind_of_id(bad)
