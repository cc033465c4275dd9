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

This module reads each sentence's mentions and builds them; its parts live beside it:
``agreement_phrases`` and ``agreement_acronyms`` (which words name an agreement), ``signers``,
``party_lists``, ``bystanders`` and ``company_deals`` (who is a party, who is not),
``accession`` (joining organisations), ``forces_abroad`` (forces stationed under a treaty),
``agreement_names``, ``agreement_defence``, ``agreement_anaphora``, ``agreement_followups``
(sentences that add to the last agreement) and ``agreement_merge``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from ..base.tables import cue_table, words_of_kind
from ..lang.en.words import agreements as en
from ..lang.en.words.plans import PAST as _PAST_STEPS
from ..model import Agreement, Event
from .accession import accessions_in, body_joined, state_and_organisation
from .actors import Mention
from .agreement_acronyms import acronym_of, text_acronyms
from .agreement_anaphora import Antecedents, is_anaphoric, names_a_pair, resolve_anaphora
from .agreement_defence import (
    alone_in,
    clauses_of,
    defence_only_in_other_names,
    owns_defense,
    pronoun_clause_defense,
)
from .agreement_followups import continue_provisions
from .agreement_mention import AgreementMention
from .agreement_merge import merge_mentions
from .agreement_names import partnership_level, proper_descriptor, proper_name
from .agreement_phrases import noun_phrases, owned_cues
from .bystanders import party_mentions
from .company_deals import by_companies, with_a_company
from .forces_abroad import stationed_pair
from .non_state_deals import with_non_state_party
from .party_lists import (
    GROUPINGS,
    earlier_partners,
    grouping_before,
    listed_after,
    named_grouping,
    with_groupings,
)
from .plans import ended_or_kept, plan_or_report
from .provisions import defense_stance, provisions_in
from .reading import Cue, Reading, SentenceView
from .report_dates import day_of_report
from .roles import codes, mention_group_before
from .signers import (
    UNRESOLVED,
    members_sign,
    names_three_states,
    np_parties,
    paired_elsewhere,
    signatories_named,
    signers_before_verb,
    signers_unnamed,
)
from .signing_dates import (
    after_name,
    date_soon_after,
    is_year,
    nearest_date,
    respective_dates,
    signing_date,
    trailing_date,
    unresolved_day,
    year_after,
    year_before,
)

# Signing verbs that also describe other steps ("agreed to extend", "announced the extension"):
# they date a signing only where no other lifecycle word is present.
_SOFT_SIGN = en.SOFT_SIGN
_DEFINITE = en.DEFINITE
_PLURAL_TERMS = en.PLURAL_TERMS
# Words that open the list of an agreement's parties: "a pact with X", "the deal between X
# and Y", "the accord among X, Y and Z".
_LIST_WORDS = en.LIST_WORDS
_BETWEEN = frozenset(("between", "among", "amongst"))  # list words that name every party
# How many sentences back the pair that unnamed signers stand for may be named.
_UNNAMED_REACH = 2
_BULLETS = ("•", "·", "-", "–", "*", "▪")


def read_agreements(reading: Reading) -> list[Agreement]:
    """The agreements a document states, each with its evidence."""
    mentions: list[AgreementMention] = []
    antecedents = Antecedents()
    acronyms = text_acronyms(reading)
    last_view_index = -10
    listing = False  # the last agreement sentence ended with ":" and a list follows
    statement: AgreementMention | None = None  # the latest dated joint statement
    sidebar = _sidebar_lines(reading.text)
    for view in reading.sentences:
        if view.sentence.paragraph in sidebar:
            continue  # "Related: Kenya, Ethiopia sign pact": another article's news
        view = _without_agreement_places(reading, view)
        found = _mentions_in(reading, view, acronyms)
        antecedents.note_pair(reading, view)
        if antecedents.pair and names_a_pair(reading, view):
            # "The two leaders held talks ...": the pair stays the one the text speaks of
            antecedents.keep_pair(view.index)
        bullet = view.text[:1] in _BULLETS
        # "bars each side from joining any agreement with a third country": an agreement in
        # general, no party named, does not interrupt what the sentence says of the last one
        generic = all(not m.parties and not m.anaphoric and m.strength == "weak" for m in found)
        if generic and (view.index - last_view_index <= 2 or (listing and bullet)):
            continue_provisions(reading, view, antecedents, listing and bullet)
            if listing and bullet:
                last_view_index = view.index
            continue
        listing = bool(found) and view.text.rstrip().endswith(":")
        if found:
            last_view_index = view.index
        pronoun_clause_defense(reading, view, found, antecedents)
        _date_from_statement(reading, view, found, statement)
        for m in found:
            described = antecedents.described(m)
            if described is not None:
                m.parties, m.anaphoric, m.antecedent = list(described.parties), True, described
            elif m.pair and len(m.parties) != 2 and antecedents.pair:
                m.parties = list(antecedents.pair)
            elif _told_before_among_bystanders(m, antecedents.latest):
                prev = antecedents.latest
                m.parties, m.anaphoric, m.antecedent = list(prev.parties), True, prev
            elif m.anaphoric or len(m.parties) < 2:
                own = list(m.parties) if m.listed and len(m.parties) >= 2 else None
                resolve_anaphora(m, antecedents)
                if own and set(m.parties) != set(own):
                    # "the deal follows agreements it signed with Germany and France": the
                    # partners its own words list stay its parties, one record each
                    m.parties, m.antecedent = own, None
            if m.unnamed and len(m.parties) < 2:
                # "Kenya and Uganda held talks on Tuesday. They signed a trade deal."
                pair = antecedents.recent_pair(view.index, _UNNAMED_REACH)
                if pair and set(m.parties) <= set(pair):
                    m.parties = list(pair)
            if m.antecedent is not None and m.antecedent.strength == "proposed":
                _plan_taken_up(m)
            mentions.append(m)
            antecedents.add(m)
            if m.kind == "joint_statement" and m.signed and m.strength != "weak":
                statement = m
    _only_planned(reading, mentions)
    mentions = _listed_instruments(reading, mentions)
    mentions = _counted_copies(mentions)
    return merge_mentions(reading, [m for m in mentions if len(m.parties) >= 2])


