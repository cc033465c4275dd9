"""What ``blocwatch calibrate`` prints: the default floor chosen per fact type, and the
reliability tables that show whether a confidence means the precision it claims."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..extract.confidence import (
    FACT_TYPES,
    CalibrationReport,
    Operating,
    at_floor,
    gold_label,
    reliability,
)


def _kept(point: Operating) -> str:
    return (
        f"precision {point.precision:.3f}, recall {point.recall:.3f}, F1 {point.f1:.3f}"
        f" ({point.kept} facts)"
    )


def calibration_report(console: Console, report: CalibrationReport) -> None:
    """The floors chosen (with the target precision's floor where it was not taken), then
    one reliability table per fact type."""
    measured_on = "held out" if report.held_out is not None else "in sample"
    for fact_type, choice in report.chosen.items():
        console.print(
            Text(
                f"{fact_type}: min confidence {choice.chosen.floor:.3f} ({choice.why}) keeps "
                f"{_kept(choice.chosen)} {measured_on}"
            )
        )
        target = choice.at_target
        if choice.target is not None and (target is None or target != choice.chosen):
            if target is None:
                line = f"  precision {choice.target:.2f}: no floor reaches it {measured_on}"
            else:
                line = (
                    f"  precision {choice.target:.2f}: --min-confidence {target.floor:.2f} keeps "
                    f"{_kept(target)} {measured_on}"
                )
            console.print(Text(line))
    for name, scored in report.checks.items():
        for fact_type, choice in report.chosen.items():
            facts, gold = scored.facts[fact_type], scored.gold_total[fact_type]
            floors = {choice.chosen.floor: "default"}
            if choice.at_target is not None:
                floors.setdefault(choice.at_target.floor, f"precision {choice.target:.2f}")
            for floor, what in floors.items():
                point = at_floor(facts, gold, floor)
                label = gold_label(Path(name))
                console.print(Text(f"{label} {fact_type} at {floor:.2f} ({what}): {_kept(point)}"))
    columns = [("in sample", report.in_sample)]
    if report.held_out is not None:
        columns.append(("held out", report.held_out))
    columns += [(gold_label(Path(name)), s) for name, s in report.checks.items()]
    for fact_type in FACT_TYPES:
        table = Table(title=f"{fact_type}: confidence -> measured precision (facts)")
        table.add_column("confidence")
        for name, _ in columns:
            table.add_column(name, justify="right")
        tables = [reliability(scored.facts[fact_type]) for _, scored in columns]
        for row in zip(*tables, strict=True):
            low, high = row[0].low, row[0].high
            cells = [f"{b.precision:.2f} ({b.n})" if b.n else "-" for b in row]
            table.add_row(f"{low:.1f}-{high:.1f}", *cells)
        console.print(table)
