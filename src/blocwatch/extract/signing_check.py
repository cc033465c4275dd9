"""A learned check on an agreement's status: do the sentences that state it report an
agreement signed or in force, or one only planned, negotiated, rumoured or denied?

The rules in ``agreements.py`` decide each agreement's status from cue phrases
(``proposal_cues.tsv``) scoped over the sentence. This component reads the same sentences
with a small bag-of-words text classifier (spaCy ``textcat``, trained by ``blocwatch train
signing``, see ``signing_train.py``) and may overturn the rules' status where it is sure:

- an agreement the rules keep is moved to the proposals when every sentence stating it
  scores below ``veto_below`` (the model reads them all as plans);
- a proposal is kept as an agreement when one of its sentences scores above
  ``confirm_above`` (None, the shipped setting: never; a sentence that plans one treaty
  often names another signed, or uses signing words in the future tense, and a bag of
  words reads both as signings).

It runs only on the sentences of agreement candidates (a handful per article), and only when
switched on: ``$BLOCWATCH_LEARNED`` names the learned components to use (``signing``), and
:data:`DEFAULT_ON` says which are on when it is unset. The model ships in the package
(``lang/en/models/signing``); nothing is downloaded.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import BlocwatchError
from ..lang import LANGUAGES
from ..model import Agreement

NAME = "signing"
LABEL = "SIGNED"
OTHER = "OTHER"
# Off by default: on news it was never trained on (news2-check) it did not beat the rules
# (see the README's learned-components section for the numbers).
DEFAULT_ON: frozenset[str] = frozenset()
ENV = "BLOCWATCH_LEARNED"
# Every learned component there is (the names ``$BLOCWATCH_LEARNED`` takes).
KNOWN = frozenset({NAME})
# The thresholds a training run stores in the model's meta, chosen by 5-fold cross-validation
# by document on the training files: below the lowest score (0.48) of an agreement the rules
# kept rightly. No confirming threshold: out of fold, the proposals the rules rightly left
# out scored up to 0.99, inside the range of the agreements they kept, and 0.995 confirmed
# a wrong one in study, check and the sample alike.
VETO_BELOW = 0.4
CONFIRM_ABOVE: float | None = None

_switched_off: ContextVar[bool] = ContextVar("signing_switched_off", default=False)


def model_dir(lang: str = "en") -> Path:
    """Where the shipped model of language ``lang`` lives."""
    return LANGUAGES[lang].directory / "models" / NAME


def enabled() -> bool:
    """Whether the learned signing check runs: named in ``$BLOCWATCH_LEARNED`` (a comma list;
    ``none`` or empty: no learned component), else in :data:`DEFAULT_ON`; never inside
    :func:`switched_off` (training reads the rules' own decisions)."""
    if _switched_off.get():
        return False
    value = os.environ.get(ENV)
    if value is None:
        return NAME in DEFAULT_ON
    names = {v.strip().lower() for v in value.split(",")} - {"", "none"}
    if unknown := names - KNOWN:
        # a misspelt name would otherwise leave the component silently off
        raise BlocwatchError(
            f"${ENV} names no learned component: {', '.join(sorted(unknown))} (known:"
            f" {', '.join(sorted(KNOWN))}; none for the rules alone)"
        )
    return NAME in names


@contextmanager
def switched_off() -> Iterator[None]:
    """The rules alone decide inside this block, whatever ``$BLOCWATCH_LEARNED`` says."""
    token = _switched_off.set(True)
    try:
        yield
    finally:
        _switched_off.reset(token)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def normalise(sentence: str) -> str:
    """The text the classifier reads: lower case, every number one token (a year or a count
    says nothing of a signing, and would make the model learn the articles' dates)."""
    return _NUMBER.sub("0", sentence.lower())


@dataclass(frozen=True)
class SigningModel:
    """The trained pipeline (a blank tokenizer and one ``textcat``) with what a call needs,
    read once: the thresholds the training run stored in its meta, the label's column."""

    nlp: Any
    veto_below: float
    confirm_above: float | None  # None: never confirms a proposal
    column: int

    def scores(self, sentences: Sequence[str]) -> list[float]:
        """P(the sentence reports an agreement signed or in force), one per sentence."""
        if not sentences:
            return []
        # The classifier's own prediction, without nlp.pipe's bookkeeping.
        docs = [self.nlp.make_doc(normalise(s)) for s in sentences]
        return self.nlp.get_pipe("textcat").predict(docs)[:, self.column].tolist()


@cache
def load_model(path: Path | None = None) -> SigningModel:
    """The model at ``path`` (default: the shipped one), loaded once."""
    import spacy

    path = path or model_dir()
    if not (path / "meta.json").is_file():
        raise BlocwatchError(
            f"the learned {NAME} check is switched on (${ENV}) but has no model at {path}:"
            f" retrain it with `blocwatch train {NAME}`, or switch it off"
        )
    nlp = spacy.load(path)
    meta = nlp.meta.get("blocwatch", {})
    return SigningModel(
        nlp,
        float(meta.get("veto_below", VETO_BELOW)),
        _optional(meta.get("confirm_above", CONFIRM_ABOVE)),
        nlp.get_pipe("textcat").labels.index(LABEL),
    )


def _optional(value: float | None) -> float | None:
    return None if value is None else float(value)


def signing_scores(sentences: Sequence[str], model: SigningModel | None = None) -> list[float]:
    """P(the sentence reports an agreement signed or in force), one per sentence."""
    return (model or load_model()).scores(sentences)


def check_status(found: list[Agreement], model: SigningModel | None = None) -> list[Agreement]:
    """``found`` with the status of each agreement the model is sure the rules got wrong
    overturned (see the module docstring); unchanged when the check is switched off."""
    if not found or not enabled():
        return found
    model = model or load_model()
    sentences = sorted({e.sentence for a in found for e in a.evidence})
    score = dict(zip(sentences, model.scores(sentences), strict=True))
    out = []
    for a in found:
        best = max((score[e.sentence] for e in a.evidence), default=None)
        if best is None:
            out.append(a)
        elif (
            a.status == "proposed"
            and model.confirm_above is not None
            and best > model.confirm_above
        ):
            out.append(replace(a, status="signed"))
        elif a.status != "proposed" and best < model.veto_below:
            out.append(replace(a, status="proposed", signed=None, events=[]))
        else:
            out.append(a)
    return out
