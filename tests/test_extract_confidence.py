"""Confidence as measured precision (extract/confidence.py) and the --min-confidence floor."""

import json

import pytest

from blocwatch.eval import calibrate
from blocwatch.extract import extract
from blocwatch.extract.confidence import (
    Calibration,
    ClassCounts,
    choose_threshold,
    class_path,
    estimate,
    held_out,
    reliability,
    write_calibration,
)
from blocwatch.model import Agreement, Evidence

SIGNED = "Chile and Peru signed a trade agreement in Lima on 3 May 2021."
DENIED = "Estonia accused Belarus of sending drones to Russia. Belarus denied it."


def _gold(doc_id, text, **facts):
    return {"id": doc_id, "text": text, "published": "2021-05-04", **facts}


def _ev(*sentences):
    return [{"sentence": s} for s in sentences]


def test_class_paths_go_from_coarse_to_fine():
    agreement = {"kind": "treaty", "parties": ["CHL", "PER"], "evidence": _ev("a", "b", "c")}
    assert class_path("agreements", agreement) == ("several", "two")
    claim = {"action": "arms_transfer", "claimant": [], "denied_by": ["PRK"], "evidence": _ev("a")}
    assert class_path("claims", claim) == ("outlet", "one", "arms_transfer")
    assert class_path("measures", {"metric": "troops"}) == ("no-period", "plain")


def test_an_agreement_told_once_with_nothing_more_is_few():
    once = {"kind": "agreement", "parties": ["CHL", "PER"], "evidence": _ev("They agreed.")}
    assert class_path("agreements", once)[0] == "few"


def test_who_signed_where_or_an_accession_make_an_agreement_well_attested():
    base = {"kind": "agreement", "parties": ["CHL", "PER"], "evidence": _ev("One line.")}
    assert class_path("agreements", {**base, "signatories": ["Boric"]})[0] == "several"
    assert class_path("agreements", {**base, "place": "Lima"})[0] == "several"
    joined = {**base, "kind": "accession", "parties": ["FIN", "NATO"]}
    assert class_path("agreements", joined)[0] == "several"


def test_one_of_a_counted_set_of_agreements_is_well_attested():
    for sentence in (
        "The two leaders signed 14 cooperation accords during the visit.",
        "Several documents on energy and transport were signed in the capital.",
        "Ministers exchanged a dozen memoranda on trade.",
    ):
        fact = {"kind": "agreement", "parties": ["KEN", "IND"], "evidence": _ev(sentence)}
        assert class_path("agreements", fact)[0] == "several", sentence
    single = "Kenya and India signed an accord on trade."
    fact = {"kind": "agreement", "parties": ["KEN", "IND"], "evidence": _ev(single)}
    assert class_path("agreements", fact)[0] == "few"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers signed 30 trade and financial accords in the capital.",
        "The visit closed with a number of intergovernmental documents.",
        "A total of 15 MoUs on farming were exchanged.",
        "Twenty documents were signed, on health among other fields.",
    ],
)
def test_a_count_with_modifiers_before_its_noun_is_a_counted_set(sentence):
    fact = {"kind": "agreement", "parties": ["KEN", "IND"], "evidence": _ev(sentence)}
    assert class_path("agreements", fact)[0] == "several"


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides pledged to honour the 2015 ceasefire agreements.",  # a year
        "The trip produced $3 billion in deals for Indian firms.",  # an amount
        "Officials announced 4 billion dollar deals on ports.",  # an amount
        "The two countries have signed contracts worth $1 billion.",  # firms' contracts
        "The two countries signed deals on energy last year.",  # a count of countries
        "Three ministers will sign accords on water in May.",  # a clause away
    ],
)
def test_a_year_an_amount_or_a_count_of_something_else_is_no_counted_set(sentence):
    fact = {"kind": "agreement", "parties": ["KEN", "IND"], "evidence": _ev(sentence)}
    assert class_path("agreements", fact)[0] == "few", sentence


def test_a_party_list_of_three_or_more_is_its_own_class():
    fact = {"kind": "pact", "parties": ["CHL", "PER", "ECU"], "evidence": _ev("x")}
    assert class_path("agreements", fact) == ("few", "more")


def test_a_claim_with_a_named_claimant_told_twice():
    claim = {"action": "troop_deployment", "claimant": ["UKR"], "evidence": _ev("a", "b")}
    assert class_path("claims", claim) == ("claimant", "several", "troop_deployment")


def test_a_figure_given_with_a_rate_is_a_percent_class():
    sentence = "Trade between Chile and Peru rose 12 per cent to $4 billion last year."
    figure = {"metric": "bilateral_trade", "period": "2023", "evidence": _ev(sentence)}
    assert class_path("measures", figure) == ("period", "percent")
    plain = {"metric": "aid_value", "evidence": _ev("Peru lent Chile $1 billion.")}
    assert class_path("measures", plain) == ("no-period", "plain")