_ITEM_OPENERS = words_of_kind("agreement_words.tsv", "item_opener")
_ESTABLISHED_LINKS = words_of_kind("agreement_words.tsv", "established_link")
_GENERIC_DETERMINERS = words_of_kind("agreement_words.tsv", "generic_determiner")


def _items_of_plural(reading: Reading, view: SentenceView, out: list[AgreementMention]) -> None:
    """ "Ghana and Togo signed nine agreements on Monday, including a police pact, a trade
    deal and a memorandum on fisheries": the agreements the list names one by one are the
    ones told (each signed by the plural's parties, on its day); the plural is their sum."""
    for p in out:
        if not p.plural or p.strength != "strong" or len(p.parties) < 2:
            continue
        opener = next(
            (
                i
                for i in range(p.np_end, min(p.np_end + 8, view.tok_end))
                if reading.lower(i) in _ITEM_OPENERS
                or reading.lowers(i, i + 2) in (["among", "them"], ["such", "as"])
            ),
            None,
        )
        if opener is None:
            continue
        items = [
            m
            for m in out
            if m is not p
            and m.np_start > opener
            and not m.plural
            and m.strength in ("weak", "background")
            and not (set(m.parties) - set(p.parties))
            and reading.lower(m.np_start - 1) not in ("the", "this", "that")
        ]
        if not items:
            continue
        for m in items:
            m.parties, m.strength, m.another, m.listed = list(p.parties), "strong", True, True
            m.anaphoric = False
            if m.signed is None:
                m.signed = p.signed
                m.events = [e for e in p.events if e.kind == "signed"]
        p.strength = "weak"


# How many sentences before a list of documents the plural it spells out may be told.
_LIST_REACH = 3
# Items of a list of documents are short: a longer run after the colon is prose.
_ITEM_TOKENS = 45
_ITEM_SEPARATORS = frozenset((";", ",", "and"))


def _listed_instruments(
    reading: Reading, mentions: list[AgreementMention]
) -> list[AgreementMention]:
    """ "Dhaka and Delhi signed seven MoUs ... These are: MoU on water sharing, MoU on
    railway training, ...", "All the MoUs signed are as follows: Rice Trade; Incident
    Prevention; ...": a list after a colon that spells out, one by one, the documents a plural
    told as signed between one set of parties stands for one record per item (each signed by
    those parties, on the plural's day); the plural is their sum, and the agreement nouns
    inside an item (its own words, its signatories) are that item."""
    out = list(mentions)
    sources: dict[frozenset[str], tuple[AgreementMention, list[int]]] = {}
    for view in reading.sentences:
        found = _list_items(reading, view)
        if found is None:
            continue
        colon, items, by_terms = found
        window = _plurals_before(out, view, colon)
        own = [m for m in window if m.view.index == view.index]
        if not own and not by_terms:
            continue  # "cover: trade; energy": topics, unless the lead names the documents
        lead = (own or window)[-1:]
        if not lead:
            continue
        key = frozenset(lead[0].parties)
        group = [m for m in window if frozenset(m.parties) == key]
        signed_here = bool(own) and bool(view.cues_of("agreement_verbs", "signed"))
        if key not in sources and not (
            signed_here or any(m.strength in ("strong", "background") for m in group)
        ):
            continue  # the documents are not told as signed
        if key in sources:
            source, counter = sources[key]
        else:
            dated = [m for m in group if m.signed and m.strength != "weak"]
            told = [m for m in group if m.strength != "weak"]
            source, counter = (dated or told or lead)[0], [0]
            sources[key] = (source, counter)
        # "three other agreements were exchanged: ...": the plural the list spells out tells
        # documents besides the one told before ("All the MoUs signed are: ..." every one)
        other = lead[0].another or "other" in reading.lowers(lead[0].np_start - 3, lead[0].np_start)
        clones = []
        for item in items:
            counter[0] += 1
            clones.append(_listed_item(reading, view, item, source, 1000 + counter[0], other))
        for m in group:
            m.strength, m.count, m.package = "weak", 1, False
        # the agreement nouns inside the items are the items themselves
        out = [
            m
            for m in out
            if not (
                m.view.index == view.index
                and m.np_start > colon
                and m.copy < 1000
                and set(m.parties) <= key
            )
        ]
        at = max((i + 1 for i, m in enumerate(out) if m.view.index <= view.index), default=0)
        out[at:at] = clones
    return out


def _plurals_before(
    mentions: list[AgreementMention], view: SentenceView, colon: int
) -> list[AgreementMention]:
    """The plurals between two parties or more that a list after the colon at ``colon`` may
    spell out: told before it in its sentence or in the few sentences before, and no item of
    an earlier list."""
    return [
        m
        for m in mentions
        if m.plural
        and len(m.parties) >= 2
        and m.copy < 1000
        and (
            view.index - _LIST_REACH <= m.view.index < view.index
            or (m.view.index == view.index and m.np_end <= colon)
        )
    ]


def _listed_item(
    reading: Reading,
    view: SentenceView,
    item: tuple[int, int],
    source: AgreementMention,
    copy: int,
    another: bool,
) -> AgreementMention:
    """The record of one item (a token span of ``view``) of a list that spells out the
    documents of ``source``, a plural told as signed: signed by its parties on its day, named
    and kinded by the item's own words."""
    start, end = item
    terms = [c for c in view.cues_of("agreement_terms") if start <= c.tok < end]
    first, last = reading.doc[start], reading.doc[end - 1]
    return replace(
        source,
        strength="strong",
        kind=terms[0].value if terms else source.kind,
        name=reading.text[first.idx : last.idx + len(last.text)].strip(),
        count=1,
        copy=copy,
        plural=False,
        package=False,
        anaphoric=False,
        # "three other agreements were exchanged: ...": none is one told before
        another=another,
        # evidence: the plural's signing and the list that names the item
        events=[
            Event(e.kind, e.date, [*e.evidence, view.evidence()])
            for e in source.events
            if e.kind == "signed"
        ],
        # what the item's own words name ("MoU on cooperation in space")
        provisions={c.value for c in view.cues_of("provision_cues") if start <= c.tok < end},
        signatories=list(source.signatories),
    )


