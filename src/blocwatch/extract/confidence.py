"""Confidence that means something: a fact's ``confidence`` is the precision measured, on
hand-annotated real news, for the facts of its type and shape.

Each fact falls into a calibration class, a short path from coarse to fine (an agreement:
its kind, whether it is dated, whether more than one sentence states it). The measured
counts of each class live in ``lang/en/confidence.tsv`` (made by :func:`calibrate`, through
``blocwatch calibrate``). A class seen rarely borrows from its parent: the estimate is
shrunk towards the parent's precision, so a class seen twice does not claim 1.0.

``lang/en/min_confidence.tsv`` holds the default threshold of each fact type: the one that
keeps the type's measured precision at or above its target (agreements: 0.90) with the best
F1. ``extract`` drops facts below it unless told otherwise.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..base.tables import read_table, table_path
from ..model import Agreement, Claim, Extraction, Measure

FACT_TYPES = ("agreements", "claims", "measures")
CLASSES_TABLE = "confidence.tsv"
THRESHOLDS_TABLE = "min_confidence.tsv"
# How many observations the parent's precision weighs in a class's estimate.
SHRINKAGE = 3.0
# The precision each type's default threshold must keep, on the calibration set. Only
# agreements get a default floor: the dev sets hold too few claims and figures per class for
# a floor chosen on them to carry over to unseen news (measured: it cut study recall and left
# check unchanged), so those keep every fact and let the user choose with --min-confidence.
TARGET_PRECISION: dict[str, float | None] = {
    "agreements": 0.90,
    "claims": None,
    "measures": None,
}


def class_path(fact_type: str, fact: Mapping[str, Any]) -> tuple[str, ...]:
    """The calibration class of a fact (a gold-schema record), coarse to fine."""
    if fact_type == "agreements":
        return (
            str(fact.get("kind") or "agreement"),
            "dated" if fact.get("signed") else "undated",
            "several" if len(fact.get("evidence") or ()) > 1 else "one",
        )
    if fact_type == "claims":
        stance = bool(fact.get("denied_by") or fact.get("acknowledged_by"))
        return (
            str(fact.get("action") or "other"),
            "claimant" if fact.get("claimant") else "outlet",
            "stance" if stance else "no-stance",
        )
    return (
        str(fact.get("metric") or "other"),
        "period" if fact.get("period") else "no-period",
    )


@dataclass
class ClassCounts:
    """Facts of one class the calibration extracted (n) and how many gold confirmed (tp)."""

    tp: int = 0
    n: int = 0


@cache
def _classes() -> dict[tuple[str, str], ClassCounts]:
    if not table_path(CLASSES_TABLE).exists():
        return {}
    return {
        (r["fact_type"], r["class"]): ClassCounts(int(r["tp"]), int(r["n"]))
        for r in read_table(CLASSES_TABLE)
    }


@cache
def default_thresholds() -> dict[str, float]:
    """The default minimum confidence of each fact type (0 where none was calibrated)."""
    found = {}
    if table_path(THRESHOLDS_TABLE).exists():
        found = {r["fact_type"]: float(r["min_confidence"]) for r in read_table(THRESHOLDS_TABLE)}
    return {t: found.get(t, 0.0) for t in FACT_TYPES}


def estimate(
    fact_type: str,
    path: tuple[str, ...],
    classes: Mapping[tuple[str, str], ClassCounts] | None = None,
) -> float:
    """The precision measured for facts of this class, shrunk towards its parent's at every
    level (a type never calibrated: 0.5). ``classes`` defaults to the package's table."""
    classes = _classes() if classes is None else classes
    top = classes.get((fact_type, ""), ClassCounts())
    p = (top.tp + 1) / (top.n + 2)
    for depth in range(1, len(path) + 1):
        counts = classes.get((fact_type, "|".join(path[:depth])), ClassCounts())
        p = (counts.tp + SHRINKAGE * p) / (counts.n + SHRINKAGE)
    return p


_FACTS: dict[str, type] = {"agreements": Agreement, "claims": Claim, "measures": Measure}


