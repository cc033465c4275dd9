"""The notebook API: ``blocwatch.open(db)`` gives a KnowledgeBase whose queries return plain
dataclasses, and pandas DataFrames on request; ``import blocwatch`` stays cheap."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import blocwatch
from blocwatch.errors import BlocwatchError
from blocwatch.kb import AgreementRecord, ClaimRecord, KnowledgeBase, Records
from kb_support import add_doc, agreement, claim, measure, use_lexicon

CSP = "Treaty on Comprehensive Strategic Partnership"


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


@pytest.fixture
def db(engine, db_url) -> str:
    add_doc(
        engine, "chn", "2022-02-04", agreement(["RUS", "CHN"], "2022-02-04", kind="joint_statement")
    )
    add_doc(
        engine,
        "prk",
        "2024-06-19",
        agreement(["RUS", "PRK"], "2024-06-19", name=CSP, defense=True),
        claim(["PRK"], ["RUS"], claimant=["USA"], what="shells", denied_by=["PRK"]),
    )
    add_doc(
        engine,
        "irn",
        "2025-01-17",
        agreement(["RUS", "IRN"], "2025-01-17", name=CSP, defense=False),
        measure(["CHN", "RUS"], "bilateral_trade", 244.8e9, period="2024"),
        measure(["CHN", "RUS"], "bilateral_trade", 240.1e9, period="2023"),
    )
    return db_url


def test_import_blocwatch_stays_cheap():
    code = (
        "import sys, blocwatch; "
        "print(sorted(m for m in ('sqlalchemy', 'pandas', 'pyarrow', 'networkx', 'spacy') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert callable(blocwatch.open)


def test_open_gives_a_knowledge_base_of_plain_records(db):
    kb = blocwatch.open(db)
    assert isinstance(kb, KnowledgeBase)
    # The store it opened, by name, and never a password.
    assert db.rsplit("/", 1)[-1] in repr(kb)
    assert ":blocwatch@" not in repr(kb)
    found = kb.agreements("RUS")
    assert isinstance(found, Records) and isinstance(found, list)
    assert all(isinstance(a, AgreementRecord) for a in found)
    assert [a.id for a in found] == ["A-CHN-RUS-2022", "A-PRK-RUS-2024", "A-IRN-RUS-2025"]
    (shells,) = kb.claims(subject="PRK")
    assert isinstance(shells, ClaimRecord) and shells.status == "contested"
    json.dumps(found.to_dicts() + [shells.to_dict(), kb.actor("RUS").to_dict()])


def test_open_uses_the_environment_when_no_database_is_given(db, monkeypatch):
    monkeypatch.setenv("BLOCWATCH_DB", db)
    assert len(blocwatch.open().agreements()) == 3


def test_open_rejects_a_database_in_a_missing_folder(tmp_path):
    with pytest.raises(BlocwatchError, match="does not exist"):
        blocwatch.open(str(tmp_path / "nowhere" / "kb.db"))


def test_frames_on_request(db):
    kb = blocwatch.open(db)
    frame = kb.agreements("RUS", as_frame=True)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["id"]) == ["A-CHN-RUS-2022", "A-PRK-RUS-2024", "A-IRN-RUS-2025"]
    assert {"parties", "signed", "defense", "n_independent_sources", "conflicts"} <= set(frame)
    pd.testing.assert_frame_equal(frame, kb.agreements("RUS").to_frame())
    # How did Russia's partnerships grow? One per year here.
    per_year = frame.assign(year=frame["valid_from"].str[:4]).groupby("year").size()
    assert per_year.to_dict() == {"2022": 1, "2024": 1, "2025": 1}


def test_measures_frame_has_one_row_per_point(db):
    frame = blocwatch.open(db).measures("RUS", metric="bilateral_trade", as_frame=True)
    assert list(zip(frame["period"], frame["value"], strict=True)) == [
        ("2023", 240.1e9),
        ("2024", 244.8e9),
    ]
    assert set(frame["id"]) == {"M-CHN-RUS-bilateral_trade"}


def test_other_queries_give_frames_too(db):
    kb = blocwatch.open(db)
    assert list(kb.claims(as_frame=True)["status"]) == ["contested"]
    timeline = kb.timeline("PRK", as_frame=True)
    assert list(timeline["kind"]) == ["claim alleges", "claim denies", "signed"]
    sources = kb.sources("A-PRK-RUS-2024", as_frame=True)
    assert list(sources["doc_id"]) == ["prk"]
    assert list(kb.changes("2025", as_frame=True)["record_id"]) == [
        "A-IRN-RUS-2025",
        "M-CHN-RUS-bilateral_trade",
    ]
    assert kb.agreements("USA", as_frame=True).empty


def test_the_api_exports_and_rebuilds(db, tmp_path):
    kb = blocwatch.open(db)
    summary = kb.export("parquet", tmp_path / "kb.parquet")
    assert summary["rows"] == 3 + 1 + 2
    assert pd.read_parquet(tmp_path / "kb.parquet")["type"].value_counts().to_dict() == {
        "agreement": 3,
        "measure": 2,
        "claim": 1,
    }
    assert kb.rebuild() == {"agreements": 3, "claims": 1, "measures": 1, "exercises": 0}


def test_bad_input_raises_blocwatch_error(db):
    kb = blocwatch.open(db)
    with pytest.raises(BlocwatchError, match="unknown actor code 'XX'"):
        kb.agreements("XX")
    with pytest.raises(BlocwatchError, match="bad as-of date"):
        kb.agreements(as_of="2024/06/19")
