"""What the feature tests of extraction read from a sentence: the agreements found at the
default confidence floor or every record the readers make, and the figures as (actors,
metric, value) facts."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement

PUBLISHED = "2024-06-21"  # a Friday
# The day the figure tests are published on.
FIGURES_PUBLISHED = "2024-05-02"


def agreements(text: str, published: str | None = PUBLISHED) -> list[Agreement]:
    return extract("t", text, published).agreements


def every_agreement(text: str, published: str | None = PUBLISHED) -> list[Agreement]:
    # every record the readers make (the confidence floor is another module's business)
    return extract("t", text, published, min_confidence=0).agreements


def pairs(text: str) -> list[frozenset[str]]:
    return [frozenset(a.parties) for a in agreements(text)]


def kinds(text: str) -> list[tuple[frozenset[str], str]]:
    return sorted((frozenset(a.parties), a.kind) for a in every_agreement(text))


def facts(text: str, published: str | None = FIGURES_PUBLISHED) -> set[tuple]:
    return {
        (frozenset(m.actors), m.metric, round(m.value, 2))
        for m in extract("p", text, published).measures
    }


def values(text: str) -> set[float]:
    return {f[2] for f in facts(text)}


def amounts(text: str) -> list[tuple]:
    return sorted(
        (tuple(sorted(m.actors)), m.metric, m.value)
        for m in extract("p", text, FIGURES_PUBLISHED).measures
    )
