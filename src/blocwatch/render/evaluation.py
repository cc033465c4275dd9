"""The evaluation report in the terminal: score tables and, on request, each document's errors.

Everything taken from records is put in ``rich.text.Text`` objects, never parsed as markup:
gold and predictions quote article text, and ``[`` in a quote must print as itself.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..eval import Accuracy, Counts, DocumentScore, EvalReport, Mismatch
from ..kinds import kind as registered_kind

NONE = "(none)"


def eval_report(console: Console, report: EvalReport, errors: bool) -> None:
    """Prints the record-type P/R/F1 table and the secondary accuracies; with ``errors``,
    each document's misses, false positives and mismatched pairs."""
    console.print(_headline(report))
    console.print(score_table(report))
    console.print(accuracy_table(report))
    if errors:
        error_listing(console, report)


def _headline(report: EvalReport) -> Text:
    text = Text(_plural(len(report.documents), "gold document") + " scored")
    if report.ignored_predictions:
        ignored = _plural(report.ignored_predictions, "predicted document")
        text.append(f"; {ignored} not in gold ignored")
    negatives = report.negatives()
    if negatives["n"]:
        text.append(
            f"; {_plural(negatives['n'], 'negative document')} (gold states nothing):"
            f" {negatives['with_facts']} with facts ({_plural(negatives['facts'], 'fact')})"
        )
    return text


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def score_table(report: EvalReport) -> Table:
    """P, R, F1 and tp/fp/fn per record type, then provisions within matched agreements."""
    totals = report.totals
    table = Table(title="Records", title_justify="left")
    table.add_column("record")
    for name in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(name, justify="right")
    table.add_row("agreements", *_counts_cells(totals.agreements))
    table.add_row("agreements (strict)", *_counts_cells(totals.agreements_strict))
    table.add_row("claims", *_counts_cells(totals.claims))
    table.add_row("measures", *_counts_cells(totals.measures), end_section=not totals.more)
    for i, (plural, counts) in enumerate(sorted(totals.more.items()), start=1):
        label = f"{plural} (optional: documents whose gold lists them)"
        table.add_row(label, *_counts_cells(counts), end_section=i == len(totals.more))
    provisions = _counts_cells(totals.provisions, known=totals.provision_pairs > 0)
    table.add_row("provisions (in matched agreements)", *provisions)
    return table


def _counts_cells(counts: Counts, known: bool = True) -> list[str]:
    if not known:
        return ["n/a", "n/a", "n/a", "0", "0", "0"]
    scores = (counts.precision, counts.recall, counts.f1)
    return [f"{value:.3f}" for value in scores] + [str(counts.tp), str(counts.fp), str(counts.fn)]


def accuracy_table(report: EvalReport) -> Table:
    """The accuracies among matched pairs, each with its numerator and n ("n/a" when n = 0)."""
    totals = report.totals
    table = Table(title="Among matched pairs", title_justify="left")
    table.add_column("score")
    table.add_column("accuracy", justify="right")
    table.add_column("correct", justify="right")
    table.add_column("n", justify="right")
    rows = (
        ("agreement date", totals.agreement_date_accuracy),
        ("defence clause (gold not null)", totals.defense_accuracy),
        ("claim stance (denied/acknowledged)", totals.claim_stance_accuracy),
        ("claimant", totals.claimant_accuracy),
    )
    for label, accuracy in rows:
        table.add_row(label, *_accuracy_cells(accuracy))
    return table


def _accuracy_cells(accuracy: Accuracy) -> list[str]:
    value = "n/a" if accuracy.value is None else f"{accuracy.value:.3f}"
    return [value, str(accuracy.correct), str(accuracy.n)]


# --- errors -------------------------------------------------------------------------------


def error_listing(console: Console, report: EvalReport) -> None:
    """Per document with errors, one row per miss, false positive and mismatched pair."""
    troubled = [doc for doc in report.documents if doc.has_errors]
    if not troubled:
        console.print(Text("No errors.", style="green"))
        return
    for doc in troubled:
        console.print(Text(doc.id, style="bold"))
        console.print(document_errors(doc))


