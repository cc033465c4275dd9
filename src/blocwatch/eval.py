"""Scoring predictions against gold annotations, by the rules of ``shared/eval-spec.md``.

Gold and predictions are JSON Lines records in the gold-schema format, joined on ``id``.
Within one document each record type is matched one-to-one and greedily in gold order: every
gold record, in turn, takes the first still unmatched prediction that matches it.

Readings of the spec where it leaves room (kept here so the code and the report agree):

- Precision is 1.0 when nothing was predicted *and* nothing was expected, 0.0 when nothing
  was predicted but something was expected; recall likewise the other way round; F1 is 1.0
  when both are 1.0 with empty denominators and 0.0 when P + R = 0.
- Two empty ``subject`` sets count as overlapping (so that gold scored against itself is
  perfect); otherwise "overlap" means a non-empty intersection.
- "Within 1 %" is inclusive and relative to the gold value; a gold value of 0 needs 0.
- Dates, periods and ids are compared as text; codes case-insensitively (upper case);
  metrics and provisions case-insensitively (lower case). ``unit`` is not compared.
- Aggregates are micro: counts are summed over documents before dividing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import BlocwatchError
from .kinds import KINDS

if TYPE_CHECKING:
    from .extract.confidence import Calibration

# The gold-schema fields of each record type: what an error listing shows of a record.
SCHEMA_FIELDS = {k.plural: k.gold_fields for k in KINDS}

VALUE_TOLERANCE = 0.01  # measures: |pred - gold| <= 1 % of |gold|
_FLOAT_SLACK = 1e-9  # keeps exactly 1 % inside despite binary rounding

Record = dict[str, Any]
Matcher = Callable[[Record, Record], bool]


# --- counts -------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P, R and F1 over them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted and nothing expected, else 0.0."""
        return _ratio(self.tp, self.tp + self.fp, empty=1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected and nothing predicted, else 0.0."""
        return _ratio(self.tp, self.tp + self.fn, empty=1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "p": self.precision,
            "r": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    """How many of ``n`` matched pairs were right; ``value`` is None when ``n`` is 0."""

    correct: int = 0
    n: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.n + other.n)

    def count(self, right: bool) -> None:
        """Add one pair to the denominator, and to the numerator when it was right."""
        self.n += 1
        self.correct += int(right)

    @property
    def value(self) -> float | None:
        return self.correct / self.n if self.n else None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "correct": self.correct, "n": self.n}


def _ratio(numerator: int, denominator: int, empty: float) -> float:
    return numerator / denominator if denominator else empty


@dataclass
class Tally:
    """Every count the spec reports, for one document or summed over many."""

    agreements: Counts = field(default_factory=Counts)
    agreements_strict: Counts = field(default_factory=Counts)
    claims: Counts = field(default_factory=Counts)
    measures: Counts = field(default_factory=Counts)
    agreement_date_accuracy: Accuracy = field(default_factory=Accuracy)
    defense_accuracy: Accuracy = field(default_factory=Accuracy)
    provisions: Counts = field(default_factory=Counts)
    provision_pairs: int = 0  # matched agreement pairs the provision counts come from
    claim_stance_accuracy: Accuracy = field(default_factory=Accuracy)
    claimant_accuracy: Accuracy = field(default_factory=Accuracy)
    # The optional record types (registered kinds eval has no scorer of its own for), by
    # plural: counted only on the documents whose gold lists them.
    more: dict[str, Counts] = field(default_factory=dict)

    def __add__(self, other: Tally) -> Tally:
        sums = {
            f.name: getattr(self, f.name) + getattr(other, f.name)
            for f in fields(self)
            if f.name != "more"
        }
        more = {
            plural: self.more.get(plural, Counts()) + other.more.get(plural, Counts())
            for plural in {**self.more, **other.more}
        }
        return Tally(**sums, more=more)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: P/R/F1 blocks for the record types, {value, correct, n} accuracies."""
        return {
            "agreements": self.agreements.to_dict(),
            "agreements_strict": self.agreements_strict.to_dict(),
            "claims": self.claims.to_dict(),
            "measures": self.measures.to_dict(),
            "agreement_date_accuracy": self.agreement_date_accuracy.to_dict(),
            "defense_accuracy": self.defense_accuracy.to_dict(),
            "provisions": {**self.provisions.to_dict(), "n": self.provision_pairs},
            "claim_stance_accuracy": self.claim_stance_accuracy.to_dict(),
            "claimant_accuracy": self.claimant_accuracy.to_dict(),
            **{plural: counts.to_dict() for plural, counts in sorted(self.more.items())},
        }


# --- per-document result and the report ---------------------------------------------------


@dataclass
class Mismatch:
    """A matched gold/prediction pair that differs in the named secondary fields."""

    type: str
    gold: Record
    pred: Record
    fields: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "fields": self.fields,
            "gold": _schema_view(self.type, self.gold),
            "pred": _schema_view(self.type, self.pred),
        }


