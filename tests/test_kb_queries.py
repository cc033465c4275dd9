"""Knowledge-base queries as library functions: agreements (by party, as of a date, by
provision and defence clause), claims (by role and status), an actor's profile, timelines,
the sentences behind a record, changes since a date, and the errors bad input gets."""

from __future__ import annotations

import pytest

from blocwatch.errors import BlocwatchError
from blocwatch.kb import AgreementRecord, KnowledgeBase
from kb_support import add_doc, agreement, claim, measure, use_lexicon

CSP = "Treaty on Comprehensive Strategic Partnership"


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


@pytest.fixture
def kb(engine) -> KnowledgeBase:
    """A small knowledge base with agreements across time, claims with stances, measures."""
    add_doc(
        engine,
        "prk-signed",
        "2024-06-19",
        agreement(
            ["RUS", "PRK"],
            "2024-06-19",
            name=CSP,
            defense=True,
            place="Pyongyang",
            provisions=["mutual_defense", "consultation"],
            sentence="Putin and Kim signed the treaty in Pyongyang: Russia and North Korea.",
        ),
        claim(
            ["PRK"],
            ["RUS"],
            claimant=["USA", "KOR"],
            what="artillery shells",
            denied_by=["RUS", "PRK"],
            sentence="Washington and Seoul say North Korea shipped artillery shells to Russia.",
        ),
        title="Putin and Kim sign pact",
        url="https://wire.test/putin-kim",
        source="Wire Test",
    )
    add_doc(
        engine,
        "prk-explainer",
        "2024-06-24",
        agreement(["PRK", "RUS"], "2024-06-20", name=CSP, defense=True, place="Pyongyang"),
        agreement(["RUS", "PRK"], "2000", defense=False),
    )
    add_doc(
        engine,
        "prk-in-force",
        "2025-04-28",
        agreement(["RUS", "PRK"], None, name=CSP, events=[("in_force", "2024-12-04")]),
        claim(
            ["PRK"],
            ["RUS"],
            "troop_deployment",
            claimant=["KOR"],
            what="troops",
            acknowledged_by=["PRK"],
        ),
        measure(["PRK", "RUS"], "troops", 11000, "troops"),
    )
    add_doc(
        engine,
        "inf",
        "2019-08-02",
        agreement(
            ["USA", "RUS"],
            "1987-12-08",
            name="Intermediate-Range Nuclear Forces Treaty",
            provisions=["nuclear"],
            events=[("withdrawn", "2019-08-02")],
        ),
    )
    add_doc(
        engine,
        "irn",
        "2025-01-17",
        agreement(
            ["RUS", "IRN"],
            "2025-01",
            name=CSP,
            defense=False,
            provisions=["trade", "neutrality"],
        ),
        claim(["IRN"], ["RUS"], claimant=["USA"], what="drones", denied_by=["IRN"]),
    )
    add_doc(
        engine,
        "aukus",
        "2021-09-16",
        agreement(["AUS", "GBR", "USA"], None, name="AUKUS", kind="partnership"),
    )
    add_doc(
        engine,
        "trade",
        "2025-01-13",
        measure(["CHN", "RUS"], "bilateral_trade", 244.8e9, period="2024"),
        claim(["CHN"], ["RUS"], "component_supply", what="microelectronics"),
    )
    return KnowledgeBase(engine)


def ids(records) -> list[str]:
    return [r.id for r in records]


# --- agreements --------------------------------------------------------------------------


def test_agreements_by_party_need_every_party(kb):
    assert ids(kb.agreements(["PRK"])) == ["A-PRK-RUS-2000", "A-PRK-RUS-2024"]
    assert ids(kb.agreements(["RUS", "IRN"])) == ["A-IRN-RUS-2025"]
    assert ids(kb.agreements(["prk", "IRN"])) == []
    assert ids(kb.agreements("usa")) == ["A-RUS-USA-1987", "A-AUS-GBR-USA-undated"]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2024-06-18", ["A-PRK-RUS-2000"]),
        ("2024-06-19", ["A-PRK-RUS-2000", "A-PRK-RUS-2024"]),
        ("2024-06", ["A-PRK-RUS-2000", "A-PRK-RUS-2024"]),  # at some point in June
        ("2023", ["A-PRK-RUS-2000"]),
    ],
)
def test_agreements_in_force_on_a_date(kb, as_of, expected):
    assert ids(kb.agreements(["PRK"], as_of=as_of)) == expected


def test_a_month_precise_signing_counts_from_that_month(kb):
    assert ids(kb.agreements(["IRN"], as_of="2025-01-10")) == ["A-IRN-RUS-2025"]
    assert ids(kb.agreements(["IRN"], as_of="2024-12-31")) == []


