"""Resolution: per-document reports merged into one knowledge-base record per real-world
agreement, claim and series, with sources, conflicts, lifecycle and stance ledgers; built
incrementally or from scratch with the same result. Facts are built by hand here (the
extractor's output changes while it is tuned); the sample-corpus test at the end checks what
the sample's gold annotation says the knowledge base must hold."""

from __future__ import annotations

import json
import random

import pytest
from sqlalchemy import delete, select

from analyse_support import sample_copy
from blocwatch.base import dates
from blocwatch.kb import KnowledgeBase
from blocwatch.resolve import names, rebuild, resolve_documents
from blocwatch.store import connect, schema
from kb_support import add_doc, agreement, claim, dump, measure, replace, use_lexicon

CSP = "Treaty on Comprehensive Strategic Partnership"


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


@pytest.fixture
def kb(engine):
    return KnowledgeBase(engine)


def one(records, **where):
    found = [r for r in records if all(getattr(r, k) == v for k, v in where.items())]
    assert len(found) == 1, (where, [r.id for r in records])
    return found[0]


# --- agreements --------------------------------------------------------------------------


def test_reports_of_one_treaty_become_one_record_with_source_counts(engine, kb):
    add_doc(engine, "a", "2024-06-19", agreement(["RUS", "PRK"], "2024-06-19", name=CSP))
    add_doc(engine, "b", "2024-06-21", agreement(["PRK", "RUS"], "2024-06", name=CSP))
    add_doc(engine, "c", "2024-11-09", agreement(["RUS", "PRK"], None, name=None))

    (record,) = kb.agreements()
    assert record.id == "A-PRK-RUS-2024"
    assert record.parties == ["PRK", "RUS"]
    assert record.signed == "2024-06-19"  # the most precise of compatible dates
    assert not record.signed_conflict  # 2024-06 contains 2024-06-19: no conflict
    assert (record.n_sources, record.n_independent_sources) == (3, 3)
    assert (record.first_reported, record.last_reported) == ("2024-06-19", "2024-11-09")
    assert record.name == CSP
    assert {s.doc_id for s in kb.sources(record.id)} == {"a", "b", "c"}


def test_near_duplicate_copies_count_once(engine, kb):
    add_doc(
        engine, "wire", "2023-04-04", agreement(["FIN", "NATO"], "2023-04-04", kind="accession")
    )
    add_doc(
        engine,
        "copy",
        "2023-04-04",
        agreement(["FIN", "NATO"], "2023-04-04", kind="accession"),
        duplicate_of="wire",
    )
    add_doc(engine, "other", "2024-03-07", agreement(["NATO", "FIN"], "2023-04", kind="accession"))

    (record,) = kb.agreements()
    assert record.n_sources == 3
    assert record.n_independent_sources == 2
    origins = {s.doc_id: s.origin_doc for s in kb.sources(record.id)}
    assert origins == {"wire": "wire", "copy": "wire", "other": "other"}


def test_a_conflicting_signing_date_is_kept_with_both_values_and_their_sources(engine, kb):
    add_doc(engine, "signed", "2024-06-19", agreement(["RUS", "PRK"], "2024-06-19", name=CSP))
    add_doc(
        engine,
        "explainer",
        "2024-06-24",
        agreement(["RUS", "PRK"], "2024-06-20", name="Comprehensive Strategic Partnership treaty"),
    )
    add_doc(engine, "ratified", "2024-11-09", agreement(["RUS", "PRK"], "2024-06", name=CSP))
    add_doc(engine, "later", "2025-01-17", agreement(["RUS", "PRK"], "2024"))

    (record,) = kb.agreements()
    assert record.signed_conflict
    # Both day-precise dates have the same support (2024-06 and 2024 agree with both): the
    # tie goes to the first report, the one published on the day.
    assert record.signed == "2024-06-19"
    assert record.conflicts["signed"] == [
        {"value": "2024-06-19", "doc_ids": ["signed"], "n_independent_sources": 1},
        {"value": "2024-06-20", "doc_ids": ["explainer"], "n_independent_sources": 1},
    ]
    said = {s.doc_id: s.states.get("signed") for s in kb.sources(record.id)}
    assert said == {
        "signed": "2024-06-19",
        "explainer": "2024-06-20",
        "ratified": "2024-06",
        "later": "2024",
    }
    signing = [e for e in record.events if e["kind"] == "signed"]
    assert signing[0]["date"] == "2024-06-19" and signing[0]["conflict"]


