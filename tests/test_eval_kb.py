"""``blocwatch eval-kb``: resolution scored against keys naming the real-world agreement of
every gold agreement. The scoring is checked on hand-made items; the whole command on gold
files written here and on the sample corpus; the key files against the gold they key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blocwatch.errors import BlocwatchError
from blocwatch.eval_kb import SAMPLE_KEYS, evaluate_kb, load_keys, score_items
from blocwatch.sample import corpus_path

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev"
DEV_KEYS = Path(__file__).parent / "data" / "dev_kb_keys.tsv"
SAMPLE_GOLD = SAMPLE_KEYS.parent / "gold.jsonl"


def test_bcubed_counts_merges_and_splits():
    keys = {("g", "d1", 0): "A", ("g", "d2", 0): "A", ("g", "d3", 0): "B", ("g", "d4", 0): "A"}
    # A's three reports in two records, B merged into one of them.
    tied = {("g", "d1", 0): "r1", ("g", "d2", 0): "r1", ("g", "d3", 0): "r1", ("g", "d4", 0): "r2"}
    s = score_items("g", 5, tied, keys, {"r1": True, "r2": None}, {"A": True})
    assert s.tied == 4 and s.gold_agreements == 5
    # precision: d1, d2 2/3 each, d3 1/3, d4 1 -> 8/3 / 4; recall: d1, d2 2/3, d3 1, d4 1/3
    assert s.bcubed_precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert s.bcubed_recall == pytest.approx((2 / 3 + 2 / 3 + 1 + 1 / 3) / 4)
    assert (s.real_agreements, s.records, s.records_per_agreement) == (2, 2, 1.5)
    assert s.split_agreements == ["A"] and s.merged_records == {"r1": ["A", "B"]}
    assert (s.defence_checked, s.defence_right, s.defence_wrong) == (2, 1, ["r2"])


def test_perfect_resolution_scores_one():
    keys = {("g", "a", 0): "X", ("g", "b", 0): "X", ("g", "c", 0): "Y"}
    tied = {("g", "a", 0): "r1", ("g", "b", 0): "r1", ("g", "c", 0): "r2"}
    s = score_items("g", 3, tied, keys, {}, {})
    assert (s.bcubed_precision, s.bcubed_recall, s.bcubed_f1) == (1.0, 1.0, 1.0)
    assert s.defence_share is None


def _gold(path: Path, *docs: dict) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _treaty(parties, signed, defense=None):
    return {"parties": parties, "signed": signed, "kind": "treaty", "defense": defense}


def test_eval_kb_scores_the_records_built_from_gold_text(tmp_path):
    gold = _gold(
        tmp_path / "mine.jsonl",
        {
            "id": "one",
            "published": "2024-12-07",
            "text": "Belarus and Russia signed a treaty on security guarantees in Minsk on "
            "December 6, 2024. Russia would defend Belarus if it were attacked.",
            "agreements": [_treaty(["BLR", "RUS"], "2024-12-06", True)],
        },
        {
            "id": "two",
            "published": "2024-12-09",
            "text": "Alexander Lukashenko and Vladimir Putin signed the Treaty on Security "
            "Guarantees within the Union State on December 7, 2024.",
            "agreements": [_treaty(["BLR", "RUS"], "2024-12-07")],
        },
        {
            "id": "three",
            "published": "1999-12-09",
            "text": "Russia and Belarus signed a treaty creating the Union State in Moscow on "
            "December 8, 1999.",
            "agreements": [_treaty(["BLR", "RUS"], "1999-12-08")],
        },
    )
    keys = tmp_path / "keys.tsv"
    keys.write_text(
        "# my keys\nfile\tdoc_id\tindex\tkey\n"
        "mine.jsonl\tone\t0\tguarantees\nmine.jsonl\ttwo\t0\tguarantees\n"
        "mine.jsonl\tthree\t0\tunion-state\n",
        encoding="utf-8",
    )
    report = evaluate_kb([gold], keys)
    (part,) = report.parts
    assert part.tied == 3
    assert (part.bcubed_precision, part.bcubed_recall) == (1.0, 1.0)
    assert (part.real_agreements, part.records, part.records_per_agreement) == (2, 2, 1.0)
    assert (part.defence_checked, part.defence_right) == (1, 1)


def test_eval_kb_meets_its_target_on_the_sample_corpus():
    report = evaluate_kb([SAMPLE_GOLD])
    assert report.total.tied >= 25
    assert report.total.bcubed_f1 >= 0.95
    assert report.total.records_per_agreement == 1.0


def test_key_files_key_every_gold_agreement():
    sample = load_keys(SAMPLE_KEYS)
    assert {d for _, d, _ in sample} <= {p.stem for p in corpus_path().iterdir()} | {
        json.loads(line)["id"] for line in SAMPLE_GOLD.read_text().splitlines()
    }
    for path, keys in ((SAMPLE_GOLD, sample), *_dev_files()):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for i, _ in enumerate(doc.get("agreements") or []):
                assert (path.name, doc["id"], i) in keys, (path.name, doc["id"], i)


def _dev_files():
    if not DEV.is_dir():
        return []
    keys = load_keys(DEV_KEYS)
    return [(p, keys) for p in sorted(DEV.glob("*.jsonl"))]


def test_a_bad_key_file_is_one_clear_error(tmp_path, cli):
    gold = _gold(
        tmp_path / "g.jsonl",
        {"id": "x", "text": "Nothing here.", "agreements": [_treaty(["FRA", "DEU"], "1963")]},
    )
    bad = tmp_path / "bad.tsv"
    bad.write_text("file\tdoc_id\tindex\tkey\ng.jsonl\tx\tfirst\tk\n", encoding="utf-8")
    with pytest.raises(BlocwatchError, match="row 2: expected file, doc_id, index"):
        load_keys(bad)
    short = tmp_path / "short.tsv"
    short.write_text("file\tdoc_id\tindex\tkey\n", encoding="utf-8")
    # main() prints these as one line and exits 2; the in-process runner shows the error.
    result = cli("eval-kb", str(gold), "--keys", str(short))
    assert isinstance(result.exception, BlocwatchError)
    assert str(result.exception).endswith("no key for 1 gold agreements: g.jsonl:x#0")
    result = cli("eval-kb", str(gold), "--keys", str(tmp_path / "missing.tsv"))
    assert isinstance(result.exception, BlocwatchError)
    assert "cannot read the key file" in str(result.exception)
