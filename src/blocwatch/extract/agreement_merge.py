"""Merging the mentions of one document into agreements: mentions with the same parties join
unless a date, a name, a rank or the sentence tells two agreements apart. Linear in the
number of mentions (records are indexed by parties)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from ..base.tables import cue_table, words_of_kind
from ..lang.en.words import agreements as en
from ..lang.en.words.signing_dates import REPORTED
from ..model import Agreement
from .agreement_anaphora import same_name
from .agreement_mention import AgreementMention
from .agreement_phrases import KIND_RANK, words_of
from .headlines import HEADLINE_VIEWS, headline_break
from .reading import Reading


def _says_which(m: AgreementMention) -> bool:
    """Whether the mention tells its agreement apart (a date, a name, a signing): "the last
    major agreement of its kind" beside "the treaty" is that treaty again."""
    return not m.plural and bool(m.signed or m.name or m.strength == "strong")


def _another_kind_with_own_parties(r: _Record, m: AgreementMention) -> bool:
    """Whether ``m`` names its own parties ("the memorandum between Malaysia and the US", not
    "such a pact with Tanzania", which may take up the deal named before it) and
    is of another kind than each agreement of the record in its sentence (a trade
    agreement): two documents, not one named twice."""
    same_view = [x for x in r.mentions if x.view.index == m.view.index]
    if not m.listed or m.alias or m.plural or m.kind == "other" or m.such:
        return False  # "similar alliances with China and North Korea": no one document
    return m.between and all(x.kind != m.kind for x in same_view)


def _package_apart(r: _Record, m: AgreementMention) -> bool:
    """ "They signed a border treaty and a joint statement; 16 documents were also signed":
    a batch of documents signed on the occasion is one record of its own, not the treaty or
    statement the text names on its own (nor is the named one the batch)."""
    if m.package:
        return (
            m.strength == "strong"
            and not any(x.package for x in r.mentions)
            and any(x.strength == "strong" and not x.plural for x in r.mentions)
        )
    return (
        not m.plural
        and (m.kind == "joint_statement" or _named_on_its_own(r, m))
        and any(x.package for x in r.mentions)
        and all(x.plural for x in r.mentions)
    )


def _named_on_its_own(r: _Record, m: AgreementMention) -> bool:
    """ "They signed several agreements during the visit. ... with the signing of the Air
    Services Agreement": an agreement told by its own name in a sentence of its own is not the
    batch told before (nor one the batch's own sentence lists)."""
    return (
        m.name is not None and not m.alias and all(x.view.index != m.view.index for x in r.mentions)
    )


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


@dataclass
class _Record:
    parties: frozenset[str]
    mentions: list[AgreementMention]
    # noun phrases already in the record, by sentence: a second agreement named in the same
    # sentence is another agreement (kept as an index so that merging stays linear)
    nps_by_view: dict[int, set[int]] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)
    report_dates: list[str] = field(default_factory=list)  # days only a report clause tells
    antecedents: set[int] = field(default_factory=set)  # ids of mentions referred back to
    # what mentions that refer back to the record without joining it say it covers
    carried: set[str] = field(default_factory=set)

    def refers_to(self, m: AgreementMention) -> bool:
        """Whether a mention of the record refers back to ``m``."""
        return id(m) in self.antecedents

    def add(self, m: AgreementMention) -> None:
        self.mentions.append(m)
        if m.antecedent is not None:
            self.antecedents.add(id(m.antecedent))
        self.nps_by_view.setdefault(m.view.index, set()).add(m.np_start)
        if m.signed and m.report_day:
            if m.signed not in self.report_dates:
                self.report_dates.append(m.signed)
        elif m.signed and m.signed not in self.dates:
            self.dates.append(m.signed)

    def other_np_in(self, m: AgreementMention) -> bool:
        nps = self.nps_by_view.get(m.view.index)
        return bool(nps) and (len(nps) > 1 or m.np_start not in nps)

    proposed: bool = False  # every mention a plan (records are keyed by it)

    @property
    def signed(self) -> str | None:
        dates = self.dates or self.report_dates
        return max(dates, key=len) if dates else None


def _other_day(r: _Record, m: AgreementMention) -> bool:
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