def _list_items(reading: Reading, view: SentenceView) -> tuple[int, list, bool] | None:
    """The items of a list after a colon in the sentence, as token spans, with whether each
    opens with an agreement noun ("MoU on ..., MoU between ... and MoU on ...": split where a
    separator is followed by one) or the list is split by semicolons ("Rice Trade
    Cooperation; Incident Prevention; ..."); None when the sentence holds no such list."""
    if ":" not in view.text:
        return None
    colon = next((i for i in range(view.tok, view.tok_end) if reading.doc[i].text == ":"), None)
    if colon is None:
        return None
    end = view.tok_end
    while end > colon + 1 and not (reading.doc[end - 1].is_alpha or reading.lower(end - 1) == ")"):
        end -= 1  # the full stop closing the list
    if end <= colon + 2:
        return None
    term_starts = sorted({c.tok for c in view.cues_of("agreement_terms") if c.tok > colon})
    opens = [t for t in term_starts if t == colon + 1 or reading.lower(t - 1) in _ITEM_SEPARATORS]
    semis = [i + 1 for i in range(colon + 1, end) if reading.doc[i].text == ";"]
    by_terms = bool(opens) and opens[0] == colon + 1 and len(opens) >= 2
    if by_terms:
        bounds = sorted(set(opens) | set(semis))  # "Agreement on ...; Launch Service Agreement"
    elif semis:
        bounds = [colon + 1, *semis]
    else:
        return None
    items = []
    for k, start in enumerate(bounds):
        stop = bounds[k + 1] if k + 1 < len(bounds) else end
        # strip the separators between items: "; and MoU on ..."
        while stop > start and reading.lower(stop - 1) in _ITEM_SEPARATORS:
            stop -= 1
        while start < stop and reading.lower(start) in _ITEM_SEPARATORS:
            start += 1
        if start >= stop:
            continue  # "; and MoU": the separators between two bounds
        if stop - start > _ITEM_TOKENS:
            return None
        if not by_terms and not reading.doc[start].is_title and not reading.doc[start].is_upper:
            return None  # "provides for: joint drills; training": what one covers, no titles
        items.append((start, stop))
    if len(items) < 2:
        return None
    return colon, items, by_terms


def _counted_copies(mentions: list[AgreementMention]) -> list[AgreementMention]:
    """ "India and Mozambique signed two memoranda", "ratified two of the three agreements
    with the United States": a plural noun that counts a few documents between one set of
    parties stands for that many agreements (the first count told of those parties only;
    "the two MoUs include ..." later speaks of the same ones)."""
    out: list[AgreementMention] = []
    counted: set[frozenset[str]] = set()
    for m in mentions:
        out.append(m)
        key = frozenset(m.parties)
        if m.count < 2 or len(key) < 2 or key in counted or m.strength in ("weak", "proposed"):
            continue
        counted.add(key)
        for k in range(1, m.count):
            out.append(replace(m, copy=k, events=list(m.events), provisions=set(m.provisions)))
    return out


_STATEMENT_NOUNS = en.STATEMENT_NOUNS
_ISSUED = words_of_kind("agreement_words.tsv", "issued")


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
    reading: Reading,
    view: SentenceView,
    found: list[AgreementMention],
    statement: AgreementMention | None,
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


def _told_before_among_bystanders(m: AgreementMention, prev: AgreementMention | None) -> bool:
    """ "A police agreement between Fiji and China was signed in 2011 ... Rabuka, who favours
    closer ties with Australia, New Zealand and the U.S., wanted to terminate the
    agreement": a bare "the agreement", of which its sentence tells no step and for which no
    list word names partners, is the agreement told before; the other states its sentence
    names (one of that agreement's parties among them) are bystanders, not its parties."""
    return (
        prev is not None
        and m.bare_definite
        and not m.listed
        and not m.events
        and len(m.parties) >= 2
        and set(prev.parties) != set(m.parties)
        and bool(set(prev.parties) & set(m.parties))
    )


def _plan_taken_up(m: AgreementMention) -> None:
    """ "... will lead a delegation to sign an MoU with Argentina. The MoU will strengthen
    training": a mention that takes up a planned agreement, and tells no step of its own, is
    that plan (what it will do says nothing of its being signed)."""
    if m.strength == "background" and not m.events:
        m.strength, m.status, m.signed = "proposed", "proposed", None
    elif (
        m.strength in ("strong", "background")
        and m.bare_definite
        and all(e.kind == "signed" for e in m.events)
        and not _step_taken(m.view)
    ):
        # "set to sign an oil pipeline deal ... The deal, which was announced by the minister",
        # "it will be appropriate to implement the signing of the treaty": "the deal" takes
        # up the plan, and its sentence tells no step taken ("signed", "inked", "concluded")
        m.strength, m.status, m.signed, m.events = "proposed", "proposed", None, []


def _step_taken(view: SentenceView) -> bool:
    """Whether the sentence tells a step of an agreement in the past tense ("signed",
    "inked", "ratified", "came into force"), not a signing as a noun ("the signing of the
    treaty"), nor a verb of telling ("announced")."""
    return any(c.text.lower().split()[0] in _PAST_STEPS for c in view.cues_of("agreement_verbs"))


