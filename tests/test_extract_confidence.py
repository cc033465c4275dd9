"""Confidence as measured precision (extract/confidence.py) and the --min-confidence floor."""

import json

from blocwatch.eval import calibrate
from blocwatch.extract import extract
from blocwatch.extract.confidence import (
    ClassCounts,
    class_path,
    estimate,
    write_calibration,
)

SIGNED = "Chile and Peru signed a trade agreement in Lima on 3 May 2021."
DENIED = "Estonia accused Belarus of sending drones to Russia. Belarus denied it."


def _gold(doc_id, text, **facts):
    return {"id": doc_id, "text": text, "published": "2021-05-04", **facts}


def test_class_paths_go_from_coarse_to_fine():
    agreement = {"kind": "treaty", "signed": "2024", "evidence": [{}, {}]}
    assert class_path("agreements", agreement) == ("treaty", "dated", "several")
    claim = {"action": "arms_transfer", "claimant": [], "denied_by": ["PRK"]}
    assert class_path("claims", claim) == ("arms_transfer", "outlet", "stance")
    assert class_path("measures", {"metric": "troops"}) == ("troops", "no-period")


def test_a_rare_class_is_shrunk_towards_its_parent():
    classes = {
        ("agreements", ""): ClassCounts(tp=90, n=100),
        ("agreements", "pact"): ClassCounts(tp=0, n=1),
    }
    rare = estimate("agreements", ("pact",), classes)
    assert 0.5 < rare < 0.9  # one miss does not make a class worthless
    assert estimate("agreements", ("treaty",), classes) > rare


def test_calibration_counts_right_and_wrong_facts(tmp_path):
    gold = [
        _gold("a", SIGNED, agreements=[{"parties": ["CHL", "PER"], "signed": "2021-05-03"}]),
        # Gold says this text states no agreement: whatever is extracted is wrong.
        _gold("b", SIGNED, agreements=[]),
    ]
    calibration = calibrate(gold)
    top = calibration.classes[("agreements", "")]
    assert (top.tp, top.n) == (1, 2)
    chosen = write_calibration(calibration, "test", directory=tmp_path)
    assert set(chosen) == {"agreements", "claims", "measures"}
    header = (tmp_path / "confidence.tsv").read_text().splitlines()[1]
    assert header.split("\t") == ["fact_type", "class", "tp", "n", "source"]


def test_every_fact_carries_a_confidence_and_the_floor_drops_facts():
    everything = extract("d", SIGNED + " " + DENIED, "2021-05-04", min_confidence=0.0)
    facts = everything.agreements + everything.claims
    assert facts and all(0.0 < f.confidence < 1.0 for f in facts)
    nothing = extract("d", SIGNED + " " + DENIED, "2021-05-04", min_confidence=1.0)
    assert not nothing.agreements and not nothing.claims


def test_cli_extract_takes_min_confidence(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "d", "text": SIGNED}) + "\n")
    kept = cli("extract", str(src), "--min-confidence", "0")
    assert json.loads(kept.stdout)["agreements"]
    dropped = cli("extract", str(src), "--min-confidence", "1")
    assert json.loads(dropped.stdout)["agreements"] == []
    bad = cli("extract", str(src), "--min-confidence", "2")
    assert bad.exit_code == 2
