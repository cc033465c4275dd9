"""The bundled sample corpus: short news-style articles written for blocwatch about real
agreements and allegations (facts from the public record, our own words), and their gold
annotation."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent


def corpus_path() -> Path:
    """The folder of sample articles (txt, html and jsonl)."""
    return _HERE / "corpus"


def gold_path() -> Path:
    """The gold annotation of the sample corpus (gold-schema JSON Lines)."""
    return _HERE / "gold.jsonl"