def _only_planned(reading: Reading, mentions: list[AgreementMention]) -> None:
    """ "Manila and Tokyo are expected to sign the RAA ... the Philippines' RAA with Japan
    will differ from the VFA": a passing mention of an agreement the text calls by the same
    acronym as a plan, and never as a step taken, is that plan. A plan's acronym may be the
    initials of its words ("if they finalise a free trade agreement ... the FTA")."""
    planned = {m.acronym for m in mentions if m.strength == "proposed" and m.acronym}
    planned.update(a for m in mentions if m.strength == "proposed" for a in _initials(reading, m))
    taken = {m.acronym for m in mentions if m.strength == "strong" and m.acronym}
    taken.update(a for m in mentions if m.strength == "strong" for a in _initials(reading, m))
    for m in mentions:
        if m.acronym in planned - taken and m.strength == "background" and not m.events:
            m.strength, m.status, m.signed = "proposed", "proposed", None


def _initials(reading: Reading, m: AgreementMention) -> set[str]:
    """The acronyms the last two to four words of the noun phrase would make: "free trade
    agreement" -> {"TA", "FTA"} (articles and non-words end the run)."""
    out, letters = set(), ""
    for i in range(m.np_end - 1, max(m.view.tok, m.np_end - 4) - 1, -1):
        if not reading.doc[i].is_alpha or reading.lower(i) in ("a", "an", "the"):
            break
        letters = reading.token_text(i)[0].upper() + letters
        if len(letters) >= 2:
            out.add(letters)
    return out


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
) -> list[AgreementMention]:
    out: list[AgreementMention] = []
    nps = noun_phrases(reading, view, acronyms or {})
    accessions = accessions_in(reading, view)
    if accessions:
        out.extend(accessions)
        # "Sweden's accession to NATO ..., after Hungary's parliament ratified it": the
        # accession is the one agreement its noun names.
        nps = [
            np
            for np in nps
            if np[0] != accessions[0].np_start
            and not any(np[0] <= a.np_start < np[1] for a in accessions)
        ]
    nps = [
        np
        for np in nps
        if not with_a_company(reading, view, np)
        and not by_companies(reading, view, np, nps)
        and not with_non_state_party(reading, view, np)
        and not body_joined(reading, np)
    ]
    if not nps:
        return out
    kept = {np for np in nps if ended_or_kept(reading, view, np)}
    proposed = {
        np for np in nps if np not in kept and plan_or_report(reading, view, np, nps) == "proposed"
    }
    claimed: set[str] = set()
    per_np: list[tuple[tuple[int, int, str], list[list[str]]]] = []
    for np in nps:
        groups = np_parties(reading, view, np)
        for g in groups:
            claimed.update(g[1:] if len(groups) > 1 else [])
        per_np.append((np, groups))
    bag = codes([m for m in party_mentions(reading, view)])
    grouping = named_grouping(reading, view)
    respective = respective_dates(reading, view, nps)
    inferred: list[AgreementMention] = []
    for np, groups in per_np:
        if groups is UNRESOLVED:
            continue
        listed = bool(groups)  # parties bound by the noun phrase's own words
        joiners = _parties_to(reading, view, np)
        if joiners is not None:
            if len(joiners) < 2:
                continue  # "welcomed Sweden as a party to the Washington Treaty": the others?
            groups, listed = [joiners], True  # "Japan and the US are parties to the treaty"
        if not groups and grouping:
            groups = [grouping]  # "a partnership called AUKUS": its members are the parties
        if not groups and _organisation_s_own(reading, view, np):
            continue  # "the SCO Treaty on ...": its members are bound, not the states named
        if not groups:
            groups = stationed_pair(reading, view, np)
        if not groups and members_sign(reading, view, np, nps):
            continue  # "the declaration that ASEAN members signed": which members, unsaid
        if not groups:
            signers = signers_before_verb(reading, view, np, nps)
            if len(signers) >= 2:
                groups = [signers]
            else:
                rest = [c for c in bag if c not in claimed] if len(nps) > 1 else bag
                if signers:
                    # "relations between Somalia and Ethiopia soured after Addis Ababa signed
                    # a MoU": the pair of another noun is not the signer's partner
                    paired = paired_elsewhere(reading, view, nps)
                    rest = [c for c in rest if c in signers or c not in paired]
                groups = [rest]
        for parties in groups:
            if np[2] == "accession" and not state_and_organisation(reading, parties):
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
            if _set_up_by_another(reading, view, np, nps):
                m.strength = "weak"  # "a treaty establishing a strategic partnership": one
            if np in kept and m.strength == "weak":
                # "would end its pact with France": the pact exists; the step is untaken
                m.strength, m.signed, m.events = "background", None, []
            if (
                np in proposed
                or _denied(reading, view, np, nps)
                or _approved_sale(reading, view, np)
            ):
                # A plan's steps ("once signed and ratified") have not happened.
                m.strength, m.status, m.signed, m.events = "proposed", "proposed", None, []
            out.append(m)
        after, earlier = earlier_partners(reading, view, np)
        late = _dates_from(reading, view, after) if earlier else set()
        if earlier:
            for m in out:
                if m.np_start == np[0] and m.signed in late:
                    m.signed = None
                    m.events = [e for e in m.events if e.kind != "signed"]
        # "after Honduras, which signed one in 2018": one earlier signer, its signing told
        told = len(earlier) == 1 and len(late) == 1
        told = told and any(c.tok > after for c in view.cues_of("agreement_verbs", "signed"))
        for parties in earlier:
            # "..., after Costa Rica, Peru and Chile": each holds such an agreement already
            m = _build(reading, view, np, parties, nps)
            m.strength, m.status, m.events, m.place = "background", "signed", [], None
            m.signed = next(iter(late)) if told else None
            m.another, m.listed = True, True
            out.append(m)
            inferred.append(m)
    _items_of_plural(reading, view, out)
    if inferred:
        # "after Chile, which signed an agreement with Beijing in 2005": told in its own words
        told_sets = {frozenset(m.parties) for m in out if m not in inferred}
        out = [m for m in out if m not in inferred or frozenset(m.parties) not in told_sets]
    _mark_aliases(reading, view, out, nps)
    _mark_upgrades(reading, out)
    return out


