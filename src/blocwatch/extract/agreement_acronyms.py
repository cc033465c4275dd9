"""Acronyms that name agreements: the usual ones (``agreement_acronyms.tsv``) and those a text
defines ("Reciprocal Access Agreement (RAA)")."""

from __future__ import annotations

import re
from functools import cache, cached_property

from ..base.tables import cue_table
from .reading import Cue, Reading, SentenceView

# "Reciprocal Access Agreement (RAA)": an acronym the text defines for an agreement.
_DEFINED = re.compile(
    r"\b(?P<kind>Agreement|Treaty|Pact|Partnership|Memorandum of (?:Understanding|Agreement)"
    r"|Accord|Arrangement|Declaration|Convention)\s*\((?P<acronym>[A-Z][A-Za-z-]{1,9})\)"
)


@cache
def _usual_acronyms() -> dict[str, str]:
    return dict(cue_table("agreement_acronyms.tsv"))


class _Acronyms(dict[str, str]):
    """Acronyms with the kind of agreement each names."""

    @cached_property
    def lowered(self) -> frozenset[str]:
        """The acronyms in lower case (made on first use, after the text's own joined)."""
        return frozenset(acronym.lower() for acronym in self)


def text_acronyms(reading: Reading) -> _Acronyms:
    """Acronyms that name an agreement in this text: the usual ones (agreement_acronyms.tsv)
    and those the text defines, each with the kind of agreement it names."""
    found = _Acronyms(_usual_acronyms())  # a copy: the text's own join it
    text = reading.text[:200_000]
    for m in _DEFINED.finditer(text) if "(" in text else ():
        word = m.group("kind").split()[0].lower()
        found.setdefault(m.group("acronym"), _KIND_OF_WORD.get(word, "agreement"))
    return found


_KIND_OF_WORD = {"treaty": "treaty", "pact": "pact", "partnership": "partnership"}
_KIND_OF_WORD.update(memorandum="memorandum", declaration="joint_statement", convention="other")


def acronym_terms(
    reading: Reading, view: SentenceView, acronyms: dict[str, str], inside_names: set[int]
) -> list[Cue]:
    """Tokens of the sentence that are an agreement's acronym ("signed the EDCA"), outside
    actor names and outside the brackets that define them."""
    # Most sentences hold no acronym and no hyphen: nothing to walk through word by word
    # (an acronym is one in lower case too, and the lower-case words are made for every text).
    words = reading.lowers(view.tok, view.tok_end + 1)
    lowered = acronyms.lowered if isinstance(acronyms, _Acronyms) else {a.lower() for a in acronyms}
    if lowered.isdisjoint(words) and "-" not in words and "–" not in words:
        return []
    out = []
    i = view.tok
    while i < view.tok_end:
        text = reading.token_text(i)
        end = i + 1
        if reading.token_text(end) in ("-", "–"):  # rare: join only where a hyphen follows
            end = _hyphenated_end(reading, i, view.tok_end)
            text = reading.doc[i:end].text
        kind = acronyms.get(text)
        if kind is None or i in inside_names or reading.token_text(i - 1) == "(":
            i += 1
            continue
        start = reading.doc[i].idx
        out.append(Cue("agreement_terms", kind, start, start + len(text), i, end, text))
        i = end
    return out


def _hyphenated_end(reading: Reading, i: int, stop: int) -> int:
    """The token after a word the tokenizer split at its hyphens ("C-SIPA" is "C", "-",
    "SIPA"), or ``i + 1`` when the word is one token."""
    end = i + 1
    while (
        end + 1 < stop
        and reading.token_text(end) in ("-", "–")
        and not reading.doc[end - 1].whitespace_
        and not reading.doc[end].whitespace_
    ):
        end += 2
    return end


def acronym_of(reading: Reading, start: int, end: int) -> str | None:
    """The acronym a noun phrase is ("the RAA") or defines ("Reciprocal Access Agreement
    (RAA)")."""
    if end - start == 1 and reading.doc[start].is_upper and len(reading.token_text(start)) > 1:
        return reading.token_text(start)
    if reading.token_text(end) == "(" and reading.token_text(end + 2) == ")":
        word = reading.doc[end + 1]
        return word.text if word.is_upper else None
    return None