def _takes_up(r: _Record, m: AgreementMention) -> bool:
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
    terms = words_of("agreement_terms.tsv")
    heads = [w for w in opening if w in terms]
    return set(heads[-1:])


def _other_named(r: _Record, m: AgreementMention) -> bool:
    """Whether the record and the mention carry proper names of different kinds of
    agreement ("Declaration on Allied Relations" and "Treaty on Friendship"): two documents,
    even between the same states in the same article."""
    if not m.name:
        return False
    mine = _name_kinds(m.name)
    for x in r.mentions:
        if x.name and not same_name(x.name, m.name):
            theirs = _name_kinds(x.name)
            if (
                mine
                and theirs
                and not mine & theirs
                and not _share_a_word(x.name, m.name)
                and not _acronym_of_the_other(mine, theirs, x.name, m.name)
            ):
                return True
    return False


_NAME_FUNCTION_WORDS = en.NAME_FUNCTION_WORDS


def _acronym_of_the_other(mine: set[str], theirs: set[str], a: str, b: str) -> bool:
    """ "Memorandum of Understanding" and "the Defence Innovation MOU": a head written as an
    acronym ("MOU", "FTA") that stands for the other name's head is the same kind."""
    acronyms = {w.strip("'\"“”‘’,.()").lower() for w in f"{a} {b}".split() if w.isupper()}
    if not acronyms & (mine | theirs):
        return False
    kinds = _term_kinds()
    return {kinds.get(h, h) for h in mine} == {kinds.get(h, h) for h in theirs}


@cache
def _term_kinds() -> dict[str, str]:
    return {cue: kind for cue, kind in cue_table("agreement_terms.tsv")}


def _share_a_word(a: str, b: str) -> bool:
    """ "Treaty of Friendship" and "the Friendship Pact": names of different kinds that
    share a word of their own (not an agreement word, not "of", "on") name one document."""
    terms = words_of("agreement_terms.tsv")

    def own(name: str) -> set[str]:
        words = {w.strip("'\"“”‘’,.()").lower() for w in name.split()}
        return {w for w in words if w and w not in terms and w not in _NAME_FUNCTION_WORDS}

    return bool(own(a) & own(b))


def _bare_definite_after(r: _Record, m: AgreementMention) -> bool:
    """ "is suspending an arms control treaty with Russia and will withdraw from the pact":
    a bare "the pact" after the record's agreement in the sentence, dated by nothing of its
    own, is that agreement again."""
    return (
        m.bare_definite
        and not m.signed
        and any(x.view.index == m.view.index and x.np_end <= m.np_start for x in r.mentions)
    )


def _retold_after_headline(reading: Reading, r: _Record, m: AgreementMention) -> bool:
    """ "Russia and Mali sign defence pact Russian and Malian ministers have signed an
    agreement ...": a headline that runs into the lede without a full stop tells the lede's
    agreement first. In the opening sentences, a mention that comes after such a break (a
    lower-case word, or an unpunctuated word, followed by a capitalised one that is no part
    of a name: "pact Russian", "mission ISLAMABAD", "Iran At") retells the agreement the
    record found before the break, not a second one."""
    if m.view.index >= HEADLINE_VIEWS:
        return False
    for x in r.mentions:
        if x.view.index != m.view.index:
            continue
        if not _kind_alike(x.kind, m.kind):
            continue  # "Joint Statement ... A joint statement ... the treaty signed in 2005"
        first, second = (x, m) if x.np_end <= m.np_start else (m, x)
        if first.np_end <= second.np_start and headline_break(
            reading, first.np_end, second.np_start
        ):
            return True
    return False


# Kinds a headline may use for any agreement of the lede ("Pakistan inks key agreement").
_ANY_KIND = frozenset(("agreement", "document", "other"))


def _kind_alike(a: str, b: str) -> bool:
    return a == b or a in _ANY_KIND or b in _ANY_KIND


def _named_alike(r: _Record, m: AgreementMention) -> bool:
    """ "four agreements were signed, including the one on the Strategic Partnership": one more
    of the sentence's agreements, but the one the record already names."""
    return m.name is not None and any(same_name(x.name, m.name) for x in r.mentions)


