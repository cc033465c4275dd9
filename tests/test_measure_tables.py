"""The measure tables are data with a source on every row, and name only schema metrics."""

from __future__ import annotations

import re

import pytest

from blocwatch.base.tables import read_table, words_pattern
from blocwatch.model import METRICS

TABLES = [
    "quantity_scales.tsv",
    "currencies.tsv",
    "metric_heads.tsv",
    "passing_places.tsv",
    "measure_organisations.tsv",
    "lender_nouns.tsv",
    "wider_amounts.tsv",
    "giver_groups.tsv",
    "target_cues.tsv",
    "stationing_cues.tsv",
    "trade_part_cues.tsv",
    "count_units.tsv",
    "partner_regions.tsv",
    "measure_roles.tsv",
    "transfer_words.tsv",
]


@pytest.mark.parametrize("name", TABLES)
def test_every_row_says_where_it_comes_from(name):
    rows = read_table(name)
    assert rows
    assert all(row.get("source") for row in rows), name


def test_metric_heads_name_schema_metrics_and_kinds():
    for row in read_table("metric_heads.tsv"):
        assert row["metric"] in (*METRICS, "none"), row  # none: a head of no metric
        assert row["kind"] in ("money", "count", "handed"), row
        assert row["needs"] in ("", "weapons", "weapons named after it"), row
        assert row["kind"] != "count" or row["unit"], row  # a count stores its item


def test_a_kind_of_words_is_one_pattern_in_table_order():
    gift = words_pattern("gift_cues.tsv", "gift")
    words = [r["word"] for r in read_table("gift_cues.tsv") if r["kind"] == "gift"]
    assert gift.split("|") == [re.escape(w) for w in words]
    assert re.fullmatch(rf"(?:{gift})", words[-1])
    groups = words_pattern("giver_groups.tsv", "noun", column="role")
    assert re.search(rf"\b(?:{groups})\b", "aid from these countries")