def test_an_ended_agreement_is_not_in_force_after_its_end(kb):
    assert ids(kb.agreements(["USA", "RUS"], as_of="2019-08-01")) == ["A-RUS-USA-1987"]
    assert ids(kb.agreements(["USA", "RUS"], as_of="2019-08-02")) == ["A-RUS-USA-1987"]
    assert ids(kb.agreements(["USA", "RUS"], as_of="2019-08-03")) == []
    assert ids(kb.agreements(["USA", "RUS"], as_of="2019")) == ["A-RUS-USA-1987"]
    assert ids(kb.agreements(["USA", "RUS"], as_of="2020")) == []
    (inf,) = kb.agreements(["USA", "RUS"])
    assert (inf.status, inf.ended, inf.valid_from) == ("withdrawn", "2019-08-02", "1987-12-08")


def test_an_undated_agreement_counts_from_its_first_report(kb):
    assert ids(kb.agreements(["AUS"], as_of="2021-09-15")) == []
    assert ids(kb.agreements(["AUS"], as_of="2021-09-16")) == ["A-AUS-GBR-USA-undated"]


def test_who_is_bound_to_defend_north_korea(kb):
    assert ids(kb.agreements(["PRK"], as_of="2025-06-01", defense=True)) == ["A-PRK-RUS-2024"]
    assert ids(kb.agreements(["RUS"], defense=False)) == ["A-PRK-RUS-2000", "A-IRN-RUS-2025"]


def test_agreements_by_provision(kb):
    assert ids(kb.agreements(provision="consultation")) == ["A-PRK-RUS-2024"]
    assert ids(kb.agreements(["RUS"], provision="neutrality")) == ["A-IRN-RUS-2025"]
    assert ids(kb.agreements(provision="space")) == []


def test_an_agreement_record_carries_its_lifecycle_and_conflicts(kb):
    (treaty,) = kb.agreements(["PRK"], defense=True)
    assert treaty.status == "in_force"
    assert treaty.in_force_from == "2024-12-04"
    assert treaty.signed == "2024-06-19" and treaty.signed_conflict
    assert [c["value"] for c in treaty.conflicts["signed"]] == ["2024-06-19", "2024-06-20"]
    assert treaty.place == "Pyongyang" and not treaty.place_conflict
    assert treaty.provisions == ["consultation", "mutual_defense"]