@dataclass
class DocumentScore:
    """The tally of one document and what went wrong in it."""

    id: str
    tally: Tally = field(default_factory=Tally)
    missed: list[tuple[str, Record]] = field(default_factory=list)
    false_positives: list[tuple[str, Record]] = field(default_factory=list)
    mismatched: list[Mismatch] = field(default_factory=list)
    negative: bool = False  # gold states no agreement, claim or figure
    predicted: int = 0  # the core records (agreements, claims, measures) predicted

    @property
    def has_errors(self) -> bool:
        return bool(self.missed or self.false_positives or self.mismatched)

    def to_dict(self) -> dict[str, Any]:
        """The error listing of this document; records show their gold-schema fields only."""
        return {
            "id": self.id,
            "missed": [_typed(kind, record) for kind, record in self.missed],
            "false_positives": [_typed(kind, record) for kind, record in self.false_positives],
            "mismatched": [m.to_dict() for m in self.mismatched],
        }


@dataclass
class EvalReport:
    """The scores of a prediction set against gold: micro totals and per-document detail."""

    documents: list[DocumentScore]
    ignored_predictions: int = 0  # prediction documents whose id is not in gold

    @property
    def totals(self) -> Tally:
        """Counts summed over all documents (micro aggregation)."""
        return sum((doc.tally for doc in self.documents), Tally())

    def negatives(self) -> dict[str, int]:
        """The documents whose gold states nothing (the target: no fact on any of them): how
        many, how many got a predicted agreement, claim or figure, and how many such facts."""
        negative = [doc for doc in self.documents if doc.negative]
        return {
            "n": len(negative),
            "with_facts": sum(1 for doc in negative if doc.predicted),
            "facts": sum(doc.predicted for doc in negative),
        }

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        """A JSON-serialisable summary; with ``errors``, the documents with misses, false
        positives or mismatched pairs, in gold order."""
        result: dict[str, Any] = {
            "documents": len(self.documents),
            "ignored_predictions": self.ignored_predictions,
            **self.totals.to_dict(),
            "negative_documents": self.negatives(),
        }
        if errors:
            result["errors"] = [doc.to_dict() for doc in self.documents if doc.has_errors]
        return result


def _typed(kind: str, record: Record) -> dict[str, Any]:
    return {"type": kind, "record": _schema_view(kind, record)}


def _schema_view(kind: str, record: Record) -> Record:
    """The gold-schema fields of a record, in schema order, without evidence and the like."""
    fields_ = next(k.gold_fields for k in KINDS if k.name == kind)
    return {key: record[key] for key in fields_ if key in record}


# --- normalisation ------------------------------------------------------------------------


def _codes(record: Record, key: str) -> frozenset[str]:
    """The actor codes in ``record[key]`` as an upper-case set (a lone string is one code)."""
    return frozenset(str(code).strip().upper() for code in _as_list(record.get(key)))


def _words(record: Record, key: str) -> frozenset[str]:
    """Vocabulary terms (provisions) in ``record[key]`` as a lower-case set."""
    return frozenset(str(word).strip().lower() for word in _as_list(record.get(key)))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str | int | float):
        return [value]
    return list(value)


def _text(value: Any) -> str | None:
    return None if value is None else str(value).strip()


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


# --- the matching rules -------------------------------------------------------------------


def date_agrees(gold: Any, pred: Any) -> bool:
    """True when ``pred`` states ``gold``'s date to at least gold's precision: gold ``2024-06``
    accepts ``2024-06`` and ``2024-06-19``; gold ``2024-06-19`` rejects ``2024-06``; a null
    gold date needs a null prediction, and a stated gold date a stated prediction."""
    gold_text, pred_text = _text(gold), _text(pred)
    if gold_text is None or pred_text is None:
        return gold_text is None and pred_text is None
    return pred_text == gold_text or pred_text.startswith(gold_text + "-")


