"""Reading agreements: who is bound to whom, since when, where, and to what.

Each noun phrase that names an agreement ("a treaty", "the 2020 trade deal", "such pacts") is
read as a *mention* with its own parties, date, place, defence clause and provisions. A
mention is *strong* when the sentence reports a step of its life (signed, ratified, extended),
*background* when the text says it exists ("treaty allies", "the existing pact", "a 2017
treaty"), and *weak* otherwise: weak mentions only add to an agreement found elsewhere.
Proposed or negotiated agreements are dropped. Mentions of one agreement are then merged.

Parties come from the noun phrase's own words first (a "with/between/among" list, a
hyphenated prefix, "with one another"), then from the sentence's structure: in a sentence
that names three states or more, the dependency parse gives the subject or passive agent of
the signing verb and the subject of the verb governing "a pact with X" (a relative pronoun
stands for its antecedent); otherwise the run of actors before the verb, or the sentence's
states. Each agreement of a list takes the date told right after its name. Merging is
linear in the number of mentions: records are indexed by parties, antecedents by party, name,
pair and proper modifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import combinations, pairwise

from ..base.tables import cue_table
from ..lang.en.words import agreements as en
from ..model import Agreement, Event
from .actors import Mention
from .dates import MONTHS, WEEKDAYS
from .plans import plan_or_report, title_case
from .provisions import clause_spans, defense_stance, provisions_in
from .reading import Cue, Reading, SentenceView
from .roles import (
    codes,
    governing_subject,
    is_company_noun,
    is_role_candidate,
    mention_group_before,
    owns_a_company,
    subject_mentions,
)
from .signing_dates import (
    after_name,
    is_year,
    nearest_date,
    respective_dates,
    signing_date,
    trailing_date,
    unresolved_day,
    year_after,
    year_before,
)

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
# Signing verbs that also describe other steps ("agreed to extend", "announced the extension"):
# they date a signing only where no other lifecycle word is present.
_SOFT_SIGN = en.SOFT_SIGN
_DEFINITE = en.DEFINITE
_ANAPHORA = (
    ("the", "two", "countries"),
    ("the", "two", "nations"),
    ("the", "two", "sides"),
    ("both", "countries"),
    ("both", "nations"),
    ("both", "sides"),
    ("the", "two", "states"),
    # "the two leaders signed": the leaders of the pair named before
    ("the", "two", "leaders"),
    ("the", "two", "presidents"),
    ("both", "leaders"),
)
_PLURAL_TERMS = en.PLURAL_TERMS
# Words that open the list of an agreement's parties: "a pact with X", "the deal between X
# and Y", "the accord among X, Y and Z".
_LIST_WORDS = en.LIST_WORDS
_BETWEEN = frozenset(("between", "among", "amongst"))  # list words that name every party
_BULLETS = ("•", "·", "-", "–", "*", "▪")
_GROUPINGS = ("AUKUS", "QUAD")  # agreements among members list the member states


@dataclass
class _Mention:
    view: SentenceView
    np_start: int  # token span of the noun phrase
    np_end: int
    kind: str
    parties: list[str]
    strength: str  # strong | background | weak
    anaphoric: bool = False
    status: str = "signed"
    signed: str | None = None
    events: list[Event] = field(default_factory=list)
    place: str | None = None
    name: str | None = None
    defense: bool | None = None
    provisions: set[str] = field(default_factory=set)
    signatories: list[str] = field(default_factory=list)
    pair: bool = False  # refers back to "the two countries": exactly two parties
    antecedent: _Mention | None = None  # the mention it refers back to
    plural: bool = False  # "several agreements": no one agreement told apart
    descriptor: tuple[str, ...] = ()  # proper modifiers: ("black", "sea", "grain")
    listed: bool = False  # its parties come from its own list ("between X and Y")
    bare_definite: bool = False  # "the agreement", "the pact": no name, modifier or date
    day: tuple[int, int] | None = None  # (month, day) of a signing told without its year
    acronym: str | None = None  # "RAA" for "the RAA" or "Reciprocal Access Agreement (RAA)"
    another: bool = False  # "also signed a deal", "another pact": not one named before
    alias: bool = False  # one of two names of one agreement in the sentence ("known as")
    relations: bool = False  # "agreed to resume diplomatic relations": no document of its own
    between: bool = False  # its own list names every party ("the pact between X and Y")
    level: frozenset[str] = frozenset()  # a partnership's rank ("comprehensive strategic")
    upgraded_to: frozenset[str] = frozenset()  # "their X partnership to a Y partnership": Y


def read_agreements(reading: Reading) -> list[Agreement]:
    """The agreements a document states, each with its evidence."""
    mentions: list[_Mention] = []
    antecedents = _Antecedents()
    acronyms = _acronyms(reading)
    last_view_index = -10
    listing = False  # the last agreement sentence ended with ":" and a list follows
    statement: _Mention | None = None  # the latest dated joint statement
    sidebar = _sidebar_lines(reading.text)
    for view in reading.sentences:
        if view.sentence.paragraph in sidebar:
            continue  # "Related: Kenya, Ethiopia sign pact": another article's news
        view = _without_agreement_places(reading, view)
        found = _mentions_in(reading, view, acronyms)
        antecedents.note_pair(reading, view)
        bullet = view.text[:1] in _BULLETS
        # "bars each side from joining any agreement with a third country": an agreement in
        # general, no party named, does not interrupt what the sentence says of the last one
        generic = all(not m.parties and not m.anaphoric and m.strength == "weak" for m in found)
        if generic and (view.index - last_view_index <= 2 or (listing and bullet)):
            _continue_provisions(reading, view, antecedents, listing and bullet)
            if listing and bullet:
                last_view_index = view.index
            continue
        listing = bool(found) and view.text.rstrip().endswith(":")
        if found:
            last_view_index = view.index
        _pronoun_clause_defense(reading, view, found, antecedents)
        _date_from_statement(reading, view, found, statement)
        for m in found:
            described = antecedents.described(m)
            if described is not None:
                m.parties, m.anaphoric, m.antecedent = list(described.parties), True, described
            elif m.pair and len(m.parties) != 2 and antecedents.pair:
                m.parties = list(antecedents.pair)
            elif m.anaphoric or len(m.parties) < 2:
                _resolve_anaphora(m, antecedents)
            mentions.append(m)
            antecedents.add(m)
            if m.kind == "joint_statement" and m.signed and m.strength != "weak":
                statement = m
    _only_planned(mentions)
    return _merge(reading, [m for m in mentions if len(m.parties) >= 2])


_STATEMENT_NOUNS = en.STATEMENT_NOUNS


@cache
def _sidebar_labels() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for cue, kind in cue_table("sidebar_labels.tsv"):
        out.setdefault(kind, set()).add(cue)
    return out


def _sidebar_lines(text: str) -> set[int]:
    """Numbers of the lines (as the sentence splitter counts them) that link to other
    articles: a line opened by a label ("Related: ..."), and the headline-like lines (no
    closing stop) under a header line ("Most Read")."""
    labels = _sidebar_labels()
    out: set[int] = set()
    under_header = False
    for number, line in enumerate(m.group() for m in re.finditer(r"[^\n]+", text)):
        bare = line.strip().strip("•-–·* ").lower()
        head = bare.rstrip(":").strip()
        if head in labels.get("header", ()):
            out.add(number)
            under_header = True
            continue
        if under_header and bare and not re.search(r"[.!?\"”’)]\s*$", bare):
            out.add(number)
            continue
        under_header = False
        label = bare.split(":", 1)[0] if ":" in bare[:20] else ""
        if label in labels.get("line", ()):
            out.add(number)
    return out


def _date_from_statement(
    reading: Reading, view: SentenceView, found: list[_Mention], statement: _Mention | None
) -> None:
    """ "According to the statement, Iran and Saudi Arabia agreed to resume relations": what
    a sentence reports from the dated joint statement told before was agreed on its date."""
    if statement is None or reading.lowers(view.tok, view.tok + 2) != ["according", "to"]:
        return
    words = reading.lowers(view.tok + 2, min(view.tok_end, view.tok + 6))
    if "," not in words or not _STATEMENT_NOUNS & set(words[: words.index(",")]):
        return
    for m in found:
        if m.signed is None and m.strength == "strong" and m.kind != "joint_statement":
            m.signed = statement.signed


def _only_planned(mentions: list[_Mention]) -> None:
    """ "Manila and Tokyo are expected to sign the RAA ... the Philippines' RAA with Japan
    will differ from the VFA": a passing mention of an agreement the text calls by the same
    acronym as a plan, and never as a step taken, is that plan."""
    planned = {m.acronym for m in mentions if m.strength == "proposed" and m.acronym}
    taken = {m.acronym for m in mentions if m.strength == "strong" and m.acronym}
    for m in mentions:
        if m.acronym in planned - taken and m.strength == "background" and not m.events:
            m.strength, m.status, m.signed = "proposed", "proposed", None


# --- mentions --------------------------------------------------------------------------------


def _without_agreement_places(reading: Reading, view: SentenceView) -> SentenceView:
    """The sentence without capitals that name an agreement after the place it was made
    ("the Paris climate agreement", "the Minsk agreements"): Paris is no party to it."""
    if not any(m.kind == "capital" for m in view.mentions):
        return view
    starts = {c.tok for c in view.cues_of("agreement_terms")}
    named = {t for m in view.mentions for t in range(m.tok, m.tok_end)}

    def names_one(m: Mention) -> bool:
        before = m.tok - 1
        if is_year(reading, before):
            before -= 1  # "the 1994 Budapest Memorandum"
        if m.kind != "capital" or reading.lower(before) != "the":
            return False
        for i in range(m.tok_end, min(m.tok_end + 3, view.tok_end)):
            if i in starts:
                return True
            if i in named or not reading.doc[i].is_alpha:
                return False
            if not reading.doc[i].is_lower and reading.doc[i - 1].is_lower:
                return False  # a capitalised word after a lower-case one starts anew
        return False

    kept = [m for m in view.mentions if not names_one(m)]
    return view if len(kept) == len(view.mentions) else replace(view, mentions=kept)


def _mentions_in(
    reading: Reading, view: SentenceView, acronyms: dict[str, str] | None = None
) -> list[_Mention]:
    out: list[_Mention] = []
    nps = _noun_phrases(reading, view, acronyms or {})
    accessions = _accession(reading, view)
    if accessions:
        out.extend(accessions)
        # "Sweden's accession to NATO ..., after Hungary's parliament ratified it": the
        # accession is the one agreement its noun names.
        nps = [np for np in nps if np[0] != accessions[0].np_start]
    nps = [
        np
        for np in nps
        if not _with_a_company(reading, view, np)
        and not _by_companies(reading, view, np, nps)
        and not _body_joined(reading, np)
    ]
    if not nps:
        return out
    proposed = {np for np in nps if plan_or_report(reading, view, np, nps) == "proposed"}
    claimed: set[str] = set()
    per_np: list[tuple[tuple[int, int, str], list[list[str]]]] = []
    for np in nps:
        groups = _np_parties(reading, view, np)
        for g in groups:
            claimed.update(g[1:] if len(groups) > 1 else [])
        per_np.append((np, groups))
    bag = codes([m for m in _party_mentions(reading, view)])
    grouping = _named_grouping(reading, view)
    respective = respective_dates(reading, view, nps)
    for np, groups in per_np:
        if groups is _UNRESOLVED:
            continue
        listed = bool(groups)  # parties bound by the noun phrase's own words
        if not groups and grouping:
            groups = [grouping]  # "a partnership called AUKUS": its members are the parties
        if not groups and _organisation_s_own(reading, view, np):
            continue  # "the SCO Treaty on ...": its members are bound, not the states named
        if not groups:
            groups = _stationed_pair(reading, view, np)
        if not groups and _members_sign(reading, view, np, nps):
            continue  # "the declaration that ASEAN members signed": which members, unsaid
        if not groups:
            signers = _signers(reading, view, np, nps)
            if len(signers) >= 2:
                groups = [signers]
            else:
                rest = [c for c in bag if c not in claimed] if len(nps) > 1 else bag
                if signers:
                    # "relations between Somalia and Ethiopia soured after Addis Ababa signed
                    # a MoU": the pair of another noun is not the signer's partner
                    paired = _paired_elsewhere(reading, view, nps)
                    rest = [c for c in rest if c in signers or c not in paired]
                groups = [rest]
        for parties in groups:
            if np[2] == "accession" and not _state_and_organisation(reading, parties):
                continue  # "members signed the accession protocols for X and Y": who joins what?
            m = _build(reading, view, np, parties, nps)
            m.listed = listed
            m.between = listed and not _BETWEEN.isdisjoint(
                reading.lowers(np[1], min(np[1] + 3, view.tok_end))
            )
            if _apposition(reading, view, np, nps) or _parenthesised_alias(reading, view, np, nps):
                m.anaphoric = True  # "the Pukpuk Treaty – the mutual defence treaty –": one
            if len(groups) > 1:
                _date_each(reading, view, np, m)
            if np[0] in respective:
                m.signed = respective[np[0]]
            if _allies_under_another(reading, np, nps):
                m.strength = "weak"  # "treaty allies under a 1951 pact": that pact
            if np in proposed or _denied(reading, view, np, nps):
                # A plan's steps ("once signed and ratified") have not happened.
                m.strength, m.status, m.signed, m.events = "proposed", "proposed", None, []
            out.append(m)
    _mark_aliases(reading, view, out, nps)
    _mark_upgrades(reading, out)
    return out


def _mark_upgrades(reading: Reading, out: list[_Mention]) -> None:
    """ "lifted their comprehensive partnership to a comprehensive strategic partnership":
    the two ranks the sentence tells apart are two partnerships in the whole text."""
    ranked = sorted((m for m in out if m.level), key=lambda m: m.np_start)
    for a, b in pairwise(ranked):
        gap = reading.lowers(a.np_end, b.np_start)
        if "to" in gap and len(gap) <= 4 and a.level != b.level:
            a.upgraded_to = b.level
            if a.strength == "strong" and b.strength == "weak":
                # the step the verb tells made the new rank; the old one existed before
                b.strength, b.signed, b.events, b.place = a.strength, a.signed, a.events, a.place
                a.strength, a.signed, a.events, a.place = "background", None, [], None


def _mark_aliases(reading: Reading, view: SentenceView, out: list[_Mention], nps) -> None:
    """Both names of one agreement in a sentence ("the North Atlantic Treaty, better known
    as the Washington Treaty") are marked, so that the second is not taken for another."""
    for np in nps:
        if _known_as(reading, view, np, nps):
            before = max(o[0] for o in nps if o[1] <= np[0])
            for m in out:
                if m.np_start in (before, np[0]):
                    m.alias = True


def _state_and_organisation(reading: Reading, parties: list[str]) -> bool:
    """Whether ``parties`` are one state and one organisation: who joins and what (an
    accession between two joiners, or without the organisation joined, says neither)."""
    orgs = [c for c in parties if reading.lex.members.get(c) and not reading.lex.is_state(c)]
    return len(parties) == 2 and len(orgs) == 1


_JOINING_WORDS = en.JOINING_WORDS
_BODY_LIKE_TERMS = en.BODY_LIKE_TERMS


def _body_joined(reading: Reading, np) -> bool:
    """ "the country's admittance to the alliance", "to join the alliance": the organisation
    joined, which is no agreement of its own (the accession is read elsewhere)."""
    start, end, _kind = np
    if end - start != 1 or reading.lower(start) not in _BODY_LIKE_TERMS:
        return False
    i = start - 1
    if reading.lower(i) != "the":
        return False
    i -= reading.lower(i - 1) in ("to", "of", "into", "in")
    return reading.lower(i - 1) in _JOINING_WORDS


def _denied(reading: Reading, view: SentenceView, np, nps) -> bool:
    """ "Kenya denied reports that it had signed a defence pact with Uganda", "Tehran denied
    signing any deal": a step that its own actor denies is not stated."""
    for cue in _owned(view.cues_of("agreement_verbs"), np, nps, reading):
        words = reading.lowers(max(view.tok, cue.tok - 10), cue.tok)
        if any(w in _DENIALS for w in words) and not {";", ":"} & set(words):
            return True
        if _report_rejected(reading, view, cue.tok_end):
            return True
    return False


_REPORT_NOUNS = en.REPORT_NOUNS


def _report_rejected(reading: Reading, view: SentenceView, after: int) -> bool:
    """ "Media said X and Y had signed a secret deal, but X rejected the reports": a
    signing that a later clause of the same sentence denies as reported is not stated."""
    for i in range(after, view.tok_end):
        if reading.lower(i) in _DENIALS and any(
            reading.lower(j) in _REPORT_NOUNS for j in range(i + 1, min(i + 4, view.tok_end))
        ):
            return True
    return False


_DENIALS = en.DENIALS


def _paired_elsewhere(reading: Reading, view: SentenceView, nps) -> set[str]:
    """States listed after "between" or "among" that no agreement noun phrase governs
    ("relations between X and Y", "the border between X and Y")."""
    ends = {np[1] + k for np in nps for k in range(4)}
    out: set[str] = set()
    for i in range(view.tok, view.tok_end):
        if reading.lower(i) in ("between", "among") and i not in ends:
            out.update(m.code for m in _listed_after(reading, view, i + 1))
    return out


def _allies_under_another(reading: Reading, np, nps) -> bool:
    """ "treaty allies under a 1951 pact", "treaty partners since the 1953 treaty": the
    alliance the words "treaty allies" tell of is the agreement the sentence names."""
    return reading.lower(np[1]) in ("ally", "allies", "partner", "partners") and any(
        o[0] > np[1] for o in nps
    )


def _organisation_s_own(reading: Reading, view: SentenceView, np) -> bool:
    """ "the SCO Treaty on Long-Term Good-Neighbourliness", "NATO's founding treaty": an
    organisation among the modifiers names a treaty of its members, not one between the
    states the sentence happens to name."""
    for m in view.mentions:
        if reading.lex.is_state(m.code) or m.code in _GROUPINGS:
            continue
        end = m.tok_end + (reading.lower(m.tok_end) in ("'s", "’s"))
        if np[0] - 2 <= end <= np[0] and reading.lex.members.get(m.code):
            return all(reading.doc[i].is_alpha for i in range(end, np[0]))
    return False


def _with_a_company(reading: Reading, view: SentenceView, np) -> bool:
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
    heads = _words_of("body_heads.tsv")
    first = m.tok_end + 1
    while first < view.tok_end and _owner_modifier(reading, first):
        first += 1  # "Ukraine's state-owned Ukroboronprom"
    j = first
    while j < view.tok_end and reading.token_text(j)[:1].isupper() and reading.doc[j].is_alpha:
        if reading.lower(j) in heads:
            return i
        j += 1
    return first


def _by_companies(reading: Reading, view: SentenceView, np, nps) -> bool:
    """ "Chinese firms signed contracts to keep supplying Russia's army": the subject of the
    signing verb is companies, so no agreement between states, whatever states it names."""
    for cue in _owned(view.cues_of("agreement_verbs", "signed"), np, nps, reading):
        if cue.tok >= np[0]:
            continue
        i = cue.tok - 1
        while i > view.tok and reading.lower(i) in _AUXILIARIES:
            i -= 1
        for j in range(i, max(view.tok, i - 5) - 1, -1):
            if not reading.doc[j].is_alpha:
                break
            if is_company_noun(reading.lower(j)):
                return True
        if _owned_name_ends_at(reading, view, i):
            return True
    return _company_subject(reading, view, np)


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
    root = parse.head_of(reading.doc[np[0]].idx, reading.doc[np[1] - 1].idx + 1)
    verb = root.head if root is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "nsubj" and is_company_noun(c.lower_) for c in verb.children)


