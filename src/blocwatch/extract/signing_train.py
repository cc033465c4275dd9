"""Training the learned signing check (``signing_check.py``): ``blocwatch train signing``.

Its examples are sentences labelled ``SIGNED`` (the sentence reports an agreement signed or in
force) or ``OTHER`` (a plan, a negotiation, a rumour, a denial), from two sources:

- gold files (JSON Lines, ``gold-schema.md``): the extractor, rules alone, reads each
  document; a sentence stating an agreement it keeps whose parties a gold agreement has is
  ``SIGNED``, one stating an agreement gold lacks (kept or proposed) is ``OTHER``. A proposal
  gold has is left out: gold may hold another agreement of the same parties. The gold texts
  are read at training time and never stored;
- ``lang/en/signing_sentences.tsv``: sentences written for this project, one a row.

Training is deterministic: the same files, seed and epochs give the same model.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..base.tables import read_table
from ..errors import BlocwatchError
from .signing_check import (
    CONFIRM_ABOVE,
    LABEL,
    NAME,
    OTHER,
    VETO_BELOW,
    load_model,
    model_dir,
    normalise,
    switched_off,
)

OWN_SENTENCES = "signing_sentences.tsv"
# The dev files the shipped model was trained on, relative to the working directory (a
# checkout's, as in CI): news.jsonl and the two study files, never the check file.
DEV_DIR = Path("../shared/dev")
TRAINING_FILES = ("news.jsonl", "news2-study.jsonl", "news3-study.jsonl")
# A bag of words and word pairs, hashed into this many rows: 0.5 MB of weights per label.
HASH_ROWS = 1 << 16


@dataclass(frozen=True)
class Example:
    sentence: str
    signed: bool
    source: str  # the gold document's id, or the table's name


@dataclass(frozen=True)
class TrainReport:
    path: Path
    examples: int
    signed: int
    from_gold: int
    own: int
    bytes: int


def default_training_files() -> list[Path]:
    """The dev files the shipped model is trained on; BlocwatchError naming the first that
    is missing."""
    paths = [DEV_DIR / name for name in TRAINING_FILES]
    for path in paths:
        if not path.is_file():
            raise BlocwatchError(f"{path}: no such file (give the gold files to train on)")
    return paths


def gold_examples(paths: Iterable[Path]) -> list[Example]:
    """Labelled sentences from the agreement candidates of the rules on gold documents."""
    from . import extract  # the whole extractor: only when training

    out: list[Example] = []
    for path in paths:
        for record in _records(Path(path)):
            with switched_off():
                found = extract(str(record["id"]), record["text"], record.get("published"), 0.0)
            gold = [frozenset(a.get("parties") or []) for a in record.get("agreements") or []]
            for a in found.agreements + found.proposals:
                matched = frozenset(a.parties) in gold
                if a.status == "proposed" and matched:
                    continue
                signed = matched and a.status != "proposed"
                out.extend(Example(e.sentence, signed, str(record["id"])) for e in a.evidence)
    return _consistent(out)


def own_examples(lang: str = "en") -> list[Example]:
    """The project's own labelled sentences (``lang/<code>/signing_sentences.tsv``)."""
    return [
        Example(row["sentence"], row["label"] == "signed", OWN_SENTENCES)
        for row in read_table(OWN_SENTENCES, lang)
    ]


def _consistent(examples: list[Example]) -> list[Example]:
    """One example per sentence; a sentence given both labels (it states two agreements, one
    real and one not) teaches nothing and is left out."""
    labels: dict[str, set[bool]] = {}
    for ex in examples:
        labels.setdefault(ex.sentence, set()).add(ex.signed)
    seen: set[str] = set()
    out = []
    for ex in examples:
        if len(labels[ex.sentence]) == 1 and ex.sentence not in seen:
            seen.add(ex.sentence)
            out.append(ex)
    return out


def _records(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise BlocwatchError(f"{path}: {exc.strerror or exc}") from None
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BlocwatchError(f"{path}:{number}: malformed JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise BlocwatchError(f"{path}:{number}: not a gold document with a text")
        out.append(record)
    return out


def build_model(examples: list[Example], seed: int = 0, epochs: int = 15):
    """A blank English pipeline with one bag-of-words ``textcat`` trained on ``examples``."""
    import spacy
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    if not any(ex.signed for ex in examples) or all(ex.signed for ex in examples):
        raise BlocwatchError("training the signing check needs examples of both labels")
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": HASH_ROWS,
            }
        },
    )
    textcat.add_label(LABEL)
    textcat.add_label(OTHER)
    data = [
        SpacyExample.from_dict(
            nlp.make_doc(normalise(ex.sentence)),
            {"cats": {LABEL: float(ex.signed), OTHER: float(not ex.signed)}},
        )
        for ex in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(data)
        for batch in minibatch(data, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def _clear(path: Path) -> None:
    """An empty directory at ``path``: a model written before is replaced whole (stale files
    of another configuration would be loaded with it); any other non-empty directory is
    refused."""
    if path.is_dir() and any(path.iterdir()):
        if not (path / "meta.json").is_file():
            raise BlocwatchError(f"{path}: not empty and not a model: refusing to write there")
        shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)


def train_signing(
    gold: Iterable[Path],
    out: Path | None = None,
    *,
    seed: int = 0,
    epochs: int = 15,
    veto_below: float = VETO_BELOW,
    confirm_above: float | None = CONFIRM_ABOVE,
    own: bool = True,
) -> TrainReport:
    """Train the signing check on the gold files and the project's own sentences, and write
    it to ``out`` (default: the shipped model's directory), thresholds in its meta."""
    gold = [Path(p) for p in gold]
    from_gold = gold_examples(gold)
    mine = own_examples() if own else []
    examples = from_gold + mine
    nlp = build_model(examples, seed, epochs)
    nlp.meta["name"] = f"blocwatch_{NAME}"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Does a sentence report an agreement signed or in force?"
    nlp.meta["license"] = "MIT"
    nlp.meta["spacy_version"] = ">=3.8.0,<3.9.0"  # any 3.8 reads it, not only the trainer's
    nlp.meta["blocwatch"] = {
        "veto_below": veto_below,
        "confirm_above": confirm_above,
        "seed": seed,
        "epochs": epochs,
        "trained_on": [p.name for p in gold] + ([OWN_SENTENCES] if own else []),
        "examples": len(examples),
    }
    path = Path(out) if out is not None else model_dir()
    _clear(path)
    # No vocabulary: the bag of words reads hashed features, so the model needs none, and
    # it keeps no word list of the gold texts.
    nlp.to_disk(path, exclude=["vocab"])
    load_model.cache_clear()  # a process that trains and then reads uses the new model
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return TrainReport(
        path,
        len(examples),
        sum(ex.signed for ex in examples),
        len(from_gold),
        len(mine),
        size,
    )