def _older_signing_told_after(reading: Reading, r: _Record, m: AgreementMention) -> bool:
    """ "Nigeria and Russia have signed a new military pact ... In 2017 and 2019 the two
    signed cooperation deals": a signing dated by a year or a month before the text's own
    (any, when the text has no date), told after an undated record without referring back
    to it, is an older agreement, not the date of the undated one."""
    published = reading.published
    if not m.signed or r.signed or not _signed_here(r):
        return False
    if len(m.signed) == 10 and not (published and m.signed[:4] < published[:4]):
        return False  # a day of the news's own year may be the undated record's own
    if any(x.package for x in r.mentions):
        return False  # "nine agreements were signed": a batch may take in any of them
    if m.bare_definite or m.such:
        return False
    if (m.anaphoric or m.antecedent is not None) and not (
        _indefinite(reading, m) and _own_parties(reading, m)
    ):
        return False  # "the memorandum was signed in 2019": the one told before
    if published and published.startswith(m.signed):
        return False  # "signed in June 2024" in a text of June 2024: the news itself
    return all(x.view.index < m.view.index for x in r.mentions) and not _named_alike(r, m)


def _own_parties(reading: Reading, m: AgreementMention) -> bool:
    """Whether the mention's sentence tells its parties itself, by a pair ("the two
    countries") or by naming each of them, not through the agreement it refers back to."""
    named = {x.code for x in m.view.mentions if reading.lex.is_state(x.code)}
    return m.pair or set(m.parties) <= named


_PREDICATING = frozenset(("is", "was", "are", "were", "be", "been", "as", "remains"))


_DEFINITE = frozenset(("the", "this", "that", "its", "their"))


def _opens_with_a(reading: Reading, m: AgreementMention, reach: int, figures: bool) -> bool:
    """Whether the mention's noun phrase opens with "a" or "an", at most ``reach`` words of
    modifiers before its noun (figures among them with ``figures``: "a 70-billion-yuan swap
    deal"), and is no predicate ("it is a deal")."""
    i = m.np_start - 1
    while i >= m.view.tok and i >= m.np_start - reach:
        word = reading.lower(i)
        if word in ("a", "an"):
            # "it is a memorandum signed in 2023": a predicate names the one told before
            return reading.lower(i - 1) not in _PREDICATING
        tok = reading.doc[i]
        modifier = tok.is_alpha or (figures and (tok.like_num or word in ("-", "$")))
        if word in _DEFINITE or not modifier:
            return False
        i -= 1
    return False


def _indefinite(reading: Reading, m: AgreementMention) -> bool:
    """Whether the mention's noun phrase opens with "a" or "an" ("in 2008 a memorandum was
    signed between the countries"): a pair it names ("the countries") tells its parties, the
    article tells it is no agreement told before."""
    return _opens_with_a(reading, m, reach=4, figures=False)


def _told_with_a(reading: Reading, m: AgreementMention) -> bool:
    """Whether the mention's noun phrase opens with "a" or "an" before its modifiers, figures
    included ("inked a 70-billion-yuan swap deal"), and is no predicate ("it is a deal")."""
    return _opens_with_a(reading, m, reach=8, figures=True)


class _Context(NamedTuple):
    """What the reasons below read besides the record and the mention: the document, and the
    partnership ranks it tells apart by an upgrade from one to the other."""

    reading: Reading
    ranks: frozenset[frozenset[frozenset[str]]]