def test_the_best_supported_date_wins_a_conflict(engine, kb):
    add_doc(engine, "x1", "2024-06-19", agreement(["RUS", "PRK"], "2024-06-20", name=CSP))
    add_doc(engine, "x2", "2024-06-20", agreement(["RUS", "PRK"], "2024-06-19", name=CSP))
    add_doc(engine, "x3", "2024-06-21", agreement(["RUS", "PRK"], "2024-06-19", name=CSP))
    add_doc(
        engine,
        "x3copy",
        "2024-06-21",
        agreement(["RUS", "PRK"], "2024-06-20", name=CSP),
        duplicate_of="x1",  # a copy of x1: x1's date gets no extra support from it
    )
    (record,) = kb.agreements()
    assert record.signed == "2024-06-19"
    assert record.signed_conflict
    assert record.conflicts["signed"][0] == {
        "value": "2024-06-19",
        "doc_ids": ["x2", "x3"],
        "n_independent_sources": 2,
    }


def test_a_defence_conflict_is_marked_and_the_majority_shown(engine, kb):
    add_doc(engine, "a", "2025-01-17", agreement(["RUS", "IRN"], "2025-01-17", defense=False))
    add_doc(engine, "b", "2025-01-18", agreement(["RUS", "IRN"], "2025-01-17", defense=False))
    add_doc(engine, "c", "2025-02-01", agreement(["RUS", "IRN"], "2025-01", defense=True))
    add_doc(engine, "d", "2025-02-02", agreement(["RUS", "IRN"], "2025"))  # silent: no vote

    (record,) = kb.agreements()
    assert record.defense is False
    assert record.defense_conflict
    assert record.conflicts["defense"] == [
        {"value": False, "doc_ids": ["a", "b"], "n_independent_sources": 2},
        {"value": True, "doc_ids": ["c"], "n_independent_sources": 1},
    ]
    assert not record.signed_conflict


def test_different_agreements_of_one_party_pair_stay_apart(engine, kb):
    add_doc(
        engine,
        "explainer",
        "2024-06-24",
        agreement(["RUS", "PRK"], "2024-06-20", name=CSP),
        agreement(["RUS", "PRK"], "2000", defense=False),  # the treaty it replaces
    )
    add_doc(engine, "old", "2001-01-01", agreement(["RUS", "PRK"], "2000-02-09"))
    add_doc(engine, "vague", "2024-07-01", agreement(["RUS", "PRK"], None))
    records = kb.agreements()
    assert [r.id for r in records] == ["A-PRK-RUS-2000", "A-PRK-RUS-2024"]
    old, new = records
    assert old.signed == "2000-02-09"
    # The undated, unnamed mention fits both: it joins the one signed last before its
    # article appeared (deterministically, whatever the order of arrival), counted once.
    assert (old.n_sources, new.n_sources) == (2, 2)
    assert "vague" in {s.doc_id for s in kb.sources(new.id)}


def test_unlike_names_on_one_day_are_two_agreements(engine, kb):
    add_doc(
        engine,
        "summit",
        "2024-05-16",
        agreement(["RUS", "CHN"], "2024-05-16", name="Joint Statement on Deepening Partnership"),
    )
    add_doc(
        engine,
        "summit2",
        "2024-05-17",
        agreement(["RUS", "CHN"], "2024-05-16", name="Agreement on Lunar Station Cooperation"),
    )
    assert len(kb.agreements()) == 2


def test_dates_a_day_apart_are_one_record_with_a_conflict(engine, kb):
    # Issue 11: a disagreement of a day is a conflict on one record, not a second record.
    add_doc(engine, "a", "2024-06-19", agreement(["RUS", "PRK"], "2024-06-19"))
    add_doc(engine, "b", "2024-06-24", agreement(["RUS", "PRK"], "2024-06-20"))
    (record,) = kb.agreements()
    assert record.signed_conflict
    assert {e["value"] for e in record.conflicts["signed"]} == {"2024-06-19", "2024-06-20"}


def test_an_accession_never_merges_with_a_treaty(engine, kb):
    add_doc(engine, "a", "2023-04-04", agreement(["FIN", "NATO"], "2023-04-04", kind="accession"))
    add_doc(engine, "b", "2023-04-05", agreement(["FIN", "NATO"], "2023-04", kind="treaty"))
    assert sorted(r.kind for r in kb.agreements()) == ["accession", "treaty"]


