"""Deals made with or by companies ("a contract with Naval Group", "India's Tata signed"):
no agreement between states, whatever states the sentence names."""

from __future__ import annotations

from ..lang.en.words import agreements as en
from .agreement_phrases import owned_cues, words_of
from .reading import Reading, SentenceView
from .roles import is_company_noun

_AUXILIARIES = en.AUXILIARIES


def with_a_company(reading: Reading, view: SentenceView, np) -> bool:
    """ "a contract, signed in 2016 with French shipbuilder Naval Group": made with a
    company, so no agreement between states, whatever states the sentence names."""
    window = range(np[1], min(view.tok_end, np[1] + 8))
    after_with = next((i + 1 for i in window if reading.lower(i) == "with"), None)
    if after_with is None:
        return False
    return any(
        is_company_noun(reading.lower(i))
        for i in range(after_with, min(view.tok_end, after_with + 4))
    ) or _unknown_name_at(reading, view, after_with)


_NAME_ENDS = en.NAME_ENDS


def _unknown_name_at(reading: Reading, view: SentenceView, i: int) -> bool:
    """ "a contract with Lockheed Martin", "a deal with Gazprom": a proper name that is no
    actor blocwatch knows (a company, most often) is the partner, so the states the sentence
    names elsewhere are not. A title ("with President ...") or a common noun after the
    capitals ("with Western partners") leaves it open."""
    named = {t for m in view.mentions for t in range(m.tok, m.tok_end)}
    if reading.lower(i) == "the":
        i += 1
    i = _past_owner(reading, view, i)
    start = i
    while i < view.tok_end and reading.doc[i].is_alpha and reading.token_text(i)[:1].isupper():
        if i in named or reading.lower(i) in reading.lex.title_starts:
            return False
        i += 1
    if i == start:
        return False
    return i >= view.tok_end or not reading.doc[i].is_alpha or reading.lower(i) in _NAME_ENDS


def _past_owner(reading: Reading, view: SentenceView, i: int) -> int:
    """ "with South Korea's Hanwha Aerospace", "with Russia's Rosatom": a state in the
    possessive before a capitalised name owns what the name names (a firm, most often), so
    the name, not the state, is the partner: the token after "'s", where there is one, else
    ``i`` unchanged. A body ("Japan's Defence Ministry") or a title ("India's Prime Minister")
    is read as such by the caller."""
    m = next((m for m in view.mentions if m.tok == i), None)
    if m is None or m.tok_end + 1 >= view.tok_end:
        return i
    if reading.lower(m.tok_end) not in ("'s", "’s"):
        return i
    heads = words_of("body_heads.tsv")
    first = m.tok_end + 1
    while first < view.tok_end and _owner_modifier(reading, first):
        first += 1  # "Ukraine's state-owned Ukroboronprom"
    j = first
    while j < view.tok_end and reading.token_text(j)[:1].isupper() and reading.doc[j].is_alpha:
        if reading.lower(j) in heads:
            return i
        j += 1
    return first


def by_companies(reading: Reading, view: SentenceView, np, nps) -> bool:
    """ "Chinese firms signed contracts to keep supplying Russia's army": the subject of the
    signing verb is companies, so no agreement between states, whatever states it names."""
    for cue in owned_cues(view.cues_of("agreement_verbs", "signed"), np, nps, reading):
        if cue.tok >= np[0]:
            continue
        i = cue.tok - 1
        while i > view.tok and reading.lower(i) in _AUXILIARIES:
            i -= 1
        named = _named(view)
        for j in range(i, max(view.tok, i - 5) - 1, -1):
            if not reading.doc[j].is_alpha:
                break
            if is_company_noun(reading.lower(j)) and j not in named:
                return True  # "Bank" in "China Exim Bank" is a state lender's name
        if _owned_name_ends_at(reading, view, i):
            return True
        if _known_company_before(reading, view, i):
            return True
    return _company_subject(reading, view, np)


def _known_company_before(reading: Reading, view: SentenceView, i: int) -> bool:
    """ "The Air Force and Boeing agreed to a $2.4 billion contract": a company of
    ``non_state_actors.tsv`` in the run of signers right before the verb signs the contract
    (with a state's own forces, at most), not two states."""
    for m in view.non_state:
        if not i - 6 < m.tok_end - 1 <= i:
            continue
        group = reading.known_group(m)
        between = reading.lowers(m.tok_end, i + 1)
        if group is not None and group.type == "company" and all(w.isalpha() for w in between):
            return True
    return False


def _company_subject(reading: Reading, view: SentenceView, np) -> bool:
    """ "the British defence company received the Pentagon's contract": the subject of the
    verb that governs the agreement is a firm (a noun of ``company_nouns.tsv``), so the
    deal is the firm's, whatever states the sentence names. Read from the parse, asked only
    of sentences that hold such a noun."""
    if not any(is_company_noun(reading.lower(i)) for i in range(view.tok, view.tok_end)):
        return False
    parse = view.parse()
    if parse is None:
        return False
    root = reading.phrase_head(parse, np[0], np[1])
    verb = root.head if root is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    named = {reading.doc[t].idx for t in _named(view)}
    return any(
        c.dep_ == "nsubj" and is_company_noun(c.lower_) and parse.doc_char(c) not in named
        for c in verb.children
    )


def _named(view: SentenceView) -> set[int]:
    """Token indexes inside the sentence's actor mentions: a company noun there is part of
    a state body's name ("the Export-Import Bank of India"), not a firm."""
    return {t for m in view.mentions for t in range(m.tok, m.tok_end)}


def _owned_name_ends_at(reading: Reading, view: SentenceView, i: int) -> bool:
    """ "India's Tata Advanced Systems inked an agreement": the capitalised name ending at
    token ``i`` is owned by the state in the possessive before it, so it (a firm, most
    often) signs, not the state. A known actor, a title or a body's head in the name
    ("Japan's Foreign Ministry", "Peru's President Boluarte") leaves the state signing."""
    named = {t for m in view.mentions for t in range(m.tok, m.tok_end)}
    heads = words_of("body_heads.tsv")
    j = i
    while j > view.tok and reading.doc[j].is_alpha and reading.token_text(j)[:1].isupper():
        word = reading.lower(j)
        if j in named or word in reading.lex.title_starts or word in heads:
            return False
        j -= 1
    if j == i:
        return False
    while j > view.tok and _owner_modifier(reading, j):
        j -= 1  # "Ukraine's state-owned Ukroboronprom"
    return _past_owner(reading, view, _owner_start(view, j - 1)) == j + 1


def _owner_modifier(reading: Reading, j: int) -> bool:
    """Token ``j`` is part of a lower-case hyphenated modifier between an owner and its
    firm ("state-owned", "state-run"; the tokenizer splits off the hyphen)."""
    if reading.token_text(j) in ("-", "–"):
        return _glued(reading, j - 1) and _glued(reading, j)
    if not reading.token_text(j).islower():
        return False
    after = j + 1 < len(reading.doc) and reading.token_text(j + 1) in ("-", "–")
    before = j > 0 and reading.token_text(j - 1) in ("-", "–")
    return (after and _glued(reading, j)) or (before and _glued(reading, j - 1))


def _glued(reading: Reading, j: int) -> bool:
    """No space between token ``j`` and the next."""
    return not reading.doc[j].whitespace_


def _owner_start(view: SentenceView, tok: int) -> int:
    """The first token of the actor mention that ends at token ``tok`` (else ``tok``)."""
    return next((m.tok for m in view.mentions if m.tok_end == tok), tok)
