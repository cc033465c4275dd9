"""Obligations: if X is attacked, who is bound to come to its aid, and why. On the sample
corpus: Russia (2024 treaty, Article 4) and China (1961 treaty, Article II) are bound to
defend North Korea in 2025, with the sentences that say so, and Russia was not in 2023;
nobody is bound to defend Iran by its 2025 treaty with Russia; Finland is under NATO's
collective defence after its accession and not before. Each reasoning step is checked: the
agreement, its article, how each side belongs to the alliance, and the sources."""

from __future__ import annotations

import csv

import pytest

from analyse_support import hand_store, sample_kb
from blocwatch.analyse import conflicting_commitments, obligations
from blocwatch.analyse.membership import (
    _DEFENCE_PATH,
    DEFENCE_TABLE,
    MEMBERS_TABLE,
    collective_defence_on,
)
from blocwatch.base import dates
from blocwatch.errors import BlocwatchError
from kb_support import add_doc, agreement


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return sample_kb(tmp_path_factory)


def _bond(o, actor: str, agreement_id: str | None, agreement: str | None = None):
    d = o.defender(actor)
    assert d is not None, f"{actor} is not bound to defend {o.target}"
    return next(
        b
        for b in d.bonds
        if b.agreement_id == agreement_id and (agreement is None or b.agreement == agreement)
    )


def _sentences(bond) -> list[str]:
    return [s for doc in bond.sources for s in doc["sentences"]]


# --- North Korea ---------------------------------------------------------------------------


def test_russia_and_china_are_bound_to_defend_north_korea_in_2025(kb):
    o = kb.obligations("PRK", as_of="2025-01-01")
    assert {d.actor for d in o.defenders} == {"CHN", "RUS"}

    rus = _bond(o, "RUS", "A-PRK-RUS-2024")
    assert (rus.bound, rus.protects, rus.clause) == ("RUS", "PRK", "defence")
    assert rus.signed == "2024-06-19" and rus.article == "Article 4"
    assert rus.in_force is True and rus.in_force_from == "2024-12-04"
    assert rus.via is None and rus.membership == []
    docs = {doc["doc_id"] for doc in rus.sources}
    assert {"rus-prk-treaty-signed", "rus-prk-treaty-ratified"} <= docs
    assert any("Article 4" in s for s in _sentences(rus))
    # The UN Charter's Article 51, cited as legal basis, is not the treaty's own article.
    assert "Article 51" not in rus.articles

    chn = _bond(o, "CHN", "A-CHN-PRK-1961")
    assert chn.signed == "1961-07-11" and chn.article == "Article II"
    assert {doc["doc_id"] for doc in chn.sources} == {
        "rus-prk-treaty-signed",
        "rus-prk-treaty-explainer",
    }
    assert all("Article II" in s for s in _sentences(chn))
    for doc in [*rus.sources, *chn.sources]:
        assert doc["title"] and doc["url"] and doc["published"]

    assert {"A-PRK-RUS-2024", "A-CHN-PRK-1961"} <= set(o.record_ids)


def test_russia_was_not_bound_to_defend_north_korea_in_2023(kb):
    o = kb.obligations("PRK", as_of="2023-01-01")
    assert o.defender("RUS") is None
    assert [d.actor for d in o.defenders] == ["CHN"]
    assert "A-PRK-RUS-2024" not in o.record_ids
    # The 2000 treaty with Russia is listed as a partnership that binds to no defence.
    assert [(p.actor, p.agreement_id) for p in o.partners] == [("RUS", "A-PRK-RUS-2000")]
    assert o.second_order == []


def test_signed_but_not_yet_in_force_is_said(kb):
    o = kb.obligations("PRK", as_of="2024-07-01")
    rus = _bond(o, "RUS", "A-PRK-RUS-2024")
    assert rus.in_force is False and rus.in_force_from == "2024-12-04"
    # The 1961 treaty: no source dates its entry into force.
    assert _bond(o, "CHN", "A-CHN-PRK-1961").in_force is None