def test_lifecycle_events_attach_with_their_dates(engine, kb):
    add_doc(engine, "s", "2024-06-19", agreement(["RUS", "PRK"], "2024-06-19", name=CSP))
    add_doc(
        engine,
        "r",
        "2024-11-09",
        agreement(["RUS", "PRK"], "2024-06", name=CSP, events=[("ratified", "2024-11-09")]),
    )
    add_doc(
        engine,
        "f",
        "2025-04-28",
        agreement(["RUS", "PRK"], None, name=CSP, events=[("in_force", "2024-12-04")]),
    )
    (record,) = kb.agreements()
    assert record.status == "in_force"
    assert record.in_force_from == "2024-12-04"
    assert record.valid_from == "2024-06-19"
    assert [(e["kind"], e["date"]) for e in record.events] == [
        ("signed", "2024-06-19"),
        ("ratified", "2024-11-09"),
        ("in_force", "2024-12-04"),
    ]


def test_an_ended_agreement_has_its_end(engine, kb):
    add_doc(
        engine,
        "w",
        "2023-11-05",
        agreement(["RUS", "USA"], "1990-06-01", events=[("withdrawn", "2023-11-03")]),
    )
    (record,) = kb.agreements()
    assert (record.status, record.ended) == ("withdrawn", "2023-11-03")


def test_an_undated_step_reported_on_the_signing_day_is_a_plan(engine, kb):
    add_doc(
        engine,
        "signing",
        "2024-12-06",
        agreement(["BLR", "RUS"], "2024-12-06", events=[("ratified", None), ("in_force", None)]),
    )
    (record,) = kb.agreements()
    assert record.status == "signed"  # "must be ratified before it enters into force"
    add_doc(
        engine, "later", "2025-03-20", agreement(["RUS", "BLR"], None, events=[("in_force", None)])
    )
    (record,) = kb.agreements()
    assert (record.status, record.in_force_from) == ("in_force", None)


def test_an_undated_end_counts_from_its_first_report(engine, kb):
    add_doc(engine, "old", "2010-01-01", agreement(["RUS", "UKR"], "1997-05-31", name="Big Treaty"))
    add_doc(
        engine,
        "ended",
        "2019-04-01",
        agreement(["RUS", "UKR"], None, name="Big Treaty", events=[("withdrawn", None)]),
    )
    (record,) = kb.agreements()
    assert (record.status, record.ended) == ("withdrawn", None)
    assert [r.id for r in kb.agreements(as_of="2019-04-01")] == [record.id]
    assert kb.agreements(as_of="2019-04-02") == []


# --- claims ------------------------------------------------------------------------------


def test_claim_reports_merge_with_a_stance_ledger_and_status(engine, kb):
    add_doc(
        engine,
        "alleged",
        "2024-10-18",
        claim(["PRK"], ["RUS"], "troop_deployment", claimant=["USA"], what="troops"),
    )
    add_doc(
        engine,
        "denied",
        "2024-10-29",
        claim(
            ["PRK"],
            ["RUS"],
            "troop_deployment",
            claimant=["KOR", "USA"],
            what="soldiers",
            denied_by=["RUS", "PRK"],
        ),
    )
    (c,) = kb.claims()
    assert c.id == "C-PRK-to-RUS-troop_deployment"
    assert c.status == "contested"
    assert c.status_since == "2024-10-29"
    assert c.claimants == ["USA", "KOR"]
    assert c.denied_by == ["RUS", "PRK"]
    assert (c.n_sources, c.n_independent_sources) == (2, 2)
    assert [(e["actor"], e["stance"], e["reported"]) for e in c.ledger] == [
        ("USA", "alleges", "2024-10-18"),
        ("KOR", "alleges", "2024-10-29"),
        ("USA", "alleges", "2024-10-29"),
        ("RUS", "denies", "2024-10-29"),
        ("PRK", "denies", "2024-10-29"),
    ]

    add_doc(
        engine,
        "admitted",
        "2025-04-28",
        claim(
            ["PRK"],
            ["RUS"],
            "troop_deployment",
            claimant=["KOR"],
            what="troops",
            acknowledged_by=["PRK", "RUS"],
        ),
    )
    (c,) = kb.claims()
    assert c.status == "acknowledged"
    assert c.status_since == "2025-04-28"
    assert c.acknowledged_by == ["PRK", "RUS"]
    assert c.ledger[-2:] == [
        {
            "actor": "PRK",
            "stance": "acknowledges",
            "reported": "2025-04-28",
            "doc_id": "admitted",
            "answers": None,
        },
        {
            "actor": "RUS",
            "stance": "acknowledges",
            "reported": "2025-04-28",
            "doc_id": "admitted",
            "answers": None,
        },
    ]
    roles = {s.role for s in kb.sources(c.id)}
    assert roles == {"fact", "denies", "acknowledges"}