def _mark_upgrades(reading: Reading, out: list[AgreementMention]) -> None:
    """ "lifted their comprehensive partnership to a comprehensive strategic partnership":
    the two ranks the sentence tells apart are two partnerships in the whole text."""
    ranked = sorted((m for m in out if m.level), key=lambda m: m.np_start)
    for a, b in pairwise(ranked):
        gap = reading.lowers(a.np_end, b.np_start)
        aside = _aside(gap)  # "their strategic partnership, established in 2018, to a ..."
        if aside:
            gap = gap[: aside[0]] + gap[aside[1] + 1 :]
        if "to" in gap and len(gap) <= 4 and a.level != b.level:
            a.upgraded_to = b.level
            if a.strength == "strong" and b.strength == "weak":
                # the step the verb tells made the new rank; the old one existed before
                b.strength, b.signed, b.events, b.place = a.strength, a.signed, a.events, a.place
                a.strength, a.signed, a.events, a.place = "background", None, [], None
                if aside:
                    start = a.np_end + aside[0]
                    a.signed = date_soon_after(reading, a.view, start, aside[1] - aside[0])


def _aside(gap: list[str]) -> tuple[int, int] | None:
    """The first and last comma of an aside between commas in ``gap`` (a few words)."""
    commas = [i for i, w in enumerate(gap) if w == ","]
    if len(commas) == 2 and commas[1] - commas[0] <= 7:
        return commas[0], commas[1]
    return None


def _mark_aliases(reading: Reading, view: SentenceView, out: list[AgreementMention], nps) -> None:
    """Both names of one agreement in a sentence ("the North Atlantic Treaty, better known
    as the Washington Treaty") are marked, so that the second is not taken for another."""
    for np in nps:
        if _known_as(reading, view, np, nps):
            before = max(o[0] for o in nps if o[1] <= np[0])
            for m in out:
                if m.np_start in (before, np[0]):
                    m.alias = True


def _denied(reading: Reading, view: SentenceView, np, nps) -> bool:
    """ "Kenya denied reports that it had signed a defence pact with Uganda", "Tehran denied
    signing any deal": a step that its own actor denies is not stated."""
    for cue in owned_cues(view.cues_of("agreement_verbs"), np, nps, reading):
        words = reading.lowers(max(view.tok, cue.tok - 10), cue.tok)
        if any(w in _DENIALS for w in words) and not {";", ":"} & set(words):
            return True
        if _report_rejected(reading, view, cue.tok_end):
            return True
    return False


_REPORT_NOUNS = en.REPORT_NOUNS


_APPROVALS = words_of_kind("agreement_words.tsv", "approval_verb")
_SALE_WORDS = words_of_kind("agreement_words.tsv", "sale_word")


def _approved_sale(reading: Reading, view: SentenceView, np) -> bool:
    """ "State Department approves $2 billion arms deal with Saudi Arabia", "the cabinet
    signed off on the helicopter purchase deal": one government's clearance of a sale or a
    purchase is no agreement concluded between states (the sale is still to be signed)."""
    start, end, _kind = np
    for i in range(max(view.tok, start - 8), start):
        word = reading.lower(i)
        off = word in _SIGN_WORDS and reading.lower(i + 1) == "off"
        if word not in _APPROVALS and not off:
            continue
        between = reading.lowers(i + 1, end)
        if {".", ";", ":"} & set(between):
            continue
        return not _SALE_WORDS.isdisjoint(between) or any(
            reading.doc[j].like_num or reading.lower(j) in ("$", "€", "£")
            for j in range(i + 1, end)
        )
    return False


_SIGN_WORDS = frozenset(("sign", "signs", "signed", "signing"))


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


# "a statement on deepening their partnership": a document word that makes no record of its own
# leaves the partnership the record
_NOT_SETTING_UP = frozenset(("partnership", "document"))


def _set_up_by_another(reading: Reading, view: SentenceView, np, nps) -> bool:
    """ "signed a treaty establishing a strategic partnership", "issued a joint statement on
    establishing an all-weather partnership": a partnership that a document of another kind,
    just before it, sets up is what that document says, not a second document."""
    if np[2] != "partnership":
        return False
    states = {t for m in view.mentions for t in range(m.tok, m.tok_end)}
    for other in nps:
        if other[2] in _NOT_SETTING_UP or other[1] > np[0] or np[0] - other[1] > 9:
            continue
        gap = range(other[1], np[0])
        if not gap or any(i in states for i in gap):
            continue
        words = [reading.lower(i) for i in gap]
        if not all(w in ("-", "–") or w.replace("-", "").isalpha() for w in words):
            continue
        if words[0] in _ESTABLISHED_LINKS or words[:2] in (["to", w] for w in _ESTABLISHED_LINKS):
            return True
    return False


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
        if reading.lex.is_state(m.code) or m.code in GROUPINGS:
            continue
        end = m.tok_end + (reading.lower(m.tok_end) in ("'s", "’s"))
        if np[0] - 2 <= end <= np[0] and reading.lex.members.get(m.code):
            verbs = {i for c in view.cues_of("agreement_verbs") for i in range(c.tok, c.tok_end)}
            # "Kenya and the EU signed a memorandum": the body signs it, it is not its own
            return all(reading.doc[i].is_alpha and i not in verbs for i in range(end, np[0]))
    return False


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
    if reading.lower(i) in _NOT_RENAMING:
        return False  # ", following an accord with Chile": another agreement it comes after
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
_NOT_RENAMING = en.NOT_RENAMING


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


_AUXILIARIES = en.AUXILIARIES


def parse_candidates(reading: Reading) -> list[SentenceView]:
    """The sentences whose parse the agreement reader will ask for: an agreement word in a
    sentence that names three states or more (see :func:`names_three_states`)."""
    return [
        v for v in reading.sentences if v.has("agreement_terms") and names_three_states(reading, v)
    ]