def assign_confidence(result: Extraction) -> None:
    """Set every fact's ``confidence`` to the measured precision of its class."""
    for fact_type in FACT_TYPES:
        for fact in getattr(result, fact_type):
            # The fact's own fields read as its record (``class_path`` reads a few top-level
            # fields only): the same path as ``asdict`` gives, without copying the fact.
            p = estimate(fact_type, class_path(fact_type, vars(fact)))
            # Rounded down: a shrunk estimate is never certain, and must not print as 1.0.
            fact.confidence = math.floor(p * 1000) / 1000


def keep_confident(result: Extraction, min_confidence: float | Mapping[str, float]) -> None:
    """Drop the facts whose confidence is below the threshold (one for all types, or one per
    type)."""
    for fact_type in FACT_TYPES:
        if isinstance(min_confidence, Mapping):
            floor = min_confidence.get(fact_type, 0.0)
        else:
            floor = min_confidence
        facts = getattr(result, fact_type)
        setattr(result, fact_type, [f for f in facts if f.confidence >= floor])


# --- calibration ---------------------------------------------------------------------------


@dataclass
class Calibration:
    """Counts per class, and per type the (confidence, correct) of every predicted fact and
    the number of gold facts, from which thresholds are chosen."""

    classes: dict[tuple[str, str], ClassCounts]
    scored: dict[str, list[tuple[str, bool]]]
    gold_total: dict[str, int]


def choose_threshold(
    calibration: Calibration, fact_type: str, estimates: Mapping[str, float]
) -> tuple[float, float, float]:
    """The threshold with the best F1 among those keeping precision at the type's target,
    as (threshold, precision, recall) measured on the calibration set."""
    facts = [(estimates[path], ok) for path, ok in calibration.scored[fact_type]]
    gold = calibration.gold_total[fact_type]
    target = TARGET_PRECISION[fact_type]
    best = (0.0, 0.0, 0.0, -1.0)
    for floor in sorted({0.0, *(c for c, _ in facts)}) if target is not None else [0.0]:
        kept = [ok for c, ok in facts if c >= floor]
        tp = sum(kept)
        precision = tp / len(kept) if kept else 1.0
        recall = tp / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if precision >= (target or 0.0) and f1 > best[3]:
            best = (floor, precision, recall, f1)
    return best[0], best[1], best[2]


def write_calibration(
    calibration: Calibration, source: str, directory: Path = table_path(CLASSES_TABLE).parent
):
    """Write both tables; returns {type: (threshold, precision, recall)}."""
    _write(
        directory / CLASSES_TABLE,
        "# Facts extracted (n) and confirmed by gold (tp) per calibration class; made by "
        "`blocwatch calibrate`.\n",
        ["fact_type", "class", "tp", "n", "source"],
        [
            [fact_type, name, c.tp, c.n, source]
            for (fact_type, name), c in sorted(calibration.classes.items())
        ],
    )
    _classes.cache_clear()
    chosen = {}
    for fact_type in FACT_TYPES:
        paths = {path for path, _ in calibration.scored[fact_type]}
        estimates = {
            p: math.floor(estimate(fact_type, tuple(p.split("|")), calibration.classes) * 1000)
            / 1000
            for p in paths
        }
        chosen[fact_type] = choose_threshold(calibration, fact_type, estimates)
    _write(
        directory / THRESHOLDS_TABLE,
        "# Default minimum confidence per fact type: best F1 at the target precision on the "
        "calibration set; made by `blocwatch calibrate`.\n",
        ["fact_type", "min_confidence", "target_precision", "precision", "recall", "source"],
        [
            [t, f"{th:.3f}", TARGET_PRECISION[t] or "", f"{p:.3f}", f"{r:.3f}", source]
            for t, (th, p, r) in chosen.items()
        ],
    )
    default_thresholds.cache_clear()
    return chosen


def _write(path: Path, comment: str, header: list[str], rows: list[list[Any]]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(comment)
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    tmp.replace(path)