def test_acknowledgement_by_the_beneficiary_alone_leaves_a_denied_claim_contested(engine, kb):
    add_doc(
        engine,
        "a",
        "2024-09-11",
        claim(["IRN"], ["RUS"], claimant=["USA"], what="missiles", denied_by=["IRN"]),
    )
    add_doc(
        engine, "b", "2024-09-20", claim(["IRN"], ["RUS"], what="missiles", acknowledged_by=["RUS"])
    )
    (c,) = kb.claims()
    assert c.status == "contested"


def test_a_claim_nobody_denies_is_alleged_and_an_outlet_claim_has_no_claimant(engine, kb):
    add_doc(engine, "own", "2024-12-06", claim(["BLR"], ["RUS"], "military_support"))
    (c,) = kb.claims()
    assert c.status == "alleged"
    assert c.claimants == []
    assert c.ledger[0]["actor"] is None and c.ledger[0]["stance"] == "alleges"


def test_different_items_in_one_document_are_different_allegations(engine, kb):
    add_doc(
        engine,
        "sanctions",
        "2024-09-11",
        claim(
            ["IRN"], ["RUS"], claimant=["USA", "GBR"], what="ballistic missiles", denied_by=["IRN"]
        ),
        claim(["IRN"], ["RUS"], what="Shahed drones", acknowledged_by=["IRN"]),
    )
    add_doc(
        engine,
        "later",
        "2025-01-17",
        claim(["IRN"], ["RUS"], what="missiles", denied_by=["IRN"]),
    )
    add_doc(engine, "vague", "2025-01-18", claim(["IRN"], ["RUS"], what="weapons"))
    missiles = one(kb.claims(), items=["missiles"])
    drones = one(kb.claims(), items=["drones"])
    assert missiles.status == "contested" and drones.status == "acknowledged"
    assert missiles.n_sources == 3  # sanctions, later, and the generic "weapons" report
    assert drones.n_sources == 1
    assert {missiles.id, drones.id} == {
        "C-IRN-to-RUS-arms_transfer",
        "C-IRN-to-RUS-arms_transfer-2",
    }


# --- measures ----------------------------------------------------------------------------


def test_measures_form_a_series_with_sources_per_point(engine, kb):
    add_doc(
        engine,
        "t21",
        "2022-02-04",
        measure(["RUS", "CHN"], "bilateral_trade", 146.9e9, period="2021"),
    )
    add_doc(
        engine,
        "t24",
        "2025-01-13",
        measure(["CHN", "RUS"], "bilateral_trade", 244.8e9, period="2024"),
        measure(["CHN", "RUS"], "bilateral_trade", 240.1e9, period="2023"),
    )
    add_doc(
        engine,
        "t24b",
        "2025-01-14",
        measure(["CHN", "RUS"], "bilateral_trade", 244.81e9, period="2024"),  # same figure
        measure(["CHN", "RUS"], "bilateral_trade", 230.0e9, period="2023"),  # disagrees
    )
    (series,) = kb.measures()
    assert series.id == "M-CHN-RUS-bilateral_trade"
    points = [(p["period"], p["value"], p["n_sources"], p["conflict"]) for p in series.points]
    assert points == [
        ("2021", 146.9e9, 1, False),
        ("2023", 230.0e9, 1, True),
        ("2023", 240.1e9, 1, True),
        ("2024", 244.8e9, 2, False),
    ]
    assert series.points[-1]["doc_ids"] == ["t24", "t24b"]
    assert (series.n_sources, series.n_independent_sources) == (3, 3)


def test_directed_measures_keep_their_direction(engine, kb):
    add_doc(engine, "m", "2024-10-29", measure(["PRK", "RUS"], "troops", 10000, "troops"))
    add_doc(engine, "n", "2024-07-09", measure(["RWA", "COD"], "troops", 4000, "troops"))
    assert sorted(m.id for m in kb.measures()) == ["M-PRK-RUS-troops", "M-RWA-COD-troops"]