_CLAUSE_RELATIVES = words_of_kind("agreement_words.tsv", "clause_relative")


def _across_a_relative_clause(reading: Reading, cue: Cue, start: int) -> bool:
    """ "have formed a solid foundation of ties, which serves as a model of partnership", "the
    signing took place at the venue where the treaty was signed": a step word before the noun
    phrase, with a relative word between them and no comma after it, has its own object; the
    agreement sits in a clause on that object and takes no step from the word before."""
    if cue.tok_end > start:
        return False
    between = reading.lowers(cue.tok_end, start)
    for k, word in enumerate(between):
        if word in _CLAUSE_RELATIVES:
            return "," not in between[k + 1 :]
    return False


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
        listed = listed_after(reading, view, i + 1)
        if not listed:
            return []
        i = max(m.tok_end for m in listed)
    i = _after_own_date(reading, view, i)
    if reading.lower(i) == "," and reading.lower(i + 1) == "and":
        i += 1  # "a pact with Manila on Monday, and a separate deal with Hanoi"
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
        for c in owned_cues(view.cues_of("agreement_verbs"), prev, nps, reading)
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


def _bare_accord(reading: Reading, start: int) -> bool:
    """ "reached agreement on admitting Bahrain": agreement without an article is consent to
    a decision, not a document that binds."""
    if reading.lower(start) != "agreement":
        return False
    if reading.lower(start - 1) in ("reached", "reach", "reaches", "in"):
        return True
    # "Agreement was reached to intensify the dialogue": no article, the subject of "reached"
    if (
        start > 0
        and reading.doc[start - 1].is_alpha
        and reading.lower(start - 1) not in ("that", "and")
    ):
        return False
    after = reading.lowers(start + 1, start + 4)
    return after[:2] in (["was", "reached"], ["is", "reached"]) or after[1:3] == ["been", "reached"]


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
            return bool(listed_after(reading, view, j + 1))
    return False


def _made_known(reading: Reading, signing: list[Cue], start: int) -> bool:
    """ "announced the deal on Tuesday, weeks after signing it": the verb before the name only
    makes the agreement known and another word signs it, so the date after the name is the
    announcement's."""
    soft = [c for c in signing if c.tok_end <= start and c.text.lower() in _SOFT_SIGN]
    return bool(soft) and any(c.text.lower() not in _SOFT_SIGN for c in signing)


def _held(reading: Reading, view: SentenceView, start: int, end: int) -> bool:
    """ "The Philippines has visiting forces agreements with the US and Australia", "which
    already have a defence pact": "have" with an agreement as its object, told with the
    partners or with "already", says the agreement exists."""
    if reading.lower(end - 1) in ("contract", "contracts"):
        return False  # "has contracts with the US and Spain": sales, most often to firms
    i = start - 1
    while i > view.tok and start - i <= 4 and reading.doc[i].is_alpha:
        if reading.lower(i) in _HAVE:
            break
        i -= 1
    if reading.lower(i) not in _HAVE or reading.lower(i + 1) in ("been", "to", "not", "no"):
        return False
    if _HAVE_NEGATORS & set(reading.lowers(max(view.tok, i - 3), i)):
        return False  # "has never had any deal with Russia": held by no one
    if reading.lower(i - 1) == "already":
        return True
    if reading.lower(end) in _LIST_WORDS and bool(listed_after(reading, view, end + 1)):
        return True
    # "Australia and Japan have a reciprocal access agreement", "the two countries have had a
    # trade pact since 2010": the holders are the states that have it
    verb = i - 1 if reading.lower(i - 1) in _HAVE else i
    if reading.lower(verb - 1) in en.PAIR_NOUNS and reading.lower(verb - 2) in ("two", "both"):
        return True
    holders = {
        m.code
        for m in mention_group_before(reading, view, verb, max_gap=2)
        if reading.lex.is_state(m.code)
    }
    return len(holders) >= 2


_HAVE = frozenset(("has", "have", "had"))
# Words right before a "have" verb that deny the holding ("has never had", "does not have";
# not "no longer has": that agreement existed).
_HAVE_NEGATORS = frozenset(("never", "not", "n't"))