def _owned_name_ends_at(reading: Reading, view: SentenceView, i: int) -> bool:
    """ "India's Tata Advanced Systems inked an agreement": the capitalised name ending at
    token ``i`` is owned by the state in the possessive before it, so it (a firm, most
    often) signs, not the state. A known actor, a title or a body's head in the name
    ("Japan's Foreign Ministry", "Peru's President Boluarte") leaves the state signing."""
    named = {t for m in view.mentions for t in range(m.tok, m.tok_end)}
    heads = _words_of("body_heads.tsv")
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


def _apposition(reading: Reading, view: SentenceView, np, nps) -> bool:
    """The noun phrase renames the one before it: "the Pukpuk Treaty – the Papua New
    Guinea-Australia mutual defence treaty", "the accord, a pact on fishing"."""
    before = [o for o in nps if o[1] <= np[0]]
    if not before:
        return False
    i = after_name(reading, before[-1][1], np[0])
    if i >= np[0] or reading.token_text(i) not in ("–", "—", "-", ",", "("):
        return False
    i += 1
    if reading.lower(i) in ("the", "a", "an"):
        i += 1
    inside = {t for m in view.mentions for t in range(m.tok, m.tok_end)}
    if any(i <= c.tok < np[0] for c in view.cues_of("agreement_verbs")):
        return False  # ", after the nation signed similar deals": a clause, not a new name
    return (
        all(
            j in inside or reading.doc[j].is_alpha or reading.token_text(j) in ("-", "–")
            for j in range(i, np[0])
        )
        and np[0] - i <= 8
    )


_KNOWN_AS = en.KNOWN_AS


def _known_as(reading: Reading, view: SentenceView, np, nps) -> bool:
    """The noun phrase is another name of the one before it: "the North Atlantic Treaty,
    more popularly known as the Washington Treaty", "the pact, also called ...": the same
    agreement."""
    before = [o for o in nps if o[1] <= np[0]]
    if not before:
        return False
    words = reading.lowers(before[-1][1], np[0])
    if len(words) > 10:
        return False
    return any(
        tuple(words[i : i + len(phrase)]) == phrase
        for phrase in _KNOWN_AS
        for i in range(len(words))
    )


def _parenthesised_alias(reading: Reading, view: SentenceView, np, nps) -> bool:
    """The noun phrase is a short name given in parentheses after a longer one: "the
    Agreement between X and Y concerning ... ("X-Y Access Agreement")": the same agreement."""
    before = [o for o in nps if o[1] <= np[0]]
    if not before:
        return False
    opens = [i for i in range(before[-1][1], np[0]) if reading.token_text(i) == "("]
    if not opens or np[0] - opens[-1] > 8:
        return False
    if any(reading.token_text(i) == ")" for i in range(opens[-1], np[0])):
        return False
    return not any(before[-1][1] <= c.tok < np[0] for c in view.cues_of("agreement_verbs"))


_PROGRAMME_WORDS = en.PROGRAMME_WORDS
_SIGNS_A_DOCUMENT = en.SIGNS_A_DOCUMENT


def _loose_programme(reading: Reading, view: SentenceView, term: Cue) -> bool:
    """ "a missile programme", "the programme was launched": a programme is an agreement only
    as what governments sign ("the ministers signed a Programme on Mutual Co-operation",
    "a programme of cooperation was signed")."""
    if term.text.lower() not in _PROGRAMME_WORDS:
        return False
    for c in view.cues_of("agreement_verbs", "signed"):
        if c.text.lower() not in _SIGNS_A_DOCUMENT or reading.lower(c.tok_end) == "up":
            continue
        if c.tok_end <= term.tok <= c.tok_end + 6:
            return False  # "signed a program of interregional cooperation"
        if term.tok_end <= c.tok <= term.tok_end + 8:
            return False  # "the programme ... was signed"
    return True


def _noun_phrases(
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
    ]
    terms = sorted(terms + _agreed_relations(reading, view), key=_tok)
    if acronyms:
        terms = sorted(terms + _acronym_terms(reading, view, acronyms, inside_names), key=_tok)
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


def _acronyms(reading: Reading) -> _Acronyms:
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