# --- incremental resolution --------------------------------------------------------------


def _corpus():
    """(doc id, published, facts, duplicate_of) for a small corpus touching every rule."""
    return [
        ("s", "2024-06-19", [agreement(["RUS", "PRK"], "2024-06-19", name=CSP, defense=True),
                             claim(["PRK"], ["RUS"], claimant=["USA"], what="shells",
                                   denied_by=["PRK"])], None),
        ("e", "2024-06-24", [agreement(["PRK", "RUS"], "2024-06-20", name=CSP, defense=True),
                             agreement(["RUS", "PRK"], "2000", defense=False)], None),
        ("e2", "2024-06-25", [agreement(["PRK", "RUS"], "2024-06-20", name=CSP)], "e"),
        ("r", "2024-11-09", [agreement(["RUS", "PRK"], "2024-06", name=CSP,
                                       events=[("ratified", "2024-11-09")]),
                             measure(["PRK", "RUS"], "troops", 10000, "troops")], None),
        ("v", "2025-01-17", [agreement(["RUS", "PRK"], None), agreement(["RUS", "IRN"],
                             "2025-01-17", defense=False)], None),
        ("k", "2025-04-28", [claim(["PRK"], ["RUS"], claimant=["KOR"], what="artillery shells",
                                   acknowledged_by=["PRK"]),
                             measure(["PRK", "RUS"], "troops", 11000, "troops")], None),
        ("t", "2025-01-13", [measure(["CHN", "RUS"], "bilateral_trade", 244.8e9, period="2024"),
                             claim(["CHN"], ["RUS"], "component_supply", denied_by=["CHN"])], None),
    ]  # fmt: skip


def _ingest(engine, docs, **kw):
    for doc_id, published, facts, duplicate_of in docs:
        add_doc(engine, doc_id, published, *facts, duplicate_of=duplicate_of, **kw)


def test_incremental_resolution_equals_a_rebuild(tmp_path):
    corpus = _corpus()
    one_by_one = connect(str(tmp_path / "incremental.db"))
    _ingest(one_by_one, corpus)
    incremental = dump(one_by_one)
    assert incremental["agreements"] and incremental["claims"] and incremental["measures"]

    rebuild(one_by_one)
    assert dump(one_by_one) == incremental

    # Facts stored without resolving, then one rebuild: the same knowledge base.
    batch = connect(str(tmp_path / "batch.db"))
    _ingest(batch, corpus, resolve=False)
    rebuild(batch)
    assert dump(batch) == incremental


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_order_documents_arrive_in_does_not_matter(tmp_path, seed):
    corpus = _corpus()
    reference = connect(str(tmp_path / "reference.db"))
    _ingest(reference, corpus)
    # Copies must come after the document they copy (their duplicate_of points to it).
    originals = [d for d in corpus if d[3] is None]
    random.Random(seed).shuffle(originals)
    shuffled = originals + [d for d in corpus if d[3] is not None]
    other = connect(str(tmp_path / f"shuffled{seed}.db"))
    _ingest(other, shuffled)
    assert dump(other) == dump(reference)


def test_replacing_a_documents_facts_updates_its_records(engine, kb):
    _ingest(engine, _corpus())
    assert kb.agreements(["RUS", "PRK"], kind="treaty")[-1].signed_conflict
    # A re-extraction that reads the explainer's date right removes the conflict.
    replace(engine, "e", agreement(["PRK", "RUS"], "2024-06-19", name=CSP, defense=True))
    replace(engine, "e2", agreement(["PRK", "RUS"], "2024-06-19", name=CSP))
    treaty = one(kb.agreements(), id="A-PRK-RUS-2024")
    assert not treaty.signed_conflict
    assert [r.id for r in kb.agreements(["PRK"])] == ["A-PRK-RUS-2024"]  # 2000 treaty gone
    incremental = dump(engine)
    rebuild(engine)
    assert dump(engine) == incremental


def test_a_new_document_resolves_only_the_blocks_it_touches(engine, monkeypatch):
    _ingest(engine, _corpus())
    import importlib

    from blocwatch.kinds import KINDS

    seen: list[tuple[str, str]] = []
    for k in KINDS:
        module, _, attr = k.resolver.partition(":")

        def spy(block, reports, _resolver=k.hook("resolver"), _type=k.name):
            seen.append((_type, block))
            return _resolver(block, reports)

        monkeypatch.setattr(importlib.import_module(module), attr, spy)
    add_doc(engine, "new", "2025-05-01", agreement(["BLR", "RUS"], "2024-12-06"))
    assert seen == [("agreement", "BLR|RUS")]


