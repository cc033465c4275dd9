"""The noun phrases that name agreements ("the 2020 trade deal", "such pacts", an acronym),
and which agreement noun phrase a verb or cue of the sentence belongs to."""

from __future__ import annotations

from functools import cache

from ..base.tables import cue_table
from ..lang.en.words import agreements as en
from .agreement_acronyms import acronym_terms
from .reading import Cue, Reading, SentenceView

KIND_RANK = {
    "treaty": 0,
    "pact": 1,
    "partnership": 2,
    "joint_statement": 3,
    "memorandum": 4,
    "accession": 5,
    "agreement": 6,
    "other": 7,
}


_PROGRAMME_WORDS = en.PROGRAMME_WORDS
_SIGNS_A_DOCUMENT = en.SIGNS_A_DOCUMENT
_FRAME_WORDS = en.FRAME_WORDS


def _loose_programme(reading: Reading, view: SentenceView, term: Cue) -> bool:
    """ "a missile programme", "the programme was launched": a programme is an agreement only
    as what governments sign ("the ministers signed a Programme on Mutual Co-operation",
    "a programme of cooperation was signed")."""
    if term.text.lower() not in _PROGRAMME_WORDS:
        return False
    if reading.lower(term.tok_end) == "of" and term.text.lower() in _FRAME_WORDS:
        return True  # "under the framework of the 2016 accord": the accord, not a framework
    for c in view.cues_of("agreement_verbs", "signed"):
        if c.text.lower() not in _SIGNS_A_DOCUMENT or reading.lower(c.tok_end) == "up":
            continue
        if c.tok_end <= term.tok <= c.tok_end + 6:
            return False  # "signed a program of interregional cooperation"
        if term.tok_end <= c.tok <= term.tok_end + 8:
            return False  # "the programme ... was signed"
    return True


def _domestic(reading: Reading, term: Cue) -> bool:
    """ "a presidential memorandum", "a national security memorandum": an instrument of one
    government, binding no other state."""
    before = reading.lowers(max(0, term.tok - 2), term.tok)
    return any(w in _DOMESTIC_MODIFIERS for w in before) or before == ["national", "security"]


_DOMESTIC_MODIFIERS = en.DOMESTIC_MODIFIERS


def noun_phrases(
    reading: Reading, view: SentenceView, acronyms: dict[str, str]
) -> list[tuple[int, int, str]]:
    """Token spans of agreement noun phrases: runs of agreement terms with their modifiers.
    Terms inside an actor's name (the North Atlantic Treaty Organization) or inside a phrase
    that denies an alliance ("stops short of a formal military alliance") are not agreements."""
    inside_names = {i for m in view.mentions for i in range(m.tok, m.tok_end)}
    negated = [c for c in view.cues_of("defense_cues", "negative")]
    terms = [
        c
        for c in view.cues_of("agreement_terms")
        if c.tok not in inside_names
        and not any(n.tok <= c.tok < n.tok_end for n in negated)
        and not _negated_term(reading, c)
        and not _in_body_name(reading, c.tok)
        and not _loose_programme(reading, view, c)
        and not _domestic(reading, c)
    ]
    terms = sorted(terms + _agreed_relations(reading, view), key=_tok)
    if acronyms:
        terms = sorted(terms + acronym_terms(reading, view, acronyms, inside_names), key=_tok)
    spans: list[list] = []
    for c in terms:
        if spans and (
            (c.tok - spans[-1][1] <= 3 and _only_modifiers(reading, spans[-1][1], c.tok))
            or _inside_name(reading, spans[-1][1], c.tok)
        ):
            spans[-1][1] = c.tok_end
            spans[-1][2] = _better_kind(spans[-1][2], c.value)
            continue
        spans.append([c.tok, c.tok_end, c.value])
    return [(s, e, k) for s, e, k in spans]


_RELATIONS_STEPS = en.RELATIONS_STEPS


def _agreed_relations(reading: Reading, view: SentenceView) -> list[Cue]:
    """ "agreed to resume diplomatic relations", "agreed on Friday to restore full ties": an
    agreement between the states (a noun phrase of kind "relations"), where relations alone
    ("established diplomatic relations in 1992", "cut ties") are none. Looked for only after
    an "agreed" cue, so that the common words open no gate of their own."""
    out = []
    for c in view.cues_of("agreement_verbs", "signed"):
        if c.text.lower() != "agreed":
            continue
        for i in range(c.tok_end, min(c.tok_end + 6, view.tok_end - 2)):
            if reading.lower(i) == "to" and reading.lower(i + 1) in _RELATIONS_STEPS:
                j = i + 2
                while j < view.tok_end and reading.lower(j) in _RELATIONS_MODIFIERS:
                    j += 1
                if j < view.tok_end and reading.lower(j) in _RELATIONS_NOUNS:
                    out.append(_cue_over(reading, i + 2, j + 1, "relations"))
                break
    return out


_RELATIONS_MODIFIERS = en.RELATIONS_MODIFIERS
_RELATIONS_NOUNS = en.RELATIONS_NOUNS


def _cue_over(reading: Reading, start: int, end: int, value: str) -> Cue:
    """An agreement-term cue over tokens ``start``..``end`` of the document."""
    first, last = reading.doc[start], reading.doc[end - 1]
    text = reading.text[first.idx : last.idx + len(last.text)]
    return Cue("agreement_terms", value, first.idx, last.idx + len(last.text), start, end, text)


