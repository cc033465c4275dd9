"""The learned signing check: the shipped model loads and reads, one command retrains it
(deterministically), and the extractor uses it only when switched on."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from blocwatch.extract import extract
from blocwatch.extract.signing_check import (
    ENV,
    check_status,
    enabled,
    load_model,
    model_dir,
    signing_scores,
    switched_off,
)
from blocwatch.extract.signing_train import gold_examples, train_signing
from blocwatch.model import Agreement, Evidence

FIXTURE = Path(__file__).parent / "fixtures" / "learned" / "signing_gold.jsonl"
SIGNED = "Ghana and Togo put their signatures to a maritime security treaty in Accra on Friday."
PLANNED = "Ghana and Togo are expected to sign a maritime security treaty at a summit next year."


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("signing")
    train_signing([FIXTURE], path, epochs=5)
    return path


def test_the_shipped_model_loads_with_its_thresholds_and_tells_a_signing_from_a_plan():
    assert (model_dir() / "meta.json").is_file()
    model = load_model()
    assert model.nlp.pipe_names == ["textcat"]
    assert 0.0 < model.veto_below < 0.5 and model.confirm_above is None
    signed, planned = signing_scores([SIGNED, PLANNED], model)
    assert signed > 0.5 > planned


def test_the_shipped_model_is_small_and_keeps_no_word_list():
    files = [f for f in model_dir().rglob("*") if f.is_file()]
    assert sum(f.stat().st_size for f in files) < 2_000_000
    assert not (model_dir() / "vocab").exists()
    trained_on = json.loads((model_dir() / "meta.json").read_text())["blocwatch"]["trained_on"]
    assert "signing_sentences.tsv" in trained_on
    assert not [name for name in trained_on if "check" in name]  # scores only, never training


def test_gold_sentences_are_labelled_by_what_the_rules_kept_and_gold_holds():
    examples = {e.sentence: e.signed for e in gold_examples([FIXTURE])}
    assert (
        examples["Chile and Peru signed a defence cooperation agreement in Lima on Monday."] is True
    )
    assert (
        examples["Kenya and Ethiopia will sign a border security pact next month, officials said."]
        is False
    )


def test_retraining_on_a_small_fixture_gives_a_loadable_model_the_same_each_time(
    small_model, tmp_path
):
    again = tmp_path / "again"
    report = train_signing([FIXTURE], again, epochs=5)
    assert report.from_gold == 5 and report.own > 20 and 0 < report.signed < report.examples
    weights = "textcat/model"
    assert (again / weights).read_bytes() == (small_model / weights).read_bytes()
    model = load_model(again)
    assert json.loads((again / "meta.json").read_text())["blocwatch"]["seed"] == 0
    assert len(signing_scores([SIGNED], model)) == 1


def test_another_seed_gives_another_model(small_model, tmp_path):
    train_signing([FIXTURE], tmp_path / "other", seed=1, epochs=5)
    weights = "textcat/model"
    assert (tmp_path / "other" / weights).read_bytes() != (small_model / weights).read_bytes()


def test_retraining_refuses_to_overwrite_a_directory_that_is_not_a_model(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    from blocwatch.errors import BlocwatchError

    with pytest.raises(BlocwatchError, match="not a model"):
        train_signing([FIXTURE], tmp_path, epochs=1)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def _agreement(status: str, sentence: str) -> Agreement:
    return Agreement(["GHA", "TGO"], status=status, evidence=[Evidence(0, len(sentence), sentence)])


def test_the_check_runs_only_when_named_in_the_environment(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert not enabled()
    monkeypatch.setenv(ENV, "signing")
    assert enabled()
    with switched_off():
        assert not enabled()
    monkeypatch.setenv(ENV, "none")
    found = [_agreement("proposed", SIGNED)]
    assert check_status(found) is found


def test_a_sure_model_overturns_the_rules_status_both_ways(monkeypatch, small_model, tmp_path):
    monkeypatch.setenv(ENV, "signing")
    model = load_model(small_model)
    sure_of_signings = replace(model, veto_below=0.0, confirm_above=0.0)
    [confirmed] = check_status([_agreement("proposed", PLANNED)], sure_of_signings)
    assert confirmed.status == "signed"
    sure_of_plans = replace(model, veto_below=1.0, confirm_above=1.0)
    [vetoed] = check_status([_agreement("signed", SIGNED)], sure_of_plans)
    assert vetoed.status == "proposed" and vetoed.signed is None
    # the shipped thresholds leave a plain signing and a plain plan as the rules read them,
    # and never confirm a proposal, however sure
    kept = [_agreement("signed", SIGNED), _agreement("proposed", PLANNED)]
    assert [a.status for a in check_status(kept, load_model())] == ["signed", "proposed"]
    never = replace(model, confirm_above=None)
    assert check_status([_agreement("proposed", SIGNED)], never)[0].status == "proposed"


def test_the_extractor_reads_the_same_with_the_check_switched_on_for_a_plain_signing(
    monkeypatch,
):
    text = f"{SIGNED} {PLANNED.replace('Ghana and Togo', 'Benin and Niger')}"
    monkeypatch.setenv(ENV, "none")
    off = extract("t", text, "2025-01-10").to_dict()
    monkeypatch.setenv(ENV, "signing")
    on = extract("t", text, "2025-01-10").to_dict()
    assert [a["parties"] for a in on["agreements"]] == [a["parties"] for a in off["agreements"]]
    assert sorted(on["agreements"][0]["parties"]) == ["GHA", "TGO"]


def test_the_train_command_writes_a_model_and_names_a_missing_file(tmp_path):
    cli = [sys.executable, "-c", "from blocwatch.cli import main; main()"]
    done = subprocess.run(
        [*cli, "train", "signing", str(FIXTURE), "--out", str(tmp_path / "m"), "--epochs", "2"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "signing:" in done.stdout and (tmp_path / "m" / "meta.json").is_file()
    missing = tmp_path / "nope.jsonl"
    done = subprocess.run(
        [*cli, "train", "signing", str(missing), "--out", str(tmp_path / "n")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert str(missing) in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_misspelt_component_or_a_missing_model_is_a_clear_error(monkeypatch, tmp_path):
    from blocwatch.errors import BlocwatchError

    monkeypatch.setenv(ENV, "signin")
    with pytest.raises(BlocwatchError, match="names no learned component: signin"):
        enabled()
    monkeypatch.setenv(ENV, "None, ")
    assert not enabled()
    with pytest.raises(BlocwatchError, match="has no model at .*blocwatch train signing"):
        load_model(tmp_path / "absent")
