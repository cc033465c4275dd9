"""Actors listed after a word ("with X, Y and Z", "between X and Y") and the groupings
(AUKUS, the Quad) that stand for their member states."""

from __future__ import annotations

from ..base.tables import read_table, words_of_kind
from ..lang.en.words import agreements as en
from .actors import Mention
from .dates import MONTHS
from .reading import Reading, SentenceView
from .roles import owns_a_company
from .signing_dates import is_year

GROUPINGS = ("AUKUS", "QUAD")  # agreements among members list the member states


def listed_after(reading: Reading, view: SentenceView, tok: int) -> list[Mention]:
    """Actor mentions in a list starting at token ``tok`` ("China and North Korea", "the US
    and Australia"), stopping at the first word that is not part of the list."""
    out: list[Mention] = []
    i = tok
    by_tok = {m.tok: m for m in view.mentions}
    while i < view.tok_end:
        word = reading.lower(i)
        if i in by_tok:
            m = by_tok[i]
            if owns_a_company(reading, m):
                pass  # "with Saudi Arabia's national oil company": the company is the partner
            elif reading.lex.is_state(m.code) or _signs_itself(reading, m.code):
                out.append(m)
            i = m.tok_end
            if reading.lower(i) == "(" and reading.lower(i + 2) == ")":
                inner = by_tok.get(i + 1)
                if (inner is not None and inner.code == m.code) or reading.doc[i + 1].is_upper:
                    i += 3  # "the Association of Southeast Asian Nations (ASEAN), Chile"
            continue
        if not out or reading.doc[i].like_num or word in _COUNT_OPENERS:
            # "with the AU and 12 other countries, among them Chile and Korea", "with
            # African states such as Nigeria and Kenya"
            ahead = _including_after(reading, view, i)
            if ahead is not None:
                i = ahead
                continue
        if word in ("and", ",", "the", "both", "only", "also", "'s", "’s", "as", "well", "“", "”"):
            i += 1
            continue
        if out and word == "with" and i + 1 in by_tok:
            i += 1  # "with Australia in 2022 and with Britain in 2023"
            continue
        if out and word == "in" and is_year(reading, i + 1):
            i += 2
            continue
        if out and word == "(" and is_year(reading, i + 1) and reading.lower(i + 2) == ")":
            i += 3  # "China in 2016, Japan (2018), Laos (2019)"
            continue
        if out and word == "in" and reading.lower(i + 1) in MONTHS:
            i += 2 + is_year(reading, i + 2)  # "with Britain in January (2024)"
            continue
        break
    return _expand_groupings(reading, out)


_COUNT_OPENERS = en.COUNT_OPENERS
_RANKS = en.SIGNER_RANKS
_SIGNER_NOUNS = words_of_kind("agreement_words.tsv", "signer_noun")
_PARTNER_GROUPS = words_of_kind("agreement_words.tsv", "partner_group")
_MEMBER_OPENERS = {
    r["word"]: int(r["value"])
    for r in read_table("agreement_words.tsv")
    if r["kind"] == "member_opener"
}


def earlier_partners(reading: Reading, view: SentenceView, np) -> tuple[int, list[list[str]]]:
    """ "the third state to hold a trade pact with Korea, after Chile and Peru": the states
    a ranked signer comes after hold the same kind of agreement with the same partner, one
    pair each. Returns the token of "after" (dates from there on are of the earlier ones)
    and the pairs."""
    start, end, _kind = np
    if reading.lower(end) != "with":
        return 0, []
    partners = listed_after(reading, view, end + 1)
    if len(partners) != 1:
        return 0, []
    i = partners[-1].tok_end
    i += reading.lower(i) == ","
    if reading.lower(i) != "after":
        return 0, []
    before = reading.lowers(max(view.tok, start - 12), start)
    ranked = any(
        w in _RANKS and any(n in _SIGNER_NOUNS for n in before[k + 1 : k + 5])
        for k, w in enumerate(before)
    )
    if not ranked:
        return 0, []
    partner = partners[0].code
    return i, [[m.code, partner] for m in listed_after(reading, view, i + 1) if m.code != partner]


def _signs_itself(reading: Reading, code: str) -> bool:
    """An organisation named in a list of parties signs itself ("an accord among Russia,
    Ukraine, Turkey and the United Nations"); a grouping stands for its members."""
    return code in GROUPINGS or reading.lex.types.get(code) == "organisation"


def exemplified(reading: Reading, view: SentenceView, i: int, listed: list[Mention]) -> bool:
    """The list at token ``i`` names examples of a kind of partner ("countries like India and
    France", "partners such as Japan"), not the co-signers of one document."""
    if not listed or reading.doc[i].like_num or reading.lower(i) in _COUNT_OPENERS:
        return False  # "19 states, including ...": a count, told by its own rule
    return _including_after(reading, view, i) == listed[0].tok


def _including_after(reading: Reading, view: SentenceView, i: int) -> int | None:
    """The token that opens the named members of a group of partners: after "including" when
    a count introduces them ("19 individual states, including"), after "such as", "like",
    "including" or a parenthesis when a plural noun for partners does ("African states such
    as", "several countries (")."""
    counted = reading.doc[i].like_num or reading.lower(i) in _COUNT_OPENERS
    group = False
    for j in range(i, min(i + 7, view.tok_end)):
        word = reading.lower(j)
        if any(m.tok <= j < m.tok_end for m in view.mentions):
            return None  # "the Association of Southeast Asian Nations (ASEAN)": a name
        if j > i:
            opener = _MEMBER_OPENERS.get(word) or _MEMBER_OPENERS.get(
                " ".join(reading.lowers(j, j + 2))
            )
            if opener and (group or (counted and word == "including")):
                return j + opener
            if word == "including" and counted:
                return j + 1
        group = group or word in _PARTNER_GROUPS
        if not (reading.doc[j].is_alpha or reading.doc[j].like_num or word in (",", "-")):
            return None
    return None


def _expand_groupings(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if m.code in GROUPINGS:
            for member, _joined, left in reading.lex.members.get(m.code, []):
                if not left:
                    out.append(Mention(m.start, m.end, member, "org-member", m.tok, m.tok_end))
        else:
            out.append(m)
    return out


def grouping_before(view: SentenceView, start: int) -> str | None:
    """A grouping that names the agreement: "the AUKUS security partnership"."""
    for m in view.mentions:
        if m.code in GROUPINGS and m.tok_end in (start, start - 1):
            return view.text[m.start - view.start : m.end - view.start]
    return None


def named_grouping(reading: Reading, view: SentenceView) -> list[str]:
    for m in view.mentions:
        if m.code in GROUPINGS:
            return [c for c, _joined, left in reading.lex.members.get(m.code, []) if not left]
    return []


def with_groupings(reading: Reading, view: SentenceView, parties: list[str]) -> list[str]:
    out = list(parties)
    for mention in view.mentions:
        if mention.code in GROUPINGS and len(out) < 2:
            for member, _joined, left in reading.lex.members.get(mention.code, []):
                if not left and member not in out:
                    out.append(member)
    # Organisations reach ``parties`` only from a list of parties or an accession.
    return [c for c in out if reading.lex.is_state(c) or _signs_itself(reading, c)]