def test_deleting_a_document_and_resolving_it_removes_its_sources(engine, kb):
    _ingest(engine, _corpus())
    with engine.begin() as conn:
        conn.execute(delete(schema.documents).where(schema.documents.c.id == "k"))
        resolve_documents(conn, ["k"])
    (c,) = kb.claims(subject="PRK")
    assert c.status == "contested" and c.n_sources == 1
    assert [p["value"] for p in kb.measures("PRK")[0].points] == [10000]
    incremental = dump(engine)
    rebuild(engine)
    assert dump(engine) == incremental


def test_ids_are_stable_across_rebuilds(engine, kb):
    _ingest(engine, _corpus())
    before = [r.id for r in kb.agreements()] + [c.id for c in kb.claims()]
    rebuild(engine)
    rebuild(engine)
    assert [r.id for r in kb.agreements()] + [c.id for c in kb.claims()] == before
    assert "A-PRK-RUS-2024" in before and "C-PRK-to-RUS-arms_transfer" in before


# --- the building blocks -----------------------------------------------------------------


def test_partial_dates_compare_at_their_shared_precision():
    assert dates.compatible("2024-06", "2024-06-19")
    assert dates.compatible(None, "2024")
    assert not dates.compatible("2024-06-19", "2024-06-20")
    assert dates.near("2024-06-19", "2024-06-20") and not dates.near("2024-06", "2024-06-20")
    assert dates.near("2024-06", "2024-07") and not dates.near("2024-06-19", "2024-07-19")
    assert dates.near("2024-06-19", "2024-07-19", dates.NEAR_DAYS_NAMED)
    assert not dates.near("2000", "2001") and not dates.near("2024-01", "2024-03")
    assert (dates.first_day("2024-02"), dates.last_day("2024-02")) == ("2024-02-01", "2024-02-29")
    assert dates.maximal(["2024", "2024-06", "2024-06-19", "2024-06-20"]) == [
        "2024-06-19",
        "2024-06-20",
    ]
    assert dates.parse("2024-13") is None and dates.parse("2023-02-29") is None


def test_names_are_alike_across_word_order_spelling_and_articles():
    assert names.alike(CSP, "Comprehensive Strategic Partnership treaty")
    assert names.alike("Strategic Mutual Defence Agreement", "Strategic Mutual Defense Agreement")
    assert names.alike("Mutual Defense Treaty", "Enhanced Defense Cooperation Agreement") is False
    assert names.alike("AUKUS", "AUKUS partnership")
    # Generic words only name no agreement: unknown, like a missing name (issue 11).
    assert names.alike("treaty", "Mutual Defense Treaty") is None
    assert names.alike("Strategic Agreement", CSP) is None
    assert names.alike("Reciprocal Access Agreement", "reciprocal access pact")
    assert names.alike("Élysée Treaty", "Aachen treaty") is False
    assert names.alike(None, CSP) is None


# --- the sample corpus (end to end) ------------------------------------------------------


@pytest.fixture(scope="module")
def sample_kb(tmp_path_factory):
    """The bundled sample corpus ingested (with extraction and resolution): a copy of the
    session's store, since one test here rebuilds it."""
    return KnowledgeBase(connect(sample_copy(tmp_path_factory, "resolve-sample")))


def _gold():
    from blocwatch.sample import gold_path

    return [json.loads(line) for line in gold_path().read_text(encoding="utf-8").splitlines()]


def _gold_reports(parties: set[str], year: str) -> set[str]:
    """Documents whose gold annotation has an agreement of ``parties`` signed in ``year``
    or undated, excluding the non-English ones (the extractor reads English only)."""
    return {
        g["id"]
        for g in _gold()
        if g["lang"] == "en"
        for a in g["agreements"]
        if set(a["parties"]) == parties and (a["signed"] or year).startswith(year)
    }


GOLD_TREATY_DOCS = {
    "rus-prk-treaty-signed",
    "rus-prk-treaty-explainer",
    "rus-prk-treaty-ratified",
    "prk-troops-kursk-acknowledged",
    "rus-irn-treaty-signed",
}


