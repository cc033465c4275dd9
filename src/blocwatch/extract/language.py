"""Which language a text is in, from its most frequent function words.

Function words are the most reliable cheap signal for news paragraphs: a few dozen per language
cover a large share of any running text, so a short excerpt is enough. The table lives in
``lang/shared/function_words.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..base.tables import read_table

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Reading this much is enough to decide; the rest of a long text changes nothing.
_SAMPLE_CHARS = 20_000


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    by_lang: dict[str, set[str]] = {}
    for row in read_table("function_words.tsv"):
        by_lang.setdefault(row["lang"], set()).update(row["words"].split())
    return {lang: frozenset(words) for lang, words in by_lang.items()}


def function_words(lang: str) -> frozenset[str]:
    """The function words of language ``lang`` (``function_words.tsv``; empty if unknown)."""
    return _function_words().get(lang, frozenset())


@lru_cache(maxsize=1)
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Each function word with the languages it belongs to (in the table's order)."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, words in _function_words().items():
        for word in words:
            out[word] = (*out.get(word, ()), lang)
    return out


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language of ``text``, or ``"und"`` when too little of it
    is words of any known language to tell."""
    # Each distinct word is looked at once, however often it occurs.
    words = Counter(_WORD.findall(text[:_SAMPLE_CHARS]))
    total = words.total()
    if total < 3:
        return "und"
    # Every language counted, in the table's order (a tie goes to the first, as before).
    counts: Counter[str] = Counter(dict.fromkeys(_function_words(), 0))
    langs_of = _languages_of_words()
    for word, n in words.items():
        for lang in langs_of.get(word.lower(), ()):
            counts[lang] += n
    lang, hits = counts.most_common(1)[0]
    # Below ~8 % function words the text is not running prose in any listed language.
    if hits < max(2, 0.08 * total):
        return "und"
    return lang
