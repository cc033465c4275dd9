"""What a language brings to blocwatch, declared once per language in ``lang/<code>/``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LANG_DIR = Path(__file__).parent
# Tables that hold no words of any one language: actors' codes, types and regions,
# memberships, which organisations report figures, and the function words of every language
# (read to tell the language before any language's data is chosen).
SHARED_DIR = LANG_DIR / "shared"


@dataclass(frozen=True, slots=True)
class Language:
    """One language's data: the tables in ``lang/<code>/`` (surface forms, cue phrases,
    calibration), its word lists (``lang/<code>/words.py``) and the spaCy pipeline that
    parses it."""

    code: str  # ISO 639-1, as extract/language.py detects it
    name: str
    tables: tuple[str, ...]  # file names in lang/<code>/; shared tables are not listed
    spacy_blank: str  # the code of spaCy's tokenizer rules (spacy.blank)
    spacy_models: tuple[str, ...]  # installed packages of the statistical pipeline, in order
    home: Path | None = None  # where its tables are, if not lang/<code>/

    @property
    def directory(self) -> Path:
        return self.home or LANG_DIR / self.code

    def table_path(self, name: str) -> Path:
        """Where table ``name`` is read for this language: its own, else the shared one."""
        return (self.directory if name in self.tables else SHARED_DIR) / name
