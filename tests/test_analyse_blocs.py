"""Blocs: seeded communities of the agreement network. On the sample corpus Russia, China,
North Korea and Iran are one bloc as of 2025 and NATO's members are not in it; the same store
gives the same blocs in every run and every process; changes between two dates and bridges
between blocs are reported with the agreements behind them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from analyse_support import hand_store, sample_db, sample_kb
from blocwatch.analyse import blocs
from blocwatch.analyse.membership import members_on
from blocwatch.app import Blocwatch as KnowledgeBase
from blocwatch.errors import BlocwatchError
from kb_support import add_doc, agreement

AXIS = {"RUS", "CHN", "PRK", "IRN"}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return sample_kb(tmp_path_factory)


def test_russia_china_north_korea_and_iran_are_one_bloc_in_2025(kb):
    found = kb.blocs("2025-06-01")
    bloc = found.bloc_of("RUS")
    assert set(bloc.members) >= AXIS
    # The bloc is held together by these agreements, each cited.
    assert {"A-PRK-RUS-2024", "A-CHN-PRK-1961", "A-IRN-RUS-2025"} <= set(bloc.record_ids)
    assert set(bloc.record_ids) <= set(found.record_ids)


def test_nato_members_are_not_in_that_bloc(kb):
    found = kb.blocs("2025-06-01")
    in_network = {c for b in found.blocs for c in b.members}
    nato = {m.member for m in members_on("NATO", "2025-06-01")} | {"NATO"}
    present = nato & in_network
    assert {"FIN", "SWE", "USA", "GBR", "NATO"} <= present  # the check is not vacuous
    axis_bloc = set(found.bloc_of("RUS").members)
    assert not present & axis_bloc
    # Finland and Sweden stand with the alliance they joined.
    assert found.bloc_of("FIN") is found.bloc_of("NATO") is found.bloc_of("SWE")


def test_same_store_gives_the_same_blocs_every_run(kb):
    first = kb.blocs("2025-06-01", compare="2021-01-01").to_dict()
    for _ in range(3):
        assert kb.blocs("2025-06-01", compare="2021-01-01").to_dict() == first


@pytest.mark.slow  # starts processes
def test_same_blocs_in_other_processes_whatever_their_hash_seed(kb, tmp_path_factory):
    expected = kb.blocs("2025-06-01").to_dict()
    db = sample_db(tmp_path_factory)
    runner = "from blocwatch.cli import main; main()"
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", runner, "blocs", "--as-of", "2025-06-01", "--db", db, "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        assert json.loads(done.stdout) == json.loads(json.dumps(expected, default=str))


def test_changes_between_2021_and_2025(kb):
    found = kb.blocs("2025-06-01", compare="2021-01-01")
    c = found.comparison
    assert (c.before, c.after) == ("2021-01-01", "2025-06-01")
    changes = {x.actor: x for x in c.changes}
    assert changes["FIN"].change == "joined" and changes["FIN"].before is None
    # In 2021 North Korea was tied closest to China; by 2025 the bloc it is in is Russia's.
    was = next(b for b in c.blocs_before if "PRK" in b.members)
    assert "RUS" not in was.members
    now = next(b for b in c.blocs_after if "PRK" in b.members)
    assert "RUS" in now.members
    # The later date's agreements are among the records used, and the earlier date's too.
    assert {"A-PRK-RUS-2024", "A-BLR-RUS-1999"} <= set(found.record_ids)


def test_compare_reads_the_same_whichever_date_comes_first(kb):
    forward = kb.blocs("2021-01-01", compare="2025-06-01").comparison
    backward = kb.blocs("2025-06-01", compare="2021-01-01").comparison
    assert (forward.before, forward.after) == (backward.before, backward.after)
    assert [(x.actor, x.change) for x in forward.changes] == [
        (x.actor, x.change) for x in backward.changes
    ]


def test_bridges_tie_blocs_together_with_their_agreements(kb):
    found = kb.blocs("2021-01-01")
    bloc_of = {c: b.id for b in found.blocs for c in b.members}
    assert found.bridges
    for bridge in found.bridges:
        assert bloc_of[bridge.actor] == bridge.bloc
        for link in bridge.links:
            assert bloc_of[link["partner"]] == link["bloc"] != bridge.bloc
            assert link["record_ids"]


def test_bad_dates_are_blocwatch_errors(kb):
    with pytest.raises(BlocwatchError, match="bad as-of date"):
        kb.blocs("2025-00")
    with pytest.raises(BlocwatchError, match="is the as-of date itself"):
        kb.blocs("2025-06-01", compare="2025-06-01")


# --- hand-built: two alliances and one trade deal between them ------------------------------


def test_two_alliances_joined_by_a_trade_deal_are_two_blocs_with_their_bridge(tmp_path):
    engine = hand_store(tmp_path)
    east = [("RUS", "PRK"), ("RUS", "BLR"), ("PRK", "BLR")]
    west = [("USA", "GBR"), ("USA", "AUS"), ("GBR", "AUS")]
    for i, pair in enumerate(east + west):
        add_doc(engine, f"pact-{i}", "2024-01-10", agreement(pair, "2024-01-01", defense=True))
    add_doc(
        engine, "trade", "2024-02-10", agreement(["RUS", "USA"], "2024-02-01", provisions=["trade"])
    )
    found = blocs(engine, "2024-06-01")
    assert sorted(sorted(b.members) for b in found.blocs) == [
        ["AUS", "GBR", "USA"],
        ["BLR", "PRK", "RUS"],
    ]
    assert {b.actor for b in found.bridges} == {"RUS", "USA"}
    rus = next(b for b in found.bridges if b.actor == "RUS")
    (link,) = rus.links
    assert link["partner"] == "USA" and link["tier"] == "cooperation"
    trade_id = link["record_ids"][0]
    assert trade_id in found.record_ids
    assert trade_id not in {i for b in found.blocs for i in b.record_ids}  # between, not inside
    # Before the pacts there is nothing to group.
    assert blocs(KnowledgeBase(engine), "2023-06-01").blocs == []