def _treaties_2024(kb) -> list:
    """RUS-PRK agreement records that start in 2024 or come from a gold report of the 2024
    treaty (but not the 2000 treaty it replaces)."""
    return [
        a
        for a in kb.agreements(["RUS", "PRK"])
        if (a.valid_from or "").startswith("2024")
        or (not a.valid_from and {s.doc_id for s in kb.sources(a.id)} & GOLD_TREATY_DOCS)
    ]


def _docs(kb, record) -> set[str]:
    return {s.doc_id for s in kb.sources(record.id)}


@pytest.mark.slow
def test_sample_gold_reports_the_rus_prk_treaty_five_times():
    assert _gold_reports({"RUS", "PRK"}, "2024") == GOLD_TREATY_DOCS


@pytest.mark.slow
def test_sample_signing_report_and_explainer_are_one_treaty(sample_kb):
    merged = [
        a
        for a in sample_kb.agreements(["RUS", "PRK"])
        if {"rus-prk-treaty-signed", "rus-prk-treaty-explainer"} <= _docs(sample_kb, a)
    ]
    assert len(merged) == 1, [(a.id, _docs(sample_kb, a)) for a in _treaties_2024(sample_kb)]
    (treaty,) = merged
    assert treaty.id == "A-PRK-RUS-2024"
    assert treaty.defense is True
    assert names.alike(treaty.name, CSP)
    assert treaty.n_sources >= 2 and treaty.n_independent_sources == treaty.n_sources


@pytest.mark.slow
def test_sample_rus_prk_treaty_is_one_record(sample_kb):
    treaties = _treaties_2024(sample_kb)
    assert len(treaties) == 1, [(a.id, a.signed, _docs(sample_kb, a)) for a in treaties]
    assert {"rus-prk-treaty-signed", "rus-prk-treaty-explainer", "rus-prk-treaty-ratified"} <= (
        _docs(sample_kb, treaties[0])
    )


@pytest.mark.slow
def test_sample_rus_prk_treaty_has_five_sources(sample_kb):
    (treaty,) = _treaties_2024(sample_kb)
    assert _docs(sample_kb, treaty) == GOLD_TREATY_DOCS
    assert treaty.n_sources == treaty.n_independent_sources == 5
    assert treaty.in_force_from == "2024-12-04"


@pytest.mark.slow
def test_sample_rus_prk_treaty_date_conflict_is_marked(sample_kb):
    (treaty,) = [a for a in _treaties_2024(sample_kb) if a.id == "A-PRK-RUS-2024"]
    assert treaty.signed_conflict
    assert treaty.signed == "2024-06-19"
    values = {c["value"]: c["doc_ids"] for c in treaty.conflicts["signed"]}
    assert values == {
        "2024-06-19": ["rus-prk-treaty-signed"],
        "2024-06-20": ["rus-prk-treaty-explainer"],
    }


@pytest.mark.slow
def test_sample_near_duplicate_copy_counts_once(sample_kb):
    pair = {"fin-joins-nato", "fin-nato-31st-member"}
    shared = [a for a in sample_kb.agreements() if pair <= _docs(sample_kb, a)]
    assert shared, "the wire story and its copy should yield the same agreement"
    for a in shared:
        assert a.n_independent_sources == a.n_sources - 1


@pytest.mark.slow
def test_sample_fin_nato_accession_merges_three_reports(sample_kb):
    (accession,) = sample_kb.agreements(["FIN", "NATO"])
    assert _docs(sample_kb, accession) == {
        "fin-joins-nato",
        "fin-nato-31st-member",
        "swe-joins-nato",
    }
    assert (accession.n_sources, accession.n_independent_sources) == (3, 2)
    assert accession.signed == "2023-04-04"


@pytest.mark.slow
def test_sample_a_gold_denial_is_in_a_stance_ledger(sample_kb):
    gold_denials = {
        (tuple(sorted(c["subject"])), tuple(sorted(c["beneficiary"])), c["action"], d, g["id"])
        for g in _gold()
        if g["lang"] == "en"
        for c in g["claims"]
        for d in c["denied_by"]
    }
    found = {
        (tuple(c.subject), tuple(c.beneficiary), c.action, e["actor"], e["doc_id"])
        for c in sample_kb.claims()
        for e in c.ledger
        if e["stance"] == "denies"
    }
    denial = (("PRK",), ("RUS",), "arms_transfer", "RUS", "rus-prk-treaty-signed")
    assert denial in gold_denials
    assert denial in found
    (shells,) = sample_kb.claims(subject="PRK", beneficiary="RUS", action="arms_transfer")
    assert shells.status == "contested"
    assert {"USA", "KOR"} <= set(shells.claimants)


