"""The two commands of the extraction issue: ``blocwatch extract`` (JSON Lines in, gold-schema
JSON Lines out, bad lines reported on stderr) and ``blocwatch eval`` without ``--pred``
(running the extractor on the gold documents' texts)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from blocwatch.cli import app

TREATY = (
    "Russia and North Korea signed a treaty in Pyongyang on Wednesday that obliges each side "
    "to provide military assistance if attacked."
)
CLAIM = (
    "The United States and South Korea accused North Korea of supplying ballistic missiles "
    "to Russia. Both Moscow and Pyongyang have denied the allegations."
)
TRADE = "Trade between Russia and China reached $244.8 billion in 2024."
NEGATIVE = "The weather in the capital was mild on Tuesday and markets were calm."

AGREEMENT_FIELDS = {"parties", "signed", "place", "kind", "name", "defense", "provisions"}
CLAIM_FIELDS = {
    "claimant",
    "subject",
    "beneficiary",
    "action",
    "denied_by",
    "acknowledged_by",
    "hint",
}
MEASURE_FIELDS = {"actors", "metric", "value", "unit", "period"}


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def doc(id_: str, text: str, published: str | None = "2024-06-20") -> str:
    return json.dumps({"id": id_, "text": text, "published": published, "url": f"https://x/{id_}"})


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def check_record(record: dict, fields: set[str], text: str) -> None:
    assert fields <= set(record), fields - set(record)
    assert isinstance(record["confidence"], float)
    assert 0.0 < record["confidence"] <= 1.0
    assert record["evidence"], record
    for e in record["evidence"]:
        assert set(e) == {"start", "end", "sentence"}
        assert text[e["start"] : e["end"]] == e["sentence"]


# --- extract --------------------------------------------------------------------------------


def test_extract_writes_one_gold_shaped_line_per_document(tmp_path):
    texts = {"t": TREATY, "c": CLAIM, "m": TRADE, "n": NEGATIVE}
    source = write_lines(tmp_path / "in.jsonl", [doc(k, v) for k, v in texts.items()])
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["t", "c", "m", "n"]
    for r in records:
        assert {"id", "lang", "agreements", "claims", "measures", "notes"} <= set(r)
        assert r["lang"] == "en"
        for a in r["agreements"]:
            check_record(a, AGREEMENT_FIELDS, texts[r["id"]])
        for c in r["claims"]:
            check_record(c, CLAIM_FIELDS, texts[r["id"]])
        for m in r["measures"]:
            check_record(m, MEASURE_FIELDS, texts[r["id"]])
    by_id = {r["id"]: r for r in records}
    [agreement] = by_id["t"]["agreements"]
    assert set(agreement["parties"]) == {"RUS", "PRK"}
    assert (agreement["signed"], agreement["place"], agreement["defense"]) == (
        "2024-06-19",
        "Pyongyang",
        True,
    )
    [claim] = by_id["c"]["claims"]
    assert (claim["claimant"], claim["subject"], claim["beneficiary"]) == (
        ["USA", "KOR"],
        ["PRK"],
        ["RUS"],
    )
    assert set(claim["denied_by"]) == {"RUS", "PRK"}
    [measure] = by_id["m"]["measures"]
    assert (measure["value"], measure["unit"], measure["period"]) == (244.8e9, "USD", "2024")
    assert by_id["n"]["agreements"] == by_id["n"]["claims"] == by_id["n"]["measures"] == []


def test_extract_to_stdout_from_stdin():
    result = invoke("extract", "-", input=doc("s", TREATY) + "\n")
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert record["id"] == "s"
    assert [sorted(a["parties"]) for a in record["agreements"]] == [["PRK", "RUS"]]


def test_extract_reports_bad_lines_with_their_numbers_and_goes_on(tmp_path):
    source = write_lines(
        tmp_path / "in.jsonl",
        [
            doc("first", TREATY),  # line 1
            '{"id": "broken", "text": ',  # line 2: malformed
            json.dumps({"id": "notext", "published": "2024-06-20"}),  # line 3: no text
            doc("last", TRADE),  # line 4
        ],
    )
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(source), "-o", str(out))
    assert result.exit_code != 0
    assert [r["id"] for r in read_jsonl(out)] == ["first", "last"]
    err = result.stderr
    assert f"{source}:2" in err
    assert f"{source}:3" in err
    assert f"{source}:1" not in err
    assert f"{source}:4" not in err
    assert "malformed" in err.lower()
    assert "text" in err
    # Nothing but the extractions goes to the output file or stdout.
    assert result.stdout == ""


def test_extract_bad_line_on_stdin_still_writes_the_good_ones():
    stdin = "\n".join([doc("a", TRADE), "not json at all", doc("b", TREATY)]) + "\n"
    result = invoke("extract", "-", input=stdin)
    assert result.exit_code != 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    assert "-:2" in result.stderr


def test_extract_non_english_document_is_kept_with_a_note(tmp_path):
    spanish = (
        "Rusia y Corea del Norte firmaron el miércoles en Pyongyang un tratado de asociación "
        "estratégica que incluye una cláusula de defensa mutua."
    )
    source = write_lines(tmp_path / "in.jsonl", [doc("es", spanish)])
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    [record] = read_jsonl(out)
    assert record["lang"] == "es"
    assert record["agreements"] == record["claims"] == record["measures"] == []
    assert "es" in record["notes"]


def test_extract_missing_input_file_fails_with_one_line(tmp_path):
    result = invoke("extract", str(tmp_path / "absent.jsonl"))
    assert result.exit_code != 0
    assert "absent.jsonl" in result.stderr
    assert "Traceback" not in result.output


# --- eval without --pred --------------------------------------------------------------------


def gold_record(id_: str, text: str, published: str | None, **facts) -> dict:
    return {
        "id": id_,
        "url": None,
        "lang": "en",
        "published": published,
        "text": text,
        "agreements": facts.get("agreements", []),
        "claims": facts.get("claims", []),
        "measures": facts.get("measures", []),
        "notes": "",
    }


GOLD = [
    gold_record(
        "g1",
        TREATY,
        "2024-06-20",
        agreements=[
            {
                "parties": ["RUS", "PRK"],
                "signed": "2024-06-19",
                "place": "Pyongyang",
                "kind": "treaty",
                "name": None,
                "defense": True,
                "provisions": ["mutual_defense"],
            }
        ],
    ),
    gold_record(
        "g2",
        TRADE,
        "2025-01-13",
        measures=[
            {
                "actors": ["RUS", "CHN"],
                "metric": "bilateral_trade",
                "value": 244.8e9,
                "unit": "USD",
                "period": "2024",
            }
        ],
    ),
    gold_record("g3", NEGATIVE, "2024-06-20"),
]


def test_eval_without_pred_runs_the_extractor(tmp_path):
    gold = write_lines(tmp_path / "gold.jsonl", [json.dumps(g) for g in GOLD])
    result = invoke("eval", str(gold), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 3
    assert (report["agreements"]["tp"], report["agreements"]["fp"], report["agreements"]["fn"]) == (
        1,
        0,
        0,
    )
    assert report["agreements_strict"]["tp"] == 1
    assert report["measures"]["f1"] == 1.0
    assert report["claims"]["fp"] == 0
    assert report["defense_accuracy"]["value"] == 1.0


def test_eval_without_pred_lists_errors(tmp_path):
    wrong = json.loads(json.dumps(GOLD))
    wrong[0]["agreements"][0]["parties"] = ["RUS", "IRN"]  # the extractor will not find this
    gold = write_lines(tmp_path / "gold.jsonl", [json.dumps(g) for g in wrong])
    result = invoke("eval", str(gold), "--json", "--errors")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["agreements"]["fp"], report["agreements"]["fn"]) == (1, 1)
    [errors] = report["errors"]
    assert errors["id"] == "g1"
    assert [(m["type"], m["record"]["parties"]) for m in errors["missed"]] == [
        ("agreement", ["RUS", "IRN"])
    ]
    assert [(p["type"], sorted(p["record"]["parties"])) for p in errors["false_positives"]] == [
        ("agreement", ["PRK", "RUS"])
    ]


def test_eval_without_pred_prints_a_table(tmp_path):
    gold = write_lines(tmp_path / "gold.jsonl", [json.dumps(g) for g in GOLD])
    result = invoke("eval", str(gold))
    assert result.exit_code == 0, result.output
    assert "agreements" in result.stdout.lower()
    assert "claims" in result.stdout.lower()