def document_errors(doc: DocumentScore) -> Table:
    """The errors of one document as an indented two-column grid (label, record summary);
    record text goes in as ``Text``, so it is never read as markup."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1)
    grid.add_column(no_wrap=True, min_width=len("false positive"))
    grid.add_column(overflow="fold")
    for kind, record in doc.missed:
        grid.add_row("", Text("missed", "red"), Text(record_summary(kind, record)))
    for kind, record in doc.false_positives:
        grid.add_row("", Text("false positive", "yellow"), Text(record_summary(kind, record)))
    for mismatch in doc.mismatched:
        grid.add_row("", Text("mismatch", "magenta"), Text(mismatch_summary(mismatch)))
    return grid


def record_summary(kind: str, record: dict[str, Any]) -> str:
    """One line naming a record: ``agreement RUS+PRK 2024-06-19 treaty``,
    ``claim USA -> PRK -> RUS arms_transfer``, ``measure CHN+RUS bilateral_trade 244.8 bn USD
    2024``. Missing values print as ``?``; empty actor lists as ``(none)``."""
    if kind == "agreement":
        parts = [_actors(record.get("parties")), _plain(record.get("signed"), "undated")]
        parts.append(_plain(record.get("kind")))
    elif kind == "claim":
        chain = " -> ".join(
            _actors(record.get(key)) for key in ("claimant", "subject", "beneficiary")
        )
        parts = [chain, _plain(record.get("action"))]
    elif kind == "measure":
        parts = [_actors(record.get("actors")), _plain(record.get("metric"))]
        parts += [_amount(record.get("value")), _plain(record.get("unit"))]
        if record.get("period") is not None:
            parts.append(str(record["period"]))
    else:
        # Any other registered kind: its actors (its first gold field), then what it states.
        first, *rest = registered_kind(kind).gold_fields
        parts = [_actors(record.get(first))]
        parts += [str(record[key]) for key in rest if record.get(key) is not None]
    return " ".join([kind, *parts])


def mismatch_summary(mismatch: Mismatch) -> str:
    """The gold record's summary, then gold vs prediction for each field that differs."""
    details = [_difference(name, mismatch.gold, mismatch.pred) for name in mismatch.fields]
    return f"{record_summary(mismatch.type, mismatch.gold)}: " + "; ".join(details)


def _difference(name: str, gold: dict[str, Any], pred: dict[str, Any]) -> str:
    if name == "provisions":
        gold_set, pred_set = set(gold.get(name) or []), set(pred.get(name) or [])
        parts = []
        if gold_set - pred_set:
            parts.append("missing " + ", ".join(sorted(gold_set - pred_set)))
        if pred_set - gold_set:
            parts.append("extra " + ", ".join(sorted(pred_set - gold_set)))
        return "provisions " + ", ".join(parts)
    if name in ("signed", "defense"):
        return f"{name} gold {_json_word(gold.get(name))}, pred {_json_word(pred.get(name))}"
    return f"{name} gold {_actors(gold.get(name))}, pred {_actors(pred.get(name))}"


def _actors(value: Any) -> str:
    if value is None or value == []:
        return NONE
    if isinstance(value, str):
        return value
    return "+".join(str(code) for code in value)


def _plain(value: Any, missing: str = "?") -> str:
    return missing if value is None else str(value)


def _json_word(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _amount(value: Any) -> str:
    """A figure readable at a glance: 244800000000 -> ``244.8 bn``, 12000 -> ``12,000``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _plain(value)
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:,.4g} {suffix}"
    return f"{value:,.6g}"


def eval_kb_report(console: Console, report: Any) -> None:
    """The resolution scores of ``blocwatch eval-kb``: one row per gold file and one for
    all (B-cubed P/R/F1, gold agreements tied to a report, real-world agreements, records,
    records per real agreement, defence flags right), then what was split or merged."""
    table = Table(title=Text("resolution against real-world keys", style="bold"))
    for name in ("gold", "agr.", "tied", "P", "R", "F1", "real", "rec.", "rec./real", "def."):
        table.add_column(name, justify="left" if name == "gold" else "right")
    for s in [*report.parts, report.total]:
        share = s.defence_share
        table.add_row(
            Text(s.name.removesuffix(".jsonl")),
            str(s.gold_agreements),
            str(s.tied),
            f"{s.bcubed_precision:.3f}",
            f"{s.bcubed_recall:.3f}",
            f"{s.bcubed_f1:.3f}",
            str(s.real_agreements),
            str(s.records),
            f"{s.records_per_agreement:.2f}",
            "—" if share is None else f"{share:.2f}/{s.defence_checked}",
        )
    console.print(table)
    total = report.total
    for label, values in (
        ("split over records", total.split_agreements),
        ("defence flag wrong", total.defence_wrong),
    ):
        if values:
            console.print(Text(f"{label}: " + ", ".join(values)))
    for record, keys in total.merged_records.items():
        console.print(Text(f"merged in {record}: " + ", ".join(keys)))
