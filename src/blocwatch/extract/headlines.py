"""Headlines run into the lede without a full stop ("Chad and Niger sign border pact Envoys of
both states put their names to ..."): where, in a document's opening sentences, one ends and
the next begins. The agreement merge and the figure readers both ask."""

from __future__ import annotations

from ..lang.en.words import agreements as en
from .reading import Reading

# Opening sentences in which a headline may run into the lede without a full stop.
HEADLINE_VIEWS = 2


def headline_break(reading: Reading, start: int, end: int) -> bool:
    """Whether a headline ends between tokens ``start`` and ``end``: a lower-case word, or a
    word before a capitalised function word ("... Iran At the session"), followed by a
    capitalised one; or a dateline in capitals after a word that is not ("mission ISLAMABAD")."""
    doc = reading.doc
    for i in range(max(start, 1), end):
        prev, tok = doc[i - 1], doc[i]
        if not prev.is_alpha or not tok.is_alpha or tok.is_lower:
            continue
        if prev.is_lower or (tok.is_title and tok.lower_ in en.HEADLINE_BREAK_WORDS):
            return True
        if tok.is_upper and len(tok) > 3 and not prev.is_upper:
            return True  # "mission ISLAMABAD -": a dateline
    return False