def _acronym_terms(
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


@cache
def _words_of(table: str) -> frozenset[str]:
    return frozenset(cue for cue, _ in cue_table(table))


def _in_body_name(reading: Reading, tok: int) -> bool:
    """ "the Government of National Accord": an agreement word in the capitalised name of a
    body (a head from ``body_heads.tsv`` before "of") names the body."""
    if not reading.token_text(tok)[:1].isupper():
        return False
    heads = _words_of("body_heads.tsv")
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
    return "than" in before or "not" in before or "no" in before or "non" in before


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


def _party_mentions(reading: Reading, view: SentenceView) -> list[Mention]:
    background = _background_spans(reading, view)
    return [
        m
        for m in view.mentions
        if reading.lex.is_state(m.code)
        and is_role_candidate(reading, m)
        and not owns_a_company(reading, m)
        and not _mediator(reading, m)
        and not _depositary(reading, m)
        and not any(a <= m.tok < b for a, b in background)
    ]


_BACKGROUND_OPENERS = en.BACKGROUND_OPENERS
_SUMMING_NOUNS = en.SUMMING_NOUNS


_MEDIATION_NOUNS = en.MEDIATION_NOUNS


def _list_end(reading: Reading, view: SentenceView, i: int) -> int:
    """The token after a list of actors starting at token ``i`` ("Qatar, Egypt and the
    United States"): the brokers of a deal, no parties of it."""
    starts = {m.tok: m.tok_end for m in view.mentions}
    end = i
    while i < view.tok_end:
        if i in starts:
            i = end = starts[i]
        elif reading.lower(i) in ("and", ",", "the", "'s", "’s") or (
            reading.lower(i) in reading.lex.titles and reading.token_text(i)[:1].isupper()
        ):
            i += 1  # "US President Donald Trump": a title between the state and the person
        else:
            break
    return end


def _background_spans(reading: Reading, view: SentenceView) -> list[tuple[int, int]]:
    """Token spans of adjuncts that set the scene rather than tell who agreed: "amid
    Russia's war" up to the next comma, ", a move that angered Baku and Moscow" to the
    sentence's end. States named there are context, never parties of the sentence's deal."""
    spans: list[tuple[int, int]] = _modified_pairs(reading, view)
    for i in range(view.tok, view.tok_end):
        word = reading.lower(i)
        if word in _BACKGROUND_OPENERS:
            end = next((j for j in range(i + 1, view.tok_end) if reading.lower(j) == ","), None)
            if end is None and i - view.tok < 2:
                continue  # "Amid the talks Japan and Australia signed ...": no edge to see
            spans.append((i, end if end is not None else view.tok_end))
        elif word in _DEPOSIT_VERBS:
            spans.extend(_depositary_span(reading, view, i))
        elif word == "," and _trailing_participle(reading, view, i + 1):
            spans.append((i, view.tok_end))  # ", vowing to keep supporting Kyiv"
        elif word == "as" and reading.lower(i - 1) in en.WITNESS_VERBS and i - 1 > view.tok:
            spans.append((view.tok, i))  # "the envoy looked on as X and Y signed"
        elif (word in _MEDIATED and reading.lower(i + 1) == "by") or (
            word in _MEDIATION_NOUNS and reading.lower(i + 1) == "of"
        ):
            end = _list_end(reading, view, i + 2)
            if i - view.tok < 4:
                # a fronted adjunct ends at its comma: "With the mediation of Peru, Chile
                # and Bolivia signed ..."
                end = next((j for j in range(i, end) if reading.lower(j) == ","), end)
            spans.append((i, end))
        elif (
            word == ","
            and reading.lower(i + 1) == "a"
            and reading.lower(i + 2) in _SUMMING_NOUNS
            and reading.lower(i + 3) in ("that", "which")
        ):
            spans.append((i, view.tok_end))
    return spans


def _trailing_participle(reading: Reading, view: SentenceView, i: int) -> bool:
    """Whether token ``i``, after a comma, opens a participle clause that tells what the
    signers meant or did besides ("vowing to keep supporting Kyiv", "pledging aid to
    Gaza"): the states it names are context. Only after a step of an agreement, not in a
    clause before it ("Speaking in Beijing, ...")."""
    if reading.lower(i) not in en.STANCE_PARTICIPLES:
        return False
    return any(c.tok < i for c in view.cues_of("agreement_verbs"))


_DEPOSIT_VERBS = en.DEPOSIT_VERBS
_DEPOSITARY_WORDS = en.DEPOSITARY_WORDS
_DEPOSIT_REACH = 12  # tokens from "deposited" to the "with" that names the keeper


def _depositary_span(reading: Reading, view: SentenceView, verb: int) -> list[tuple[int, int]]:
    """ "deposited its instrument of accession with the U.S. State Department in Washington,":
    the keeper of the treaty, from "with"/"in" to the next comma, names no party."""
    stop = min(verb + _DEPOSIT_REACH, view.tok_end)
    keeper = next((j for j in range(verb + 1, stop) if reading.lower(j) in ("with", "in")), None)
    if keeper is None:
        return []
    end = next((j for j in range(keeper + 1, view.tok_end) if reading.lower(j) == ","), None)
    return [(keeper, end if end is not None else view.tok_end)]


def _depositary(reading: Reading, m: Mention) -> bool:
    """ "the United States, the depositary of the treaty": the state is the treaty's keeper."""
    return reading.lower(m.tok_end) == "," and any(
        reading.lower(m.tok_end + k) in _DEPOSITARY_WORDS for k in (1, 2, 3)
    )


_MEDIATED = en.MEDIATED


def _mediator(reading: Reading, m: Mention) -> bool:
    """ "a China-brokered deal", "the Qatari-mediated truce": the state before the hyphen
    brought the parties together; it is not one of them."""
    if reading.token_text(m.tok_end) not in ("-", "–"):
        return False
    return reading.lower(m.tok_end + 1) in _MEDIATED


_RECIPROCAL = en.RECIPROCAL


def _np_parties(reading: Reading, view: SentenceView, np) -> list[list[str]]:
    """Party lists bound to one noun phrase by its own words, or [] to use the sentence's:
    "between X and Y", "with X and Y" (one agreement each when the noun is plural), a
    hyphenated prefix ("Japan-U.S. Status of Forces Agreement"), "treaty allies X and Y"."""
    start, end, _kind = np
    doc = reading.doc
    plural = doc[end - 1].lower_ in _PLURAL_TERMS
    after = doc[end].lower_ if end < len(doc) else ""
    after_i = end
    allies = after in ("ally", "allies", "partner", "partners")
    if allies:
        after_i, after, plural = end + 1, "with", True
    # Skip a short qualifier: "agreements only with", "pact signed last year with".
    j = end
    while j < min(end + 3, view.tok_end) and doc[j].lower_ not in _LIST_WORDS:
        if doc[j].text == "," and _absolute_with(reading, view, j + 1):
            break  # ", with Russia and Iran due to ink a similar one": another clause
        j += 1
    if j < view.tok_end and doc[j].lower_ in _LIST_WORDS:
        after, after_i = doc[j].lower_, j + 1
    if after == "with" and (reading.lower(after_i), reading.lower(after_i + 1)) in _RECIPROCAL:
        # "Japan, Australia and India signed pacts with one another": each pair, or one
        # agreement among them all when the noun is singular
        states = codes([m for m in _party_mentions(reading, view) if m.tok < start])
        if plural and len(states) > 2:
            return [list(p) for p in combinations(states, 2)]
        return [states] if len(states) >= 2 else []
    if after in _LIST_WORDS:
        listed = _listed_after(reading, view, after_i)
        if listed:
            background = _background_spans(reading, view)
            listed = [m for m in listed if not any(a <= m.tok < b for a, b in background)]
        if listed:
            inner = [
                m
                for m in view.mentions
                if end <= m.tok < after_i - 1 and reading.lex.is_state(m.code)
            ]
            described = None
            if after == "with" and not inner:
                described = _described_signer(reading, view, start, {m.code for m in listed})
            if described == []:
                return _UNRESOLVED
            anchor = described or (
                inner[:1]
                or _subject_anchor(reading, view, np, listed)
                or _anchor(reading, view, start)
                or (_signing_body(reading, view, start) if after == "with" else [])
            )
            if not anchor and after == "with":
                anchor = _last_state_before(reading, view, {m.code for m in listed})
            if after != "with":
                return [codes(listed)]
            several = _several_signers(reading, view, start, listed) if not inner else []
            if several:
                # "Japan and Australia each signed a deal with the Philippines", "Both
                # Australia and Japan signed pacts with Manila": each signer with the partner;
                # "Japan and Australia signed a deal with the Philippines": one among all
                if plural or "each" in reading.lowers(several[-1].tok_end, start):
                    return [[s, c] for s in codes(several) for c in codes(listed)]
                return [codes(several + listed)]
            if plural and anchor:
                return [[anchor[0].code, c] for c in codes(listed) if c != anchor[0].code]
            if plural and after == "with" and len(codes(listed)) >= 2:
                # "the Senate approved treaties with Britain and with Australia": each partner
                # is bound to a signer the sentence does not name, not to the others
                return _UNRESOLVED
            return [codes(anchor[:1] + listed)] if anchor else [codes(listed)]
    if allies:
        # "treaty allies in Southeast Asia", "its oldest treaty ally": allies with no list of
        # their own name no one agreement, whatever states the sentence names
        return _UNRESOLVED
    prefix = [
        m for m in view.mentions if start - 6 <= m.tok < start and reading.lex.is_state(m.code)
    ]
    # "Javier Gonzalez-Olaechea signed the memorandum": a verb between the hyphen and the
    # noun phrase makes the hyphen part of a name, not a prefix of parties.
    verb_toks = [c.tok for c in view.cues_of("agreement_verbs") if c.tok < start]
    hyphenated = [
        m
        for m in prefix
        if reading.token_text(m.tok_end) in ("-", "–")
        and not _mediator(reading, m)
        and not any(m.tok_end < v for v in verb_toks)
    ]
    if hyphenated:
        chain = hyphenated + [m for m in prefix if m.tok > hyphenated[-1].tok]
        return [codes(chain)]
    return []


_DESCRIPTIVE_HEADS = en.DESCRIPTIVE_HEADS
_AUXILIARIES = en.AUXILIARIES
# The signer is a state described, not named, and the article leaves open which: no record.
_UNRESOLVED: list[list[str]] = [[]]


def _several_signers(reading: Reading, view: SentenceView, np_start: int, listed) -> list:
    """The states, two or more, that sign "with" the listed partner: the plain list of
    states right before the signing verb of the noun phrase ("Japan and Australia (each)
    signed a deal with ..."); [] when fewer or not a plain list."""
    verbs = [
        c
        for c in view.cues_of("agreement_verbs", "signed")
        if np_start - 5 <= c.tok < np_start and c.text.lower() in _SIGNS_A_DOCUMENT
    ]
    if not verbs:
        return []
    partners = {m.code for m in listed}
    group = [
        m
        for m in mention_group_before(reading, view, verbs[-1].tok, max_gap=3)
        if reading.lex.is_state(m.code) and is_role_candidate(reading, m)
    ]
    glue = {",", "and", "the", "both", "each", "have", "has", "had", "also", "jointly"}
    if len(group) < 2 or any(m.code in partners for m in group):
        return []
    i = group[0].tok - 1
    while i >= view.tok and reading.lower(i) in ("the", "both"):
        i -= 1
    if i >= view.tok and reading.lower(i) not in (",", ";", "that", "when", "after", "as"):
        return []  # "agreements with Australia and Britain, and signed one": objects
    gaps = [reading.lower(i) for a, b in pairwise(group) for i in range(a.tok_end, b.tok)]
    gaps += reading.lowers(group[-1].tok_end, verbs[-1].tok)
    if not all(w in glue for w in gaps):
        return []
    return group


def _described_signer(
    reading: Reading, view: SentenceView, np_start: int, partners: set[str]
) -> list[Mention] | None:
    """ "after the East Asian nation signed similar pacts with Australia": the signer is a
    state described, not named. It is the one state the article names besides the partners;
    [] when the article names more (no telling which); None when the signer is not described."""
    verbs = [c for c in view.cues_of("agreement_verbs") if np_start - 4 <= c.tok < np_start]
    if not verbs:
        return None
    i = verbs[-1].tok - 1
    while i > view.tok and reading.lower(i) in _AUXILIARIES:
        i -= 1
    if reading.lower(i) not in _DESCRIPTIVE_HEADS:
        return None
    names = {t for m in view.mentions for t in range(m.tok, m.tok_end)}
    j = i - 1
    while j > view.tok and j >= i - 4 and reading.lower(j) != "the":
        if not reading.doc[j].is_alpha or j in names:
            return None  # "Japan's neighbour", "the US-allied nation": named, not described
        j -= 1
    if reading.lower(j) != "the":
        return None
    states: dict[str, Mention] = {}
    for other in reading.sentences:
        for m in other.mentions:
            if m.code not in partners and reading.lex.is_state(m.code):
                states.setdefault(m.code, m) if is_role_candidate(reading, m) else None
    return list(states.values()) if len(states) == 1 else []


def _signers(reading: Reading, view: SentenceView, np, nps) -> list[str]:
    """The states that sign: the run of actors right before the noun phrase's own verb
    ("Putin and North Korean leader Kim Jong Un signed", "The Australian, US, and UK
    governments have jointly announced")."""
    verbs = _owned(view.cues_of("agreement_verbs"), np, nps)
    if not verbs:
        return []
    group = subject_mentions(reading, view, verbs[0].start) if _ambiguous(reading, view) else None
    if group is None:  # no parse asked or none to tell: the run of actors before the verb
        group = mention_group_before(reading, view, verbs[0].tok, max_gap=10)
    sources = _attribution(reading, view, verbs[0].tok)
    background = _background_spans(reading, view)
    return codes(
        [
            m
            for m in group
            if m.tok not in sources
            and not any(a <= m.tok < b for a, b in background)
            and (reading.lex.is_state(m.code) or _co_signing_body(reading, m, group))
            and is_role_candidate(reading, m)
            and not _mediator(reading, m)
        ]
    )


def _auxiliary_or_adverb(reading: Reading, i: int) -> bool:
    return reading.lower(i) in _AUXILIARIES or reading.lower(i).endswith("ly")


def _stationed_pair(reading: Reading, view: SentenceView, np) -> list[list[str]]:
    """The parties of an agreement that a state's forces are abroad under ("US troops
    stationed in South Korea under the 1953 treaty", "the Russian base opened in Tajikistan
    under an earlier agreement"): the forces' state and the host named after "in" before
    "under"; [] unless the sentence says so."""
    start = np[0]
    under = next(
        (
            i
            for i in range(start - 1, max(view.tok, start - 5) - 1, -1)
            if reading.lower(i) == "under"
        ),
        None,
    )
    if under is None:
        return []
    owner = host = None
    for m in view.mentions:
        if m.tok >= under:
            break
        if not reading.lex.is_state(m.code):
            continue
        if owner is None and _owns_forces(reading, m):
            owner = m
        elif owner is not None and _after_host_word(reading, m):
            host = m
    if owner is None and reading.lower(view.tok) in ("it", "its"):
        # "The Russian base is in Tajikistan. It opened there under a 1993 agreement": the
        # pronoun stands for the forces the sentence before named
        owner = _forces_before(reading, view)
        host = next(
            (m for m in view.mentions if m.tok < under and _after_host_word(reading, m)), None
        )
    if owner is None or host is None or owner.code == host.code:
        return []
    return [[owner.code, host.code]]


def _after_host_word(reading: Reading, m: Mention) -> bool:
    """ "in Tajikistan", "to the Philippines": the mention names where forces are."""
    before = m.tok - 1 - (reading.lower(m.tok - 1) == "the")
    return reading.lex.is_state(m.code) and reading.lower(before) in en.HOST_BEFORE


def _forces_before(reading: Reading, view: SentenceView) -> Mention | None:
    """The state whose forces the sentence before names ("The Russian military base ...")."""
    if view.index == 0:
        return None
    prev = reading.sentences[view.index - 1]
    return next(
        (m for m in prev.mentions if reading.lex.is_state(m.code) and _owns_forces(reading, m)),
        None,
    )


def _owns_forces(reading: Reading, m: Mention) -> bool:
    """ "US troops", "American soldiers", "the Russian military base": the mention qualifies
    a noun for forces, directly or after one more modifier; or it is the subject of a verb
    of stationing ("Germany will station a brigade", "Russia has deployed jets")."""
    i = m.tok_end
    if reading.lower(i) in en.FORCE_NOUNS or (
        reading.doc[i].is_alpha and reading.lower(i + 1) in en.FORCE_NOUNS
    ):
        return True
    while reading.lower(i) in en.MODALS or reading.lower(i) in _AUXILIARIES:
        i += 1
    return reading.lower(i) in en.STATIONING_VERBS


def _members_sign(reading: Reading, view: SentenceView, np, nps) -> bool:
    """Whether the signers are an organisation's members, unnamed ("the declaration that
    ASEAN members signed in 1971", "EU member states have ratified the pact"): the states the
    sentence or the text names besides are no parties of it."""
    verbs = _owned(view.cues_of("agreement_verbs"), np, nps)
    if not verbs:
        return False
    i = verbs[0].tok - 1
    while i > view.tok and _auxiliary_or_adverb(reading, i):
        i -= 1
    if reading.lower(i) not in en.MEMBER_WORDS:
        return False
    i -= reading.lower(i - 1) == "member"  # "member states", "member countries"
    return any(
        m.tok_end == i and reading.lex.types.get(m.code) == "organisation" for m in view.mentions
    )


def _co_signing_body(reading: Reading, m: Mention, group: list[Mention]) -> bool:
    """ "The European Union and Kenya signed ...", "Kenya and the EU signed ...": an
    organisation named by name in a list of signers beside a state signs itself (not "at the
    EU summit, France and Germany signed")."""
    if m.kind != "org" or reading.lex.types.get(m.code) != "organisation":
        return False
    if reading.lower(m.tok_end) == "and":
        return (
            reading.lower(m.tok - 1) not in _NOT_SIGNER_BEFORE
            and reading.lower(m.tok - 2) not in _NOT_SIGNER_BEFORE
            and any(reading.lex.is_state(o.code) and o.tok > m.tok for o in group)
        )
    before = m.tok - 1 - (reading.lower(m.tok - 1) == "the")
    return reading.lower(before) == "and" and any(
        reading.lex.is_state(o.code) and o.tok_end == before for o in group
    )


_NOT_SIGNER_BEFORE = ("to", "of", "at", "in", "from", "with")


def _signing_body(reading: Reading, view: SentenceView, np_start: int) -> list[Mention]:
    """ "The European Union signed a partnership with Japan": an organisation that is the
    subject right before the signing verb (auxiliaries and adverbs between) signs itself."""
    verbs = [
        c
        for c in view.cues_of("agreement_verbs")
        if c.value == "signed" and np_start - 8 <= c.tok < np_start
    ]
    if not verbs:
        return []
    for m in view.mentions:
        if m.kind != "org" or reading.lex.types.get(m.code) != "organisation":
            continue
        if m.tok > view.tok + 1 or reading.lex.is_state(m.code) or m.code in _GROUPINGS:
            continue  # the sentence's opening subject only ("The EU", "ASEAN")
        between = range(m.tok_end, verbs[0].tok)
        if all(_auxiliary_or_adverb(reading, i) for i in between):
            return [m]
    return []


def _attribution(reading: Reading, view: SentenceView, verb: int) -> range:
    """The tokens of a source the sentence cites before the verb ("According to AFP, Kyodo and
    Singapore's Straits Times, Japan and the Philippines signed"): from the attribution word
    to the last comma before the verb. The outlets and their countries sign nothing."""
    opening = next((i for i in range(view.tok, verb) if reading.lower(i) in _ATTRIBUTIONS), None)
    if opening is None:
        return range(0)
    commas = [i for i in range(opening, verb) if reading.token_text(i) == ","]
    return range(opening, commas[-1]) if commas else range(0)


_ATTRIBUTIONS = en.ATTRIBUTIONS


def _last_state_before(reading: Reading, view: SentenceView, besides: set[str]) -> list[Mention]:
    """ "the treaty with Moscow" in an article about North Korea: the other party is the state
    the text was last about."""
    for prev in reversed(reading.sentences[max(0, view.index - 3) : view.index]):
        for m in prev.mentions:
            if (
                reading.lex.is_state(m.code)
                and m.code not in besides
                and is_role_candidate(reading, m)
            ):
                return [m]
    return []


def _signatories(reading: Reading, view: SentenceView, verb: Cue) -> list[str]:
    """The people who signed, as the text names them: "Putin and North Korean leader Kim
    Jong Un signed"."""
    group = mention_group_before(reading, view, verb.tok, max_gap=10)
    return [reading.text[m.start : m.end] for m in group if m.kind in ("official", "person")]


def _listed_after(reading: Reading, view: SentenceView, tok: int) -> list[Mention]:
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
            continue
        if reading.doc[i].like_num or word in _COUNT_OPENERS:
            # "with the EU and 19 individual states, including the USA and Japan"
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


def _signs_itself(reading: Reading, code: str) -> bool:
    """An organisation named in a list of parties signs itself ("an accord among Russia,
    Ukraine, Turkey and the United Nations"); a grouping stands for its members."""
    return code in _GROUPINGS or reading.lex.types.get(code) == "organisation"


def _including_after(reading: Reading, view: SentenceView, i: int) -> int | None:
    """The token after "including" when a count of partners introduces named ones."""
    for j in range(i + 1, min(i + 7, view.tok_end)):
        word = reading.lower(j)
        if word == "including":
            return j + 1
        if not (reading.doc[j].is_alpha or reading.doc[j].like_num or word == ","):
            return None
    return None


def parse_candidates(reading: Reading) -> list[SentenceView]:
    """The sentences whose parse the agreement reader will ask for: an agreement word in a
    sentence that names three states or more (see :func:`_ambiguous`)."""
    return [v for v in reading.sentences if v.has("agreement_terms") and _ambiguous(reading, v)]


def _ambiguous(reading: Reading, view: SentenceView) -> bool:
    """Whether the sentence names three states or more: only then can the words around an
    agreement leave its parties in doubt, and only then is the (dear) parse asked for."""
    seen: set[str] = set()
    for m in view.mentions:
        if reading.lex.is_state(m.code):
            seen.add(m.code)
            if len(seen) >= 3:
                return True
    return False


def _subject_anchor(reading: Reading, view: SentenceView, np, listed) -> list[Mention]:
    """The state that makes an agreement "with" others: the subject of the verb governing the
    noun phrase, from the parse (a relative pronoun stands for its antecedent)."""
    if not _ambiguous(reading, view):
        return []
    group = governing_subject(reading, view, reading.doc[np[0]].idx)
    if not group:
        return []
    partners = {m.code for m in listed}
    return [
        m
        for m in group
        if reading.lex.is_state(m.code) and m.code not in partners and is_role_candidate(reading, m)
    ][:1]


def _anchor(reading: Reading, view: SentenceView, np_start: int) -> list[Mention]:
    """The actor the sentence is about, before the noun phrase: its first state mention."""
    return [
        m
        for m in view.mentions
        if m.tok < np_start and reading.lex.is_state(m.code) and is_role_candidate(reading, m)
    ][:1]


def _expand_groupings(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if m.code in _GROUPINGS:
            for member, _joined, left in reading.lex.members.get(m.code, []):
                if not left:
                    out.append(Mention(m.start, m.end, member, "org-member", m.tok, m.tok_end))
        else:
            out.append(m)
    return out


def _owned(
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
        return max(0, cue.tok - other[1]), 1

    return [c for c in cues if min(nps, key=lambda o: distance(c, o)) is np]


def _shared_verbs(reading: Reading, view: SentenceView, np, nps, depth: int = 0) -> list[Cue]:
    """ "Kenya signed a security pact with Somalia and a trade deal with Ethiopia", "signed
    LEMOA in 2016, COMCASA in 2018 and BECA in 2020": the verb before the first of a list of
    conjoined noun phrases governs the others too."""
    before = [o for o in nps if o[1] <= np[0]]
    if not before or depth > 8:
        return []
    prev = before[-1]
    i = prev[1]
    if reading.lower(i) in _LIST_WORDS:
        listed = _listed_after(reading, view, i + 1)
        if not listed:
            return []
        i = max(m.tok_end for m in listed)
    i = _after_own_date(reading, view, i)
    if reading.lower(i) not in ("and", ",") or np[0] - i > 5:
        return []
    if reading.lower(i) == "," and not _list_goes_on(reading, view, np, nps):
        return []  # "signed a pact with Peru, a deal that ...": another name, not a list
    if not all(reading.doc[j].is_alpha for j in range(i + 1, np[0])):
        return []
    if any(i < c.tok < np[0] for c in view.cues_of("agreement_verbs")):
        return []
    own = [
        c
        for c in _owned(view.cues_of("agreement_verbs"), prev, nps, reading)
        if c.tok_end <= prev[0]
    ]
    return own or _shared_verbs(reading, view, prev, nps, depth + 1)


def _list_goes_on(reading: Reading, view: SentenceView, np, nps) -> bool:
    """An "and" joins a further agreement to the list after ``np`` ("COMCASA in 2018 and
    BECA in 2020")."""
    later = [o for o in nps if o[0] >= np[1]]
    if not later:
        return False
    i = _after_own_date(reading, view, np[1])
    return reading.lower(i) == "and" and later[0][0] - i <= 5


def _after_own_date(reading: Reading, view: SentenceView, i: int) -> int:
    """The token after a date told right at token ``i`` ("in 2016", "on 5 May 2020")."""
    if reading.lower(i) not in ("in", "on"):
        return i
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and span.start == i + 1:
            return span.end
    return i


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


_RELATIONS = en.RELATIONS


# "an agreement to extend the treaty": the agreement is a step in another agreement's life.
_STEP_VERBS = en.STEP_VERBS


def _step_of_another(reading: Reading, end: int) -> bool:
    """ "an agreement to extend the treaty", "a protocol on the exchange of instruments of
    ratification": a step in another agreement's life, not an agreement of its own."""
    if reading.lower(end) == "to" and reading.lower(end + 1) in _STEP_VERBS:
        return True
    words = reading.lowers(end + 1, min(len(reading.doc), end + 6))
    return reading.lower(end) in ("on", "of", "for") and not _STEP_NOUNS.isdisjoint(words)


_STEP_NOUNS = en.STEP_NOUNS


def _pair_signs(view: SentenceView, signing: list[Cue], parties: list[str]) -> bool:
    """ "India and Bhutan signed several agreements", "the two sides inked deals", "Israel
    and Azerbaijan enjoy security agreements": two states signing or holding agreements
    between them are bound to each other (one record for the pair)."""
    holding = any(c.text.lower() in _HOLD for c in view.cues_of("existence_cues"))
    return (bool(signing) or holding) and len(set(parties)) == 2


_HOLD = en.HOLD


def _descriptor(reading: Reading, view: SentenceView, start: int) -> tuple[str, ...]:
    """The modifiers before an agreement word when one of them is a proper word that names
    no state: "the Black Sea grain deal" -> ("black", "sea", "grain"). Two mentions with the
    same descriptor speak of the same agreement."""
    names = {i for m in view.mentions for i in range(m.tok, m.tok_end)}
    words = []
    i = start - 1
    while i >= view.tok and i >= start - 5:
        t = reading.doc[i]
        if not t.is_alpha or t.lower_ in _DEFINITE or t.lower_ in ("a", "an") or i in names:
            break
        words.append(t)
        i -= 1
    if not any(t.text[:1].isupper() for t in words) or title_case(reading, view):
        return ()
    return tuple(t.lower_ for t in reversed(words))


def _bare_accord(reading: Reading, start: int) -> bool:
    """ "reached agreement on admitting Bahrain": agreement without an article is consent to
    a decision, not a document that binds."""
    return reading.lower(start) == "agreement" and reading.lower(start - 1) in (
        "reached",
        "reach",
        "reaches",
        "in",
    )


def _agent_after(reading: Reading, cue: Cue, np_start: int) -> bool:
    """ "the war that was suspended by an armistice agreement": the agreement after "by" is
    the agent of the step, not what the step happened to."""
    return reading.lower(cue.tok_end) == "by" and cue.tok_end < np_start <= cue.tok_end + 5


def _definite_with_own_parties(reading: Reading, view: SentenceView, start: int, end: int) -> bool:
    """ "The mutual defence treaty between the United States and South Korea ...": a definite
    noun phrase that names its own parties speaks of an agreement that exists ("the
    partnership between" two states is as often their relations as an agreement)."""
    det = start - 1
    while det >= view.tok and det >= start - 4 and reading.doc[det].is_alpha:
        if reading.lower(det) in ("the", "their"):
            break
        det -= 1
    if reading.lower(det) not in ("the", "their") or reading.lower(end - 1) in _RELATIONS:
        return False
    for j in range(end, min(view.tok_end, end + 4)):
        if reading.lower(j) in ("between", "among"):
            return bool(_listed_after(reading, view, j + 1))
    return False


def _build(reading: Reading, view: SentenceView, np, parties, nps) -> _Mention:
    start, end, kind = np
    verbs = [
        c
        for c in _owned(view.cues_of("agreement_verbs"), np, nps, reading)
        if not _agent_after(reading, c, start)
    ] or _shared_verbs(reading, view, np, nps)
    lifecycle = [c for c in verbs if c.value not in ("signed", "accession")]
    if kind == "relations":
        # "agreed to restore diplomatic relations": the restoring is what was agreed
        lifecycle = [c for c in lifecycle if not start - 2 <= c.tok < start]
    # "entered into force": the longer cue says the step; its "entered into" signs nothing
    steps = {i for c in lifecycle for i in range(c.tok, c.tok_end)}
    verbs = [c for c in verbs if c in lifecycle or not steps & set(range(c.tok, c.tok_end))]
    if any(c.text.lower() == "into law" for c in lifecycle):
        verbs = [c for c in verbs if c.value != "signed"]  # "signed ... into law" ratifies
    signing = [
        c for c in verbs if c.value == "signed" and not (lifecycle and c.text.lower() in _SOFT_SIGN)
    ]
    own_date, own_verb = trailing_date(reading, view, np, nps)
    if own_verb and not signing and not lifecycle:
        # "the Declaration ... signed on 3 July 2008": a signing told of this noun phrase
        signing = [c for c in view.cues_of("agreement_verbs", "signed") if c.tok >= end][:1]
    existing = view.cues_of("existence_cues")
    if signing or lifecycle:
        # "signed a pact under the framework of the previous accord": the cue tells of the
        # accord it governs, not of the pact the sentence signs
        existing = [c for c in existing if np in _existence_targets(reading, c, nps)]
    background = (
        bool(existing)
        or year_before(reading, start) is not None
        or _definite_with_own_parties(reading, view, start, end)
        or _content_told(reading, view, end)
    )
    name = _name(reading, view, start, end) or _grouping_before(view, start)
    strength = "strong" if (signing or lifecycle) else "weak"
    if background or (name and strength == "weak"):
        strength = "background"
    if kind == "document" or _step_of_another(reading, end) or _bare_accord(reading, start):
        strength = "weak"  # "the document" refers to an agreement named elsewhere
    generic = reading.doc[end - 1].lower_ in _PLURAL_TERMS and not year_before(reading, start)
    if (
        generic
        and not _listed_after(reading, view, end + 1)
        and not _pair_signs(view, signing, parties)
    ):
        strength = "weak"  # "previous agreements", "nine agreements": no one agreement
    if kind == "joint_statement" and reading.lower(start - 2) in ("in", "said", "through"):
        strength = "weak"  # "said in a joint statement": a statement, not an agreement
    relations = kind == "relations"
    kind = "agreement" if relations else kind
    m = _Mention(view, start, end, kind, _with_groupings(reading, view, parties), strength)
    m.relations = relations
    m.anaphoric = kind == "document" or _is_anaphoric(reading, view, start)
    m.plural = generic
    m.descriptor = _descriptor(reading, view, start)
    m.level = _level(reading, view, start, end) if kind == "partnership" else frozenset()
    m.pair = _names_a_pair(reading, view)
    m.name = name
    m.acronym = _acronym_of(reading, start, end)
    m.bare_definite = (
        end - start == 1 and not name and reading.lower(start - 1) in ("the", "this", "that")
    )
    m.another = _told_as_another(reading, view, start, signing)
    m.signed = signing_date(reading, view, np, signing, nps)
    # "restored their pact, GSOMIA, on Monday": a date after a name dates a signing only in a
    # sentence that tells of no other step
    steps_told = any(
        c.value not in ("signed", "accession") for c in view.cues_of("agreement_verbs")
    )
    if (
        own_date
        and (own_verb or (view.has("agreement_verbs") and not steps_told))
        and not lifecycle
    ):
        m.signed = own_date
    m.place = _place(reading, view, signing) if signing else None
    for c in lifecycle:
        date = nearest_date(reading, view, c.tok, nps, np)
        m.events.append(Event(c.value, date, [view.evidence()]))
    if signing:
        if m.signed is None:
            m.day = unresolved_day(reading, view, signing[0].tok)
        m.events.append(Event("signed", m.signed, [view.evidence()]))
        m.signatories = _signatories(reading, view, signing[0])
    before = reading.sentences[max(0, view.index - 2) : view.index]
    span = _clauses_of(reading, view, np, nps)
    owns = _owns_defense(reading, view, np, nps) or (
        span is not None and _alone_in(reading, span, nps)
    )
    owns = owns and not _defence_only_in_other_names(reading, view, np)
    m.defense = defense_stance(view, before, span) if owns else None
    if (
        name
        and ("defense" in name.lower() or "defence" in name.lower())
        and "mutual" in name.lower()
    ):
        m.defense = True if m.defense is None else m.defense
    later = [o[0] for o in nps if o[0] > start]
    m.provisions = provisions_in(reading, view, np, min(later) if later else None)
    if generic and m.strength == "weak" and not _definite_plural(reading, view, start):
        # "such agreements have been signed since 1994": a date of agreements in general
        # dates none of them ("the agreements signed on Thursday include ..." are those)
        m.signed, m.events = None, [e for e in m.events if e.kind != "signed"]
    return m


def _level(reading: Reading, view: SentenceView, start: int, end: int) -> frozenset[str]:
    """The rank words of a partnership's noun phrase and the modifiers right before it
    ("comprehensive", "strategic": the ranks of upgrades; "special" or "global" are often
    left out of a short mention of the same partnership)."""
    i = start
    while i > view.tok and start - i < 4 and reading.doc[i - 1].is_alpha:
        i -= 1
        if reading.lower(i) in _DEFINITE or reading.lower(i) in ("a", "an", "to", "from"):
            i += 1
            break
    words = set()
    for j in range(i, end):
        words.update(reading.lower(j).split("-") + [reading.lower(j)])
    return frozenset(words & en.PARTNERSHIP_LEVELS)


def _definite_plural(reading: Reading, view: SentenceView, start: int) -> bool:
    """ "the agreements", "these pacts", "their three deals": particular agreements."""
    return any(
        reading.lower(i) in ("the", "these", "those", "their", "its")
        for i in range(max(view.tok, start - 4), start)
    )


_ANOTHER = en.ANOTHER
_ORDINALS = en.ORDINALS


def _told_as_another(reading: Reading, view: SentenceView, start: int, signing: list[Cue]) -> bool:
    """ "another pact", "a second deal", "they also signed an agreement on space": an
    agreement the text tells apart from those it has named before."""
    i = start - 1
    while i > view.tok and i > start - 6 and reading.lower(i) not in _ARTICLES:
        i -= 1
    article = reading.lower(i)
    if article in _ANOTHER or (article in ("a", "an") and reading.lower(i + 1) in _ORDINALS):
        return True
    if article not in ("a", "an"):
        return False
    verb = next((c for c in signing if c.tok_end == i), None)
    return verb is not None and "also" in {reading.lower(j) for j in range(verb.tok - 2, verb.tok)}


_ARTICLES = frozenset(("a", "an", "the", *en.ANOTHER))


_CONTENT_VERBS = en.CONTENT_VERBS


def _content_told(reading: Reading, view: SentenceView, end: int) -> bool:
    """ "Russia's new treaty with Iran does not include a mutual defence clause", "the pact
    obliges both sides ...": the agreement, subject of a verb that tells what it contains,
    exists (a plan in the sentence makes it a plan all the same)."""
    i = after_name(reading, end, min(view.tok_end, end + 12))
    listed = _listed_after(reading, view, i + 1) if reading.lower(i) in _LIST_WORDS else []
    if listed:
        i = max(m.tok_end for m in listed)
    for j in range(i, min(view.tok_end, i + 3)):
        if reading.lower(j) in _CONTENT_VERBS:
            return True
        if reading.lower(j) not in ("does", "do", "did", "not", "also", "n't", "only"):
            return False
    return False


def _acronym_of(reading: Reading, start: int, end: int) -> str | None:
    """The acronym a noun phrase is ("the RAA") or defines ("Reciprocal Access Agreement
    (RAA)")."""
    if end - start == 1 and reading.doc[start].is_upper and len(reading.token_text(start)) > 1:
        return reading.token_text(start)
    if reading.token_text(end) == "(" and reading.token_text(end + 2) == ")":
        word = reading.doc[end + 1]
        return word.text if word.is_upper else None
    return None


def _existence_targets(reading: Reading, cue: Cue, nps) -> list:
    """The agreement noun phrases an existence cue speaks of: the one it is part of ("treaty
    allies"), else the first after it ("the previous accord", "under the 1953 treaty") with
    the ones it goes on to list ("previous agreements, including the 2020 trade deal and the
    pact signed in 2024"), else the last before it ("the pact, in force since 1990")."""
    for np in nps:
        if np[0] <= cue.tok < np[1] or cue.tok <= np[0] < cue.tok_end:
            return [np]
    after = [np for np in nps if np[0] >= cue.tok_end]
    if after:
        words = set(reading.lowers(after[0][1], after[-1][0]))
        return after if words & _INCLUDING else after[:1]
    before = [np for np in nps if np[1] <= cue.tok]
    return before[-1:]


_INCLUDING = en.INCLUDING


def _date_each(reading: Reading, view: SentenceView, np, m: _Mention) -> None:
    """One of several agreements listed with their own years takes its own year."""
    year = year_after(reading, view, m.parties[-1], np[1])
    if year is None:
        return
    m.signed = year
    m.events = [replace(e, date=year) if e.kind == "signed" else e for e in m.events]


def _grouping_before(view: SentenceView, start: int) -> str | None:
    """A grouping that names the agreement: "the AUKUS security partnership"."""
    for m in view.mentions:
        if m.code in _GROUPINGS and m.tok_end in (start, start - 1):
            return view.text[m.start - view.start : m.end - view.start]
    return None


def _named_grouping(reading: Reading, view: SentenceView) -> list[str]:
    for m in view.mentions:
        if m.code in _GROUPINGS:
            return [c for c, _joined, left in reading.lex.members.get(m.code, []) if not left]
    return []


def _with_groupings(reading: Reading, view: SentenceView, parties: list[str]) -> list[str]:
    out = list(parties)
    for mention in view.mentions:
        if mention.code in _GROUPINGS and len(out) < 2:
            for member, _joined, left in reading.lex.members.get(mention.code, []):
                if not left and member not in out:
                    out.append(member)
    # Organisations reach ``parties`` only from a list of parties or an accession.
    return [c for c in out if reading.lex.is_state(c) or _signs_itself(reading, c)]


_PRONOUN_OPENINGS = ("it ", "its ", "it’s ", "this ")


def _pronoun_clause_defense(
    reading: Reading, view: SentenceView, found: list[_Mention], earlier: _Antecedents
) -> None:
    """ "It does not include a defence clause, unlike the treaty with Pyongyang, which ...":
    the clauses before the first agreement named speak of the one the pronoun takes up."""
    target = earlier.last_told
    if not found or target is None or target.defense is not None:
        return
    contrast = _unlike_opening(view)
    if contrast is not None:
        # "Unlike Moscow's pact with Pyongyang, it does not oblige either side to ...": the
        # clauses after the contrast speak of the agreement the pronoun takes up; the one
        # named in the contrast is only set against it
        for m in found:
            if reading.doc[m.np_start].idx < view.start + contrast:
                m.defense = None
        rest = view.text[contrast:].lstrip(" ,").lower()
        if rest.startswith(_PRONOUN_OPENINGS):
            target.defense = defense_stance(view, (), (view.start + contrast, view.end))
        return
    if not view.text.lower().startswith(_PRONOUN_OPENINGS):
        return
    first = min(reading.doc[m.np_start].idx for m in found)
    clauses = [c for c in clause_spans(view) if c[1] <= first]
    if clauses:
        target.defense = defense_stance(view, (), (clauses[0][0], clauses[-1][1]))


def _unlike_opening(view: SentenceView) -> int | None:
    """The end (sentence characters) of an opening "Unlike X," contrast, or None."""
    if not view.text.lower().startswith("unlike "):
        return None
    comma = view.text.find(",")
    return comma if comma > 0 else None


def _alone_in(reading: Reading, span: tuple[int, int], nps) -> bool:
    """Whether one agreement only is named inside ``span`` (document characters)."""
    return sum(span[0] <= reading.doc[o[0]].idx < span[1] for o in nps) == 1


def _clauses_of(reading: Reading, view: SentenceView, np, nps) -> tuple[int, int] | None:
    """The clauses that speak of the agreement ``np`` (document characters): its own clause
    and the ones after it up to the next agreement's; the first agreement also takes the
    clauses before it, unless the sentence opens with a pronoun ("It lacks a defence clause,
    unlike the treaty with Pyongyang, which ..."). None when the sentence is one clause."""
    clauses = clause_spans(view)
    if len(clauses) < 2:
        return None
    at = reading.doc[np[0]].idx
    others = [reading.doc[o[0]].idx for o in nps if o is not np]
    k = next(i for i, (a, b) in enumerate(clauses) if a <= at < b or i == len(clauses) - 1)
    first, last = k, k
    while last + 1 < len(clauses) and not any(
        clauses[last + 1][0] <= o < clauses[last + 1][1] for o in others
    ):
        last += 1
    earlier_np = any(o < clauses[k][0] for o in others)
    if not earlier_np and not view.text.lower().startswith(_PRONOUN_OPENINGS):
        first = 0
    return clauses[first][0], clauses[last][1]


def _owns_defense(reading: Reading, view: SentenceView, np, nps) -> bool:
    """Whether the sentence's defence-clause words are about this noun phrase (the nearest
    one) rather than another agreement it names."""
    cues = view.cues_of("defense_cues")
    return not cues or bool(_owned(cues, np, nps, reading, complements=True))


def _defence_only_in_other_names(reading: Reading, view: SentenceView, np) -> bool:
    """Whether every defence word of the sentence lies in the quoted name of another
    document ("guided by the 'Treaty on Friendship' and the 'Protocol on Mutual
    Assistance'"): that clause is the other document's, not this one's."""
    cues = view.cues_of("defense_cues")
    at = reading.doc[np[0]].idx
    others = [q for q in _quoted_spans(view) if not q[0] <= at < q[1]]
    return bool(cues) and all(any(a <= c.start and c.end <= b for a, b in others) for c in cues)


_QUOTED = re.compile(r"(?<!\w)'[^']+'(?!\w)|\"[^\"]+\"|“[^”]+”|‘[^’]+’")


def _quoted_spans(view: SentenceView) -> list[tuple[int, int]]:
    """Document character spans of the quoted stretches of the sentence (quoted names)."""
    return [(view.start + m.start(), view.start + m.end()) for m in _QUOTED.finditer(view.text)]


def _names_a_pair(reading: Reading, view: SentenceView) -> bool:
    """ "the two countries", "both sides": the sentence speaks of a pair named before."""
    low = view.text.lower()
    if "two" not in low and "both" not in low:
        return False
    words = [reading.lower(i) for i in range(view.tok, min(view.tok_end, view.tok + 60))]
    return any(
        tuple(words[i : i + len(p)]) == p for p in _ANAPHORA for i in range(len(words) - len(p) + 1)
    ) or bool(_modified_pairs(reading, view))


def _is_anaphoric(reading: Reading, view: SentenceView, np_start: int) -> bool:
    words = [reading.lower(i) for i in range(view.tok, min(view.tok_end, view.tok + 60))]
    for phrase in _ANAPHORA:
        n = len(phrase)
        at = [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == phrase]
        if any(not _pair_named_before(reading, view, view.tok + i) for i in at):
            return True
    if _modified_pairs(reading, view):
        return True  # "The two U.S. allies signed the RAA"
    if _own_partner_list(reading, view, np_start):
        return False
    det = np_start - 1
    # Skip the noun phrase's modifiers back to its determiner: "the 47-article document".
    while det > view.tok and det >= np_start - 5 and reading.lower(det) not in _DEFINITE:
        t = reading.doc[det]
        if not (t.is_alpha or t.like_num or t.text in ("-", "–", '"', "“", "'", "‘")):
            break  # quotes may stand around a name: 'the "Reciprocal Access Agreement"'
        det -= 1
    if reading.lower(det) not in _DEFINITE:
        return reading.lower(np_start - 1) == "bilateral"
    # "The agreement, signed ...": a definite noun phrase before any state is named.
    return not any(m.tok < np_start and reading.lex.is_state(m.code) for m in view.mentions)


def _absolute_with(reading: Reading, view: SentenceView, i: int) -> bool:
    """ "..., with Russia and Iran due to ink a similar document": "with" after a comma
    opens a clause of its own (its actors followed by a predicate), not a partner list."""
    if reading.lower(i) != "with":
        return False
    listed = _listed_after(reading, view, i + 1)
    if not listed:
        return False
    j = max(m.tok_end for m in listed)
    return reading.lower(j) in _ABSOLUTE_PREDICATES


_ABSOLUTE_PREDICATES = en.ABSOLUTE_PREDICATES


_PAIR_NOUNS = en.PAIR_NOUNS


def _modified_pairs(reading: Reading, view: SentenceView) -> list[tuple[int, int]]:
    """Token spans of "the two U.S. allies", "both Asian neighbours": a pair named before,
    described by a modifier that names a state (the allies' patron, not one of them)."""
    low = view.text.lower()
    if "two" not in low and "both" not in low:
        return []
    out = []
    named = {m.tok: m.tok_end for m in view.mentions}
    for i in range(view.tok, view.tok_end - 2):
        if (reading.lower(i), reading.lower(i + 1)) != ("the", "two") and reading.lower(
            i
        ) != "both":
            continue
        j = i + 2 if reading.lower(i) == "the" else i + 1
        k = named.get(j)
        if k is not None and reading.lower(k) in _PAIR_NOUNS:
            out.append((i, k + 1))
    return out


def _pair_named_before(reading: Reading, view: SentenceView, tok: int) -> bool:
    """ "Russia-Egypt: The deal was signed ..., with both sides pledging ...": "both sides"
    after two states of its own sentence (and no more) means those two."""
    named = {m.code for m in view.mentions if m.tok < tok and reading.lex.is_state(m.code)}
    return len(named) == 2


def _own_partner_list(reading: Reading, view: SentenceView, np_start: int) -> bool:
    """ "the treaty Moscow concluded with North Korea": the noun phrase names its parties."""
    for i in range(np_start + 1, min(np_start + 5, view.tok_end)):
        if reading.lower(i) in _LIST_WORDS:
            return any(i < m.tok <= i + 3 for m in view.mentions)
    return False


class _Antecedents:
    """The agreements named so far that a later mention may refer back to, indexed so that
    each look-up takes constant time however long the text."""

    def __init__(self) -> None:
        self.latest: _Mention | None = None  # the latest with two parties or more
        self.latest_strong: _Mention | None = None
        self.strong_by_party: dict[str, _Mention] = {}
        self.last: _Mention | None = None  # the latest of all, and the latest not background
        self.last_told: _Mention | None = None
        self._pair: tuple[str, str] | None = None
        self._pair_from: int | None = None  # the sentence the pair was taken from
        self._pair_view: tuple[Reading, SentenceView] | None = None  # a later candidate
        self.by_name: dict[str, _Mention] = {}  # in order of naming, the latest last
        self.by_descriptor: dict[tuple[str, ...], _Mention] = {}

    def note_pair(self, reading: Reading, view: SentenceView) -> None:
        """Remember a sentence that may name exactly two states ("the two countries" in a
        later sentence means them); which two is worked out only when asked."""
        states = {m.code for m in view.mentions if reading.lex.is_state(m.code)}
        if len(states) >= 2:
            # "Modi and Trump met ... The two countries signed a deal under which Indian forces
            # get US-made helicopters": a later sentence whose states are no pair does not
            # wipe out the pair an earlier one named
            self._settle()
            self._pair_view = (reading, view)

    def _settle(self) -> None:
        if self._pair_view is not None:
            reading, view = self._pair_view
            if self._pair_from is None or view.index > self._pair_from:
                named = codes(_party_mentions(reading, view))
                if len(named) == 2:
                    self._pair, self._pair_from = (named[0], named[1]), view.index
            self._pair_view = None

    @property
    def pair(self) -> tuple[str, str] | None:
        """The two states the text last named alone, in a sentence or as an agreement's."""
        self._settle()
        return self._pair

    def described(self, m: _Mention) -> _Mention | None:
        """An earlier agreement with the same proper modifiers ("the Black Sea grain deal")
        and other parties: the same agreement, whoever else the sentence names."""
        prev = self.by_descriptor.get(m.descriptor) if m.descriptor and not m.listed else None
        if prev is None or set(prev.parties) == set(m.parties):
            return None
        return prev

    def named(self, name: str | None) -> _Mention | None:
        """The latest agreement with two parties or more of this name (or a longer form)."""
        if not name:
            return None
        return next((m for n, m in reversed(self.by_name.items()) if _same_name(n, name)), None)

    def add(self, m: _Mention) -> None:
        self.last = m
        if m.strength != "background":
            self.last_told = m
        if len(m.parties) < 2:
            return
        if not (m.kind == "document" and m.strength == "weak" and m.antecedent is None):
            # "said in a statement": a source of news that refers back to no agreement is
            # none a later mention can take its parties from
            self.latest = m
        if len(m.parties) == 2:
            self._pair, self._pair_from = (m.parties[0], m.parties[1]), m.view.index
            self._pair_view = None
        if m.descriptor and m.listed and len(self.by_descriptor) < 50:
            self.by_descriptor[m.descriptor] = m  # parties its own words name
        if m.name:
            self.by_name.pop(m.name, None)
            self.by_name[m.name] = m
            if len(self.by_name) > 50:  # bounded: the oldest name goes
                self.by_name.pop(next(iter(self.by_name)))
        if m.strength == "strong":
            self.latest_strong = m
            for code in m.parties:
                self.strong_by_party[code] = m


def _resolve_anaphora(m: _Mention, earlier: _Antecedents) -> None:
    """Give a mention that refers back ("the treaty", "the two countries") the parties of the
    agreement the text is about: the latest one reported as signed or ratified, else the
    latest named at all. A background treaty named in passing is not what "the treaty" in
    the next sentence means."""
    prev = earlier.named(m.name) or _strong_antecedent(m, earlier) or earlier.latest
    if prev is None or not _may_rename(m, prev):
        return
    if m.anaphoric or set(m.parties) <= set(prev.parties):
        m.parties = list(prev.parties)
        m.anaphoric = True  # it speaks of that agreement: let it add to it
        m.antecedent = prev


def _same_name(a: str | None, b: str | None) -> bool:
    """ "Ottawa Convention" and "Ottawa Convention on the Prohibition of ...": one name."""
    if a is None or b is None:
        return False
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a)


def _may_rename(m: _Mention, prev: _Mention) -> bool:
    """A mention with a proper name refers back only to an agreement of that name, or to an
    unnamed one of its kind: "the Declaration on the Conduct of Parties" is not the
    partnership the article is about."""
    if not m.name or _same_name(m.name, prev.name):
        return True
    return prev.name is None and prev.kind == m.kind


def _strong_antecedent(m: _Mention, earlier: _Antecedents) -> _Mention | None:
    """The latest strong mention whose parties include ``m``'s (any, when ``m`` refers back
    by its words or names no party; ``m`` names at most one party otherwise)."""
    if m.anaphoric or not m.parties:
        return earlier.latest_strong
    return earlier.strong_by_party.get(m.parties[0])


def _place(reading: Reading, view: SentenceView, signing: list[Cue]) -> str | None:
    """Where it was signed: a capital after "in"/"at" or "visit to" in the signing sentence."""
    for m in view.mentions:
        if m.kind not in ("capital", "name"):
            continue
        prev = reading.lower(m.tok - 1)
        prev2 = reading.lower(m.tok - 2)
        place_word = prev in ("in", "at") or (prev == "to" and prev2 == "visit")
        if place_word and m.kind == "capital" and not _other_clause(reading, m.tok, signing):
            return reading.text[m.start : m.end]
    return None


_CLAUSE_LINKS = en.CLAUSE_LINKS


def _other_clause(reading: Reading, tok: int, signing: list[Cue]) -> bool:
    """Whether a temporal link stands between the place and the signing word: "landed in
    Hanoi after signing the pact" (where he went next), "signed it, then flew to Paris"."""
    if not signing:
        return False
    verb = signing[0].tok
    lo, hi = (tok, verb) if tok < verb else (verb, tok)
    return any(reading.lower(i) in _CLAUSE_LINKS for i in range(lo + 1, hi))


def _name_goes_on(doc, start: int, e: int, mention_toks: set[int]) -> bool:
    """ "Treaty on Strategic Partnership and Mutual Assistance": after a name's "on/of" part,
    "and" with a capitalised word (not a state) goes on with the name."""
    return (
        doc[e].lower_ == "and"
        and any(doc[i].lower_ in ("on", "of", "for") for i in range(start, e))
        and e + 1 not in mention_toks
    )


def _name_hyphen(doc, t, floor: int) -> bool:
    """A hyphen joining two capitalised words of a name: "Inter-Governmental Agreement"."""
    return (
        t.text == "-"
        and not t.whitespace_
        and t.i - 1 > floor
        and not doc[t.i - 1].whitespace_
        and doc[t.i - 1].is_alpha
        and doc[t.i - 1].text[:1].isupper()
    )


def _name(reading: Reading, view: SentenceView, start: int, end: int) -> str | None:
    """A proper name around the noun phrase: "Status of Forces Agreement", "Treaty on
    Comprehensive Strategic Partnership", "Defence Framework Agreement"."""
    doc = reading.doc
    if not doc[end - 1].text[:1].isupper() and not doc[start].text[:1].isupper():
        return None
    if title_case(reading, view):
        return None  # in a headline every word is capitalised: no sign of a name
    mention_toks = {i for m in view.mentions for i in range(m.tok, m.tok_end)}
    s = start
    while s - 1 >= view.tok and s - 1 not in mention_toks:
        t = doc[s - 1]
        if (
            t.text[:1].isupper()
            and t.is_alpha
            and s - 1 > view.tok
            or t.text in ("“", "”", '"')
            and s - 2 >= view.tok
            or t.like_num
            and t.i + 1 < len(doc)
            and doc[t.i + 1].text == "-"
            or _name_hyphen(doc, t, view.tok)
        ):
            s -= 1
        else:
            break
    e = end
    while e + 1 < view.tok_end and (
        doc[e].lower_ in ("on", "of", "for") or _name_goes_on(doc, start, e, mention_toks)
    ):
        # "Treaty on Friendship", "Treaty on the Foundations of Relations"
        article = doc[e + 1].lower_ == "the" and e + 2 < view.tok_end
        word = doc[e + 1 + article]
        if not word.text[:1].isupper() or word.lower_ in MONTHS or word.lower_ in WEEKDAYS:
            break  # "the Shusha Declaration on June 15" ends before the date
        e += 2 + article
        while (
            e < view.tok_end
            and (doc[e].text[:1].isupper() or doc[e].lower_ in ("and", "of"))
            and doc[e].is_alpha
        ):
            e += 1
    name = doc[s:e].text.replace("“", "").replace("”", "").replace('"', "").strip()
    if len(name.split()) < 2 and not doc[start].text.isupper():
        return None
    if not any(w[:1].isupper() for w in name.split()[:-1]) and e == end:
        return None
    return name


def _accession(reading: Reading, view: SentenceView) -> list[_Mention]:
    """A state joining an alliance: "Finland joined NATO", "Finland became the 31st member of
    NATO", "Sweden's accession to NATO". The joiner is the actor before the verb (or the
    possessor of "accession"); the alliance must follow within a few words."""
    if view.has("proposal_cues"):
        return []
    listed = _accession_of(reading, view)
    if listed:
        return listed
    for cue in view.cues_of("agreement_verbs", "accession"):
        org = next(
            (
                m
                for m in view.mentions
                if cue.tok_end <= m.tok <= cue.tok_end + 6
                and reading.lex.members.get(m.code)
                and not reading.lex.is_state(m.code)
            ),
            None,
        )
        if org is None:
            org = _body_of_relative(reading, view, cue) or _alliance_in_context(reading, view, cue)
        if org is None:
            continue
        if cue.text.lower() == "accession" and reading.lower(org.tok - 1) not in ("to", "into"):
            continue
        if cue.text.lower().startswith("bec") and not any(
            reading.lower(i) in ("member", "ally", "members", "allies")
            for i in range(cue.tok_end, cue.tok_end + 9)
        ):
            continue  # "became a partner of", "became the host of": not membership
        if _member_of_another_body(reading, view, cue):
            continue  # "became a permanent member of the exercise": no alliance joined
        if cue.text.lower() == "become" and not _perfect(reading, cue):
            continue  # "will become members", "invited to become": a plan
        joiner = (
            [
                m
                for m in mention_group_before(reading, view, cue.tok, max_gap=8)
                if reading.lex.is_state(m.code) and is_role_candidate(reading, m)
            ]
            or [  # "Finland, which borders Russia, joined ...": the sentence's subject
                m
                for m in view.mentions[:1]
                if m.tok < cue.tok
                and reading.lex.is_state(m.code)
                and is_role_candidate(reading, m)
            ]
        )
        if not joiner:
            continue
        # "Hungary ratified Sweden's accession": the possessor joins; "Egypt, Iran and the
        # UAE joined BRICS": each state of the list joins.
        found = [_joining(reading, view, cue, j, org) for j in _joiners(reading, view, cue, joiner)]
        _respectively(reading, view, cue, found)
        if org.tok < view.tok or org.tok < cue.tok:
            # the body named elsewhere ("joined the alliance"): only a date told right after
            # the body's noun dates the joining, not one of another clause
            date = _date_soon_after(reading, view, cue.tok_end, 5)
            for m in found:
                m.signed = date
                m.events = [replace(e, date=date) for e in m.events]
        return found
    return _membership(reading, view)


def _respectively(reading: Reading, view: SentenceView, cue: Cue, found: list[_Mention]) -> None:
    """ "Finland and Sweden joined NATO in 2023 and 2024 respectively": each joiner, in
    order, takes the date in the same place of the list after the verb."""
    if len(found) < 2 or "respectively" not in reading.lowers(cue.tok_end, view.tok_end):
        return
    after = [d for d in reading.dates(view) if d.start >= reading.doc[cue.tok_end].idx]
    if len(after) != len(found):
        return
    for m, d in zip(found, after, strict=True):
        m.signed = d.value
        m.events = [replace(e, date=d.value) for e in m.events]


def _body_of_relative(reading: Reading, view: SentenceView, cue: Cue) -> Mention | None:
    """ "NATO, which Finland joined in 2023": the body a relative pronoun a few words before
    the verb stands for."""
    for i in range(cue.tok - 1, max(view.tok, cue.tok - 5) - 1, -1):
        if reading.lower(i) in ("which", "that"):
            end = i - (reading.lower(i - 1) == ",")
            return next(
                (
                    m
                    for m in view.mentions
                    if m.tok_end == end
                    and reading.lex.members.get(m.code)
                    and not reading.lex.is_state(m.code)
                    and m.kind not in ("capital", "seat")
                ),
                None,
            )
    return None


def _date_soon_after(reading: Reading, view: SentenceView, tok: int, reach: int) -> str | None:
    """The first date of the sentence that starts within ``reach`` tokens after ``tok``."""
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and tok <= span.start <= tok + reach:
            return d.value
    return None


def _perfect(reading: Reading, cue: Cue) -> bool:
    """Whether a perfect auxiliary, not negated, comes right before ``cue`` ("has become",
    "has now formally become"; not "has not yet become")."""
    for i in range(cue.tok - 1, max(cue.tok - 4, 0) - 1, -1):
        word = reading.lower(i)
        if word in en.NOT_YET:
            return False
        if word in en.PERFECT_AUXILIARIES:
            return True
        if not reading.doc[i].lower_.endswith("ly") and word not in ("now", "also"):
            return False
    return False


def _accession_of(reading: Reading, view: SentenceView) -> list[_Mention]:
    """ "the accession of Greece and Turkey (to NATO) on 18 February 1952": each state listed
    after "accession of" joins the organisation named after "to" or, when the sentence names
    none, the one the article has been naming; the sentence must date the step or call it
    done."""
    cues = [
        cue
        for cue in view.cues_of("agreement_verbs", "accession")
        if cue.text.lower() in _ACCESSION_NOUNS and reading.lower(cue.tok_end) == "of"
    ]
    if not cues:
        return []  # looked for first: the dates below cost far more
    words = reading.lowers(view.tok, view.tok_end)
    done = not _COMPLETES.isdisjoint(words) or bool(reading.dates(view))
    if not done or not _HELD_UP.isdisjoint(words):
        # "talks on the accession of Georgia", "Hungary blocked the accession of Sweden on
        # Monday": no step told as taken
        return []
    for cue in cues:
        joiners = [m for m in _listed_after(reading, view, cue.tok_end + 1)]
        if not joiners or not all(reading.lex.is_state(m.code) for m in joiners):
            continue
        after = max(m.tok_end for m in joiners)
        target = None
        if reading.lower(after) in ("to", "into"):
            j = after + 1 + (reading.lower(after + 1) == "the")
            target = next((m for m in view.mentions if m.tok == j), None)
            if target is None or reading.lex.is_state(target.code):
                continue  # "accession of China to the WTO": a body of no table
        else:
            target = _organisation_in_context(reading, view)
        if target is None or not reading.lex.members.get(target.code):
            continue
        return [_joining(reading, view, cue, j, target) for j in joiners]
    return []


_ACCESSION_NOUNS = en.ACCESSION_NOUNS
_HELD_UP = en.HELD_UP


def _organisation_in_context(reading: Reading, view: SentenceView) -> Mention | None:
    """The one organisation the last few sentences name by name (None when they name none
    or several; "Brussels" for the EU is a place as often as the body)."""
    found = {
        m.code: m
        for prev in reading.sentences[max(0, view.index - 6) : view.index + 1]
        for m in prev.mentions
        if reading.lex.members.get(m.code)
        and not reading.lex.is_state(m.code)
        and m.kind not in ("capital", "seat")
    }
    return next(iter(found.values())) if len(found) == 1 else None


_NON_ALLIANCE_BODIES = en.NON_ALLIANCE_BODIES


def _member_of_another_body(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """Whether the membership after ``cue`` is of a named non-alliance thing: "a member of
    the exercise", "members of the drills" (a participant, not a state joining a bloc)."""
    for i in range(cue.tok_end, min(cue.tok_end + 9, view.tok_end)):
        if reading.lower(i) in ("member", "members") and reading.lower(i + 1) in ("of", "in"):
            j = i + 2 + (reading.lower(i + 2) in ("the", "this", "that", "its"))
            return reading.lower(j) in _NON_ALLIANCE_BODIES
    return False


def _joiners(reading: Reading, view: SentenceView, cue: Cue, group: list[Mention]):
    """Which of the states before an accession word join: the possessor ("Hungary ratified
    Sweden's accession"), every state of a plain list ("Egypt, Iran and the UAE joined"),
    else the subject of the verb from the parse ("Sweden deposited its papers with the US,
    completing its entry into NATO"), else the nearest."""
    if len(group) == 1 or reading.lower(group[-1].tok_end) in ("'s", "’s"):
        return group[-1:]
    glue = {",", "and", "the", "as", "well"}
    if all(reading.lower(i) in glue for a, b in pairwise(group) for i in range(a.tok_end, b.tok)):
        return group
    subject = governing_subject(reading, view, cue.start)
    states = [m for m in subject or [] if m in group]
    return states[-1:] or group[-1:]


def _joining(reading: Reading, view: SentenceView, cue: Cue, joiner: Mention, org: Mention):
    m = _Mention(view, cue.tok, cue.tok_end, "accession", [joiner.code, org.code], "strong")
    m.signed = nearest_date(reading, view, cue.tok, [], None)
    m.events.append(Event("accession", m.signed, [view.evidence()]))
    m.defense = True if org.code == "NATO" else defense_stance(view)
    return m


# Words that complete a membership ("approved Finland's NATO membership", "a memorandum on
# Iran's SCO membership was signed"); applying for or seeking one completes nothing.
_COMPLETES = en.COMPLETES
_RATIFIES = en.RATIFIES


def _membership(reading: Reading, view: SentenceView) -> list[_Mention]:
    """ "Iran's SCO membership", "Iran's membership of the SCO", "Sweden's NATO accession" in
    a sentence that says the step was completed: an accession of the possessor state to the
    organisation."""
    words = reading.lowers(view.tok, view.tok_end)
    noun = next((w for w in ("membership", "accession") if w in words), None)
    if noun is None or _COMPLETES.isdisjoint(words):
        return []
    word = view.tok + words.index(noun)
    by_end = {m.tok_end: m for m in view.mentions}
    by_tok = {m.tok: m for m in view.mentions}
    org = by_end.get(word)
    if org is None and reading.lower(word + 1) in ("of", "in"):
        j = word + 2 + (reading.lower(word + 2) == "the")
        org = by_tok.get(j)
    if org is None or reading.lex.is_state(org.code) or not reading.lex.members.get(org.code):
        return []
    owner_end = org.tok if org.tok < word else word
    if reading.lower(owner_end - 1) not in ("'s", "’s"):
        return []
    joiner = by_end.get(owner_end - 1)
    if joiner is None or not reading.lex.is_state(joiner.code):
        return []
    cue = Cue("agreement_verbs", "accession", 0, 0, word, word + 1, noun)
    m = _joining(reading, view, cue, joiner, org)
    if not _RATIFIES.isdisjoint(words) and {"completed", "granted"}.isdisjoint(words):
        # "Hungary's parliament ratified Sweden's NATO accession on Monday": a member's
        # ratification, not the day the state joined.
        m.signed = None
        m.events = [Event("ratified", e.date, e.evidence) for e in m.events]
    return [m]


def _alliance_in_context(reading: Reading, view: SentenceView, cue: Cue) -> Mention | None:
    """ "Finland ... joined in April last year as the 31st ally", "Finland joined the alliance
    in April 2023": the alliance is the one the article has been naming, when the sentence
    speaks of membership or names the body by a common noun right after the verb."""
    j = cue.tok_end + (reading.lower(cue.tok_end) == "the")
    body_noun = cue.text.lower() in ("joined", "joins", "acceded") and reading.lower(j) in (
        en.BODY_NOUNS
    )
    if not body_noun and not any(
        reading.lower(i) in ("member", "ally", "members", "allies")
        for i in range(cue.tok_end, min(cue.tok_end + 10, view.tok_end))
    ):
        return None
    # "Argentina declined to join BRICS, while Egypt became a member": the sentence's own
    # alliance before the word first, then the last few sentences'
    before = [m for m in view.mentions if m.tok < cue.tok]
    for mentions in [before] + [
        p.mentions for p in reversed(reading.sentences[max(0, view.index - 6) : view.index])
    ]:
        for m in reversed(mentions):
            if m.kind in ("capital", "seat"):
                continue  # "met in Brussels": a place, not the body
            if reading.lex.members.get(m.code) and not reading.lex.is_state(m.code):
                return m
    return None


def _pronoun_signed(reading: Reading, view: SentenceView, last: _Mention | None) -> None:
    """ "It was signed on December 3, 1997 in Ottawa": the date of the agreement the
    sentence before named, when that one had none."""
    if last is None or last.signed or last.strength == "proposed" or view.has("proposal_cues"):
        return
    verbs = view.cues_of("agreement_verbs", "signed")
    if not verbs or verbs[0].text.lower() in _SOFT_SIGN:
        return
    if not {"was", "were", "been", "is"} & set(reading.lowers(verbs[0].tok - 3, verbs[0].tok)):
        return  # "It is noted that two ministers signed a protocol": not "it" that was signed
    date = nearest_date(reading, view, verbs[0].tok, [], None)
    if date:
        last.signed = date
        last.events.append(Event("signed", date, [view.evidence()]))
        last.strength = "strong"


_CEREMONY_WORDS = en.CEREMONY_WORDS


def _ceremony_date(reading: Reading, view: SentenceView, last: _Mention) -> None:
    """ "The signing ceremony took place in New Delhi on April 28, 2025" right after the
    agreement's sentence: the date of its signing, when that sentence gave none."""
    if last.signed or last.strength == "proposed" or view.has("proposal_cues"):
        return
    words = reading.lowers(view.tok, view.tok_end)
    if "signing" not in words or _CEREMONY_WORDS.isdisjoint(words):
        return
    at = words.index("signing")
    if at > 2:
        # "the signing" must be what the sentence is about, its subject, or the date must
        # follow "signing ceremony" ("..., he said during the signing ceremony on Thursday")
        date = _date_right_after_ceremony(reading, view, view.tok + at)
    else:
        date = nearest_date(reading, view, view.tok + at, [], None)
    if date:
        last.signed = date
        last.events.append(Event("signed", date, [view.evidence()]))


def _date_right_after_ceremony(reading: Reading, view: SentenceView, signing: int) -> str | None:
    if reading.lower(signing + 1) != "ceremony":
        return None
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and signing + 2 <= span.start <= signing + 4:
            return d.value
    return None


def _continue_provisions(
    reading: Reading, view: SentenceView, earlier: _Antecedents, listed: bool
) -> None:
    """A sentence right after an agreement that goes on to say what it covers ("... and
    announced cooperation on satellite development"), or an item of a list the agreement's
    sentence opened with a colon, adds to that agreement when every state it names is a
    party."""
    last = earlier.last
    if last is None:
        return
    if view.text.split(maxsplit=1)[0] in ("It", "Its"):
        # "It also covers ...": the pronoun takes up the agreement the article is about, not
        # one it named in passing ("The treaty replaces a treaty concluded in 2000").
        _pronoun_signed(reading, view, last if last.view.index == view.index - 1 else None)
        last = earlier.last_told or last
    if listed:
        last.provisions |= provisions_in(reading, view, None)
        return
    if last.view.index == view.index - 1:
        _ceremony_date(reading, view, last)
    named = set(codes(_party_mentions(reading, view)))
    if not named <= set(last.parties):
        return
    if view.has("inclusion_cues"):
        last.provisions |= provisions_in(reading, view, None)
    stance = defense_stance(view)
    if stance is not None and last.defense is None:
        last.defense = stance  # "Under Article 4 of the document, if one side is attacked ..."


# --- merging ---------------------------------------------------------------------------------


def _says_which(m: _Mention) -> bool:
    """Whether the mention tells its agreement apart (a date, a name, a signing): "the last
    major agreement of its kind" beside "the treaty" is that treaty again."""
    return not m.plural and bool(m.signed or m.name or m.strength == "strong")


def _another_kind_with_own_parties(r: _Record, m: _Mention) -> bool:
    """Whether ``m`` names its own parties ("the memorandum between Malaysia and the US", not
    "such a pact with Tanzania", which may take up the deal named before it) and
    is of another kind than each agreement of the record in its sentence (a trade
    agreement): two documents, not one named twice."""
    same_view = [x for x in r.mentions if x.view.index == m.view.index]
    if not m.listed or m.alias or m.plural or m.kind == "other":
        return False  # "similar alliances with China and North Korea": no one document
    return m.between and all(x.kind != m.kind for x in same_view)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


@dataclass
class _Record:
    parties: frozenset[str]
    mentions: list[_Mention]
    # noun phrases already in the record, by sentence: a second agreement named in the same
    # sentence is another agreement (kept as an index so that merging stays linear)
    nps_by_view: dict[int, set[int]] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)
    antecedents: set[int] = field(default_factory=set)  # ids of mentions referred back to

    def refers_to(self, m: _Mention) -> bool:
        """Whether a mention of the record refers back to ``m``."""
        return id(m) in self.antecedents

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        if m.antecedent is not None:
            self.antecedents.add(id(m.antecedent))
        self.nps_by_view.setdefault(m.view.index, set()).add(m.np_start)
        if m.signed and m.signed not in self.dates:
            self.dates.append(m.signed)

    def other_np_in(self, m: _Mention) -> bool:
        nps = self.nps_by_view.get(m.view.index)
        return bool(nps) and (len(nps) > 1 or m.np_start not in nps)

    proposed: bool = False  # every mention a plan (records are keyed by it)

    @property
    def signed(self) -> str | None:
        return max(self.dates, key=len) if self.dates else None


def _other_day(r: _Record, m: _Mention) -> bool:
    """ "signed on February 22" (no year known) and "signed on 3 July 1997": days that
    differ tell two agreements apart even when one of them has no year."""

    def clash(day: tuple[int, int] | None, date: str | None) -> bool:
        return (
            day is not None
            and date is not None
            and len(date) == 10
            and ((int(date[5:7]), int(date[8:10])) != day)
        )

    return any(clash(x.day, m.signed) for x in r.mentions) or clash(m.day, r.signed)


def _takes_up(r: _Record, m: _Mention) -> bool:
    """ "a 2014 military agreement between Ankara and Doha ... the agreement, which was
    ratified in June": a record told only by "the agreement" after ``m`` was named, with no
    signing of its own, speaks of ``m``."""
    return all(
        x.bare_definite
        and x.view.index > m.view.index
        and not any(e.kind == "signed" for e in x.events)
        for x in r.mentions
    )


def _name_kinds(name: str) -> set[str]:
    """The head noun of a proper name: the last agreement word of its capitalised opening
    ("Comprehensive Strategic Partnership Agreement" -> agreement, "Treaty on ..." ->
    treaty), or nothing when the opening has none."""
    opening = []
    for w in name.split():
        if not w[:1].isupper():
            break
        opening.append(w.lower().strip("'\"“”‘’"))
    terms = _words_of("agreement_terms.tsv")
    heads = [w for w in opening if w in terms]
    return set(heads[-1:])


def _other_named(r: _Record, m: _Mention) -> bool:
    """Whether the record and the mention carry proper names of different kinds of
    agreement ("Declaration on Allied Relations" and "Treaty on Friendship"): two documents,
    even between the same states in the same article."""
    if not m.name:
        return False
    mine = _name_kinds(m.name)
    for x in r.mentions:
        if x.name and not _same_name(x.name, m.name):
            theirs = _name_kinds(x.name)
            if mine and theirs and not mine & theirs and not _share_a_word(x.name, m.name):
                return True
    return False


_NAME_FUNCTION_WORDS = en.NAME_FUNCTION_WORDS


def _share_a_word(a: str, b: str) -> bool:
    """ "Treaty of Friendship" and "the Friendship Pact": names of different kinds that
    share a word of their own (not an agreement word, not "of", "on") name one document."""
    terms = _words_of("agreement_terms.tsv")

    def own(name: str) -> set[str]:
        words = {w.strip("'\"“”‘’,.()").lower() for w in name.split()}
        return {w for w in words if w and w not in terms and w not in _NAME_FUNCTION_WORDS}

    return bool(own(a) & own(b))


def _merge(reading: Reading, mentions: list[_Mention]) -> list[Agreement]:
    records: list[_Record] = []
    # records by (parties, proposed): a mention is compared only with records it could join
    by_key: dict[tuple[frozenset[str], bool], list[_Record]] = {}
    order = {"strong": 0, "background": 1, "weak": 2, "proposed": 3}
    # partnership ranks that the text tells apart by an upgrade from one to the other
    ranks = {frozenset((m.level, m.upgraded_to)) for m in mentions if m.upgraded_to}
    for m in sorted(mentions, key=lambda m: order[m.strength]):
        key = (frozenset(m.parties), m.strength == "proposed")
        target = None
        for r in by_key.get(key, ()):
            if r.other_np_in(m) and not m.anaphoric and not m.alias and _says_which(m):
                continue  # a second dated, named or signed agreement in the sentence
            if r.other_np_in(m) and _another_kind_with_own_parties(r, m):
                continue  # "the memorandum between X and Y is unrelated to the trade deal"
            if (
                m.strength == "background"
                and m.signed
                and not r.signed
                and not r.refers_to(m)
                and not _takes_up(r, m)
            ):
                continue  # a dated older agreement is not the undated new one
            if m.level and any(frozenset((x.level, m.level)) in ranks for x in r.mentions):
                continue  # "comprehensive partnership" (2013), "comprehensive strategic" (now)
            if _other_named(r, m):
                continue  # "the Shusha Declaration" is not "the Treaty on Friendship"
            if any(x.relations for x in r.mentions) != m.relations and not m.bare_definite:
                continue  # restored relations are not the treaty the text names besides
            if m.another and all(x.view.index < m.view.index for x in r.mentions):
                continue  # "the two sides also signed a deal on ...": one more agreement
            if _compatible(r.signed, m.signed) and not _other_day(r, m):
                target = r
                break
        if target:
            if m.strength != "weak" or m.anaphoric:
                target.add(m)
            elif m.defense is False:
                # "AUKUS is a partnership rather than an alliance": a passing mention that
                # denies a defence clause still tells what the agreement lacks
                target.add(replace(m, provisions=set(), signed=None, events=[]))
        elif m.strength != "weak":
            r = _Record(key[0], [], proposed=key[1])
            r.add(m)
            records.append(r)
            by_key.setdefault(key, []).append(r)
    records.sort(key=lambda r: min(x.view.start for x in r.mentions))
    return [_agreement(reading, r) for r in records]


def _agreement(reading: Reading, r: _Record) -> Agreement:
    ms = sorted(r.mentions, key=lambda m: m.view.start)
    kinds = [m.kind for m in ms if m.strength != "weak" and m.kind != "document"] or ["agreement"]
    kind = min(kinds, key=lambda k: KIND_RANK.get(k, 9))
    stances = {m.defense for m in ms if m.defense is not None}
    defense = False if False in stances else (True if True in stances else None)
    provisions = set().union(*(m.provisions for m in ms))
    if defense:
        provisions.add("mutual_defense")
    events = [e for m in ms for e in m.events]
    status = "proposed" if r.proposed else "signed"
    for e in events:
        if e.kind in ("ratified", "in_force", "extended", "suspended", "withdrawn"):
            status = e.kind
    evidence = list(dict.fromkeys(m.view.evidence() for m in ms))
    strong = any(m.strength == "strong" for m in ms)
    confidence = 0.5 + 0.2 * strong + 0.1 * bool(r.signed) + 0.1 * (len(ms) > 1)
    return Agreement(
        parties=sorted(
            r.parties, key=lambda c: ms[0].parties.index(c) if c in ms[0].parties else 9
        ),
        kind=kind,
        name=next((m.name for m in ms if m.name), None),
        signatories=list(dict.fromkeys(p for m in ms for p in m.signatories)),
        signed=r.signed,
        place=next((m.place for m in ms if m.place), None),
        defense=defense,
        provisions=sorted(provisions),
        status=status,
        events=events,
        evidence=evidence,
        confidence=round(min(confidence, 0.95), 2),
    )
