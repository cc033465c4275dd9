"""The fact-kind registry: every hook of every kind names a real object, the tables it names
are the store's, and a record id's prefix finds its kind."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Table

from blocwatch.errors import BlocwatchError
from blocwatch.kinds import KINDS, FactKind, kind, kind_of_id
from blocwatch.store import schema

HOOKS = [
    f.name
    for f in dataclasses.fields(FactKind)
    if f.type == "str" and f.name not in {"name", "plural", "prefix", "title", "edges"}
]


@pytest.mark.parametrize("k", KINDS, ids=lambda k: k.name)
def test_every_hook_of_a_kind_names_a_real_object(k):
    for hook in HOOKS:
        assert callable(k.hook(hook)) or isinstance(k.hook(hook), Table), (k.name, hook)
    assert k.hook("report_table") is getattr(schema, f"{k.name}_reports")
    assert k.hook("record_table") is getattr(schema, k.plural)
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
