"""Issue 11, end to end: articles written for these tests (not the dev set's) are ingested
through the real extractor into real stores (SQLite and PostgreSQL), and the knowledge base
must hold one record per real-world agreement, link a treaty to the one it replaces, and
never invent a reported date for an article that has none."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from blocwatch.analyse import network, obligations
from blocwatch.analyse.asof import claims_known
from blocwatch.extract.succession import link_successions
from blocwatch.kb import KnowledgeBase
from blocwatch.model import Agreement, Evidence
from blocwatch.pipeline import ingest
from blocwatch.store import connect
from blocwatch.store.binds import reading
from blocwatch.store.schema import documents


def _ingest(tmp_path: Path, db_url: str, *docs: dict) -> KnowledgeBase:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    summary = ingest([str(path)], db=db_url)
    assert summary.failed == 0
    return KnowledgeBase(connect(db_url))


def doc(doc_id: str, text: str, published: str | None = None) -> dict:
    out = {"id": doc_id, "text": text}
    if published:
        out["published"] = published
    return out


PRK_2024 = doc(
    "pyongyang-signing",
    "Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership in "
    "Pyongyang on June 19, 2024. The new treaty obliges each side to provide military "
    "assistance if the other is attacked. It replaces a treaty of friendship that the two "
    "countries signed in 2000, which had no such clause.",
    "2024-06-21",
)


# --- one record per agreement -----------------------------------------------------------


def test_a_name_only_report_and_a_dated_report_are_one_treaty(tmp_path, db_url):
    kb = _ingest(
        tmp_path,
        db_url,
        doc(
            "tehran-analysis",
            "Analysts in Tehran said the Comprehensive Strategic Partnership Treaty between "
            "Russia and Iran gives both sides room to deepen trade and energy ties. The treaty "
            "does not oblige either country to defend the other.",
        ),
        doc(
            "moscow-signing",
            "Russia and Iran signed a treaty in Moscow on January 17, 2025, pledging closer "
            "cooperation in energy and transport. Officials said the treaty contains no "
            "mutual defence clause.",
            "2025-01-18",
        ),
    )
    (record,) = kb.agreements(["IRN", "RUS"])
    assert record.signed == "2025-01-17"
    assert record.name == "Comprehensive Strategic Partnership Treaty"
    assert record.defense is False
    assert record.n_sources == 2


def test_a_day_of_disagreement_is_a_conflict_on_one_record(tmp_path, db_url):
    kb = _ingest(
        tmp_path,
        db_url,
        doc(
            "minsk-wire",
            "Belarus and Russia signed a treaty on security guarantees within the Union State "
            "in Minsk on December 6, 2024. Under the treaty, Russia would defend Belarus if it "
            "were attacked.",
            "2024-12-07",
        ),
        doc(
            "kremlin-readout",
            "Alexander Lukashenko and Vladimir Putin signed the Treaty on Security Guarantees "
            "within the Union State on December 7, 2024, committing Russia to come to the aid "
            "of Belarus in case of aggression.",
            "2024-12-09",
        ),
    )
    (record,) = kb.agreements(["BLR", "RUS"])
    assert record.signed_conflict
    shown = {e["value"]: e["doc_ids"] for e in record.conflicts["signed"]}
    assert shown == {"2024-12-06": ["minsk-wire"], "2024-12-07": ["kremlin-readout"]}
    assert record.defense is True


def test_a_summary_article_adds_no_copies_of_known_treaties(tmp_path, db_url):
    kb = _ingest(
        tmp_path,
        db_url,
        doc(
            "beijing-summit",
            "China and Russia issued the Joint Statement on a New Era of International "
            "Relations on February 4, 2022, promising cooperation in space, artificial "
            "intelligence and climate policy.",
            "2022-02-04",
        ),
        doc(
            "explainer",
            "Russia and North Korea signed the Comprehensive Strategic Partnership treaty on "
            "June 20, 2024, which commits each to aid the other if attacked.",
            "2024-06-24",
        ),
        doc(
            "overview",
            "Moscow's partnerships have grown. Russia and China signed a partnership on "
            "February 4, 2022 that covers space, artificial intelligence and climate. Russia "
            "and North Korea signed a treaty on June 19, 2024 that includes a mutual defence "
            "clause.",
        ),
    )
    (chn,) = kb.agreements(["CHN", "RUS"])
    assert chn.kind in ("joint_statement", "partnership")
    (prk,) = kb.agreements(["PRK", "RUS"])
    assert {s.doc_id for s in kb.sources(chn.id)} == {"beijing-summit", "overview"}
    assert prk.signed_conflict and prk.n_sources == 2
    found = obligations(kb, "PRK", as_of="2025-01-01")
    (defender,) = found.defenders
    assert defender.actor == "RUS" and len(defender.bonds) == 1
    # Second-order rows (Russia's allies in the CSTO -> Russia -> North Korea) once each.
    chains = [(c.actor, c.via) for c in found.second_order]
    assert chains and len(chains) == len(set(chains))


def test_different_treaties_of_one_pair_stay_apart_and_a_renewal_does_not(tmp_path, db_url):
    kb = _ingest(
        tmp_path,
        db_url,
        doc(
            "treaty-2000",
            "Russia and North Korea signed a treaty of friendship in Pyongyang on February 9, "
            "2000. The treaty contains no provision for military assistance.",
            "2000-02-10",
        ),
        doc(
            "treaty-2024",
            "Russia and North Korea signed a treaty in Pyongyang on June 19, 2024 that obliges "
            "each side to provide military assistance if the other is attacked.",
            "2024-06-20",
        ),
        doc(
            "treaty-1961",
            "China and North Korea signed the Treaty of Friendship, Cooperation and Mutual "
            "Assistance in Beijing on July 11, 1961. The treaty commits each country to "
            "defend the other if it is attacked.",
            "2021-07-01",
        ),
        doc(
            "renewal-2021",
            "China and North Korea on Sunday renewed the Treaty of Friendship, Cooperation "
            "and Mutual Assistance for another twenty years.",
            "2021-07-12",
        ),
    )
    assert [r.signed for r in kb.agreements(["PRK", "RUS"])] == ["2000-02-09", "2024-06-19"]
    (chn,) = kb.agreements(["CHN", "PRK"])
    assert chn.signed == "1961-07-11" and chn.n_sources == 2
    assert [(e["kind"], e["date"]) for e in chn.events] == [
        ("signed", "1961-07-11"),
        ("extended", "2021-07-11"),
    ]
    assert chn.status == "extended" and chn.ended is None


# --- succession ---------------------------------------------------------------------------


def test_a_replaced_treaty_no_longer_answers(tmp_path, db_url):
    kb = _ingest(tmp_path, db_url, PRK_2024)
    old, new = kb.agreements(["PRK", "RUS"])
    assert (old.signed, new.signed) == ("2000", "2024-06-19")
    assert (old.status, old.ended, old.replaced_by) == ("superseded", "2024-06-19", [new.id])
    assert new.replaces == [old.id] and new.status == "signed"
    # Before the new one: the old one answers; from its signing day on: only the new one.
    assert [r.id for r in kb.agreements(["PRK"], as_of="2010")] == [old.id]
    for day in ("2024-06-19", "2025-01-01"):
        assert [r.id for r in kb.agreements(["PRK"], as_of=day)] == [new.id]
        found = obligations(kb, "PRK", as_of=day)
        assert [d.actor for d in found.defenders] == ["RUS"]
        assert found.partners == []
        edges = network(kb, as_of=day, kind="agreements").edges
        assert [a["id"] for e in edges for a in e.details] == [new.id]


def test_obligations_never_list_a_state_bound_and_unbound_on_one_date(tmp_path, db_url):
    # The new treaty enters into force months after signing: in between, the old one is
    # still in force, and Russia is bound under the new one all the same.
    kb = _ingest(
        tmp_path,
        db_url,
        doc(
            "signing",
            "Russia and North Korea signed a treaty on June 19, 2024 under which each would "
            "come to the other's defence if attacked. The treaty will replace the friendship "
            "treaty the two signed in 2000, which had no defence clause, once it enters into "
            "force on December 4, 2024.",
            "2024-06-20",
        ),
    )
    old, new = kb.agreements(["PRK", "RUS"])
    assert old.replaced_by == [new.id]
    for day in ("2024-07-01", "2024-12-04", "2025-06-01"):
        found = obligations(kb, "PRK", as_of=day)
        bound = {d.actor for d in found.defenders}
        assert bound == {"RUS"}
        assert not bound & {p.actor for p in found.partners}


def test_a_negated_or_undated_succession_links_nothing():
    def treaty(signed, sentence):
        return Agreement(["PRK", "RUS"], "treaty", signed=signed, evidence=[_span(sentence)])

    said = "The 2024 treaty does not replace the treaty signed in 2000."
    new, old = treaty("2024-06-19", said), treaty("2000", said)
    link_successions([new, old])
    assert new.events == [] and old.events == []
    said = "The 2019 treaty complements, rather than replaces, the one signed in 2000."
    new, old = treaty("2019-01-22", said), treaty("2000", said)
    link_successions([new, old])
    assert new.events == [] and old.events == []
    said = "It replaces an earlier treaty."
    new, old = treaty("2024-06-19", said), treaty(None, said)
    link_successions([new, old])
    assert new.events == [] and old.events == []
    said = "The 2024 treaty supersedes the one signed in 2000."
    new, old = treaty("2024-06-19", said), treaty("2000", said)
    link_successions([old, new])
    assert [(e.kind, e.date) for e in new.events] == [("replaces", None)]
    assert [(e.kind, e.date) for e in old.events] == [("superseded", "2024-06-19")]


def _span(sentence: str) -> Evidence:
    return Evidence(0, len(sentence), sentence)


# --- reported time is never invented --------------------------------------------------------

UNDATED_DENIAL = doc(
    "undated-denial",
    "The United States said North Korea had sent troops to Russia's Kursk region. Pyongyang "
    "denied sending any soldiers.",
)
DATED_ACK = doc(
    "dated-acknowledgement",
    "South Korea said North Korean troops had been deployed to Russia's Kursk region. On "
    "April 28, 2025, North Korea acknowledged for the first time that it had sent troops to "
    "Russia.",
    "2025-04-28",
)


def test_an_undated_article_gives_no_reported_date(tmp_path, db_url):
    kb = _ingest(tmp_path, db_url, UNDATED_DENIAL, DATED_ACK)
    (claim,) = kb.claims(subject="PRK")
    assert claim.status == "acknowledged" and claim.status_since == "2025-04-28"
    undated = [e for e in claim.ledger if e["doc_id"] == "undated-denial"]
    assert undated and all(e["reported"] is None for e in undated)
    assert claim.ledger[-1]["reported"] is None  # undated stances sort last
    assert (claim.first_reported, claim.last_reported) == ("2025-04-28", "2025-04-28")
    # The ingest time is kept, apart.
    with reading(kb.engine) as conn:
        row = conn.execute(
            select(documents.c.published, documents.c.ingested_at).where(
                documents.c.id == "undated-denial"
            )
        ).one()
    assert row.published is None and row.ingested_at
    assert not [e for e in kb.timeline("PRK") if "undated-denial" in e.doc_ids]


def test_the_cli_shows_an_undated_stance_as_undated(tmp_path, db_url, cli):
    _ingest(tmp_path, db_url, UNDATED_DENIAL, DATED_ACK)
    result = cli("claims", "--subject", "PRK", "--ledger", "--db", db_url)
    assert result.exit_code == 0, result.output
    ledger = result.stdout.split("ledger of", 1)[1]
    assert "undated" in ledger and "2025-04-28" in ledger
    assert dt.date.today().isoformat() not in result.stdout
    result = cli("timeline", "PRK", "--db", db_url)
    assert result.exit_code == 0 and dt.date.today().isoformat() not in result.stdout


def test_an_undated_stance_changes_no_status_as_of_any_date(tmp_path, db_url):
    kb = _ingest(
        tmp_path,
        db_url,
        UNDATED_DENIAL,
        doc(
            "seoul-report",
            "South Korea's spy agency said North Korea had sent troops to Russia's Kursk "
            "region in October 2024.",
            "2024-10-18",
        ),
    )
    (claim,) = kb.claims(subject="PRK")
    assert claim.status == "contested" and claim.status_since is None
    with reading(kb.engine) as conn:
        for day in ("2024-10-18", "2025-06-01", "2026-12-31"):
            (known,) = claims_known(conn, day)
            assert known.status == "alleged" and known.denied_by == []
            assert known.claimants == ["KOR"]
        assert claims_known(conn, "2024-10-17") == []


def test_an_agreement_known_only_from_undated_articles_is_in_force_on_no_date(tmp_path, db_url):
    kb = _ingest(
        tmp_path,
        db_url,
        doc(
            "background",
            "Australia and Japan signed a reciprocal access agreement that lets their forces "
            "train in each other's territory.",
        ),
    )
    (record,) = kb.agreements(["AUS", "JPN"])
    assert record.first_reported is None and record.signed is None
    assert kb.agreements(["AUS"], as_of="2026-12-31") == []
    assert kb.agreements(["AUS"], as_of="1950") == []
