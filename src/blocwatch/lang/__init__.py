"""Languages, laid out as spaCy's ``lang/``: ``lang/<code>/`` holds one language's tables
and word lists with a small ``__init__`` declaring it (:class:`Language`); ``lang/shared/``
holds the tables no language owns. A second language is a new ``lang/<code>/`` with the
same table names, added to :data:`LANGUAGES`. ``base/tables.py`` reads the tables."""

from __future__ import annotations

from .en import ENGLISH
from .language import LANG_DIR, SHARED_DIR, Language

# The languages the extractor reads, by ISO 639-1 code; text in any other yields a note.
LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (ENGLISH,)}
# Text too short to tell its language is read as this one.
DEFAULT_LANGUAGE = "en"

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "LANG_DIR", "SHARED_DIR", "Language", "language_for"]


def language_for(code: str) -> Language | None:
    """The language of ISO 639-1 ``code`` (``"und"``: the default one), None if not read."""
    return LANGUAGES.get(DEFAULT_LANGUAGE if code == "und" else code)