def agreement_matches(gold: Record, pred: Record) -> bool:
    """The parties of both agreements are the same set of codes."""
    return _codes(gold, "parties") == _codes(pred, "parties")


def agreement_matches_strict(gold: Record, pred: Record) -> bool:
    """Same parties, and the signing date agrees to the precision of the gold date."""
    return agreement_matches(gold, pred) and date_agrees(gold.get("signed"), pred.get("signed"))


def claim_matches(gold: Record, pred: Record) -> bool:
    """The subject sets overlap (two empty sets count) and the beneficiary sets are equal."""
    gold_subject, pred_subject = _codes(gold, "subject"), _codes(pred, "subject")
    overlap = bool(gold_subject & pred_subject) or not (gold_subject or pred_subject)
    return overlap and _codes(gold, "beneficiary") == _codes(pred, "beneficiary")


def value_agrees(gold: Any, pred: Any) -> bool:
    """True when ``pred`` is within 1 % of ``gold`` (inclusive, relative to gold)."""
    gold_number, pred_number = _number(gold), _number(pred)
    if gold_number is None or pred_number is None:
        return gold_number is None and pred_number is None and gold == pred
    allowed = VALUE_TOLERANCE * abs(gold_number) * (1 + _FLOAT_SLACK)
    return abs(pred_number - gold_number) <= allowed


def measure_matches(gold: Record, pred: Record) -> bool:
    """Same actors, same metric, value within 1 %, same period where gold states one."""
    gold_period = _text(gold.get("period"))
    return (
        _codes(gold, "actors") == _codes(pred, "actors")
        and (_text(gold.get("metric")) or "").lower() == (_text(pred.get("metric")) or "").lower()
        and value_agrees(gold.get("value"), pred.get("value"))
        and (gold_period is None or gold_period == _text(pred.get("period")))
    )