def _build(reading: Reading, view: SentenceView, np, parties, nps) -> AgreementMention:
    start, end, kind = np
    verbs = [
        c
        for c in owned_cues(view.cues_of("agreement_verbs"), np, nps, reading)
        if not _agent_after(reading, c, start)
    ] or _shared_verbs(reading, view, np, nps)
    verbs = [c for c in verbs if not _across_a_relative_clause(reading, c, start)]
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
    # "maintains discretion over its partnerships": a verb that holds an agreement holds it as
    # its object, not through another noun's preposition
    existing = [c for c in existing if not _held_through_another(reading, c, start)]
    # "following an accord with Chile in 2005": an agreement given with its partners and a
    # past date, and no verb, is one that exists since then
    dated_aside = (
        own_date is not None
        and not own_verb
        and not signing
        and not lifecycle
        and reading.lower(end) in _LIST_WORDS
        and _before_published(reading, own_date)
        # "will suspend the treaty with Russia on Saturday": a day is the news's own date, a
        # year or a month ("an accord with Chile in 2005") the one an agreement exists since
        and len(own_date) <= 7
    )
    background = (
        dated_aside
        or bool(existing)
        or year_before(reading, start) is not None
        or _definite_with_own_parties(reading, view, start, end)
        or _content_told(reading, view, end)
        or (not signing and not lifecycle and _held(reading, view, start, end))
    )
    name = proper_name(reading, view, start, end) or grouping_before(view, start)
    strength = "strong" if (signing or lifecycle) else "weak"
    if background or (name and strength == "weak"):
        strength = "background"
    if kind == "document" or _step_of_another(reading, end) or _bare_accord(reading, start):
        strength = "weak"  # "the document" refers to an agreement named elsewhere
    generic = reading.doc[end - 1].lower_ in _PLURAL_TERMS and not year_before(reading, start)
    unnamed = len(parties) < 2 and signers_unnamed(reading, view, signing)
    if generic and reading.lower(start - 1) in _GENERIC_DETERMINERS:
        unnamed = False  # "Such agreements have been signed since 1994": none in particular
    if (
        generic
        and not listed_after(reading, view, end + 1)
        and not _pair_signs(view, signing, parties)
        and not (signing and names_a_pair(reading, view))  # "the two sides signed deals"
        and not unnamed  # "They signed five agreements": the pair named before signed them
    ):
        strength = "weak"  # "previous agreements", "nine agreements": no one agreement
    if generic and _understandings_only(reading, view, start, end, signing):
        strength = "weak"
    if (
        kind == "joint_statement"
        and reading.lower(start - 2) in ("in", "said", "through")
        and reading.lower(end) not in _ISSUED  # "in a joint statement issued after the talks"
    ):
        strength = "weak"  # "said in a joint statement": a statement, not an agreement
        if _pair_s_statement(reading, view, start, parties):
            strength = "background"
    relations = kind == "relations"
    kind = "agreement" if relations else kind
    m = AgreementMention(view, start, end, kind, with_groupings(reading, view, parties), strength)
    m.relations = relations
    m.anaphoric = kind == "document" or is_anaphoric(reading, view, start)
    such = "such" in reading.lowers(max(view.tok, start - 2), start + 1)
    if such and reading.doc[end - 1].lower_ not in _PLURAL_TERMS:
        # "signed a memorandum ..., the first such agreement between them": the one told
        m.anaphoric = m.such = True
    m.plural = generic
    m.descriptor = proper_descriptor(reading, view, start)
    m.level = partnership_level(reading, view, start, end) if kind == "partnership" else frozenset()
    m.pair = names_a_pair(reading, view)
    m.unnamed = unnamed
    m.name = name
    m.acronym = acronym_of(reading, start, end)
    m.bare_definite = (
        end - start == 1 and not name and reading.lower(start - 1) in ("the", "this", "that")
    )
    m.another = _told_as_another(reading, view, start, signing)
    m.count = _counted(reading, view, start, end)
    m.package = generic and _is_batch(reading, view, m, start, end)
    m.signed = signing_date(reading, view, np, signing, nps)
    if (
        m.signed
        and lifecycle
        and signing
        and _step_s_date(reading, view, m.signed, lifecycle, signing)
    ):
        m.signed = None
    # "restored their pact, GSOMIA, on Monday": a date after a name dates a signing only in a
    # sentence that tells of no other step
    steps_told = any(
        c.value not in ("signed", "accession") for c in view.cues_of("agreement_verbs")
    )
    if (
        own_date
        and (own_verb or (view.has("agreement_verbs") and not steps_told))
        and not lifecycle
        and not (not own_verb and _made_known(reading, signing, start))
    ):
        m.signed = own_date
    if dated_aside and m.signed is None:
        m.signed = own_date
    m.report_day = bool(m.signed) and bool(signing) and day_of_report(reading, view, signing)
    m.place = _place(reading, view, signing) if signing else None
    for c in lifecycle:
        date = nearest_date(reading, view, c.tok, nps, np)
        m.events.append(Event(c.value, date, [view.evidence()]))
    if signing:
        if m.signed is None:
            m.day = unresolved_day(reading, view, signing[0].tok)
        m.events.append(Event("signed", m.signed, [view.evidence()]))
        m.signatories = signatories_named(reading, view, signing[0])
    before = reading.sentences[max(0, view.index - 2) : view.index]
    span = clauses_of(reading, view, np, nps)
    owns = owns_defense(reading, view, np, nps) or (
        span is not None and alone_in(reading, span, nps)
    )
    owns = owns and not defence_only_in_other_names(reading, view, np)
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


def _pair_s_statement(reading: Reading, view: SentenceView, start: int, parties) -> bool:
    """ "In a joint statement, the two countries said ...", "according to the joint
    statement, both sides stressed ...", "In a joint declaration, Kenya and Uganda vowed ...":
    a joint statement through which the pair speaks is the pair's document, and it exists
    (with no pair named, "the ministry said in a joint statement" is only the channel of
    what was said)."""
    before = reading.lowers(start - 3, start - 1)
    channel = before[-1:] == ["in"] or before == ["according", "to"]
    if not channel:
        return False
    if names_a_pair(reading, view):
        return True
    # "According to the joint statement, Chile and Peru agreed ...": opening the sentence
    # whose two states speak through it (not "Britain, France and Germany said in a joint
    # statement that Iran ...": a statement of three, on a fourth)
    opens = start - (3 if before[-1:] != ["in"] else 2) <= view.tok
    return opens and len(set(parties)) == 2


def _dates_from(reading: Reading, view: SentenceView, tok: int) -> set[str]:
    """The dates told from token ``tok`` on (", after Chile, which signed in 2005"): they are
    of the agreements named there."""
    late = set()
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and span.start >= tok:
            late.add(d.value)
    return late


def _before_published(reading: Reading, date: str) -> bool:
    """Whether ``date`` (a year, month or day) lies before the text's publication month."""
    published = reading.published_date
    if published is None:
        return True
    return date[:7] < published.isoformat()[: len(date[:7])]


_COUNTS = en.SMALL_COUNTS
_NOT_MODIFIERS_OF_COUNT = en.NOT_MODIFIERS_OF_COUNT


def _counted(reading: Reading, view: SentenceView, start: int, end: int) -> int:
    """How many documents a plural agreement noun counts: "two memoranda", "the three
    military cooperation agreements" (two to five; larger counts and "several" name no
    documents one by one)."""
    if reading.lower(end - 1) not in _PLURAL_TERMS and reading.lower(end - 1) != "statements":
        return 1
    verbs = {i for c in view.cues_of("agreement_verbs") for i in range(c.tok, c.tok_end)}
    i = start - 1
    while i >= view.tok and i >= start - 4:
        word = reading.lower(i)
        if word in _COUNTS:
            return _COUNTS[word]
        tok = reading.doc[i]
        if i in verbs or not tok.is_alpha or word in _NOT_MODIFIERS_OF_COUNT:
            return 1
        i -= 1
    return 1