def test_second_order_chain_through_russia(kb):
    o = kb.obligations("PRK", as_of="2025-01-01")
    chains = [c for c in o.second_order if c.actor == "BLR" and c.via == "RUS"]
    news = next(c for c in chains if c.steps[0].agreement_id == "A-BLR-RUS-2024")
    first, then = news.steps
    assert (first.bound, first.protects) == ("BLR", "RUS")
    assert (then.bound, then.protects, then.agreement_id) == ("RUS", "PRK", "A-PRK-RUS-2024")
    assert first.in_force is False  # signed December 2024, in force March 2025
    assert first.sources and then.sources
    assert "A-BLR-RUS-2024" in o.record_ids
    # Russia's CSTO allies are bound to it by the Collective Security Treaty (from the table).
    csto = {c.actor for c in o.second_order if c.steps[0].via == "CSTO"}
    assert {"KAZ", "BLR"} <= csto
    for c in o.second_order:
        assert c.actor not in {"PRK", "RUS", "CHN"}
        assert c.steps[0].protects == c.via == c.steps[1].bound


# --- Iran ----------------------------------------------------------------------------------


def test_nobody_is_bound_to_defend_iran_by_its_2025_treaty(kb):
    o = kb.obligations("IRN", as_of="2025-06-01")
    assert o.defenders == [] and o.second_order == []
    partner = next(p for p in o.partners if p.agreement_id == "A-IRN-RUS-2025")
    assert partner.actor == "RUS" and partner.defense is False
    assert partner.tier != "defence"
    # The sentence that says there is no defence clause is quoted.
    quoted = [s for doc in partner.sources for s in doc["sentences"]]
    assert any("defence clause" in s for s in quoted)
    assert "A-IRN-RUS-2025" in o.record_ids


# --- Finland and NATO ----------------------------------------------------------------------


def test_finland_is_under_natos_collective_defence_after_joining(kb):
    o = kb.obligations("FIN", as_of="2023-05-01")
    assert "NATO" in o.organisations
    # Through the accession the news reports, with the accession's own record ...
    usa = _bond(o, "USA", "A-FIN-NATO-2023")
    assert (usa.bound, usa.protects, usa.via, usa.kind) == ("USA", "FIN", "NATO", "accession")
    how = {m["actor"]: m for m in usa.membership}
    assert how["FIN"]["basis"] == "accession" and how["FIN"]["record_id"] == "A-FIN-NATO-2023"
    assert how["FIN"]["joined"] == "2023-04-04"
    assert how["USA"]["basis"] == "members table" and how["USA"]["table"] == MEMBERS_TABLE
    assert how["USA"]["source"]
    assert "fin-joins-nato" in {doc["doc_id"] for doc in usa.sources}
    # ... and through the North Atlantic Treaty itself (its table row, with its source).
    treaty = _bond(o, "USA", None, "North Atlantic Treaty")
    assert treaty.article == "Article 5" and treaty.via == "NATO"
    assert treaty.treaty["table"] == DEFENCE_TABLE and "nato.int" in treaty.treaty["source"]
    assert {m["actor"]: m["joined"] for m in treaty.membership} == {
        "USA": "1949-08-24",
        "FIN": "2023-04-04",
    }
    nato_members = {d.actor for d in o.defenders if any(b.via == "NATO" for b in d.bonds)}
    assert {"USA", "GBR", "DEU", "TUR", "NOR"} <= nato_members and "FIN" not in nato_members
    assert "A-FIN-NATO-2023" in o.record_ids


def test_finland_is_not_under_natos_collective_defence_before_joining(kb):
    o = kb.obligations("FIN", as_of="2023-01-01")
    assert "NATO" not in o.organisations
    assert not any(b.via == "NATO" for d in o.defenders for b in d.bonds)
    assert o.defender("USA") is None
    assert "A-FIN-NATO-2023" not in o.record_ids
    # The EU's mutual-assistance clause covered it already: Germany is a defender, and the
    # United States reaches Finland only through an ally (USA -> DEU -> FIN).
    assert "EU" in o.organisations and o.defender("DEU") is not None
    chain = next(c for c in o.second_order if c.actor == "USA" and c.via == "DEU")
    first, then = chain.steps
    assert (first.agreement, first.article) == ("North Atlantic Treaty", "Article 5")
    assert (then.agreement, then.article) == ("Treaty on European Union", "Article 42(7)")


