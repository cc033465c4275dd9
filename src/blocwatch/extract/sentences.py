"""Splitting text into sentences with their character offsets, by rule.

A rule splitter is used rather than the parser's sentence boundaries because every sentence
must be split before the cheap first pass decides which ones deserve the parser. Line breaks
are hard boundaries: in news copy a line is a headline, a caption or a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.en.words import sentences as en

# Abbreviations after which a period does not end a sentence (compared lower-case, with the
# period). Country abbreviations such as "U.S." are in the lexicon of names, not here.
_ABBREVIATIONS = en.ABBREVIATIONS
# Where a sentence may end: terminal punctuation, closing quotes or brackets, then space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_LINE = re.compile(r"[^\n]+")
_MAX_SENTENCE = 1500  # characters; longer runs (tables, garbage) are cut at spaces


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, as character spans without surrounding whitespace.
    Runs in time linear in ``len(text)``."""
    spans: list[tuple[int, int, int]] = []
    for para, line in enumerate(_LINE.finditer(text)):
        start = line.start()
        for piece_start, piece_end in _split_line(text, line.start(), line.end()):
            spans.append((piece_start, piece_end, para))
        del start
    out: list[Sentence] = []
    for start, end, para in spans:
        for s, e in _bounded(text, start, end):
            s, e = _strip(text, s, e)
            if e > s:
                out.append(Sentence(s, e, para, len(out)))
    return out


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    cursor = start
    for m in _END.finditer(text, start, end):
        if not _is_boundary(text, m.start(), m.end(), end):
            continue
        pieces.append((cursor, m.end()))
        cursor = m.end()
    pieces.append((cursor, end))
    return pieces


def _is_boundary(text: str, dot: int, after: int, line_end: int) -> bool:
    nxt = after
    while nxt < line_end and text[nxt].isspace():
        nxt += 1
    if nxt >= line_end:
        return False
    follower = text[nxt]
    if not (follower.isupper() or follower.isdigit() or follower in "\"“‘'([•·-"):
        return False
    if text[dot] != ".":
        return True
    word_start = dot
    while (
        word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '("“'
    ):
        word_start -= 1
    # "the Japan-U.S. Status of Forces Agreement": judge the part after the last hyphen.
    word = re.split(r"[-–]", text[word_start : dot + 1].lower())[-1]
    if word in _ABBREVIATIONS:
        return False
    # A single initial ("J. Smith") or a dotted acronym ("D.C.") does not end a sentence.
    return not re.fullmatch(r"(?:[a-z]\.)+", word)


def _bounded(text: str, start: int, end: int):
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
        if cut <= start:
            cut = start + _MAX_SENTENCE
        yield start, cut
        start = cut
    yield start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
