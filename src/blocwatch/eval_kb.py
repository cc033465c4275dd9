"""Scoring resolution: do the knowledge base's agreement records match the real world?

A *key file* names, for every gold agreement (gold file, document id, position in the
document's ``agreements`` list), the real-world agreement it belongs to: a free-form key such
as ``PRK-RUS-2024-treaty``. :func:`evaluate_kb` ingests the gold documents (their text and
metadata only) into a fresh store, with extraction and resolution as ``blocwatch ingest`` runs
them, then:

1. ties each gold agreement to the report the extractor made of it: within a document, one to
   one, greedily in gold order, a report matching when its party set equals the gold one (the
   rule of ``eval-spec.md``); gold agreements the extractor missed are counted, not scored;
2. scores the records those reports went into against the keys (B-cubed over the tied gold
   agreements: precision, how much of an item's record is its own agreement; recall, how
   much of its agreement is in its record);
3. counts records per real-world agreement (1.0 is one record each);
4. checks each record's defence flag against the gold: the value the gold annotations of its
   agreement state most often (those that state one); records whose agreement no gold
   annotation gives a defence value are left out of that share.

Scores are given per gold file (each over its own agreements, in the store built from all the
files together) and over all of them.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import Connection

from .errors import BlocwatchError
from .store.facts import record_of_reports, record_values, reports_by_document

# The keys of the bundled sample corpus (``blocwatch eval-kb`` uses them for its gold file).
SAMPLE_KEYS = Path(__file__).parent / "sample" / "kb_keys.tsv"

Item = tuple[str, str, int]  # (gold file name, document id, index in its agreements list)


@dataclass
class KbScore:
    """Resolution scores over one set of gold agreements."""

    name: str
    gold_agreements: int = 0
    tied: int = 0  # gold agreements the extractor reported (the items scored)
    bcubed_precision: float = 1.0
    bcubed_recall: float = 1.0
    real_agreements: int = 0
    records: int = 0
    records_per_agreement: float = 0.0
    split_agreements: list[str] = field(default_factory=list)
    merged_records: dict[str, list[str]] = field(default_factory=dict)
    defence_checked: int = 0
    defence_right: int = 0
    defence_wrong: list[str] = field(default_factory=list)

    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_precision, self.bcubed_recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def defence_share(self) -> float | None:
        return self.defence_right / self.defence_checked if self.defence_checked else None

    def to_dict(self) -> dict:
        return {**asdict(self), "bcubed_f1": self.bcubed_f1, "defence_share": self.defence_share}


@dataclass
class KbReport:
    parts: list[KbScore]
    total: KbScore

    def to_dict(self) -> dict:
        return {"parts": [p.to_dict() for p in self.parts], "total": self.total.to_dict()}


# --- keys and gold -----------------------------------------------------------------------


def load_keys(path: Path) -> dict[Item, str]:
    """A key file: TSV with columns ``file``, ``doc_id``, ``index``, ``key`` (``#`` lines are
    comments). BlocwatchError naming the file and line for a malformed row."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BlocwatchError(f"{path}: cannot read the key file ({exc.strerror})") from None
    rows = csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t")
    out: dict[Item, str] = {}
    for number, row in enumerate(rows, start=2):
        try:
            item = (row["file"], row["doc_id"], int(row["index"]))
            key = row["key"].strip()
        except (KeyError, TypeError, ValueError, AttributeError):
            raise BlocwatchError(
                f"{path}: row {number}: expected file, doc_id, index (a number) and key"
            ) from None
        if not key:
            raise BlocwatchError(f"{path}: row {number}: empty key")
        out[item] = key
    return out


def _gold(paths: Sequence[Path]) -> dict[str, list[dict]]:
    from .eval import load_records

    return {p.name: load_records(p) for p in paths}


def _check_keys(gold: dict[str, list[dict]], keys: dict[Item, str]) -> None:
    missing = [
        f"{name}:{doc['id']}#{i}"
        for name, docs in gold.items()
        for doc in docs
        for i, _ in enumerate(doc.get("agreements") or [])
        if (name, str(doc["id"]), i) not in keys
    ]
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise BlocwatchError(f"the key file has no key for {len(missing)} gold agreements: {shown}")


# --- building the store ----------------------------------------------------------------------

_DOCUMENT_FIELDS = ("id", "text", "url", "title", "published", "source", "lang")


def _ingest_gold(gold: dict[str, list[dict]], db: str) -> None:
    from .pipeline import ingest

    with tempfile.TemporaryDirectory(prefix="blocwatch-eval-kb-") as tmp:
        path = Path(tmp) / "documents.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for docs in gold.values():
                for doc in docs:
                    kept = {k: doc[k] for k in _DOCUMENT_FIELDS if doc.get(k) is not None}
                    fh.write(json.dumps(kept, ensure_ascii=False) + "\n")
        ingest([str(path)], db=db)