def test_evidence_objects_read_as_their_dicts():
    sentence = "Kenya and India signed 3 agreements."
    agreement = Agreement(parties=["KEN", "IND"], evidence=[Evidence(0, len(sentence), sentence)])
    assert class_path("agreements", vars(agreement)) == ("several", "two")


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
    floors = (tmp_path / "min_confidence.tsv").read_text().splitlines()[1].split("\t")
    assert floors[:2] == ["fact_type", "min_confidence"] and "why" in floors
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


def _part(agreements):
    """A calibration of agreements only: [(class path, right)]."""
    classes = {}
    for path, ok in agreements:
        parts = path.split("|")
        for depth in range(len(parts) + 1):
            c = classes.setdefault(("agreements", "|".join(parts[:depth])), ClassCounts())
            c.n += 1
            c.tp += int(ok)
    scored = {"agreements": list(agreements), "claims": [], "measures": []}
    gold = {"agreements": sum(ok for _, ok in agreements) + 2, "claims": 0, "measures": 0}
    return Calibration(classes, scored, gold)


def test_held_out_scores_each_part_by_the_others():
    # The class "few|more" is always wrong in the first part and right in the second: held
    # out, each part's facts of that class get the other part's (shrunk) precision.
    first = _part([("few|more", False)] * 4 + [("several|two", True)] * 6)
    second = _part([("few|more", True)] * 4 + [("several|two", True)] * 6)
    scored = held_out([first, second]).facts["agreements"]
    wrong_ones = [c for c, ok in scored if not ok]
    right_few = [c for c, ok in scored[10:14]]
    assert min(wrong_ones) > max(right_few)  # scored by the part that saw them right


def test_a_floor_reaching_the_target_is_taken_only_within_its_f1_budget():
    # 10 facts at 0.95 (9 right), 10 at 0.75 (6 right), 20 gold.
    facts = [(0.95, i < 9) for i in range(10)] + [(0.75, i < 6) for i in range(10)]
    cheap = choose_threshold(facts, 20, "agreements", max_f1_loss=1.0)
    assert cheap.why == "target precision" and cheap.chosen.floor > 0.75
    assert cheap.chosen.precision >= 0.9
    dear = choose_threshold(facts, 20, "agreements", max_f1_loss=0.02)
    assert dear.chosen.floor == 0.0 and dear.at_target is not None
    assert dear.why == "target costs too much F1"


def test_a_type_without_a_target_gets_a_floor_only_if_it_raises_f1():
    useless = [(0.95, True)] * 8 + [(0.3, False)] * 8  # dropping the 0.3s gains F1
    assert choose_threshold(useless, 8, "claims").chosen.floor > 0.3
    fine = [(0.95, True)] * 8 + [(0.3, True)] * 8
    assert choose_threshold(fine, 16, "claims").chosen.floor == 0.0


def test_a_reliability_table_counts_facts_and_right_ones_per_bucket():
    buckets = reliability([(0.95, True), (0.92, False), (0.71, True), (0.2, False)])
    by_low = {b.low: (b.n, b.right) for b in buckets}
    assert by_low[0.9] == (2, 1) and by_low[0.7] == (1, 1) and by_low[0.0] == (1, 0)
    assert buckets[-1].high == 1.0 and buckets[-1].precision == 0.5


def test_cli_calibrate_prints_floors_and_reliability(cli, tmp_path, monkeypatch):
    import blocwatch.extract.confidence as confidence

    written: list[dict] = []
    scratch = tmp_path / "tables"
    scratch.mkdir()
    fake = _no_write(confidence.write_calibration, scratch, written)
    monkeypatch.setattr(confidence, "write_calibration", fake)
    folders = []
    for name, text in (("one", SIGNED), ("two", SIGNED.replace("Chile", "Bolivia"))):
        folder = tmp_path / name
        folder.mkdir()
        parties = ["CHL" if name == "one" else "BOL", "PER"]
        record = _gold(name, text, agreements=[{"parties": parties}])
        (folder / "gold.jsonl").write_text(json.dumps(record) + "\n")
        folders.append(folder / "gold.jsonl")
    result = cli("calibrate", *map(str, folders), "--check", str(folders[0]))
    assert result.exit_code == 0, result.output
    assert "agreements: min confidence" in result.output and "held out" in result.output
    assert "confidence -> measured precision" in result.output
    assert "agreements at 0.00 (default)" in result.output
    assert written[-1]["source"].endswith("one/gold.jsonl, two/gold.jsonl")


def _no_write(real, scratch, written):
    """write_calibration into the test's scratch folder, never the package's tables; each
    call's source is appended to ``written``."""

    def fake(calibration, source, directory=None, max_f1_loss=0.02):
        written.append({"source": source})
        return real(calibration, source, scratch, max_f1_loss)

    return fake