# --- conflicting commitments ---------------------------------------------------------------


def test_states_bound_to_both_sides(kb):
    c = kb.obligations("GRC", attacker="TUR", as_of="2025-06-01")
    assert (c.attacker, c.target) == ("TUR", "GRC")
    usa = next(x for x in c.conflicts if x.actor == "USA")
    assert {b.protects for b in usa.to_target} == {"GRC"}
    assert {b.protects for b in usa.to_attacker} == {"TUR"}
    # Finland and Sweden are bound to both through their accessions, which are cited.
    assert {"FIN", "SWE"} <= {x.actor for x in c.conflicts}
    assert {"A-FIN-NATO-2023", "A-NATO-SWE-2024"} <= set(c.record_ids)
    assert [b.bound for b in c.attacker_bound_to_target] == ["TUR"]


def test_no_state_is_bound_to_both_russia_and_finland(kb):
    c = kb.obligations("FIN", attacker="RUS", as_of="2025-06-01")
    assert c.conflicts == [] and c.attacker_bound_to_target == []
    assert {"USA", "SWE"} <= {d.actor for d in c.target_defenders}
    assert {"PRK", "BLR"} <= {d.actor for d in c.attacker_defenders}
    assert "A-PRK-RUS-2024" in c.record_ids


# --- hand-built: consultation, partners, conflicts -----------------------------------------


def test_consultation_partners_and_conflicts_on_hand_built_facts(tmp_path):
    engine = hand_store(tmp_path)
    add_doc(
        engine,
        "consult",
        "2001-07-20",
        agreement(["CHN", "RUS"], "2001-07-16", defense=False, provisions=["consultation"]),
    )
    add_doc(
        engine, "trade", "2019-01-10", agreement(["IND", "RUS"], "2019-01-01", provisions=["trade"])
    )
    add_doc(engine, "pact-1", "2024-06-19", agreement(["PRK", "RUS"], "2024-06-19", defense=True))
    add_doc(engine, "pact-2", "1961-07-12", agreement(["CHN", "PRK"], "1961-07-11", defense=True))

    o = obligations(engine, "RUS", "2025-01-01")
    assert "PRK" in {d.actor for d in o.defenders}
    (consulting,) = o.consultation
    assert consulting.actor == "CHN" and consulting.bonds[0].clause == "consultation"
    assert consulting.bonds[0].sources  # the sentence behind it
    assert [(p.actor, p.tier) for p in o.partners] == [("IND", "cooperation")]
    # CHN -> PRK -> RUS: China is bound to North Korea, which is bound to Russia.
    chain = next(c for c in o.second_order if c.actor == "CHN")
    assert chain.via == "PRK"
    assert len(o.record_ids) == 4

    c = conflicting_commitments(engine, "RUS", "CHN", "2025-01-01")
    (both,) = c.conflicts
    assert both.actor == "PRK"
    assert [b.agreement_id for b in both.to_target] != [b.agreement_id for b in both.to_attacker]
    assert set(c.record_ids) >= {b.agreement_id for b in [*both.to_target, *both.to_attacker]}


# --- input and tables ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (("XYZ",), "unknown actor code"),
        (("NATO",), "is an organisation"),
        (("PRK", "2024-02-30"), "bad as-of date"),
    ],
)
def test_bad_input_is_a_blocwatch_error(kb, args, message):
    with pytest.raises(BlocwatchError, match=message):
        kb.obligations(args[0], as_of=args[1] if len(args) > 1 else None)


def test_attacker_and_target_must_differ(kb):
    with pytest.raises(BlocwatchError, match="both RUS"):
        kb.obligations("rus", attacker="RUS")


def test_collective_defence_is_a_data_table_with_sources():
    with open(_DEFENCE_PATH, encoding="utf-8") as fh:
        rows = list(
            csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        )
    assert {r["org"] for r in rows} >= {"NATO"}
    for r in rows:
        assert r["treaty"] and r["article"] and r["source"]
        assert dates.precision(r["in_force"]) == 3
    assert [d.org for d in collective_defence_on("1950-01-01")] == ["NATO"]
