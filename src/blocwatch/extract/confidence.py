"""Confidence that means something: a fact's ``confidence`` is the precision measured, on
hand-annotated real news the rules were not tuned on, for the facts of its class.

Each fact falls into a calibration class, a short path from coarse to fine, of the marks that
were measured to part right facts from wrong ones on unseen news (by leaving one probe out):

- an agreement: how well attested it is (``several``: stated in three or more sentences, or
  with its signatories or place, or as an accession, or as one of a counted set, "signed 12
  accords"; else ``few``), then its party set (``two``, or ``more``: the long party lists
  read off sentence structure are the most often wrong);
- a claim: who makes it (a named ``claimant``, or only the ``outlet``), how many sentences
  state it, then its action;
- a figure: whether it has a period, then whether its sentence also gives a share or a rate
  (``percent``: trade reporting).

The measured counts of each class live in ``lang/en/confidence.tsv`` (made by
:func:`write_calibration`, through ``blocwatch calibrate``). A class seen rarely borrows from
its parent: the estimate is shrunk towards the parent's precision, so a class seen twice does
not claim 1.0.

``lang/en/min_confidence.tsv`` holds the default threshold of each fact type, chosen on the
held-out estimates (each calibration file scored by the classes of the others): the one that
keeps the type's target precision (agreements: 0.90) if that costs at most
:data:`MAX_F1_LOSS` of held-out F1; else the floor that raises held-out F1 the most, if by at
least :data:`MIN_F1_GAIN`; else none. ``extract`` drops facts below it unless told otherwise.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.lang.en.lex_attrs import like_num

from ..base.tables import read_table, table_path, words_of_kind, words_pattern
from ..model import Agreement, Claim, Extraction, Measure

FACT_TYPES = ("agreements", "claims", "measures")
CLASSES_TABLE = "confidence.tsv"
THRESHOLDS_TABLE = "min_confidence.tsv"
CUES_TABLE = "confidence_cues.tsv"
# How many observations the parent's precision weighs in a class's estimate.
SHRINKAGE = 3.0
# The precision each type's default threshold is to keep on held-out calibration data.
# Claims and figures have none: they get a floor only where one raises held-out F1.
TARGET_PRECISION: dict[str, float | None] = {
    "agreements": 0.90,
    "claims": None,
    "measures": None,
}
# How much held-out F1 reaching the target precision may cost; past it the target is not
# taken as the default (calibrate prints the floor that reaches it, for --min-confidence).
MAX_F1_LOSS = 0.02
# How much held-out F1 a floor chosen for F1 alone must gain over keeping every fact.
MIN_F1_GAIN = 0.02
# Floors tried when choosing a default: a grid, so that a floor measured on held-out
# estimates means the same on the estimates of the full table.
FLOOR_GRID = tuple(i / 100 for i in range(100))
# The confidence buckets of a reliability table (lower edges).
BUCKETS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def _sentences(fact: Mapping[str, Any]) -> list[str]:
    """The evidence sentences of a fact record (Evidence objects or their dicts)."""
    out = []
    for ev in fact.get("evidence") or ():
        sentence = ev.get("sentence") if isinstance(ev, Mapping) else getattr(ev, "sentence", "")
        out.append(sentence or "")
    return out


# A word, a number ("1,000", "3.5"), a hyphenated compound, or one other character.
_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|\S")
# How many words may stand between a count and its plural agreement noun ("12 new
# bilateral trade agreements"), not counting the "of" after a quantifier ("a number of") nor
# the "and", "or" or comma between coordinated modifiers ("trade and energy agreements").
MAX_COUNT_GAP = 3
_COORDINATORS = frozenset(("and", "or", ","))


@dataclass(frozen=True)
class _CountWords:
    """The words the counted-set mark reads: the extractor's batch quantifiers and nouns
    (agreement_words.tsv), and what may not stand between a count and its noun."""

    quantifiers: frozenset[str]
    nouns: frozenset[str]
    stops: frozenset[str]  # function words and signing verbs: the count is another clause's
    amounts: frozenset[str]  # scale and currency words: "3 billion", "$3": an amount


@cache
def _count_words() -> _CountWords:
    from .language import function_words
    from .quantities import currency_words, scale_words

    verbs = {r["cue"].lower() for r in read_table("agreement_verbs.tsv") if " " not in r["cue"]}
    scales = set(scale_words()) - {"dozen"}  # "a dozen agreements" counts them
    return _CountWords(
        quantifiers=words_of_kind("agreement_words.tsv", "batch_quantifier"),
        nouns=words_of_kind("agreement_words.tsv", "batch_noun"),
        stops=frozenset(function_words("en") | verbs),
        amounts=frozenset(scales | {w.lower() for w in currency_words()}),
    )


def _is_count(token: str, before: str, words: _CountWords) -> bool:
    """A number or number word that counts ("12", "ten"): not a year ("2015"), not an
    amount ("$3", "3 billion")."""
    if token.lower() in words.amounts or before.lower() in words.amounts:
        return False
    if token.isdigit() and len(token) == 4:
        return False
    return bool(like_num(token))


def _counts_a_set(sentence: str) -> bool:
    """Whether the sentence tells agreements as a counted set: a number or a batch
    quantifier, then a plural agreement noun, with only modifiers between them ("signed 12
    accords", "several new trade deals", "a number of intergovernmental documents", "30
    trade and financial agreements"); not a year ("the 2015 agreements"), an amount ("$3
    billion in deals") or a count of something else a clause away ("the two countries
    signed contracts"). The quantifiers and nouns are the extractor's batch words
    (extract/agreements.py ``_batch_counted``, which reads the parse; this reads the
    evidence text of a fact record, so modifiers are told by their words alone)."""
    words = _count_words()
    tokens = _TOKEN.findall(sentence)
    for end, noun in enumerate(tokens):
        if noun.lower() not in words.nouns:
            continue
        gap = coordinated = 0
        for i in range(end - 1, -1, -1):
            token, low = tokens[i], tokens[i].lower()
            before = tokens[i - 1] if i else ""
            if low in words.quantifiers or _is_count(token, before, words):
                return True
            if low == "of" and before.lower() in words.quantifiers:  # "a number of"
                return True
            if low in _COORDINATORS and gap > 0 and coordinated < 2:
                coordinated += 1  # "30 trade and financial agreements"
                continue
            if gap == MAX_COUNT_GAP or not _modifier(token, low, words):
                break
            gap += 1
    return False


def _modifier(token: str, low: str, words: _CountWords) -> bool:
    """A word that may stand between a count and its noun: an adjective or a noun used as
    one ("new", "bilateral", "trade", "Russian-Chinese"); not a function word, a signing
    verb, an amount's word, or a plural noun ("the two countries signed deals")."""
    if not token.replace("-", "").isalpha() or low in words.stops or low in words.amounts:
        return False
    return not (low.endswith("s") and not low.endswith(("ss", "us", "is")))


@cache
def _percent() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{words_pattern(CUES_TABLE, 'percent')})")