@pytest.mark.slow
def test_sample_prk_troops_denied_then_acknowledged(sample_kb):
    (troops,) = sample_kb.claims(subject="PRK", beneficiary="RUS", action="troop_deployment")
    stances = {(e["actor"], e["stance"], e["doc_id"]) for e in troops.ledger}
    assert {
        ("RUS", "denies", "wire-prk-troops-kursk"),
        ("PRK", "denies", "wire-prk-troops-kursk"),
        ("PRK", "acknowledges", "prk-troops-kursk-acknowledged"),
        ("RUS", "acknowledges", "prk-troops-kursk-acknowledged"),
    } <= stances
    assert troops.status == "acknowledged"
    assert troops.status_since == "2025-04-28"


@pytest.mark.slow
def test_sample_knowledge_base_rebuilds_to_the_same_records(sample_kb):
    engine = sample_kb.engine
    before = dump(engine)
    rebuild(engine)
    assert dump(engine) == before
    with engine.connect() as conn:
        assert conn.execute(select(schema.agreements.c.id)).first() is not None


# --- the schema --------------------------------------------------------------------------


def test_migrations_create_exactly_the_knowledge_base_tables_of_the_schema(engine):
    from blocwatch.store.db import schema_differences  # leaves out the search index

    with engine.connect() as conn:
        assert schema_differences(conn) == []


def test_the_knowledge_base_migration_downgrades_and_upgrades(engine):
    from alembic import command
    from sqlalchemy import inspect

    from blocwatch.store.db import _alembic_config

    cfg = _alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert "agreements" not in inspect(engine).get_table_names()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert {"agreements", "claim_stances", "measure_points"} <= set(
        inspect(engine).get_table_names()
    )


def test_a_generic_name_a_day_off_joins_the_named_treaty(engine, kb):
    # Issue 11: a summary calls the Russia-Iran treaty a "Strategic Agreement" and dates it a
    # day late; it is the same treaty, not a second one.
    add_doc(engine, "signing", "2025-01-17", agreement(["RUS", "IRN"], "2025-01-17", name=CSP))
    add_doc(
        engine, "summary", None, agreement(["IRN", "RUS"], "2025-01-18", name="Strategic Agreement")
    )
    (record,) = kb.agreements()
    assert record.name == CSP and record.signed == "2025-01-17" and record.signed_conflict


def test_a_joint_statement_and_the_partnership_it_declares_are_one(engine, kb):
    # Issue 11: "partnership" in one report and "Joint Statement" in another, on one day,
    # with the same provisions; a report of another kind without them stays apart.
    provisions = ("space", "ai", "climate")
    add_doc(
        engine,
        "summit",
        "2022-02-04",
        agreement(
            ["RUS", "CHN"],
            "2022-02-04",
            kind="joint_statement",
            name="Joint Statement on International Relations Entering a New Era",
            provisions=provisions,
        ),
    )
    add_doc(
        engine,
        "summary",
        None,
        agreement(["CHN", "RUS"], "2022-02-04", kind="partnership", provisions=provisions[:2]),
    )
    add_doc(
        engine,
        "other",
        "2022-02-05",
        agreement(["CHN", "RUS"], "2022-02-04", kind="memorandum", provisions=("energy",)),
    )
    records = kb.agreements()
    assert sorted(r.n_sources for r in records) == [1, 2]


def test_a_vague_mention_beside_a_dated_one_is_another_agreement_unless_a_later_step(engine, kb):
    # One document names the 2019 treaty and mentions "the earlier treaty" in passing: two
    # agreements. Another dates a defence pact and then says "the pact was ratified": one.
    add_doc(
        engine,
        "aachen",
        "2019-01-22",
        agreement(["FRA", "DEU"], "2019-01-22", name="Treaty of Aachen"),
        agreement(["DEU", "FRA"], None),
    )
    add_doc(
        engine,
        "doha",
        "2015-12-16",
        agreement(["QAT", "TUR"], "2014", kind="agreement"),
        agreement(["TUR", "QAT"], None, kind="agreement", events=[("ratified", "2015")]),
    )
    fra = kb.agreements(["FRA"])
    assert sorted(r.signed or "-" for r in fra) == ["-", "2019-01-22"]
    (qat,) = kb.agreements(["QAT"])
    assert qat.status == "ratified" and qat.n_sources == 1