def test_a_record_read_lazily_from_its_card_is_the_record_built_whole(kb):
    """A record read from the store parses its card (conflicts, events, succession) when one
    of them is first read: copies, pickles and each way of reading it give the record that
    ``__init__`` makes of the same fields, whichever field comes first."""
    import copy
    import dataclasses
    import pickle
    import threading

    def whole(record):
        fields = dataclasses.fields(record)
        return AgreementRecord(**{f.name: getattr(record, f.name) for f in fields})

    (reference,) = kb.agreements(["PRK"], defense=True)
    expected = whole(reference)
    assert list(vars(reference)) == [f.name for f in dataclasses.fields(AgreementRecord)]
    readers = [
        lambda r: r.events,
        lambda r: r.replaced_by,
        lambda r: r.to_dict(),
        lambda r: r == expected,
        repr,
        copy.deepcopy,
        lambda r: pickle.loads(pickle.dumps(r)),
        lambda r: dataclasses.replace(r, name="x"),
    ]
    for read in readers:
        (treaty,) = kb.agreements(["PRK"], defense=True)
        assert "events" not in vars(treaty)  # not parsed yet
        read(treaty)
        assert treaty == expected and treaty.to_dict() == expected.to_dict()
        assert list(vars(treaty).items()) == list(vars(expected).items())
    (treaty,) = kb.agreements(["PRK"], defense=True)
    copied = pickle.loads(pickle.dumps(treaty))  # still lazy, its card pickled as text
    assert copied == expected and list(vars(copied)) == list(vars(expected))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        treaty.nothing  # noqa: B018
    (treaty,) = kb.agreements(["PRK"], defense=True)
    seen = []
    start = threading.Barrier(8)

    def read_conflicts():
        start.wait()  # all eight read the card at once
        seen.append(treaty.conflicts)

    threads = [threading.Thread(target=read_conflicts) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [expected.conflicts] * 8
    # A card field the caller set before the card was read keeps the caller's value.
    (treaty,) = kb.agreements(["PRK"], defense=True)
    treaty.conflicts = {"place": []}
    assert treaty.events == expected.events
    assert treaty.conflicts == {"place": []}
    assert list(vars(treaty)) == list(vars(expected))
    # Dunder probes (copy.deepcopy asks for ``__deepcopy__``) leave the card unread.
    (treaty,) = kb.agreements(["PRK"], defense=True)
    with pytest.raises(AttributeError):
        treaty.__deepcopy__  # noqa: B018
    copied = copy.deepcopy(treaty)
    assert "events" not in vars(treaty) and "events" not in vars(copied)
    assert copied == expected
    # A record read without a card (none stored, or not asked for) gets the defaults.
    bare = AgreementRecord.__new__(AgreementRecord)
    bare.__dict__ = {**{k: v for k, v in vars(expected).items() if k not in ("conflicts",
                     "events", "replaces", "replaced_by")}, "_card": "{}"}  # fmt: skip
    assert (bare.conflicts, bare.events, bare.replaces, bare.replaced_by) == ({}, [], [], [])
    assert list(vars(bare)) == list(vars(expected))


# --- claims ------------------------------------------------------------------------------


def test_claims_by_role_and_status(kb):
    assert ids(kb.claims(subject="PRK")) == [
        "C-PRK-to-RUS-arms_transfer",
        "C-PRK-to-RUS-troop_deployment",
    ]
    assert ids(kb.claims(claimant="USA")) == [
        "C-PRK-to-RUS-arms_transfer",
        "C-IRN-to-RUS-arms_transfer",
    ]
    assert ids(kb.claims(beneficiary="RUS", status="contested")) == [
        "C-PRK-to-RUS-arms_transfer",
        "C-IRN-to-RUS-arms_transfer",
    ]
    assert ids(kb.claims(status="acknowledged")) == ["C-PRK-to-RUS-troop_deployment"]
    assert ids(kb.claims(status="alleged")) == ["C-CHN-to-RUS-component_supply"]
    assert ids(kb.claims(denied_by="IRN")) == ["C-IRN-to-RUS-arms_transfer"]
    assert ids(kb.claims(subject="PRK", action="troop_deployment")) == [
        "C-PRK-to-RUS-troop_deployment"
    ]
    assert ids(kb.claims(subject="CHN", claimant="USA")) == []


def test_which_allegations_against_iran_are_denied_and_by_whom(kb):
    (c,) = kb.claims(subject="IRN", status="contested")
    assert c.denied_by == ["IRN"]
    assert [(e["actor"], e["stance"], e["reported"]) for e in c.ledger] == [
        ("USA", "alleges", "2025-01-17"),
        ("IRN", "denies", "2025-01-17"),
    ]


# --- actors, timelines, sources, changes -------------------------------------------------


def test_an_actor_profile(kb):
    p = kb.actor("prk")
    assert p.code == "PRK" and p.kind == "state"
    assert p.name  # from the lexicon
    assert p.names_seen["North Korea"] == 2  # the treaty and the claim sentences
    assert p.names_seen["Pyongyang"] >= 1
    assert ids(p.agreements) == ["A-PRK-RUS-2000", "A-PRK-RUS-2024"]
    assert p.partners == {"RUS": 2}
    assert ids(p.claims_as_subject) == [
        "C-PRK-to-RUS-arms_transfer",
        "C-PRK-to-RUS-troop_deployment",
    ]
    assert ids(p.claims_as_claimant) == []
    assert ids(p.claims_denied) == ["C-PRK-to-RUS-arms_transfer"]
    assert ids(p.claims_acknowledged) == ["C-PRK-to-RUS-troop_deployment"]
    assert ids(p.measures) == ["M-PRK-RUS-troops"]
    usa = kb.actor("USA")
    assert ids(usa.claims_as_claimant) == [
        "C-PRK-to-RUS-arms_transfer",
        "C-IRN-to-RUS-arms_transfer",
    ]
    assert ids(kb.actor("RUS").claims_as_beneficiary) == [  # first reported first
        "C-PRK-to-RUS-arms_transfer",
        "C-CHN-to-RUS-component_supply",
        "C-IRN-to-RUS-arms_transfer",
        "C-PRK-to-RUS-troop_deployment",
    ]


def test_a_timeline_keeps_valid_and_reported_time_apart(kb):
    events = kb.timeline("PRK")
    seen = [(e.date, e.time, e.kind, e.record_id) for e in events]
    assert seen == [
        ("2000", "valid", "signed", "A-PRK-RUS-2000"),
        ("2024-06-19", "reported", "claim alleges", "C-PRK-to-RUS-arms_transfer"),
        ("2024-06-19", "reported", "claim denies", "C-PRK-to-RUS-arms_transfer"),
        ("2024-06-19", "valid", "signed", "A-PRK-RUS-2024"),
        ("2024-12-04", "valid", "in_force", "A-PRK-RUS-2024"),
        ("2025-04-28", "reported", "claim acknowledges", "C-PRK-to-RUS-troop_deployment"),
        ("2025-04-28", "reported", "claim alleges", "C-PRK-to-RUS-troop_deployment"),
        ("2025-04-28", "reported", "measure", "M-PRK-RUS-troops"),
    ]
    signing = next(e for e in events if e.record_id == "A-PRK-RUS-2024" and e.kind == "signed")
    assert signing.conflict
    assert signing.doc_ids == ["prk-explainer", "prk-signed"]


def test_sources_give_every_sentence_with_its_document(kb):
    sentences = kb.sources("C-PRK-to-RUS-arms_transfer")
    assert [(s.doc_id, s.role) for s in sentences] == [
        ("prk-signed", "fact"),
        ("prk-signed", "denies"),
        ("prk-signed", "denies"),
    ]
    first = sentences[0]
    assert first.sentence.startswith("Washington and Seoul say North Korea")
    assert (first.title, first.url, first.published, first.outlet) == (
        "Putin and Kim sign pact",
        "https://wire.test/putin-kim",
        "2024-06-19",
        "Wire Test",
    )
    assert first.states == {"alleges": ["USA", "KOR"], "denies": ["RUS", "PRK"]}
    treaty = kb.sources("A-PRK-RUS-2024")
    assert {s.doc_id: s.states.get("signed") for s in treaty} == {
        "prk-signed": "2024-06-19",
        "prk-explainer": "2024-06-20",
        "prk-in-force": None,
    }
    series = kb.sources("M-PRK-RUS-troops")
    assert [(s.doc_id, s.states["value"]) for s in series] == [("prk-in-force", 11000)]


def test_changes_since_a_reported_date(kb):
    changes = {c.record_id: c for c in kb.changes(since="2025-01")}
    assert set(changes) == {
        "A-PRK-RUS-2024",
        "A-IRN-RUS-2025",
        "C-PRK-to-RUS-troop_deployment",
        "C-IRN-to-RUS-arms_transfer",
        "C-CHN-to-RUS-component_supply",
        "M-PRK-RUS-troops",
        "M-CHN-RUS-bilateral_trade",
    }
    treaty = changes["A-PRK-RUS-2024"]
    assert treaty.change == "updated"
    assert treaty.new_sources == ["prk-in-force"]
    assert "in_force 2024-12-04" in treaty.details
    assert changes["C-IRN-to-RUS-arms_transfer"].change == "new"
    assert "denies: IRN" in changes["C-IRN-to-RUS-arms_transfer"].details
    assert changes["M-CHN-RUS-bilateral_trade"].details[-1].startswith("2024: 2.448e+11")
    assert kb.changes(since="2026") == []


def test_a_status_change_shows_in_changes(engine, kb):
    add_doc(
        engine,
        "admits",
        "2025-02-01",
        claim(["IRN"], ["RUS"], what="Shahed drones", acknowledged_by=["IRN"]),
    )
    (c,) = [c for c in kb.changes(since="2025-01-18") if c.record_id.startswith("C-IRN")]
    assert c.change == "updated"
    assert "status contested -> acknowledged" in c.details


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda kb: kb.agreements(["XYZ"]), "unknown actor code 'XYZ'"),
        (lambda kb: kb.agreements(as_of="2024-13"), "bad as-of date '2024-13'"),
        (lambda kb: kb.agreements(as_of="yesterday"), "bad as-of date 'yesterday'"),
        (lambda kb: kb.agreements(provision="friendship"), "unknown provision 'friendship'"),
        (lambda kb: kb.claims(subject="Mordor"), "unknown actor code 'Mordor'"),
        (lambda kb: kb.claims(status="rumoured"), "unknown claim status 'rumoured'"),
        (lambda kb: kb.actor("ZZZ"), "unknown actor code 'ZZZ'"),
        (lambda kb: kb.timeline(""), "an actor code is required"),
        (lambda kb: kb.sources("X-1"), "bad record id 'X-1'"),
        (lambda kb: kb.sources("A-PRK-RUS-1999"), "no record with id 'A-PRK-RUS-1999'"),
        (lambda kb: kb.changes(since="2025-02-30"), "bad since date '2025-02-30'"),
    ],
)
def test_bad_input_is_a_clear_error(kb, call, message):
    with pytest.raises(BlocwatchError) as info:
        call(kb)
    assert message in str(info.value)
