"""Whether two names of agreements are alike ("Treaty on Comprehensive Strategic Partnership"
and "Comprehensive Strategic Partnership treaty" are; "Mutual Defense Treaty" and "Enhanced
Defense Cooperation Agreement" are not)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that do not tell one agreement from another.
_STOP_WORDS = """a an and the of on in for to with within between among about by at its their
de del la el los las y e en"""
_STOP = frozenset(_STOP_WORDS.split())
# British and American spellings name the same treaty.
_SPELLING = {
    "defence": "defense",
    "neighbourliness": "neighborliness",
    "neighbourly": "neighborly",
    "organisation": "organization",
    "programme": "program",
    "centre": "center",
}
# Jaccard similarity of content words from which two names count as alike.
ALIKE = 0.6


@lru_cache(maxsize=65536)
def tokens(name: str | None) -> frozenset[str]:
    """The content words of a name: case, accents, hyphens and spelling variants folded."""
    if not name:
        return frozenset()
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    words = re.findall(r"[a-z0-9]+", text.replace("co-operation", "cooperation"))
    out = set()
    for w in words:
        if w in _STOP:
            continue
        w = _SPELLING.get(w, w)
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]  # "Relations" ~ "Relation"
        out.add(w)
    return frozenset(out)


@lru_cache(maxsize=65536)
def alike(a: str | None, b: str | None) -> bool | None:
    """True or False when both names name something; None when either is missing or is an
    instrument word with at most one generic word ("the treaty", "Strategic Agreement": it
    names no agreement in particular, so it neither joins nor parts two reports). The
    instrument word is not compared: outlets call one "Reciprocal Access Agreement" a pact,
    a deal or a treaty."""
    ta, tb = _content(a), _content(b)
    if not ta or not tb:
        return None
    if ta <= tb or tb <= ta:
        # One name is a shortening of the other ("AUKUS" in "AUKUS partnership"), but a
        # single generic word ("treaty") says nothing.
        return min(len(ta), len(tb)) >= 2 or (ta & tb) - _GENERIC != set()
    return len(ta & tb) / len(ta | tb) >= ALIKE


_GENERIC_WORDS = """treaty agreement pact partnership accord memorandum statement declaration
joint cooperation strategic comprehensive"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
# What kind of instrument a name says, not which one.
_INSTRUMENTS = frozenset("treaty agreement pact accord deal memorandum".split())


def _content(name: str | None) -> frozenset[str]:
    """A name's words without its instrument word; empty when what is left is at most one
    generic word."""
    words = tokens(name) - _INSTRUMENTS
    return frozenset() if len(words) <= 1 and words <= _GENERIC else words


def normal(name: str | None) -> str:
    """A name's comparison form (sorted content words), for counting support of variants."""
    return " ".join(sorted(tokens(name)))
