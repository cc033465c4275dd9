"""Succession: one agreement of a document replacing another ("the new treaty replaces the
friendship treaty of 2000").

Where a sentence that states two agreements of one document with the same parties says that
one replaces, supersedes or succeeds the other (cue words: ``lang/en/succession_cues.tsv``),
the later-signed one is the new agreement: it gets a ``replaces`` step (undated) and the
older one a ``superseded`` step, dated when the new one enters into force if the document
says when, else when it was signed. The resolver links the two records and ends the old one
when the new one starts (:mod:`blocwatch.resolve.succession`). A negated cue ("does not
replace") links nothing; neither does a pair whose order in time the text does not give.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..base.tables import read_table
from ..model import Agreement, Event, Evidence

REPLACES = "replaces"
SUPERSEDED = "superseded"
# A negation up to two words before the cue undoes it ("will not replace", "complements
# rather than replaces", "instead of superseding").
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|rather than|instead of)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    rows = read_table("succession_cues.tsv")
    cues = sorted((r["cue"] for r in rows if r.get("cue")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


def _says_succession(sentence: str) -> bool:
    for m in _cue_pattern().finditer(sentence):
        if not _NEGATION.search(sentence[: m.start()]):
            return True
    return False


def _first_day(a: Agreement) -> str | None:
    return a.signed if a.signed and re.match(r"^\d{4}", a.signed) else None


def _start(a: Agreement) -> str | None:
    """When a new agreement takes over: its entry into force if stated, else its signing."""
    for e in a.events:
        if e.kind == "in_force" and e.date:
            return e.date
    return a.signed


def _succession_sentences(new: Agreement, old: Agreement) -> list[Evidence]:
    spans = {(e.start, e.end): e for e in [*new.evidence, *old.evidence]}
    return [e for e in spans.values() if _says_succession(e.sentence)]


def link_successions(agreements: list[Agreement]) -> None:
    """Add ``replaces``/``superseded`` steps to the agreements of one document where the
    text says one replaces the other (see the module docstring). Changes them in place."""
    for new in agreements:
        for old in agreements:
            if old is new or sorted(old.parties) != sorted(new.parties):
                continue
            new_day, old_day = _first_day(new), _first_day(old)
            if not new_day or not old_day or old_day[:4] >= new_day[:4]:
                continue
            said = _succession_sentences(new, old)
            if not said or any(e.kind == SUPERSEDED for e in old.events):
                continue
            new.events.append(Event(REPLACES, None, said))
            old.events.append(Event(SUPERSEDED, _start(new), said))