_BATCH_QUANTIFIERS = words_of_kind("agreement_words.tsv", "batch_quantifier")
_CONSENSUS_VERBS = words_of_kind("agreement_words.tsv", "consensus_verb")
_BATCH_NOUNS = words_of_kind("agreement_words.tsv", "batch_noun")


def _understandings_only(
    reading: Reading, view: SentenceView, start: int, end: int, signing: list[Cue]
) -> bool:
    """Whether a plural agreement noun, taken up only by consensus verbs (consensus_verb:
    "reached") and counted as no batch, tells of understandings the sides came to, no
    document told apart ("how the sides apply agreements reached by their leaders", "fresh
    agreements were reached"; not "they reached 12 agreements")."""
    return (
        bool(signing)
        and all(c.text.lower() in _CONSENSUS_VERBS for c in signing)
        and not _batch_counted(reading, view, start, end)
    )


def _is_batch(
    reading: Reading, view: SentenceView, m: AgreementMention, start: int, end: int
) -> bool:
    """Whether a plural agreement mention, told as signed (strong) and not counted as several
    records, is a batch of documents signed together ("16 documents were signed", "a number
    of documents"), one record of its own; not particular agreements ("the agreements",
    "their three deals")."""
    return (
        m.strength == "strong"
        and m.count == 1
        and not _definite_plural(reading, view, start)
        and _batch_counted(reading, view, start, end)
    )


def _batch_counted(reading: Reading, view: SentenceView, start: int, end: int) -> bool:
    """Whether a plural agreement noun is counted as a batch: "16 documents", "ten
    agreements", "a number of intergovernmental documents", "several other deals" (not "energy
    deals", "ratification documents": documents of something else, or none in particular)."""
    if reading.lower(end - 1) not in _BATCH_NOUNS:
        return False
    verbs = {i for c in view.cues_of("agreement_verbs") for i in range(c.tok, c.tok_end)}
    for i in range(end - 2, max(view.tok, start - 6) - 1, -1):
        tok = reading.doc[i]
        if i in verbs:
            return False
        if tok.like_num:
            return not (tok.is_digit and len(tok.text) == 4)  # "2015 agreements": a year
        if tok.lower_ in _BATCH_QUANTIFIERS:
            return True
        if not (tok.is_alpha or tok.text == "-"):
            return False
    return False


def _step_s_date(
    reading: Reading, view: SentenceView, value: str, lifecycle: list[Cue], signing: list[Cue]
) -> bool:
    """ "The Senate on Dec. 16 ratified a pact with Japan, the first of its kind Tokyo has
    signed": a date right beside another step's word (ratified, extended), and farther from
    the signing word, is that step's."""
    for d in reading.dates(view):
        if d.value != value:
            continue
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        to_step = min(min(abs(span.start - c.tok), abs(c.tok_end - span.end)) for c in lifecycle)
        to_sign = min(min(abs(span.start - c.tok), abs(c.tok_end - span.end)) for c in signing)
        return to_step <= 3 < to_sign
    return False


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
    listed = listed_after(reading, view, i + 1) if reading.lower(i) in _LIST_WORDS else []
    if listed:
        i = max(m.tok_end for m in listed)
    for j in range(i, min(view.tok_end, i + 3)):
        if reading.lower(j) in _CONTENT_VERBS:
            return True
        if reading.lower(j) not in ("does", "do", "did", "not", "also", "n't", "only"):
            return False
    return False


_HOLDING_VERBS = words_of_kind("agreement_words.tsv", "holding_verb")
_GAP_PREPOSITIONS = words_of_kind("agreement_words.tsv", "gap_preposition")


def _held_through_another(reading: Reading, cue: Cue, start: int) -> bool:
    """ "Moscow maintains discretion over its partnerships": a holding verb ("maintains",
    "enjoy") whose object is another noun, with a preposition before the agreement noun."""
    if cue.text.lower() not in _HOLDING_VERBS or not cue.tok_end <= start <= cue.tok_end + 6:
        return False
    return not _GAP_PREPOSITIONS.isdisjoint(reading.lowers(cue.tok_end, start))


def _parties_to(reading: Reading, view: SentenceView, np) -> list[str] | None:
    """ "welcomed Sweden as a party to the Washington Treaty", "Japan and the US are parties
    to the treaty": the states told as parties, right before "(as) a party to", are the
    treaty's parties the sentence names (not the speaker who welcomes them); None when no
    "party to" stands before the agreement noun."""
    start = np[0]
    words = reading.lowers(max(view.tok, start - 5), start)
    if "to" not in words:
        return None
    k = len(words) - 1 - words[::-1].index("to")
    if k == 0 or words[k - 1] not in ("party", "parties"):
        return None
    if any(w == "and" or not (w.isdigit() or w[:1].isalpha()) for w in words[k + 1 :]):
        return None  # "party to the talks, and the treaty": another clause
    at = max(view.tok, start - 5) + k - 1  # the token "party"
    while at > view.tok and reading.lower(at - 1) in _PARTY_TO_OPENERS:
        at -= 1
    return [
        m.code
        for m in mention_group_before(reading, view, at, max_gap=2)
        if reading.lex.is_state(m.code)
    ]


_PARTY_TO_OPENERS = frozenset(("as", "a", "is", "are", "was", "were", "became", "become", "be"))


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


def _date_each(reading: Reading, view: SentenceView, np, m: AgreementMention) -> None:
    """One of several agreements listed with their own years takes its own year."""
    year = year_after(reading, view, m.parties[-1], np[1])
    if year is None:
        return
    m.signed = year
    m.events = [replace(e, date=year) if e.kind == "signed" else e for e in m.events]


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