def greedy_match(
    gold: Sequence[Record], pred: Sequence[Record], matches: Matcher
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index): each gold record, in order, takes the
    first prediction not yet taken that ``matches`` it."""
    taken: set[int] = set()
    pairs = []
    for g, gold_record in enumerate(gold):
        for p, pred_record in enumerate(pred):
            if p not in taken and matches(gold_record, pred_record):
                taken.add(p)
                pairs.append((g, p))
                break
    return pairs


def _counts(pairs: list[tuple[int, int]], n_gold: int, n_pred: int) -> Counts:
    return Counts(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs))


# --- scoring one document -----------------------------------------------------------------


def _records(doc: Record | None, key: str, label: str) -> list[Record]:
    """The list ``doc[key]``; a missing document or key, or null, reads as an empty list."""
    if doc is None:
        return []
    value = doc.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise BlocwatchError(f"{label} {doc.get('id')!r}: {key!r} must be a list of objects")
    return value


def _unmatched(
    kind: str, records: Sequence[Record], matched: Iterable[int]
) -> list[tuple[str, Record]]:
    used = set(matched)
    return [(kind, record) for i, record in enumerate(records) if i not in used]


def _score_agreements(gold: list[Record], pred: list[Record], result: DocumentScore) -> None:
    tally = result.tally
    pairs = greedy_match(gold, pred, agreement_matches)
    tally.agreements = _counts(pairs, len(gold), len(pred))
    strict = greedy_match(gold, pred, agreement_matches_strict)
    tally.agreements_strict = _counts(strict, len(gold), len(pred))
    for g, p in pairs:
        wrong = _agreement_differences(gold[g], pred[p], tally)
        if wrong:
            result.mismatched.append(Mismatch("agreement", gold[g], pred[p], wrong))
    result.missed += _unmatched("agreement", gold, (g for g, _ in pairs))
    result.false_positives += _unmatched("agreement", pred, (p for _, p in pairs))


def _agreement_differences(gold: Record, pred: Record, tally: Tally) -> list[str]:
    """Counts the secondary agreement scores of one matched pair; names the fields that
    differ."""
    wrong = []
    date_right = date_agrees(gold.get("signed"), pred.get("signed"))
    tally.agreement_date_accuracy.count(date_right)
    if not date_right:
        wrong.append("signed")
    if gold.get("defense") is not None:
        defense_right = pred.get("defense") is gold.get("defense")
        tally.defense_accuracy.count(defense_right)
        if not defense_right:
            wrong.append("defense")
    gold_provisions, pred_provisions = _words(gold, "provisions"), _words(pred, "provisions")
    tally.provisions += Counts(
        tp=len(gold_provisions & pred_provisions),
        fp=len(pred_provisions - gold_provisions),
        fn=len(gold_provisions - pred_provisions),
    )
    tally.provision_pairs += 1
    if gold_provisions != pred_provisions:
        wrong.append("provisions")
    return wrong


def _score_claims(gold: list[Record], pred: list[Record], result: DocumentScore) -> None:
    tally = result.tally
    pairs = greedy_match(gold, pred, claim_matches)
    tally.claims = _counts(pairs, len(gold), len(pred))
    for g, p in pairs:
        wrong = _claim_differences(gold[g], pred[p], tally)
        if wrong:
            result.mismatched.append(Mismatch("claim", gold[g], pred[p], wrong))
    result.missed += _unmatched("claim", gold, (g for g, _ in pairs))
    result.false_positives += _unmatched("claim", pred, (p for _, p in pairs))


def _claim_differences(gold: Record, pred: Record, tally: Tally) -> list[str]:
    """Counts the stance and claimant scores of one matched pair; names what differs."""
    wrong = [
        key
        for key in ("denied_by", "acknowledged_by", "claimant")
        if _codes(gold, key) != _codes(pred, key)
    ]
    tally.claim_stance_accuracy.count("denied_by" not in wrong and "acknowledged_by" not in wrong)
    tally.claimant_accuracy.count("claimant" not in wrong)
    return wrong


def _score_measures(gold: list[Record], pred: list[Record], result: DocumentScore) -> None:
    pairs = greedy_match(gold, pred, measure_matches)
    result.tally.measures = _counts(pairs, len(gold), len(pred))
    result.missed += _unmatched("measure", gold, (g for g, _ in pairs))
    result.false_positives += _unmatched("measure", pred, (p for _, p in pairs))


def score_document(gold: Record, pred: Record | None) -> DocumentScore:
    """Scores one gold document against its prediction (None: nothing was predicted)."""
    result = DocumentScore(id=str(gold["id"]), negative=True)
    for key, scorer in _SCORERS.items():
        gold_records = _records(gold, key, "gold document")
        pred_records = _records(pred, key, "predicted document")
        scorer(gold_records, pred_records, result)
        result.negative = result.negative and not gold_records
        result.predicted += len(pred_records)
    for k in KINDS:
        if k.plural not in _SCORERS and k.gold_match and k.plural in gold:
            _score_optional(k, gold, pred, result)
    return result


_SCORERS = {"agreements": _score_agreements, "claims": _score_claims, "measures": _score_measures}


def _score_optional(k, gold: Record, pred: Record | None, result: DocumentScore) -> None:
    """P/R/F1 of an optional record type (a registered kind with a ``gold_match`` hook) in
    one document whose gold lists it (an empty list included)."""
    gold_records = _records(gold, k.plural, "gold document")
    pred_records = _records(pred, k.plural, "predicted document")
    pairs = greedy_match(gold_records, pred_records, k.hook("gold_match"))
    result.tally.more[k.plural] = _counts(pairs, len(gold_records), len(pred_records))
    result.missed += _unmatched(k.name, gold_records, (g for g, _ in pairs))
    result.false_positives += _unmatched(k.name, pred_records, (p for _, p in pairs))


# --- scoring a set ------------------------------------------------------------------------


def _index(records: Iterable[Record], label: str) -> dict[str, Record]:
    """Records by their id (as text); a record without an id or a repeated id is an error."""
    index: dict[str, Record] = {}
    for position, record in enumerate(records, start=1):
        if not isinstance(record, dict) or record.get("id") is None:
            raise BlocwatchError(f"{label}: record {position} has no 'id'")
        key = str(record["id"])
        if key in index:
            raise BlocwatchError(f"{label}: duplicate id {key!r}")
        index[key] = record
    return index


def score(
    gold: list[dict],
    pred: list[dict],
    *,
    gold_label: str = "gold",
    pred_label: str = "predictions",
) -> EvalReport:
    """Scores ``pred`` against ``gold`` joined on ``id``: a gold document without a prediction
    predicts nothing; predictions for ids not in gold are ignored and counted. Raises
    BlocwatchError (naming ``gold_label`` or ``pred_label``) for a record without an id or a
    repeated id, and for a record list that is not a list of objects."""
    gold_index = _index(gold, gold_label)
    pred_index = _index(pred, pred_label)
    documents = [score_document(doc, pred_index.get(key)) for key, doc in gold_index.items()]
    ignored = sum(1 for key in pred_index if key not in gold_index)
    return EvalReport(documents=documents, ignored_predictions=ignored)


# --- files --------------------------------------------------------------------------------


def load_records(path: Path) -> list[dict]:
    """The JSON objects of a JSON Lines file, in order (blank lines skipped). Raises
    BlocwatchError naming ``path:LINE`` and the reason for a line that is not a JSON object,
    and naming the path for a file that cannot be read."""
    try:
        with Path(path).open(encoding="utf-8-sig") as stream:
            return [
                _parse_line(path, number, line)
                for number, line in enumerate(stream, start=1)
                if line.strip()
            ]
    except FileNotFoundError:
        raise BlocwatchError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise BlocwatchError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise BlocwatchError(f"{path}: {exc.strerror or exc}") from None


def _parse_line(path: Path, number: int, line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BlocwatchError(f"{path}:{number}: malformed JSON: {exc.msg}") from None
    if not isinstance(record, dict):
        kind = type(record).__name__
        raise BlocwatchError(f"{path}:{number}: expected a JSON object, got {kind}")
    if record.get("id") is None:
        raise BlocwatchError(f"{path}:{number}: record has no 'id'")
    return record


def _extract_all(gold: list[dict], min_confidence: float | None = None) -> list[dict]:
    """Runs the extractor on the gold documents' texts: the predictions of the system."""
    from .extract import extract_document  # the extractor (and spaCy) only when needed

    predictions = []
    for record in gold:
        if not isinstance(record.get("text"), str):
            raise BlocwatchError(f"gold document {record.get('id')!r} has no text to extract")
        doc = {key: record.get(key) for key in ("id", "text", "published", "url")}
        predictions.append(extract_document(doc, min_confidence).to_dict())
    return predictions


