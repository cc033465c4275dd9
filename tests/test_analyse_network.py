"""The network as of a date on the sample corpus: agreement edges weighted by what binds,
claim edges with their status on the date, trade edges with the figure known on the date,
every edge with the records behind it; and the weight scale itself."""

from __future__ import annotations

import pytest

from analyse_support import sample_kb
from blocwatch.analyse import network, weights
from blocwatch.errors import BlocwatchError
from blocwatch.kb.records import AgreementRecord


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return sample_kb(tmp_path_factory)


# --- the weight scale ----------------------------------------------------------------------


def _record(defense=None, provisions=(), record_id="A-X-Y-2024") -> AgreementRecord:
    return AgreementRecord(
        id=record_id,
        parties=["RUS", "PRK"],
        kind="treaty",
        name=None,
        signed="2024",
        signed_conflict=False,
        place=None,
        place_conflict=False,
        defense=defense,
        defense_conflict=False,
        provisions=list(provisions),
        status="signed",
        valid_from="2024",
        in_force_from=None,
        ended=None,
        first_reported="2024-06-19",
        last_reported="2024-06-19",
        n_sources=1,
        n_independent_sources=1,
        confidence=0.7,
    )


def test_scale_runs_defence_nonaggression_consultation_military_economic():
    order = [
        _record(defense=True),
        _record(provisions=["neutrality"]),
        _record(provisions=["consultation"]),
        _record(provisions=["military_technical"]),
        _record(provisions=["trade"]),
        _record(),
    ]
    tiers = [weights.tier(a) for a in order]
    assert tiers == [
        "defence",
        "non-aggression",
        "consultation",
        "military",
        "cooperation",
        "unspecified",
    ]
    values = [weights.agreement_weight(a) for a in order]
    assert values == sorted(values, reverse=True) and len(set(values)) == len(values)
    # The scale is documented where it is defined, tier by tier.
    for name, weight in weights.TIERS:
        assert name in weights.__doc__ and f"{weight:.1f}" in weights.__doc__


def test_an_agreement_weighs_as_its_strongest_provision_and_a_denied_clause_never_defends():
    assert weights.tier(_record(provisions=["trade", "nonaggression", "energy"])) == (
        "non-aggression"
    )
    assert weights.tier(_record(defense=None, provisions=["mutual_defense"])) == "defence"
    assert weights.tier(_record(defense=False, provisions=["mutual_defense", "trade"])) == (
        "cooperation"
    )
    pair = [_record(provisions=["trade"], record_id="A-1"), _record(True, record_id="A-2")]
    assert weights.strongest(pair) == ("defence", 1.0)  # the maximum, not the sum


def test_trade_score_grows_by_tenfolds_and_is_capped():
    assert weights.trade_score(1e8) == 0.0
    assert weights.trade_score(1e9) == pytest.approx(0.1)
    assert weights.trade_score(100e9) == pytest.approx(0.3)
    assert weights.trade_score(1e15) == 0.5


# --- agreement edges -----------------------------------------------------------------------


def test_agreement_edges_in_2025_weigh_what_binds(kb):
    net = kb.network("2025-06-01", "agreements")
    prk = net.edge("PRK", "RUS")
    assert (prk.weight, prk.label) == (1.0, "defence")
    assert "A-PRK-RUS-2024" in prk.record_ids
    by_id = {d["id"]: d for d in prk.details}
    assert by_id["A-PRK-RUS-2024"]["tier"] == "defence"
    # The 2025 treaty with Iran has no defence clause: the pair is tied, but not as allies.
    irn = net.edge("RUS", "IRN")
    assert irn.weight < 1.0 and irn.label != "defence"
    assert {d["id"]: d["defense"] for d in irn.details}["A-IRN-RUS-2025"] is False
    assert net.edge("CHN", "PRK").label == "defence"
    assert {e.kind for e in net.edges} == {"agreement"}