def _tok(c: Cue) -> int:
    return c.tok


@cache
def words_of(table: str) -> frozenset[str]:
    return frozenset(cue for cue, _ in cue_table(table))


def _in_body_name(reading: Reading, tok: int) -> bool:
    """ "the Government of National Accord": an agreement word in the capitalised name of a
    body (a head from ``body_heads.tsv`` before "of") names the body."""
    if not reading.token_text(tok)[:1].isupper():
        return False
    heads = words_of("body_heads.tsv")
    i = tok - 1
    while i >= 0 and i >= tok - 6:
        word = reading.doc[i]
        if word.lower_ == "of" and reading.lower(i - 1) in heads:
            return reading.token_text(i - 1)[:1].isupper()
        if not (word.text[:1].isupper() or word.lower_ in ("and", "the", "for")):
            return False
        i -= 1
    return False


def _negated_term(reading: Reading, term: Cue) -> bool:
    """ "rather than an alliance", "not a military alliance": a kind of agreement denied."""
    before = [reading.lower(i) for i in range(max(0, term.tok - 4), term.tok)]
    if "than" in before and before[before.index("than") - 1 :][:1] not in _COUNT_COMPARATIVES:
        return True
    return "not" in before or "no" in before or "non" in before


# "more than 50 agreements", "fewer than ten deals": a count, not a kind of agreement denied
_COUNT_COMPARATIVES = (["more"], ["fewer"], ["less"])


def _inside_name(reading: Reading, start: int, end: int) -> bool:
    """ "Declaration of Friendship and Strategic Partnership": two agreement words in one
    capitalised name are one noun phrase."""
    words = [reading.doc[i] for i in range(start, end)]
    return (
        0 < len(words) <= 6
        and reading.token_text(end)[:1].isupper()
        and reading.token_text(start - 1)[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in ("of", "and", "on", "for") for t in words)
        and any(t.text[:1].isupper() for t in words)
    )


def _only_modifiers(reading: Reading, start: int, end: int) -> bool:
    # An article opens a new noun phrase: "the agreement replaces the treaty" is two.
    return all(
        reading.doc[i].is_alpha and reading.doc[i].lower_ not in _NOT_MODIFIERS
        for i in range(start, end)
    )


_NOT_MODIFIERS = en.NOT_MODIFIERS


def _better_kind(a: str, b: str) -> str:
    return a if KIND_RANK.get(a, 9) <= KIND_RANK.get(b, 9) else b


def owned_cues(
    cues: list[Cue], np, nps, reading: Reading | None = None, complements: bool = False
) -> list[Cue]:
    """The cues of ``cues`` whose nearest agreement noun phrase is ``np``. With ``reading``,
    a participle between two noun phrases that a preposition follows ("the Treaty ...
    signed on 3 July 1997, the Declaration ...") describes the one before it, not the next;
    with ``complements``, so does a word of the one before's own complement ("the 1961
    treaty of friendship and mutual assistance, the 2000 treaty on ...")."""
    if len(nps) == 1:
        return cues

    def distance(cue: Cue, other) -> tuple[int, int]:
        # On a tie the noun phrase after the word wins: "the formation of a partnership".
        if cue.tok_end <= other[0]:
            reduced = reading is not None and _reduced_participle(reading, cue)
            return other[0] - cue.tok_end + (100 if reduced else 0), 0
        if complements and reading is not None and _in_complement(reading, other[1], cue.tok):
            return 0, -1
        taking = reading is not None and _takes_an_object(reading, cue)
        return max(0, cue.tok - other[1]) + (100 if taking else 0), 1

    return [c for c in cues if min(nps, key=lambda o: distance(c, o)) is np]


def _takes_an_object(reading: Reading, cue: Cue) -> bool:
    """ "which already have a pact, signed a second agreement": a verb right before an
    article opens its own object, so it tells of the noun phrase after it, not of one
    before ("the pact, signed a decade ago": a span of time is no object)."""
    if reading.lower(cue.tok_end) not in _OBJECT_OPENERS:
        return False
    return reading.lower(cue.tok_end + 1) not in _TIME_WORDS


_OBJECT_OPENERS = frozenset(("a", "an", "the", "another", "their", "its"))
_TIME_WORDS = frozenset(
    "hour hours day days week weeks month months year years decade decades same previous "
    "following next last".split()
)


def _in_complement(reading: Reading, np_end: int, tok: int) -> bool:
    """Whether token ``tok`` lies in the "of"/"on" phrase right after a noun phrase ending at
    ``np_end``, words only ("treaty of friendship and mutual assistance")."""
    if reading.lower(np_end) not in _COMPLEMENT_WORDS or tok - np_end > 8:
        return False
    return all(reading.doc[i].is_alpha for i in range(np_end, tok))


_COMPLEMENT_WORDS = en.COMPLEMENT_WORDS


def _reduced_participle(reading: Reading, cue: Cue) -> bool:
    """ "signed on 3 July", "concluded in 2001": a participle with its own date or place,
    not a verb taking the next noun phrase as its object."""
    before = reading.lower(cue.tok - 1)
    return reading.lower(cue.tok_end) in ("on", "in", "at", "last", "this") and before not in (
        "have",
        "has",
        "had",
        "and",
    )
