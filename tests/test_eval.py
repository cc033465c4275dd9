"""Scoring by the rules of eval-spec.md, on small hand-made gold and prediction records."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from blocwatch.cli import app
from blocwatch.errors import BlocwatchError
from blocwatch.eval import (
    EvalReport,
    date_agrees,
    evaluate_files,
    load_records,
    score,
    value_agrees,
)
from blocwatch.render.evaluation import eval_report, record_summary

# --- builders -----------------------------------------------------------------------------


def agreement(parties, signed=None, defense=None, provisions=(), kind="agreement", **extra):
    return {
        "parties": list(parties),
        "signed": signed,
        "place": None,
        "kind": kind,
        "name": None,
        "defense": defense,
        "provisions": list(provisions),
        **extra,
    }


def claim(subject, beneficiary=(), claimant=(), action="arms_transfer", denied=(), ack=()):
    return {
        "claimant": list(claimant),
        "subject": list(subject),
        "beneficiary": list(beneficiary),
        "action": action,
        "denied_by": list(denied),
        "acknowledged_by": list(ack),
        "hint": "",
    }


def measure(actors, metric="bilateral_trade", value=100.0, unit="USD", period=None):
    return {
        "actors": list(actors),
        "metric": metric,
        "value": value,
        "unit": unit,
        "period": period,
    }


def doc(doc_id, agreements=(), claims=(), measures=(), text="An invented article."):
    return {
        "id": doc_id,
        "url": None,
        "lang": "en",
        "published": None,
        "text": text,
        "agreements": list(agreements),
        "claims": list(claims),
        "measures": list(measures),
        "notes": None,
    }


def one(gold_doc, pred_doc) -> dict:
    """The report dictionary for one gold document scored against one prediction."""
    return score([gold_doc], [pred_doc]).to_dict(errors=True)


def prf(block: dict) -> tuple:
    return block["p"], block["r"], block["f1"], block["tp"], block["fp"], block["fn"]


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# A small gold set touching every record type and every secondary score.
GOLD = [
    doc(
        "g1",
        agreements=[
            agreement(["FRA", "IND"], "2023-07", defense=False, provisions=["space", "trade"]),
            agreement(["ARM", "FRA"], "2023", kind="memorandum"),
        ],
        claims=[claim(["IRN"], ["SYR"], claimant=["ISR"], denied=["IRN"])],
        measures=[measure(["FRA", "IND"], value=13.4e9, unit="EUR", period="2022")],
    ),
    doc("g2", claims=[claim(["BLR"], [], claimant=[], ack=["BLR"], action="troop_deployment")]),
    doc("g3"),  # a negative example
    doc("g4", agreements=[agreement(["FIN", "NATO"], "2023-04-04", kind="accession")]),
]


# --- agreements ---------------------------------------------------------------------------


def test_agreement_parties_match_as_a_set_in_any_order_and_case():
    gold = doc("d", agreements=[agreement(["FRA", "IND"], "2023-07-14")])
    pred = doc("d", agreements=[agreement(["ind", "Fra"], "2023-07-14")])
    result = one(gold, pred)
    assert prf(result["agreements"]) == (1.0, 1.0, 1.0, 1, 0, 0)
    assert prf(result["agreements_strict"]) == (1.0, 1.0, 1.0, 1, 0, 0)


def test_agreement_parties_must_be_equal_not_just_overlap():
    gold = doc("d", agreements=[agreement(["FRA", "IND"])])
    pred = doc("d", agreements=[agreement(["FRA", "IND", "ARE"])])
    assert prf(one(gold, pred)["agreements"]) == (0.0, 0.0, 0.0, 0, 1, 1)


@pytest.mark.parametrize(
    ("gold", "pred", "agrees"),
    [
        ("2023-07", "2023-07-14", True),  # month gold, day prediction
        ("2023-07", "2023-07", True),
        ("2023", "2023-07-14", True),
        ("2023-07-14", "2023-07", False),  # day gold, month prediction
        ("2023-07-14", "2023-07-15", False),
        ("2023-07", "2023-08-01", False),
        ("2023", "20231", False),
        (None, None, True),  # null needs null
        (None, "2023-07-14", False),
        ("2023-07", None, False),
    ],
)
def test_date_agrees_to_the_precision_of_gold(gold, pred, agrees):
    assert date_agrees(gold, pred) is agrees


def test_strict_agreements_need_the_date_and_the_loose_ones_do_not():
    gold = doc("d", agreements=[agreement(["FRA", "IND"], "2023-07-14")])
    pred = doc("d", agreements=[agreement(["FRA", "IND"], "2023-07")])
    result = one(gold, pred)
    assert prf(result["agreements"]) == (1.0, 1.0, 1.0, 1, 0, 0)
    assert prf(result["agreements_strict"]) == (0.0, 0.0, 0.0, 0, 1, 1)
    assert result["agreement_date_accuracy"] == {"value": 0.0, "correct": 0, "n": 1}


def test_null_gold_date_needs_a_null_prediction_in_strict_matching():
    gold = doc("d", agreements=[agreement(["FRA", "IND"], None)])
    assert one(gold, doc("d", agreements=[agreement(["FRA", "IND"], None)]))["agreements_strict"][
        "tp"
    ] == (1)
    assert one(gold, doc("d", agreements=[agreement(["FRA", "IND"], "2023")]))["agreements_strict"][
        "tp"
    ] == (0)


def test_matching_is_one_to_one_two_predictions_for_one_gold_leave_a_false_positive():
    gold = doc("d", agreements=[agreement(["FRA", "IND"], "2023")])
    pred = doc("d", agreements=[agreement(["FRA", "IND"], "2023")] * 2)
    result = one(gold, pred)
    assert prf(result["agreements"])[3:] == (1, 1, 0)
    assert result["agreements"]["p"] == 0.5
    assert result["agreements"]["r"] == 1.0
    assert result["errors"][0]["false_positives"][0]["type"] == "agreement"


def test_greedy_in_gold_order_and_strict_is_its_own_pass():
    # Loose matching pairs gold 1 with pred 1 and gold 2 with pred 2 (the first unmatched
    # prediction with equal parties), so both dates are wrong; the strict pass is separate
    # and finds both.
    gold = doc(
        "d",
        agreements=[agreement(["CHN", "SLB"], "2023-07"), agreement(["CHN", "SLB"], "2022")],
    )
    pred = doc(
        "d",
        agreements=[agreement(["CHN", "SLB"], "2022-03"), agreement(["CHN", "SLB"], "2023-07-10")],
    )
    result = one(gold, pred)
    assert prf(result["agreements"])[3:] == (2, 0, 0)
    assert prf(result["agreements_strict"])[3:] == (2, 0, 0)
    assert result["agreement_date_accuracy"] == {"value": 0.0, "correct": 0, "n": 2}


def test_a_later_gold_record_cannot_take_a_prediction_an_earlier_one_matched():
    gold = doc("d", agreements=[agreement(["FRA", "IND"]), agreement(["IND", "FRA"])])
    pred = doc("d", agreements=[agreement(["FRA", "IND"])])
    result = one(gold, pred)
    assert prf(result["agreements"])[3:] == (1, 0, 1)
    missed = result["errors"][0]["missed"]
    assert [m["record"]["parties"] for m in missed] == [["IND", "FRA"]]


# --- claims -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred_claim", "matches"),
    [
        (claim(["PRK"], ["RUS"]), True),
        (claim(["prk", "IRN"], ["rus"]), True),  # subjects overlap, case-insensitive
        (claim(["IRN"], ["RUS"]), False),  # subjects disjoint
        (claim(["PRK"], ["RUS", "BLR"]), False),  # beneficiary must be equal, not overlap
        (claim(["PRK"], []), False),
    ],
)
def test_claims_match_on_overlapping_subjects_and_equal_beneficiaries(pred_claim, matches):
    gold = doc("d", claims=[claim(["PRK", "CHN"], ["RUS"])])
    result = one(gold, doc("d", claims=[pred_claim]))
    assert result["claims"]["tp"] == int(matches)


def test_claims_with_empty_beneficiaries_match():
    gold = doc("d", claims=[claim(["ARE"], [])])
    assert one(gold, doc("d", claims=[claim(["ARE"], [])]))["claims"]["tp"] == 1


def test_claim_stance_and_claimant_accuracy_over_matched_pairs():
    gold = doc(
        "d",
        claims=[
            claim(["PRK"], ["RUS"], claimant=["USA", "KOR"], denied=["PRK", "RUS"]),
            claim(["IRN"], ["RUS"], claimant=["UKR"], ack=["IRN"]),
            claim(["CHN"], ["RUS"], claimant=[]),  # unmatched: no part in the accuracies
        ],
    )
    pred = doc(
        "d",
        claims=[
            claim(["prk"], ["RUS"], claimant=["kor", "usa"], denied=["rus", "prk"]),  # all right
            claim(["IRN"], ["RUS"], claimant=["USA"], denied=["IRN"]),  # stance, claimant wrong
        ],
    )
    result = one(gold, pred)
    assert result["claim_stance_accuracy"] == {"value": 0.5, "correct": 1, "n": 2}
    assert result["claimant_accuracy"] == {"value": 0.5, "correct": 1, "n": 2}
    (mismatch,) = result["errors"][0]["mismatched"]
    assert mismatch["type"] == "claim"
    assert mismatch["fields"] == ["denied_by", "acknowledged_by", "claimant"]
    assert mismatch["gold"]["claimant"] == ["UKR"]
    assert mismatch["pred"]["claimant"] == ["USA"]


# --- measures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred_value", "within"),
    [
        (100.0, True),
        (100.99, True),  # 0.99 %
        (99.01, True),
        (101.0, True),  # exactly 1 %: "within" is inclusive
        (101.01, False),  # 1.01 %
        (98.99, False),
        (None, False),
        ("not a number", False),
    ],
)
def test_value_within_one_percent_of_gold(pred_value, within):
    assert value_agrees(100.0, pred_value) is within


def test_value_tolerance_is_relative_to_gold_at_large_magnitudes():
    assert value_agrees(244.8e9, 244.8e9 * 1.0099)
    assert not value_agrees(244.8e9, 244.8e9 * 1.0101)
    assert value_agrees(0, 0) and not value_agrees(0, 0.001)


def test_measure_matching_rules():
    gold = measure(["CHN", "RUS"], "bilateral_trade", 240.0e9, period="2023")

    def matches(pred: dict) -> bool:
        return one(doc("d", measures=[gold]), doc("d", measures=[pred]))["measures"]["tp"] == 1

    assert matches(measure(["rus", "chn"], "bilateral_trade", 241.5e9, period="2023"))
    assert not matches(measure(["RUS"], "bilateral_trade", 240.0e9, period="2023"))
    assert not matches(measure(["CHN", "RUS"], "other", 240.0e9, period="2023"))
    assert not matches(measure(["CHN", "RUS"], "bilateral_trade", 243.0e9, period="2023"))
    assert not matches(measure(["CHN", "RUS"], "bilateral_trade", 240.0e9, period="2024"))
    assert not matches(measure(["CHN", "RUS"], "bilateral_trade", 240.0e9, period=None))


def test_measure_period_only_compared_where_gold_has_one():
    gold = doc("d", measures=[measure(["GBR", "UKR"], "aid_value", 12.8e9, period=None)])
    pred = doc("d", measures=[measure(["GBR", "UKR"], "aid_value", 12.8e9, period="2024")])
    assert one(gold, pred)["measures"]["tp"] == 1


# --- documents, empties, joining ----------------------------------------------------------


def test_empty_gold_and_empty_prediction_is_perfect():
    result = one(doc("neg"), doc("neg"))
    for key in ("agreements", "agreements_strict", "claims", "measures", "provisions"):
        assert prf(result[key]) == (1.0, 1.0, 1.0, 0, 0, 0), key
    for key in (
        "agreement_date_accuracy",
        "defense_accuracy",
        "claim_stance_accuracy",
        "claimant_accuracy",
    ):
        assert result[key] == {"value": None, "correct": 0, "n": 0}, key
    assert result["provisions"]["n"] == 0
    assert result["errors"] == []


def test_a_prediction_on_an_empty_gold_document_is_a_false_positive():
    result = one(doc("neg"), doc("neg", claims=[claim(["PRK"], ["RUS"])]))
    assert prf(result["claims"]) == (0.0, 0.0, 0.0, 0, 1, 0)
    assert prf(result["agreements"]) == (1.0, 1.0, 1.0, 0, 0, 0)
    assert result["errors"][0]["false_positives"][0]["record"]["subject"] == ["PRK"]


def test_negative_documents_count_those_given_facts_and_how_many():
    gold = [
        doc("neg1"),
        doc("neg2"),
        doc("neg3"),
        doc("pos", agreements=[agreement(["USA", "GBR"])]),
    ]
    pred = [
        doc("neg1", claims=[claim(["PRK"], ["RUS"])], measures=[measure(["ITA", "FRA"])]),
        doc("neg2"),
        doc("neg3", agreements=[agreement(["IND", "FRA"])]),
        doc("pos", agreements=[agreement(["USA", "GBR"]), agreement(["USA", "JPN"])]),
    ]
    report = score(gold, pred)
    assert report.to_dict()["negative_documents"] == {"n": 3, "with_facts": 2, "facts": 3}
    assert "3 negative documents (gold states nothing): 2 with facts (3 facts)" in render(
        report, errors=False
    )


def test_a_document_missing_from_predictions_is_all_false_negatives():
    report = score(GOLD, [])
    result = report.to_dict(errors=True)
    assert prf(result["agreements"]) == (0.0, 0.0, 0.0, 0, 0, 3)
    assert prf(result["claims"]) == (0.0, 0.0, 0.0, 0, 0, 2)
    assert prf(result["measures"]) == (0.0, 0.0, 0.0, 0, 0, 1)
    assert [e["id"] for e in result["errors"]] == ["g1", "g2", "g4"]  # g3 has nothing to miss


def test_predictions_for_unknown_ids_are_ignored_and_counted():
    pred = [*copy.deepcopy(GOLD), doc("elsewhere", agreements=[agreement(["USA", "GBR"])])]
    result = score(GOLD, pred).to_dict()
    assert result["ignored_predictions"] == 1
    assert result["documents"] == len(GOLD)
    assert result["agreements"]["fp"] == 0


def test_aggregate_is_micro_over_documents():
    gold = [
        doc("a", agreements=[agreement(["FRA", "IND"])] * 3),
        doc("b", agreements=[agreement(["USA", "GBR"])]),
    ]
    pred = [doc("a", agreements=[agreement(["FRA", "IND"])] * 3), doc("b")]
    result = score(gold, pred).to_dict()
    assert prf(result["agreements"])[3:] == (3, 0, 1)
    assert result["agreements"]["r"] == 0.75  # macro over documents would give 0.5


def test_gold_scored_against_itself_is_perfect_everywhere():
    result = score(GOLD, copy.deepcopy(GOLD)).to_dict(errors=True)
    for key in ("agreements", "agreements_strict", "claims", "measures", "provisions"):
        assert (result[key]["p"], result[key]["r"], result[key]["f1"]) == (1.0, 1.0, 1.0), key
    for key in (
        "agreement_date_accuracy",
        "defense_accuracy",
        "claim_stance_accuracy",
        "claimant_accuracy",
    ):
        assert result[key]["value"] == 1.0, key
    assert result["errors"] == []


def test_extra_fields_in_predictions_are_ignored():
    gold = doc("d", agreements=[agreement(["FRA", "IND"], "2023")])
    extra = {"evidence": [{"start": 0, "end": 4, "sentence": "x"}], "confidence": 0.9}
    pred = doc("d", agreements=[agreement(["FRA", "IND"], "2023", status="signed", **extra)])
    pred["unknown"] = True
    assert prf(one(gold, pred)["agreements_strict"]) == (1.0, 1.0, 1.0, 1, 0, 0)


def test_missing_lists_in_a_prediction_read_as_empty():
    gold = doc("d", claims=[claim(["PRK"], ["RUS"])])
    assert prf(one(gold, {"id": "d", "claims": None})["claims"])[3:] == (0, 0, 1)


def test_ids_join_as_text():
    gold = [{**doc("7"), "agreements": [agreement(["FRA", "IND"])]}]
    pred = [{**doc("x"), "id": 7, "agreements": [agreement(["FRA", "IND"])]}]
    assert score(gold, pred).to_dict()["agreements"]["tp"] == 1


@pytest.mark.parametrize(
    ("gold", "pred", "message"),
    [
        ([doc("a"), doc("a")], [], "gold: duplicate id 'a'"),
        ([doc("a")], [doc("b"), doc("b")], "predictions: duplicate id 'b'"),
        ([{"agreements": []}], [], "gold: record 1 has no 'id'"),
        ([{"id": "a", "claims": {"subject": []}}], [], "'claims' must be a list of objects"),
    ],
)
def test_score_rejects_ambiguous_input(gold, pred, message):
    with pytest.raises(BlocwatchError, match=message):
        score(gold, pred)


# --- secondary agreement scores -----------------------------------------------------------


def test_defence_accuracy_counts_only_pairs_whose_gold_defence_is_stated():
    gold = doc(
        "d",
        agreements=[
            agreement(["RUS", "PRK"], defense=True),
            agreement(["RUS", "IRN"], defense=False),
            agreement(["RUS", "CHN"], defense=None),  # not counted, whatever is predicted
            agreement(["RUS", "BLR"], defense=True),  # unmatched: not counted
        ],
    )
    pred = doc(
        "d",
        agreements=[
            agreement(["PRK", "RUS"], defense=True),
            agreement(["IRN", "RUS"], defense=None),  # stated false, predicted null: wrong
            agreement(["CHN", "RUS"], defense=True),
        ],
    )
    result = one(gold, pred)
    assert result["defense_accuracy"] == {"value": 0.5, "correct": 1, "n": 2}
    assert result["agreement_date_accuracy"] == {"value": 1.0, "correct": 3, "n": 3}


def test_provisions_are_micro_scored_over_matched_pairs():
    gold = doc(
        "d",
        agreements=[
            agreement(["RUS", "PRK"], provisions=["mutual_defense", "consultation"]),
            agreement(["RUS", "IRN"], provisions=["trade"]),
            agreement(["RUS", "CHN"], provisions=["space"]),  # unmatched: not counted
        ],
    )
    pred = doc(
        "d",
        agreements=[
            agreement(["RUS", "PRK"], provisions=["mutual_defense", "Satellite"]),
            agreement(["RUS", "IRN"], provisions=["TRADE"]),
        ],
    )
    result = one(gold, pred)
    provisions = result["provisions"]
    assert (provisions["tp"], provisions["fp"], provisions["fn"], provisions["n"]) == (2, 1, 1, 2)
    assert provisions["p"] == pytest.approx(2 / 3)
    assert provisions["r"] == pytest.approx(2 / 3)
    (mismatch,) = result["errors"][0]["mismatched"]
    assert mismatch["fields"] == ["provisions"]


def test_mismatched_pairs_list_signed_and_defence():
    gold = doc("d", agreements=[agreement(["RUS", "PRK"], "2024-06-19", defense=True)])
    pred = doc("d", agreements=[agreement(["RUS", "PRK"], "2024-06", defense=False)])
    (mismatch,) = one(gold, pred)["errors"][0]["mismatched"]
    assert mismatch["fields"] == ["signed", "defense"]
    assert (mismatch["gold"]["signed"], mismatch["pred"]["signed"]) == ("2024-06-19", "2024-06")


# --- the report ---------------------------------------------------------------------------


def test_to_dict_is_json_serialisable_and_has_the_documented_keys():
    pred = copy.deepcopy(GOLD)
    pred[0]["agreements"][0]["signed"] = None
    pred[1]["claims"] = []
    pred[2]["measures"] = [measure(["ITA", "[bold]x"], value=1.0)]
    report = score(GOLD, pred)
    assert isinstance(report, EvalReport)
    plain = report.to_dict()
    assert "errors" not in plain
    full = json.loads(json.dumps(report.to_dict(errors=True), allow_nan=False))
    assert set(full) == {
        "documents",
        "ignored_predictions",
        "agreements",
        "agreements_strict",
        "claims",
        "measures",
        "agreement_date_accuracy",
        "defense_accuracy",
        "provisions",
        "claim_stance_accuracy",
        "claimant_accuracy",
        "negative_documents",
        "errors",
    }
    assert set(full["agreements"]) == {"p", "r", "f1", "tp", "fp", "fn"}
    assert set(full["agreement_date_accuracy"]) == {"value", "correct", "n"}
    errors = {e["id"]: e for e in full["errors"]}
    assert set(errors) == {"g1", "g2", "g3"}
    assert errors["g1"]["mismatched"][0]["fields"] == ["signed"]
    assert errors["g2"]["missed"][0]["type"] == "claim"
    assert errors["g3"]["false_positives"][0]["type"] == "measure"
    assert set(errors["g1"]) == {"id", "missed", "false_positives", "mismatched"}


def test_record_summaries():
    assert (
        record_summary("agreement", agreement(["RUS", "PRK"], "2024-06-19", kind="treaty"))
        == "agreement RUS+PRK 2024-06-19 treaty"
    )
    assert (
        record_summary("claim", claim(["PRK"], ["RUS"], claimant=["USA"]))
        == "claim USA -> PRK -> RUS arms_transfer"
    )
    assert (
        record_summary("claim", claim(["ARE"], [])) == "claim (none) -> ARE -> (none) arms_transfer"
    )
    assert (
        record_summary("measure", measure(["CHN", "RUS"], value=244.8e9, period="2024"))
        == "measure CHN+RUS bilateral_trade 244.8 bn USD 2024"
    )


def render(report: EvalReport, errors: bool) -> str:
    console = Console(record=True, width=200, color_system=None)
    eval_report(console, report, errors=errors)
    return " ".join(console.export_text().split())


def test_rendered_report_shows_tables_and_escapes_record_text():
    pred = copy.deepcopy(GOLD)
    pred[2]["agreements"] = [agreement(["[bold]FRA", "IND"], "2024", kind="[/]")]
    pred[3]["agreements"] = []
    text = render(score(GOLD, pred), errors=True)
    assert "agreements (strict)" in text and "claimant" in text
    assert "false positive agreement [bold]FRA+IND 2024 [/]" in text
    assert "missed agreement FIN+NATO 2023-04-04 accession" in text


def test_rendered_report_says_n_a_when_there_is_nothing_to_measure():
    text = render(score([doc("neg")], [doc("neg")]), errors=True)
    assert "n/a" in text
    assert "No errors." in text


# --- files and the command line -----------------------------------------------------------


def test_load_records_reads_json_lines_and_skips_blank_lines(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD[0]) + "\n\n" + json.dumps(GOLD[1]) + "\n", encoding="utf-8")
    assert [r["id"] for r in load_records(path)] == ["g1", "g2"]


@pytest.mark.parametrize(
    ("third_line", "reason"),
    [
        ('{"id": "x", ', "malformed JSON"),
        ('["id", "x"]', "expected a JSON object, got list"),
        ('{"agreements": []}', "record has no 'id'"),
    ],
)
def test_load_records_names_the_line_and_the_reason(tmp_path, third_line, reason):
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(GOLD[0]), json.dumps(GOLD[1]), third_line]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BlocwatchError) as caught:
        load_records(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:3: {reason}")
    assert "\n" not in message


def test_load_records_missing_file(tmp_path):
    with pytest.raises(BlocwatchError, match=r"nowhere\.jsonl: no such file"):
        load_records(tmp_path / "nowhere.jsonl")


def test_evaluate_files_scores_a_prediction_file(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", GOLD[:2])
    result = evaluate_files(gold, pred).to_dict()
    assert prf(result["agreements"])[3:] == (2, 0, 1)


def test_evaluate_files_names_the_file_with_a_duplicate_id(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", [GOLD[0], GOLD[0]])
    with pytest.raises(BlocwatchError, match=r"pred\.jsonl: duplicate id 'g1'"):
        evaluate_files(gold, pred)


def test_evaluate_files_without_predictions_runs_the_extractor(tmp_path, monkeypatch):
    seen = []

    class FakeExtraction:
        def __init__(self, doc_id):
            self.doc_id = doc_id

        def to_dict(self):
            return {"id": self.doc_id, "agreements": [], "claims": [], "measures": []}

    def extract_document(document, min_confidence=None):
        seen.append(sorted(document))
        return FakeExtraction(document["id"])

    fake = types.ModuleType("blocwatch.extract")
    fake.extract_document = extract_document
    monkeypatch.setitem(sys.modules, "blocwatch.extract", fake)
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    result = evaluate_files(gold, None).to_dict()
    assert seen == [["id", "published", "text", "url"]] * len(GOLD)
    assert prf(result["agreements"])[3:] == (0, 0, 3)


runner = CliRunner()


def test_cli_eval_json(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", GOLD)
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 4
    assert report["agreements_strict"]["f1"] == 1.0
    assert "errors" not in report


def test_cli_eval_errors_table_and_json(tmp_path):
    pred_records = copy.deepcopy(GOLD)
    pred_records[0]["claims"][0]["denied_by"] = []
    pred_records[3]["agreements"][0]["parties"] = ["SWE", "NATO"]
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", pred_records)

    table = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--errors"])
    assert table.exit_code == 0, table.output
    shown = " ".join(table.stdout.split())  # undo the wrapping of an 80-column terminal
    assert "missed agreement FIN+NATO 2023-04-04 accession" in shown
    assert "false positive agreement SWE+NATO 2023-04-04 accession" in shown
    assert "claim ISR -> IRN -> SYR arms_transfer: denied_by gold IRN, pred (none)" in shown

    as_json = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--errors", "--json"])
    assert as_json.exit_code == 0, as_json.output
    errors = {e["id"]: e for e in json.loads(as_json.stdout)["errors"]}
    assert errors["g4"]["missed"][0]["record"]["parties"] == ["FIN", "NATO"]
    assert errors["g1"]["mismatched"][0]["fields"] == ["denied_by"]


def test_cli_eval_malformed_gold_raises_a_one_line_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD[0]) + "\n{not json\n", encoding="utf-8")
    pred = write_jsonl(tmp_path / "pred.jsonl", GOLD)
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert isinstance(result.exception, BlocwatchError)
    assert str(result.exception).startswith(f"{gold}:2: malformed JSON")


def test_blocwatch_command_exits_2_with_one_line_on_stderr(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD[0]) + "\n{not json\n", encoding="utf-8")
    pred = write_jsonl(tmp_path / "pred.jsonl", GOLD)
    command = Path(sys.executable).with_name("blocwatch")
    if not command.exists():
        pytest.skip("the blocwatch console script is not installed beside this Python")
    done = subprocess.run(
        [str(command), "eval", str(gold), "--pred", str(pred)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"COLUMNS": "400", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {gold}:2: malformed JSON")
    assert done.stdout == ""