def _counted_apart(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "two memoranda": the other document one plural noun counts (another copy of the
    record's own noun phrase)."""
    return any(
        x.view.index == m.view.index and x.np_start == m.np_start and x.copy != m.copy
        for x in r.mentions
    )


def _second_told_in_sentence(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """A second dated, named or signed agreement in a sentence of the record ("signed a
    border treaty and a trade agreement"), unless it refers back ("the pact" after the
    record's agreement, an alias, a retelling after a headline)."""
    return (
        r.other_np_in(m)
        and not m.anaphoric
        and not m.alias
        and _says_which(m)
        and not _bare_definite_after(r, m)
        and not _retold_after_headline(ctx.reading, r, m)
    )


def _another_in_sentence(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "which already have a pact, signed a second agreement": a sentence of the record that
    tells "another" agreement tells two."""
    return r.other_np_in(m) and any(x.another and x.view.index == m.view.index for x in r.mentions)


def _other_kind_in_sentence(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "the memorandum between X and Y is unrelated to the trade deal": another kind, with
    parties of its own, in a sentence of the record."""
    return r.other_np_in(m) and _another_kind_with_own_parties(r, m)


def _dated_background(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """A dated older agreement told in the background is not the undated new one (unless the
    record refers back to it, takes it up, or is only a plural: "FTAs with A, B and C" may
    be any)."""
    return (
        m.strength == "background"
        and bool(m.signed)
        and not r.signed
        and not r.refers_to(m)
        and not _takes_up(r, m)
        and not all(x.plural for x in r.mentions)
    )


def _older_signing(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "have signed a new pact ... In 2017 they signed a deal": two (see
    ``_older_signing_told_after``)."""
    return _older_signing_told_after(ctx.reading, r, m)


# How many years before the text's own a signing must be dated to be clearly an older one
# ("in July 2014" in a text of 2017), not the news's own signing told with last year's date.
_OLDER_BY_YEARS = 2


def _clearly_older(ctx: _Context, date: str | None) -> bool:
    published = ctx.reading.published
    return bool(published and date) and int(date[:4]) <= int(published[:4]) - _OLDER_BY_YEARS


def _own_noun(m: AgreementMention) -> bool:
    """Whether the mention tells its agreement by a noun phrase of its own, not a bare "the
    agreement", "such a deal", a plural, a batch or an alias."""
    return not (m.bare_definite or m.such or m.plural or m.package or m.alias)


def _older_than_the_news(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "Kazakhstan has ratified the new treaty ... The current agreement, reached in 1994,
    will expire", "China renewed its currency swap deal with Argentina ... The two banks
    inked a swap deal in July 2014": a signing dated years before the text's own, told by a
    noun phrase of its own, is an older agreement, not the date of the undated one the text
    signs (even where the new one was read as referring back to it). An undated record only
    renewed or extended in the news may be that older agreement itself ("extend the New
    START treaty ... signed in 2010"): it is another only when the older one is told with
    "a" or "an", as one not told before. And the other way round, "normalise their
    intelligence-sharing pact" is no part of "the 1965 treaty" the text tells in the
    background: a noun of another kind is another agreement."""
    if r.signed is None and m.signed:
        if not _clearly_older(ctx, m.signed) or not _own_noun(m):
            return False
        if m.strength != "background" and not any(e.kind == "signed" for e in m.events):
            return False  # "the 1965 treaty" in the background: dated by its signing
        if any(not _own_noun(x) for x in r.mentions if x.strength != "weak"):
            return False
        if _named_alike(r, m):
            return False
        news = [x for x in r.mentions if x.strength == "strong"]
        if any(e.kind == "signed" for x in news for e in x.events):
            return True
        if news and all(x.kind not in _ANY_KIND and x.kind != m.kind for x in news):
            return True  # "their pact, scrapped in 2019" beside "the 1965 treaty"
        renewed = any(e.kind == "extended" for x in news for e in x.events)
        return renewed and _told_with_a(ctx.reading, m)
    if m.signed is None and r.signed and _clearly_older(ctx, r.signed):
        return (
            m.strength == "strong"
            and _own_noun(m)
            and m.kind not in _ANY_KIND
            and all(x.strength == "background" and x.kind != m.kind for x in r.mentions)
            and all(x.kind not in _ANY_KIND for x in r.mentions)
        )
    return False


def _other_rank(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "comprehensive partnership" (2013), "comprehensive strategic" (now): ranks the text
    tells apart by an upgrade are two partnerships."""
    return bool(m.level) and any(frozenset((x.level, m.level)) in ctx.ranks for x in r.mentions)


def _other_name(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "the Shusha Declaration" is not "the Treaty on Friendship" (see ``_other_named``)."""
    return _other_named(r, m)


def _package_or_its_member(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "signed a border treaty ... 16 documents were signed": the batch and the named
    document are two records, unless a headline retells the lede (see ``_package_apart``)."""
    return _package_apart(r, m) and not _retold_after_headline(ctx.reading, r, m)


def _relations_apart(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """Restored relations are not the treaty the text names besides (a bare "the treaty"
    may still refer back to either)."""
    return any(x.relations for x in r.mentions) != m.relations and not m.bare_definite


def _one_more(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """ "the two sides also signed a deal on ...": "another" agreement told after the whole
    record is one more, unless it carries the record's own name."""
    return (
        m.another
        and all(x.view.index < m.view.index for x in r.mentions)
        and not _named_alike(r, m)
    )


# The reasons two mentions of the same parties are not one agreement, in the order tried: a
# mention joins the first record of its parties for which none holds and whose date agrees.
_REASONS_APART = (
    _counted_apart,
    _second_told_in_sentence,
    _another_in_sentence,
    _other_kind_in_sentence,
    _dated_background,
    _older_signing,
    _older_than_the_news,
    _other_rank,
    _other_name,
    _package_or_its_member,
    _relations_apart,
    _one_more,
)


def _apart(ctx: _Context, r: _Record, m: AgreementMention) -> bool:
    """Whether one of ``_REASONS_APART`` tells the record and the mention apart."""
    return any(reason(ctx, r, m) for reason in _REASONS_APART)


def merge_mentions(reading: Reading, mentions: list[AgreementMention]) -> list[Agreement]:
    records: list[_Record] = []
    # records by (parties, proposed): a mention is compared only with records it could join
    by_key: dict[tuple[frozenset[str], bool], list[_Record]] = {}
    order = {"strong": 0, "background": 1, "weak": 2, "proposed": 3}
    # partnership ranks that the text tells apart by an upgrade from one to the other
    ranks = frozenset(frozenset((m.level, m.upgraded_to)) for m in mentions if m.upgraded_to)
    ctx = _Context(reading, ranks)
    home: dict[int, _Record] = {}  # the record each mention joined, by the mention's id
    mentions = _without_bystanders(reading, mentions)
    for m in sorted(mentions, key=lambda m: order[m.strength]):
        key = (frozenset(m.parties), m.strength == "proposed")
        target = None
        for r in by_key.get(key, ()):
            if not _apart(ctx, r, m) and _compatible(r.signed, m.signed) and not _other_day(r, m):
                target = r
                break
        if target:
            if m.strength != "weak" or m.anaphoric:
                target.add(m)
                home[id(m)] = target
            elif _takes_up_by_its_words(reading, target, m):
                target.carried |= m.provisions
            elif m.defense is False:
                # "AUKUS is a partnership rather than an alliance": a passing mention that
                # denies a defence clause still tells what the agreement lacks
                target.add(replace(m, provisions=set(), signed=None, events=[]))
        elif m.strength != "weak":
            r = _Record(key[0], [], proposed=key[1])
            r.add(m)
            home[id(m)] = r
            records.append(r)
            by_key.setdefault(key, []).append(r)
    _effects_told_as_plans(reading, mentions, home)
    records.sort(key=lambda r: min(x.view.start for x in r.mentions))
    _date_counted_alike(records)
    _date_of_the_occasion(reading, records)
    return [_agreement(reading, r) for r in records]


_THREE_PARTY_WORDS = words_of_kind("agreement_words.tsv", "three_party_word")


def _without_bystanders(
    reading: Reading, mentions: list[AgreementMention]
) -> list[AgreementMention]:
    """ "Russia signs deal to send navy to Venezuela after U.S. moves ... Venezuela and Russia
    signed the agreement", "what Trump hailed as a peace deal" beside "Thailand and Cambodia
    signed": a mention whose parties are the pair the text tells the agreement with (in any
    mention of it, passing ones too) and one state more, named in its own sentence, took in a
    bystander of that sentence; it is the pair's agreement. Not when the mention's own words
    bound its parties ("the pact between X, Y and Z"), when the three are named as one list ("X,
    Y and Z signed"), when the sentence calls the deal three-party ("a tripartite statement"),
    nor when two pairs would fit (which state is the bystander is then unsaid)."""
    pairs = {
        frozenset(m.parties) for m in mentions if len(m.parties) == 2 and m.strength != "proposed"
    }
    if not pairs:
        return mentions
    out = []
    for m in mentions:
        own = frozenset(m.parties)
        if len(own) >= 3 and not m.listed and not m.between:
            inside = [p for p in pairs if p < own and len(own - p) == 1]
            if (
                len(inside) == 1
                and own - inside[0] <= {x.code for x in m.view.mentions}
                and not _named_as_one_list(reading, m)
                and _THREE_PARTY_WORDS.isdisjoint(reading.lowers(m.view.tok, m.view.tok_end))
            ):
                m = replace(m, parties=[c for c in m.parties if c in inside[0]])
        out.append(m)
    return out


_LIST_GAPS = frozenset((",", "and", "the", "as", "well"))


def _named_as_one_list(reading: Reading, m: AgreementMention) -> bool:
    """Whether the sentence names all the mention's parties in one run of state names
    joined by commas and "and" ("Estonia, Latvia and Lithuania signed")."""
    run: set[str] = set()
    end = None
    for x in sorted(m.view.mentions, key=lambda x: x.tok):
        if end is not None and _LIST_GAPS.issuperset(reading.lowers(end, x.tok)):
            run.add(x.code)
        else:
            run = {x.code}
        end = x.tok_end
        if run.issuperset(m.parties):
            return True
    return False


def _takes_up_by_its_words(reading: Reading, r: _Record, m: AgreementMention) -> bool:
    """ "Japan and Britain signed a security pact ... committed to strengthening their
    partnership in areas ranging from trade to technology", "concerns that Russia is not
    complying with the nuclear treaty": a passing mention of the record's parties that refers
    back to one agreement by its own words (a definite or possessive determiner, or the
    record's name) tells what that agreement covers, though it adds no signing or date. Not
    a plural ("the agreements of intent") or "another" deal, nor one whose own list names its
    parties ("the strategic partnership between X and Y": the relation told afresh, its
    definite article owed to the list, not to an agreement told before)."""
    if m.plural or m.another or m.between or not m.provisions:
        return False
    if m.name and any(same_name(x.name, m.name) for x in r.mentions):
        return True
    i = m.np_start - 1
    while i >= m.view.tok and i >= m.np_start - 4:
        word = reading.lower(i)
        if word in _REFERRING:
            return True
        if not reading.doc[i].is_alpha or word in ("a", "an"):
            return False
        i -= 1
    return False


_REFERRING = frozenset(("the", "this", "its", "their"))


def _effects_told_as_plans(
    reading: Reading, mentions: list[AgreementMention], home: dict[int, _Record]
) -> None:
    """ "Somalia and Turkey signed a defence pact ... The agreement will also boost trade and
    energy": a bare "the agreement", "the deal", "the documents" that refers back to an
    agreement of its parties told as signed, and opens a sentence read as a plan (its subject:
    what the agreement will do, seeks or aims to do), tells what that agreement covers; its
    plan is the agreement's effect, not a further deal. "hoping to sign the deal", "using this
    agreement as a framework", "under Article 2 of the agreement" carry nothing. (The
    sentence's opening, not the parse: no sentence is parsed for this alone.)"""
    for m in mentions:
        if m.strength != "proposed" or m.antecedent is None or not m.bare_definite:
            continue
        if not m.provisions or not _opens_sentence(reading, m):
            continue
        r = home.get(id(m.antecedent))
        if r is not None and not r.proposed and r.parties == frozenset(m.parties):
            r.carried |= m.provisions


def _opens_sentence(reading: Reading, m: AgreementMention) -> bool:
    """Whether the mention's noun phrase is the first words of its sentence (after an
    opening quote): "The agreement will ...", "“This deal seeks ..."."""
    i = m.view.tok
    while i < m.np_start and not reading.doc[i].is_alpha:
        i += 1
    if reading.lower(i) in en.DEFINITE:
        i += 1  # the determiner before the noun phrase's words
    return i == m.np_start


def _date_counted_alike(records: list[_Record]) -> None:
    """ "signed three agreements in Lima. The agreements signed on Thursday include ...": the
    documents one plural noun counts share the date a later mention gives one of them."""
    by_noun: dict[tuple[int, int], list[_Record]] = {}
    for r in records:
        for x in r.mentions:
            if x.count > 1:
                by_noun.setdefault((x.view.index, x.np_start), []).append(r)
                break
    for group in by_noun.values():
        dates = [d for r in group for d in r.dates]
        if len(group) > 1 and dates:
            best = max(dates, key=len)
            for r in group:
                if not r.dates:
                    r.dates.append(best)


def _signed_here(r: _Record) -> bool:
    """Whether the text tells the record's agreement as signed in its own news, not as a
    background or planned one."""
    return not r.proposed and any(
        m.strength == "strong" and any(e.kind == "signed" for e in m.events) for m in r.mentions
    )


def _date_of_the_occasion(reading: Reading, records: list[_Record]) -> None:
    """ "Mali and Russia signed agreements on Monday ... The two leaders also signed an
    agreement on a trade commission": a signing of the same parties that the text tells
    after a dated one, in sentences that give no date at all, took place on the same
    occasion and shares its day. Two different days told before leave it undated. With no
    signing dated before, the day of the lead's meeting of the parties is the occasion's."""
    told = [bool(r.dates) for r in records]  # dated by the text itself, not by an occasion
    for i, r in enumerate(records):
        if r.dates or r.report_dates or not _signed_here(r):
            continue
        if any(reading.dates(m.view) for m in r.mentions):
            continue  # a date of its own sentence, not taken: another day, or a period
        first = min(m.view.index for m in r.mentions)
        days = {
            max(o.dates, key=len)
            for o in records[:i]
            if o.parties == r.parties
            and o.dates  # a day only a report clause tells is no occasion's
            and len(max(o.dates, key=len)) == 10
            and _signed_here(o)
            and min(m.view.index for m in o.mentions) < first
        }
        if not days and not any(
            told[j] and o.parties == r.parties and _signed_here(o)
            for j, o in enumerate(records[:i])
        ):
            # "In November 2015 Russia and Egypt signed ... Both also signed a loan deal": a
            # signing the text dates itself is the occasion, not the day the lead tells
            days = _lead_day(reading, r, first)
        if len(days) == 1:
            r.dates.append(days.pop())


def _lead_day(reading: Reading, r: _Record, first: int) -> set[str]:
    """ "Putin met To Lam in Hanoi on June 20 ... Moscow and Hanoi signed over 10
    documents": the day the lead tells of an event of the same parties ("on June 20", "on
    Tuesday"), up to three days before the text was published, is the occasion of a signing
    told without a date. Not a page's stamp or byline (a date with no "on", not a weekday),
    nor the day of a report ("on Thursday said", "said on Thursday")."""
    published = reading.published_date
    days: set[str] = set()
    if published is None:
        return days
    text = reading.text
    for view in reading.sentences[: min(3, first)]:
        if not r.parties <= {m.code for m in view.mentions}:
            continue
        for d in reading.dates(view):
            if len(d.value) != 10:
                continue
            gap = published.toordinal() - dt.date.fromisoformat(d.value).toordinal()
            if not 0 <= gap <= 3:
                continue
            before = text[max(view.start, d.start - 20) : d.start].split()
            after = text[d.end : min(view.end, d.end + 20)].split()
            if before[-1:] == ["on"]:
                before = before[:-1]
            elif not d.relative:
                continue  # "16 January 2023" after a headline: the page's own stamp
            near = {w.strip(",").lower() for w in after[:1] + before[-1:]}
            if near & REPORTED:
                continue  # "the ministry said on Thursday": the day of the news, not the deal
            days.add(d.value)
    return days


def _agreement(reading: Reading, r: _Record) -> Agreement:
    ms = sorted(r.mentions, key=lambda m: m.view.start)
    kinds = [m.kind for m in ms if m.strength != "weak" and m.kind != "document"] or ["agreement"]
    kind = min(kinds, key=lambda k: KIND_RANK.get(k, 9))
    stances = {m.defense for m in ms if m.defense is not None}
    defense = False if False in stances else (True if True in stances else None)
    provisions = set().union(*(m.provisions for m in ms)) | r.carried
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