def _tie(conn: Connection, gold: dict[str, list[dict]]) -> dict[Item, str]:
    """Gold agreement -> the record its report went into (gold agreements not reported are
    left out)."""
    record_of = record_of_reports(conn, "agreement")
    reports: dict[str, list[tuple[int, frozenset[str], str | None]]] = {
        doc_id: [(rid, _codes(parties), signed) for rid, parties, signed in rows]
        for doc_id, rows in reports_by_document(conn, "agreement", "parties", "signed").items()
    }
    out: dict[Item, str] = {}
    for name, docs in gold.items():
        for doc in docs:
            free = sorted(reports.get(str(doc["id"]), []))
            wanted = list(enumerate(doc.get("agreements") or []))
            # Two passes, each in gold order: first a report with the gold parties and date
            # (eval-spec's strict match), then any report with the gold parties; so that
            # the 1963 treaty of a document is tied to its 1963 report, not to its 2019 one.
            for strict in (True, False):
                for i, g in list(wanted):
                    hit = next((r for r in free if _ties(g, r, strict)), None)
                    if hit is None:
                        continue
                    free.remove(hit)
                    wanted.remove((i, g))
                    if hit[0] in record_of:
                        out[(name, str(doc["id"]), i)] = record_of[hit[0]]
    return out


def _ties(gold: dict, report: tuple, strict: bool) -> bool:
    from .eval import date_agrees

    if _codes(gold.get("parties")) != report[1]:
        return False
    return not strict or date_agrees(gold.get("signed"), report[2])


def _codes(values) -> frozenset[str]:
    return frozenset(str(v).upper() for v in values or [] if v)


# --- scoring -------------------------------------------------------------------------------


def _gold_defence(gold: dict[str, list[dict]], keys: dict[Item, str]) -> dict[str, bool]:
    stated: dict[str, Counter] = {}
    for name, docs in gold.items():
        for doc in docs:
            for i, g in enumerate(doc.get("agreements") or []):
                if g.get("defense") is not None:
                    key = keys[(name, str(doc["id"]), i)]
                    stated.setdefault(key, Counter())[bool(g["defense"])] += 1
    return {k: c.most_common(1)[0][0] for k, c in stated.items()}


def score_items(
    name: str,
    n_gold: int,
    tied: dict[Item, str],
    keys: dict[Item, str],
    defence: dict[str, bool | None],
    gold_defence: dict[str, bool],
) -> KbScore:
    """B-cubed, records per agreement and defence share over the ``tied`` items."""
    result = KbScore(name=name, gold_agreements=n_gold, tied=len(tied))
    if not tied:
        return result
    by_record: dict[str, list[Item]] = {}
    by_key: dict[str, list[Item]] = {}
    for item, record in tied.items():
        by_record.setdefault(record, []).append(item)
        by_key.setdefault(keys[item], []).append(item)
    precision = recall = 0.0
    for item, record in tied.items():
        key = keys[item]
        same = sum(1 for other in by_record[record] if keys[other] == key)
        precision += same / len(by_record[record])
        recall += same / len(by_key[key])
    result.bcubed_precision = precision / len(tied)
    result.bcubed_recall = recall / len(tied)
    records_of = {k: {tied[i] for i in items} for k, items in by_key.items()}
    result.real_agreements = len(records_of)
    result.records = len(by_record)
    result.records_per_agreement = sum(len(r) for r in records_of.values()) / len(records_of)
    result.split_agreements = sorted(k for k, r in records_of.items() if len(r) > 1)
    for record, items in sorted(by_record.items()):
        keys_here = Counter(keys[i] for i in items)
        if len(keys_here) > 1:
            result.merged_records[record] = sorted(keys_here)
        key = keys_here.most_common(1)[0][0]
        if key in gold_defence:
            result.defence_checked += 1
            if defence.get(record) is gold_defence[key]:
                result.defence_right += 1
            else:
                result.defence_wrong.append(record)
    return result


def evaluate_kb(
    gold_paths: Sequence[Path],
    keys_paths: Path | Sequence[Path] | None = None,
    db: str | None = None,
) -> KbReport:
    """Ingest the gold documents into a fresh store (``db``: a SQLite path or URL of an empty
    store; default a temporary file) and score its agreement records against the keys of
    ``keys_paths`` taken together (the sample corpus's keys when None): one key names one
    real-world agreement in every file, so gold files keyed apart can be scored together."""
    gold = _gold(gold_paths)
    if keys_paths is None:
        keys_paths = [SAMPLE_KEYS]
    elif isinstance(keys_paths, Path):
        keys_paths = [keys_paths]
    keys = {item: key for path in keys_paths for item, key in load_keys(path).items()}
    _check_keys(gold, keys)
    with tempfile.TemporaryDirectory(prefix="blocwatch-eval-kb-") as tmp:
        url = db or f"sqlite:///{Path(tmp) / 'kb.db'}"
        from .store import connect

        engine = connect(url)
        try:
            _ingest_gold(gold, url)
            with engine.connect() as conn:
                tied = _tie(conn, gold)
                defence = record_values(conn, "agreement", "defense")
        finally:
            engine.dispose()
    gold_defence = _gold_defence(gold, keys)

    def part(name: str, files: list[str]) -> KbScore:
        n_gold = sum(len(d.get("agreements") or []) for f in files for d in gold[f])
        items = {i: r for i, r in tied.items() if i[0] in files}
        return score_items(name, n_gold, items, keys, defence, gold_defence)

    parts = [part(name, [name]) for name in gold]
    return KbReport(parts=parts, total=part("all", list(gold)))