def evaluate_files(
    gold_path: Path, pred_path: Path | None, min_confidence: float | None = None
) -> EvalReport:
    """Scores a prediction file against a gold file; with no prediction file, scores what the
    extractor reads in the gold documents' texts (keeping facts of at least ``min_confidence``;
    None: the extractor's defaults)."""
    gold = load_records(gold_path)
    if pred_path is None:
        pred = _extract_all(gold, min_confidence)
        return score(gold, pred, gold_label=str(gold_path), pred_label="extractor")
    pred = load_records(pred_path)
    return score(gold, pred, gold_label=str(gold_path), pred_label=str(pred_path))


# --- Calibration: the evaluation's matching, per class of fact ------------------------------


def calibrate(gold: Iterable[Mapping[str, Any]]) -> Calibration:
    """Extract every gold document with no threshold, match the facts to gold by the
    evaluation's rules, and count per class how many were right."""
    # The extractor (and spaCy) only when needed, as in evaluate.
    from .extract import extract
    from .extract.confidence import FACT_TYPES, Calibration, ClassCounts, class_path

    matchers = {k.plural: k.hook("gold_match") for k in KINDS if k.plural in FACT_TYPES}
    classes: dict[tuple[str, str], ClassCounts] = {}
    scored: dict[str, list[tuple[str, bool]]] = {t: [] for t in FACT_TYPES}
    gold_total = dict.fromkeys(FACT_TYPES, 0)
    for doc in gold:
        predicted = extract(
            str(doc["id"]), doc["text"], doc.get("published"), min_confidence=0.0
        ).to_dict()
        for fact_type in FACT_TYPES:
            gold_facts, pred_facts = doc.get(fact_type) or [], predicted[fact_type]
            gold_total[fact_type] += len(gold_facts)
            right = {p for _, p in greedy_match(gold_facts, pred_facts, matchers[fact_type])}
            for i, fact in enumerate(pred_facts):
                path = class_path(fact_type, fact)
                for depth in range(len(path) + 1):
                    counts = classes.setdefault((fact_type, "|".join(path[:depth])), ClassCounts())
                    counts.n += 1
                    counts.tp += int(i in right)
                scored[fact_type].append(("|".join(path), i in right))
    return Calibration(classes, scored, gold_total)