def test_agreement_edges_follow_the_date(kb):
    before = kb.network("2023-01-01", "agreements")
    edge = before.edge("PRK", "RUS")
    assert "A-PRK-RUS-2024" not in edge.record_ids and edge.label != "defence"
    assert before.edge("FIN", "NATO") is None
    after = kb.network("2023-05-01", "agreements")
    assert after.edge("FIN", "NATO").record_ids == ["A-FIN-NATO-2023"]
    assert after.edge("NATO", "SWE") is None  # Sweden joined in March 2024


# --- claim and trade edges -----------------------------------------------------------------


def test_claim_edges_carry_their_status_on_the_date(kb):
    assert kb.network("2024-01-01", "claims").edges == []  # nothing alleged yet
    late_2024 = kb.network("2024-12-01", "claims").edge("PRK", "RUS", "claim")
    assert late_2024.directed and late_2024.label == "contested"
    troops = {d["id"]: d for d in late_2024.details}["C-PRK-to-RUS-troop_deployment"]
    assert troops["status"] == "contested" and set(troops["denied_by"]) == {"PRK", "RUS"}
    assert troops["acknowledged_by"] == []
    # PRK and RUS acknowledged the deployment in April 2025.
    mid_2025 = kb.network("2025-06-01", "claims").edge("PRK", "RUS", "claim")
    assert (mid_2025.label, mid_2025.weight) == ("acknowledged", 1.0)
    assert kb.network("2025-06-01", "claims").edge("RUS", "PRK", "claim") is None  # directed


def test_trade_edge_is_the_latest_figure_known_on_the_date(kb):
    mid_2024 = kb.network("2024-06-01", "trade").edge("CHN", "RUS", "trade")
    assert (mid_2024.weight, mid_2024.label) == (240.1, "2023")
    mid_2025 = kb.network("2025-06-01", "trade").edge("RUS", "CHN", "trade")
    assert (mid_2025.weight, mid_2025.label) == (244.8, "2024")
    assert mid_2025.record_ids == ["M-CHN-RUS-bilateral_trade"]
    assert mid_2025.details[0]["doc_ids"] == ["wire-rus-chn-trade-2024"]


# --- the whole network ---------------------------------------------------------------------


def test_every_edge_carries_records_that_exist(kb):
    net = kb.network("2025-06-01")
    assert {e.kind for e in net.edges} == {"agreement", "claim", "trade", "exercise"}
    assert set(net.record_ids) == {i for e in net.edges for i in e.record_ids}
    for e in net.edges:
        assert e.record_ids, e
        for record_id in e.record_ids:
            assert kb.sources(record_id), record_id
    codes = {n.code for n in net.nodes}
    assert codes == {c for e in net.edges for c in (e.source, e.target)}
    assert {n.code: n.name for n in net.nodes}["PRK"] == "North Korea"
    assert net.to_dict()["record_ids"] == net.record_ids


def test_network_is_the_same_from_a_connection_an_engine_and_the_kb(kb):
    with kb.engine.connect() as conn:
        from_conn = network(conn, "2025-06-01").to_dict()
    assert from_conn == network(kb.engine, "2025-06-01").to_dict()
    assert from_conn == kb.network("2025-06-01").to_dict()


def test_networkx_graph_has_both_directions_of_an_undirected_tie(kb):
    graph = kb.network("2025-06-01", "agreements").to_networkx()
    assert graph.has_edge("PRK", "RUS") and graph.has_edge("RUS", "PRK")
    assert graph.nodes["PRK"]["name"] == "North Korea"


@pytest.mark.parametrize(
    "as_of, kind, message",
    [("2025-02-30", None, "bad as-of date"), ("2025", "weapons", "unknown network kind")],
)
def test_bad_input_is_a_blocwatch_error(kb, as_of, kind, message):
    with pytest.raises(BlocwatchError, match=message):
        kb.network(as_of, kind)