def _well_attested(fact: Mapping[str, Any], sentences: list[str]) -> bool:
    """An agreement stated in three or more sentences, or with who signed it or where, or an
    accession, or one of a counted set of agreements ("signed 12 accords")."""
    if len(sentences) >= 3 or fact.get("signatories") or fact.get("place"):
        return True
    if fact.get("kind") == "accession":
        return True
    return any(_counts_a_set(s) for s in sentences)


def class_path(fact_type: str, fact: Mapping[str, Any]) -> tuple[str, ...]:
    """The calibration class of a fact (a gold-schema record), coarse to fine."""
    sentences = _sentences(fact)
    if fact_type == "agreements":
        return (
            "several" if _well_attested(fact, sentences) else "few",
            "more" if len(fact.get("parties") or ()) > 2 else "two",
        )
    if fact_type == "claims":
        return (
            "claimant" if fact.get("claimant") else "outlet",
            "several" if len(sentences) > 1 else "one",
            str(fact.get("action") or "other"),
        )
    pattern = _percent()
    return (
        "period" if fact.get("period") else "no-period",
        "percent" if any(pattern.search(s) for s in sentences) else "plain",
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
    """Counts per class, and per type the (class path, correct) of every predicted fact and
    the number of gold facts, from which thresholds are chosen."""

    classes: dict[tuple[str, str], ClassCounts]
    scored: dict[str, list[tuple[str, bool]]]
    gold_total: dict[str, int]


def merge(parts: Sequence[Calibration]) -> Calibration:
    """One calibration of several (say, one per gold file)."""
    classes: dict[tuple[str, str], ClassCounts] = {}
    scored: dict[str, list[tuple[str, bool]]] = {t: [] for t in FACT_TYPES}
    gold_total = dict.fromkeys(FACT_TYPES, 0)
    for part in parts:
        for key, c in part.classes.items():
            total = classes.setdefault(key, ClassCounts())
            total.tp += c.tp
            total.n += c.n
        for t in FACT_TYPES:
            scored[t] += part.scored[t]
            gold_total[t] += part.gold_total[t]
    return Calibration(classes, scored, gold_total)


def _confidence(fact_type: str, path: str, classes: Mapping[tuple[str, str], ClassCounts]):
    return math.floor(estimate(fact_type, tuple(path.split("|")), classes) * 1000) / 1000


@dataclass
class Scored:
    """Per type, the (confidence, correct) of every predicted fact, and the gold count."""

    facts: dict[str, list[tuple[float, bool]]]
    gold_total: dict[str, int]


def scored_by(calibration: Calibration, classes: Mapping[tuple[str, str], ClassCounts]) -> Scored:
    """The facts of ``calibration`` with the confidence the class counts ``classes`` give."""
    facts = {
        t: [(_confidence(t, path, classes), ok) for path, ok in calibration.scored[t]]
        for t in FACT_TYPES
    }
    return Scored(facts, dict(calibration.gold_total))


def held_out(parts: Sequence[Calibration]) -> Scored:
    """Each part's facts scored by the classes of the other parts (leave one part out): the
    confidence as it would be on news the calibration never saw."""
    facts: dict[str, list[tuple[float, bool]]] = {t: [] for t in FACT_TYPES}
    gold_total = dict.fromkeys(FACT_TYPES, 0)
    for i, part in enumerate(parts):
        others = merge([p for j, p in enumerate(parts) if j != i])
        got = scored_by(part, others.classes)
        for t in FACT_TYPES:
            facts[t] += got.facts[t]
            gold_total[t] += got.gold_total[t]
    return Scored(facts, gold_total)


@dataclass(frozen=True)
class Operating:
    """What a floor keeps: precision, recall and F1 of the facts at or above it."""

    floor: float
    precision: float
    recall: float
    f1: float
    kept: int


def at_floor(facts: Iterable[tuple[float, bool]], gold: int, floor: float) -> Operating:
    """What keeping the facts whose confidence is at least ``floor`` gives: precision (1.0
    if none is kept), recall against the ``gold`` facts, F1 and how many are kept, from the
    (confidence, correct) pair of every predicted fact."""
    kept = [ok for c, ok in facts if c >= floor]
    tp = sum(kept)
    precision = tp / len(kept) if kept else 1.0
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return Operating(floor, precision, recall, f1, len(kept))


@dataclass(frozen=True)
class Bucket:
    """Facts whose confidence is in [low, high) and the share of them that were right."""

    low: float
    high: float
    n: int
    right: int

    @property
    def precision(self) -> float | None:
        return self.right / self.n if self.n else None


def reliability(facts: Iterable[tuple[float, bool]]) -> list[Bucket]:
    """The reliability table: per confidence bucket, how many facts and how many right."""
    edges = [*BUCKETS, 1.01]
    counts = [[0, 0] for _ in BUCKETS]
    for c, ok in facts:
        i = max(k for k, low in enumerate(BUCKETS) if c >= low)
        counts[i][0] += 1
        counts[i][1] += int(ok)
    return [Bucket(edges[i], min(edges[i + 1], 1.0), n, r) for i, (n, r) in enumerate(counts)]


@dataclass
class Choice:
    """The default floor chosen for one type, with what it and the alternatives keep on the
    data it was chosen on."""

    fact_type: str
    chosen: Operating
    everything: Operating
    target: float | None
    at_target: Operating | None  # the best floor reaching the target precision, if any
    why: str


def choose_threshold(
    facts: Sequence[tuple[float, bool]],
    gold: int,
    fact_type: str,
    max_f1_loss: float = MAX_F1_LOSS,
) -> Choice:
    """The default floor of a type, on (confidence, correct) pairs (held-out if there are):
    the target precision's floor if it costs at most ``max_f1_loss`` F1; else the floor that
    raises F1 the most, if by at least MIN_F1_GAIN; else none."""
    everything = at_floor(facts, gold, 0.0)
    points = [at_floor(facts, gold, f) for f in FLOOR_GRID]
    target = TARGET_PRECISION.get(fact_type)
    at_target = None
    if target is not None:
        reaching = [p for p in points if p.precision >= target and p.kept]
        if reaching:
            at_target = max(reaching, key=lambda p: (p.f1, -p.floor))
    if at_target is not None and everything.f1 - at_target.f1 <= max_f1_loss:
        return Choice(fact_type, at_target, everything, target, at_target, "target precision")
    best = max(points, key=lambda p: (round(p.f1, 9), -p.floor))
    if best.f1 - everything.f1 >= MIN_F1_GAIN:
        return Choice(fact_type, best, everything, target, at_target, "best F1")
    why = "target costs too much F1" if at_target is not None else "no floor gains F1"
    if target is not None and at_target is None:
        why = "target not reachable"
    return Choice(fact_type, everything, everything, target, at_target, why)


@dataclass
class CalibrationReport:
    """What ``calibrate`` measured: the default floor chosen per type, and reliability tables
    (confidence bucket -> measured precision) of the calibration files in-sample, held out
    (each file scored by the classes of the others) and on each check file (by its path)."""

    source: str
    chosen: dict[str, Choice]
    in_sample: Scored
    held_out: Scored | None
    checks: dict[str, Scored]


def gold_label(path: Path) -> str:
    """A gold file's name in a table's source column and in a report: its folder's name too
    when the file's own name says nothing (``probe7/gold.jsonl``)."""
    return f"{path.parent.name}/{path.name}" if path.stem == "gold" else path.name


def write_calibration(
    calibration: Calibration | Sequence[Calibration],
    source: str,
    directory: Path = table_path(CLASSES_TABLE).parent,
    max_f1_loss: float = MAX_F1_LOSS,
) -> dict[str, Choice]:
    """Write both tables from one calibration, or from one per gold file (then each type's
    floor is chosen on held-out estimates, each file scored by the others' classes); returns
    the choice of each type."""
    parts = [calibration] if isinstance(calibration, Calibration) else list(calibration)
    whole = merge(parts)
    _write(
        directory / CLASSES_TABLE,
        "# Facts extracted (n) and confirmed by gold (tp) per calibration class; made by "
        "`blocwatch calibrate`.\n",
        ["fact_type", "class", "tp", "n", "source"],
        [
            [fact_type, name, c.tp, c.n, source]
            for (fact_type, name), c in sorted(whole.classes.items())
        ],
    )
    _classes.cache_clear()
    on = held_out(parts) if len(parts) > 1 else scored_by(whole, whole.classes)
    chosen = {
        t: choose_threshold(on.facts[t], on.gold_total[t], t, max_f1_loss) for t in FACT_TYPES
    }
    _write(
        directory / THRESHOLDS_TABLE,
        "# Default minimum confidence per fact type, chosen on held-out estimates (each "
        "calibration file scored by the classes of the others): precision, recall and F1 "
        "kept there; made by `blocwatch calibrate`.\n",
        [
            "fact_type",
            "min_confidence",
            "target_precision",
            "precision",
            "recall",
            "f1",
            "why",
            "source",
        ],
        [
            [
                t,
                f"{c.chosen.floor:.3f}",
                c.target or "",
                f"{c.chosen.precision:.3f}",
                f"{c.chosen.recall:.3f}",
                f"{c.chosen.f1:.3f}",
                c.why,
                source,
            ]
            for t, c in chosen.items()
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
