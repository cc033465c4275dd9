"""Who a figure is about: the giver and receiver of an amount or a force.

In order: a list entry ("the US ($57bn), China ($50bn) ... traded with India"); a state
right after the figure behind "from/to/with/into" (the counterpart) and one before it (the
other side); the states the sentence names; the pair of the figures just before; and, for a
sentence that names one side only, the article's main pair when that side is in it.
Organisations (EU, ASEAN ...) can be actors of an amount, not of a troop count.

For a count: the sender is the state that qualifies the counted noun ("3,000 Turkish
troops") or is named before the figure; the host the state after "in/to" or a table row's
label ("Japan: 54,000 US personnel"); a state that only reports the figure is neither.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..base.tables import read_table, words_pattern
from ..lang.en.words import measure_actors as en
from ..model import Claim, Measure
from .actors import Mention
from .dates import MONTHS
from .metric_heads import count_head, head_at, is_head_word, pays_for_foreign_forces
from .quantities import Quantity, find_quantities, is_year
from .reading import Reading, SentenceView
from .roles import is_dateline, is_role_candidate

# Flows counted over a year or a month, whose period carries to the next sentence's flows
_FLOW_METRICS = frozenset({"bilateral_trade", "other"})
_FLOW_SENTENCES = 1
_SPAN_WORD = re.compile(r"\b(?:period|months?|quarters?|half|year|years|week|weeks)\b", re.I)
# "over the month", "that month", "on a monthly basis": the month the flow before was dated
# by, spoken of again (no other span)
_THE_MONTH_AGAIN = re.compile(
    r"\b(?:(?:over|in|during|for)\s+the\s+month\b(?!\s+of)|that\s+month\b"
    r"|the\s+same\s+month\b|on\s+a\s+monthly\s+basis\b|month[-\s]on[-\s]month\b)",
    re.I,
)
# How far back (in sentences) the pair and metric of the last figure carry over.
_CARRY_SENTENCES = 2
_CARRY_COUNT_SENTENCES = 5
# How far back (in sentences) a deal priced may be that "the deal" points back to
_DEAL_SENTENCES = 2
_THE_DEAL = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|contract|agreement|package|sale|order)\b",
    re.I,
)


@dataclass
class MeasureContext:
    """What the figures of one document share: the main pair, the last figure's pair."""

    reading: Reading
    claims: list[Claim]
    last_pair: list[str] = field(default_factory=list)
    last_index: int = -100  # sentence of the last figure
    pair_index: int = -100  # sentence that last named the pair
    last_metric: str | None = None
    referred_pair: list[str] = field(default_factory=list)
    last_troops: tuple[str, str] = ("", "")
    troops_index: int = -100
    open_index: int = -100  # sentence of the last figure dated by a part of a year
    lender_index: int = -100  # sentence of the last amount a lender that is no state gave
    # the last yearly flow (trade, exports) with a period: its pair, period and sentence
    last_flow: tuple[frozenset[str], str, int] = (frozenset(), "", -100)
    latest_period: str = ""  # the latest period a flow of the text was dated by
    pairs_seen: list[frozenset[str]] = field(default_factory=list)  # pairs of earlier figures
    # the pair of the last deal for weapons or aid package priced, and its sentence
    deal_pair: list[str] = field(default_factory=list)
    deal_index: int = -100
    _mentions: dict[tuple[int, bool], list[Mention]] = field(default_factory=dict)

    @classmethod
    def of(cls, reading: Reading, claims: list[Claim]) -> MeasureContext:
        return cls(reading, claims)

    @cached_property
    def main_pair(self) -> list[str]:
        return _main_pair(self.reading)

    def enter(self, view: SentenceView) -> None:
        # "the two countries" names its pair anew, whatever pair came before
        self.referred_pair = _pair_referred_to(self.reading, view)
        if self.referred_pair:
            self.last_pair, self.pair_index = self.referred_pair, view.index

    def topic(self, view: SentenceView) -> None:
        """A sentence that speaks of trade or aid between two states ("trade turnover
        between Russia and Turkey fell") sets the pair and metric of the next ones."""
        pair, metric = _topic_pair(self.reading, view)
        if not pair:
            pair, metric = _hyphened_pair(self.reading, view)
        if not pair:
            pair, metric = _stationing_pair(self.reading, view)
        if not pair:
            # "Trade between the two countries has surged": the pair named before
            metric = _head_of_the_pair(view.text)
            pair = _pair_referred_to(self.reading, view) if metric else []
        if pair:
            self.last_pair, self.pair_index = pair, view.index
            self.last_metric, self.last_index = metric, view.index

    def remember(self, view: SentenceView, m: Measure) -> None:
        if len(m.actors) >= 2:
            self.last_pair = list(m.actors)
        if m.metric == "troops" and len(m.actors) == 2:
            self.last_troops = (m.actors[0], m.actors[1])
            self.troops_index = view.index
        self.last_index = self.pair_index = view.index
        if m.metric not in ("troops", "munitions_count"):
            self.last_metric = m.metric  # an amount's metric carries to the next amount
        if m.metric in _FLOW_METRICS and m.period:
            self.last_flow = (frozenset(m.actors), m.period, view.index)
            self.latest_period = max(self.latest_period, m.period)

    def note_deal(self, view: SentenceView, found: list[Measure]) -> None:
        """The pair of a deal for weapons or an aid package the sentence prices ("a $29bn
        deal with Saudi Arabia"): the seller and the buyer of the weapons it counts."""
        for m in found:
            if m.metric in GIVEN_METRICS and len(set(m.actors)) == 2:
                self.deal_pair, self.deal_index = list(dict.fromkeys(m.actors)), view.index

    def deal_of(self, view: SentenceView) -> list[str]:
        """The pair of the deal a count of weapons belongs to: one priced in its own
        sentence, or one priced shortly before that the sentence points back to ("The deal
        includes six helicopters")."""
        if self.deal_index == view.index:
            return self.deal_pair
        if 0 < view.index - self.deal_index <= _DEAL_SENTENCES and _THE_DEAL.search(view.text):
            return self.deal_pair
        return []

    def flow_year(self, view: SentenceView) -> str | None:
        """The year of the flow the sentence just before dated ("Trade reached $52bn in
        2023. A year earlier, ..." counts back from 2023)."""
        _, period, index = self.last_flow
        return period[:4] if period and view.index - index == 1 else None

    def flow_period(
        self, view: SentenceView, actors: list[str], same_pair: bool = True
    ) -> str | None:
        """The period of the same pair's yearly flow in this sentence or the one just
        before: "Trade reached $155m in January. Russian exports to Iran were $118m" gives
        the exports January too. An earlier year the text compares with ("in 2019, imports
        were $449bn", after 2023's) is no period of the next figure."""
        pair, period, index = self.last_flow
        if not same_pair:  # "in the same period": the span the text points back to
            return period if period and view.index - index <= _FLOW_SENTENCES else None
        if (
            period
            # "during the period": some other span; "over the month": a month's again
            and not _SPAN_WORD.search(
                _THE_MONTH_AGAIN.sub(" ", view.text) if len(period) == 7 else view.text
            )
            and period >= self.latest_period
            and pair == frozenset(actors)
            and view.index - index <= _FLOW_SENTENCES
        ):
            return period
        return None

    def note_plan(self, view: SentenceView, actors: list[str], metric: str) -> None:
        """The pair and metric of a figure the text gives as a plan: no fact, but what the
        next figures speak of."""
        if len(actors) == 2:
            self.last_pair, self.pair_index = list(actors), view.index
        self.last_metric, self.last_index = metric, view.index

    def inherited_metric(self, view: SentenceView) -> str | None:
        if self.last_metric and view.index - self.last_index <= _CARRY_SENTENCES:
            return self.last_metric
        return None

    def recent_pair(self, view: SentenceView, within: int) -> list[str]:
        return self.last_pair if view.index - self.pair_index <= within else []

    def actor_mentions(self, view: SentenceView, orgs: bool) -> list[Mention]:
        """:func:`_actor_mentions`, judged once per sentence (a table row holds many
        figures)."""
        key = (view.index, orgs)
        if key not in self._mentions:
            self._mentions[key] = _actor_mentions(self.reading, view, orgs)
        return self._mentions[key]

    def state_mentions(self, view: SentenceView) -> list[Mention]:
        """Every state the sentence names, whatever its role ("Chinese suppliers")."""
        return [m for m in view.mentions if self.reading.lex.is_state(m.code)]

    def claim_actors(self, view: SentenceView) -> list[str]:
        for c in self.claims:
            if any(e.start == view.start for e in c.evidence):
                return list(dict.fromkeys(c.subject + c.beneficiary))
        return []


def _main_pair(reading: Reading) -> list[str]:
    """The two states the article names most (the headline and lead count double); none
    when the second is named only once. Counted once per document."""
    return reading.kept("measure_main_pair", _count_main_pair)


def _count_main_pair(reading: Reading) -> list[str]:
    counts: Counter[str] = Counter()
    for view in reading.sentences:
        for m in view.mentions:
            if reading.lex.is_state(m.code) and not is_dateline(reading, m):
                counts[m.code] += 2 if view.index < 3 else 1
    top = counts.most_common(2)
    if len(top) < 2 or top[1][1] < 2:
        return []
    return [code for code, _ in top]


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)


def _topic_pair(reading: Reading, view: SentenceView) -> tuple[list[str], str | None]:
    """The two states of "between X and Y" after a money head, and the head's metric."""
    mentions = [m for m in view.mentions if reading.lex.is_state(m.code)]
    for a, b in zip(mentions, mentions[1:], strict=False):
        before = view.text[: a.start - view.start]
        gap = view.text[a.end - view.start : b.start - view.start]
        if (
            _BETWEEN.search(before)
            and gap.strip().lower() in ("and", "and the")
            and a.code != b.code
        ):
            words = re.findall(r"[A-Za-z-]+", before)[-4:]
            for i in range(len(words) - 1, -1, -1):
                head = head_at(words, i, "money", weapons=False)
                if head:
                    return [a.code, b.code], head.metric
    return [], None


_HYPHEN = re.compile(r"^\s?[-–]\s?$")
# "Russian-Iranian trade turnover", "the India-US bilateral trade": what may stand between
# the pair and its head
_PAIR_HEAD = re.compile(r"^\s+(?:(?:bilateral|two-way|total|overall|annual)\s+)?(?P<head>[a-z]+)\b")


def _hyphened_pair(reading: Reading, view: SentenceView) -> tuple[list[str], str | None]:
    """The two states of "Russian-Iranian trade" (a pair joined by a hyphen before a money
    head), and the head's metric: the pair and metric the next sentences speak of ("It rose
    to $2bn last year")."""
    mentions = [m for m in view.mentions if reading.lex.is_state(m.code)]
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = view.text[a.end - view.start : b.start - view.start]
        if a.code == b.code or not _HYPHEN.match(gap):
            continue
        found = _PAIR_HEAD.match(view.text[b.end - view.start :])
        head = head_at([found.group("head")], 0, "money", weapons=False) if found else None
        if head is not None and head.metric == "bilateral_trade":
            return [a.code, b.code], head.metric
    return [], None


def _stationing_pair(reading: Reading, view: SentenceView) -> tuple[list[str], str | None]:
    """ "South Korea pays half the cost of keeping US troops there": the two states of a
    sentence about a host's payment for foreign forces, and metric other, for the figures
    just after it ("In 2016, that came to $821m")."""
    states = list(dict.fromkeys(m.code for m in view.mentions if reading.lex.is_state(m.code)))
    if len(states) != 2 or not pays_for_foreign_forces(view.text):
        return [], None
    return states, "other"


_OF_THE_PAIR = re.compile(
    r"\b(?:bilateral|two-way)\s+(?P<head>[a-z]+)\b"
    r"|\b(?P<head2>[a-z]+)\s+(?:volume\s+)?(?:between|of)\s+(?:the\s+)?(?:two|both)\s+"
    r"(?:countries|nations|sides|states)\b",
    re.I,
)


def _head_of_the_pair(text: str) -> str | None:
    """The metric of "trade between the two countries" or "bilateral trade" in a sentence
    that speaks of it, figure or not (two-way trade only: its pair is the pair's)."""
    low = text.lower()
    if "bilateral" not in low and "two-way" not in low and " two " not in low and "both" not in low:
        return None  # most sentences: no need to run the pattern
    for m in _OF_THE_PAIR.finditer(text):
        head = head_at([m.group("head") or m.group("head2")], 0, "money", weapons=False)
        if head is not None and head.metric == "bilateral_trade":
            return head.metric
    return None


# A state named after these is a comparison, not one of the pair the text speaks of
_COMPARED_STATE = re.compile(
    r"\b(?:overtaking|overtook|overtaken|surpassing|surpassed|ahead\s+of|replacing|replaced"
    r"|displacing|displaced|outpacing|outpaced|than)\s+(?:the\s+)?$",
    re.I,
)


def _pair_referred_to(reading: Reading, view: SentenceView) -> list[str]:
    """ "Trade between the two countries ...": the pair the sentence names before the phrase,
    else the last two states the text named before; where the nearest sentence naming states
    names three or more, the article's main pair if it is among them."""
    low = view.text.lower()
    if not any(p in low for p in ("two countries", "two nations", "bilateral", "both countries")):
        return []
    seen: list[str] = []
    # "the US is India's top partner, with trade between the two countries at $99bn": the
    # pair the sentence itself names before the phrase
    phrase = _TWO_COUNTRIES.search(view.text)
    if phrase is not None:
        own = [
            m.code
            for m in view.mentions
            if reading.lex.is_state(m.code) and m.end - view.start <= phrase.start()
        ]
        own = list(dict.fromkeys(reversed(own)))
        if len(own) == 2:
            return own
    nearest: set[str] = set()  # the states of the nearest sentence that names any
    for prev in reversed(reading.sentences[max(0, view.index - 4) : view.index]):
        for m in reversed([m for m in prev.mentions if reading.lex.is_state(m.code)]):
            if _COMPARED_STATE.search(prev.text[: m.start - prev.start]):
                continue  # "China became Russia's top partner, overtaking Germany"
            if m.code not in seen:
                seen.append(m.code)
        nearest = nearest or set(seen)
    if len(nearest) > 2:
        # "Korea relies on China for goods it bought from Japan. Bilateral trade peaked at
        # $108bn": of the three states the sentence before names, the pair is the one the
        # article is about, not the last two named
        main = _main_pair(reading)
        if main and set(main) <= nearest:
            return list(main)
    return seen[:2] if len(seen) >= 2 else []


def _actor_mentions(reading: Reading, view: SentenceView, orgs: bool) -> list[Mention]:
    """State mentions (and organisations, for amounts) that may be a figure's actors: a
    place counts here ("imports from Russia", "troops in Estonia"), a dateline does not."""
    return _judge_mentions(reading, view, orgs)


def _judge_mentions(reading: Reading, view: SentenceView, orgs: bool) -> list[Mention]:
    out = []
    for m in view.mentions:
        ok = reading.lex.is_state(m.code) or (orgs and m.code in _money_organisations())
        # "the war in Ukraine", "the border with Russia": a place in passing, no party
        candidate = is_role_candidate(reading, m, place_ok=True) or _qualifies_head(reading, m)
        if ok and candidate and not _in_passing(reading, m):
            out.append(m)
    return out


# Nouns after a demonym that make it speak for its state in a sentence with a figure.
# ... or before goods that a figure's trade is in ("Russian oil", "Chinese goods").
_SOURCE_NOUNS = en.SOURCE_NOUNS


def _qualifies_head(reading: Reading, m: Mention) -> bool:
    """ "Chinese exports", "Saudi aid", "the Russian embassy said": a demonym before what a
    figure measures, or before the body that states it, is a side."""
    if m.kind != "demonym":
        return False
    nxt = reading.lower(m.tok_end)
    if is_head_word(nxt) or nxt in _SOURCE_NOUNS:
        return True
    if nxt in ("-", "–"):
        # "Sino-Russian trade", "Sino-India bilateral trade": the pair's first half
        after = reading.lower(m.tok_end + 2)
        return is_head_word(after) or (
            after in _PAIR_QUALIFIERS and is_head_word(reading.lower(m.tok_end + 3))
        )
    # "Chinese direct investment", "Russian arms exports": one qualifier between
    return nxt in _PAIR_QUALIFIERS and is_head_word(reading.lower(m.tok_end + 1))


# Words that may stand between a demonym and the head it qualifies.
_QUALIFIERS = frozenset(en.HEAD_QUALIFIERS)
# ... and between a pair written with a hyphen and its head ("Sino-India bilateral trade")
_PAIR_QUALIFIERS = _QUALIFIERS | {"bilateral", "two-way"}


@cache
def _money_organisations() -> frozenset[str]:
    return frozenset(r["code"] for r in read_table("measure_organisations.tsv"))


@cache
def _passing_places() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(r["before"].lower().split()) for r in read_table("passing_places.tsv"))


def _in_passing(reading: Reading, m: Mention) -> bool:
    before = (reading.lower(m.tok - 2), reading.lower(m.tok - 1))
    return before in _passing_places()


def _codes(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.code for m in mentions))


_LIST_ENTRY = re.compile(r"\(\s*$")
_COUNTERPART = re.compile(
    r"\b(?:from|to|with|into|for)\s+(?:the\s+)?"
    # "to the South American country of Suriname", "to the island nation Sri Lanka", "to
    # cash-strapped Pakistan": a state named after words that describe it
    r"(?:(?:[\w-]+\s+){0,3}?(?:country|nation|state|kingdom|republic)\s+(?:of\s+)?"
    r"|(?:neighbou?ring|cash-strapped|war-torn|crisis-hit|debt-ridden|debt-laden|landlocked"
    r"|impoverished)\s+)?$",
    re.I,
)


def money_actors(
    reading: Reading,
    view: SentenceView,
    ctx: MeasureContext,
    q: Quantity,
    money: list[Quantity],
    first: Sides | None = None,
) -> Sides:
    """The actors of amount ``q`` (empty when the text does not say). ``first``: the sides
    the caller found for the sentence's first amount, if it asked for them."""
    found = _money_sides(reading, view, ctx, q, money, first)
    return Sides(*found) if isinstance(found, tuple) else Sides(found)


def _money_sides(
    reading, view, ctx, q: Quantity, money: list[Quantity], first: Sides | None = None
) -> list[str] | tuple[list[str], frozenset[str]]:
    all_mentions = _uncompared(view, ctx.actor_mentions(view, orgs=True))
    # "Russia supplied $406m, China $267m": China gives the second figure, not the first's
    later = [gapped_giver(view, o, all_mentions) for o in money if o.start > q.start]
    all_mentions = [m for m in all_mentions if m not in later]
    if _FOLLOWED_BY.search(view.text):
        # "ASEAN was its top partner with $5.7tn, followed by the EU at $4.6tn": each item
        # of a ranking has its own figure, with the side the items share
        ranked = _ranked_sides(reading, view, ctx, q, money, all_mentions, first)
        if ranked is not None:
            return ranked
        all_mentions = [m for m in all_mentions if not _ranked_after(view, q, m)]
    listed = _list_entry(reading, view, q, all_mentions)
    if listed is not None:
        return listed
    # "Singapore provided $254m, while $28m came from Thailand": each clause its own actors
    mentions = outside_asides(view, q, _in_clause(view, q, all_mentions))
    mentions = [
        m for m in mentions if not (_place_of_receiver(view, q, m) or _leads_a_body(view, m))
    ]
    named = _codes(mentions)
    lender = lender_in_clause(reading, view, q)
    if lender == "source" or (lender and len(named) < 2):
        ctx.lender_index = view.index
        return []  # "$1bn from commercial banks", "a $7bn IMF bailout": no state gives it
    counterpart = _counterpart(reading, view, q, money, mentions)
    if counterpart and _enumeration(view, [m for m in mentions if m.start - view.start > q.start]):
        return []  # "from France, Spain, Italy and Sweden": whose share is not said
    if counterpart:
        others = [
            c
            for c in named
            if c != counterpart and not _is_counterpart_elsewhere(reading, view, c, money, mentions)
        ]
        if others:
            return [*_joint_givers(view, mentions, others[0], q), counterpart]
        if _group().search(view.text):
            return []  # "$12bn pledged to Egypt by the three countries": givers unsaid
        if ctx.main_pair and counterpart not in ctx.main_pair:
            # "It stood at $65bn with China", after "India's trade with China stood at $87bn"
            # in a US-India story: the pair the text has given a figure to already
            return _pair_seen_with(ctx, counterpart)  # "it got $3bn from the UAE": unsaid
        partner = _main_partner(ctx, counterpart)
        return [partner, counterpart] if partner else []
    if len(named) < 2 and (_wider_amount(view, q) or _REPAID.search(view.text[: q.start])):
        return []  # "$22bn in external debt": owed to all its creditors, not to one
    if (
        ctx.referred_pair
        and (len(named) < 2 or _TWO_COUNTRIES.search(view.text))
        and set(named) <= set(ctx.referred_pair)
    ):
        # "..., while China is its second partner, with trade at $95bn": a clause that names
        # a state of its own speaks of that state, not of the pair referred to
        return list(ctx.referred_pair)
    if len(named) >= 3:
        return [] if _enumeration(view, mentions) else named[:2]
    if len(named) == 2:
        return named
    if len(named) == 1:
        if _group().search(view.text):
            return []  # "commitments of $27bn in 62 countries, financing exports from India"
        if _non_state_source(view, q, ctx.state_mentions(view)):
            return []  # "$706m from the IMF": the other side is a lender, not a state
        if _OVERALL.search(view.text[: q.start]) and not _is_counterpart_before(view, mentions[0]):
            # "Overall, Chinese exports rose to $295bn": one state's total; "total trade with
            # Iran" is a pair's, its other side unsaid in this sentence
            return []
        if _own_total_flow(view, q, mentions[0]):
            return []  # "India's exports contracted to $32.25bn in July": all its partners'
        partner = _partner_from_context(ctx, view, named[0], main=False)
        if partner is None and _sourceless_import(view.text, q):
            return []  # "X has imported $1bn of arms": from all its suppliers together
        if partner is None and _receiver_no_state(view, q):
            return []  # "£100m of humanitarian support to Gaza": the receiver is said
        if partner is None and not _group().search(view.text):
            partner = _main_partner(ctx, named[0])
            if partner and not _is_counterpart_before(view, mentions[0]):
                # "Japan has committed $7bn": the receiver is the article's other side, when
                # the amount is one a giver hands over (the caller checks the metric)
                return [named[0], partner], GIVEN_METRICS
        if partner and _is_counterpart_before(view, mentions[0]) and _only_partner(ctx, partner):
            # "The 2017 deficit with China ...", in a text that names Mexico only as "with
            # China and Mexico": Mexico is another partner, not the side the deficit is of
            return []
        return [named[0], partner] if partner else []
    if view.index - ctx.lender_index <= _CARRY_SENTENCES:
        return []  # "The ADB gave $862m. Loans came to $1.9bn.": the lenders' figures go on
    if _group().search(view.text):
        return []  # "credit commitments of $32bn in 67 countries": no pair's figure
    recent = ctx.recent_pair(view, _CARRY_SENTENCES)
    if recent:
        return list(recent)
    if (
        ctx.main_pair
        and not _group().search(view.text)
        and not _wider().search(view.text)
        and not _region_before(ctx, view)
    ):
        # "Two-way trade reached $87bn": a sentence that names nobody speaks of the pair the
        # article is about, for an amount that only a pair can have (the caller checks)
        return list(ctx.main_pair), MAIN_PAIR_METRICS
    return []


_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.I)
# What stands between an item of a ranking and its figure: "the EU at", "the US with",
# "Sri Lanka at", "the EU with a trade volume at"
_ITEM_GAP = re.compile(
    r"^\s*,?\s*(?:with\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,4}?)?(?:at|of|with|worth)\s+"
    r"(?:(?:about|around|nearly|some|over|almost|roughly|just\s+over|more\s+than)\s+)?$",
    re.I,
)
# What stands before an item of a ranking: "followed by (the)", ", (and) (the)", "and (the)"
_ITEM_BEFORE = re.compile(r"(?:\bfollowed\s+by|,|\band)\s+(?:the\s+)?$", re.I)


def in_ranking(view: SentenceView, q: Quantity) -> bool:
    """Whether figure ``q`` comes after "followed by" in its sentence (an item of a
    ranking, whose sides :func:`_ranked_sides` reads)."""
    return bool(_FOLLOWED_BY.search(view.text, 0, q.start))


def _ranked_after(view: SentenceView, q: Quantity, m: Mention) -> bool:
    """Whether ``m`` is an item of a ranking after figure ``q`` ("$7.9bn, followed by Sri
    Lanka"): no side of ``q``."""
    at = m.start - view.start
    return at > q.end and bool(_FOLLOWED_BY.search(view.text, q.end, at))


def _ranked_sides(
    reading, view, ctx, q: Quantity, money, mentions, first: Sides | None
) -> list[str] | None:
    """The sides of figure ``q`` when it belongs to an item of a ranking after "followed
    by": the item, and the side the first figure of the sentence has (``first``, or read
    here when the caller has not) besides the item the sentence opens with."""
    opened = _FOLLOWED_BY.search(view.text, 0, q.start)
    if opened is None or not money or money[0].start >= opened.start():
        return None
    items = [
        m
        for m in mentions
        if opened.start() <= m.start - view.start
        and m.end - view.start <= q.start
        and _ITEM_GAP.match(view.text[m.end - view.start : q.start])
        and _ITEM_BEFORE.search(view.text[: m.start - view.start])
    ]
    if len(items) != 1:
        return None
    if first is None:
        first = money_actors(reading, view, ctx, money[0], money)
    leading = next((m.code for m in mentions if m.start - view.start < money[0].start), None)
    shared = [c for c in first.actors if c != leading]
    if leading is None or leading not in first.actors or len(shared) != 1:
        return None
    if shared[0] == items[0].code:
        return None
    return [items[0].code, shared[0]]


# "India's exports", "Japan's overall imports": a state's own one-way flow ...
_OWN_FLOW = re.compile(
    r"^['’]s?\s+(?:(?:total|overall|merchandise|goods|annual|monthly)\s+){0,2}(?:exports|imports)\b"
    r"(?!\s+(?:to|from|with|into)\b)",
    re.I,
)
# ... unless its clause names where they go or come from
_PARTNER_WORD = re.compile(r"\b(?:to|from|with|into|between)\s+(?:the\s+)?[A-Z]")


def _own_total_flow(view: SentenceView, q: Quantity, owner: Mention) -> bool:
    """Whether amount ``q`` is the one state of its sentence's own exports or imports, with
    no partner in the sentence ("India's exports contracted to $32.25bn in July"): its
    flow with the world, no pair's."""
    at = owner.end - view.start
    return (
        at < q.start
        and bool(_OWN_FLOW.match(view.text[at:]))
        and not _PARTNER_WORD.search(view.text)
        and not _TWO_COUNTRIES.search(view.text)
    )


# "... to Gaza", "for the Palestinians": a capitalised receiver named after the amount
_RECEIVER_AFTER = re.compile(r"^[^.;$£€¥]{0,60}?\b(?:to|for)\s+(?:the\s+)?(?=[A-Z])")


def _receiver_no_state(view: SentenceView, q: Quantity) -> bool:
    """Whether a capitalised receiver named just after the amount is no state (a state
    would have been a counterpart)."""
    found = _RECEIVER_AFTER.match(view.text[q.end :])
    if found is None:
        return False
    at = q.end + found.end()
    word = view.text[at:].split(None, 1)[0].strip(",.;:") if view.text[at:].split() else ""
    if word.lower() in MONTHS or re.match(r"\d", word):
        return False  # "for March", "to 2030": a date
    return not any(m.start - view.start == at and not _leads_a_body(view, m) for m in view.mentions)


# "Myanmar has imported at least $1bn of arms": an importer's total from all its sources
_SOURCELESS_IMPORT = re.compile(r"\bimport(?:ed|s|ing)?\b(?:\s+\S+){0,3}\s*$", re.I)


def _sourceless_import(text: str, q: Quantity) -> bool:
    """An amount a state imported, its sources named nowhere in the sentence."""
    return bool(_SOURCELESS_IMPORT.search(text[: q.start])) and not re.search(r"\bfrom\b", text)


# "from the International Monetary Fund", "from Exim Bank": a named source after the amount
_FROM_NAME = re.compile(r"^[^.;$£€¥]{0,30}?\bfrom\s+(?:the\s+)?(?=[A-Z])")
_NAME_SPAN = re.compile(r"[^,.;()]*")


def _non_state_source(view: SentenceView, q: Quantity, mentions: list[Mention]) -> bool:
    """Whether the amount comes "from" a capitalised name in which no state is named, just
    after it ("$706m from the IMF") or just before ("from the IMF under the $3bn SBA")."""
    found = _FROM_NAME.match(view.text[q.end :])
    if found is not None:
        return _stateless_name(view, q.end + found.end(), mentions)[0]
    before = list(_FROM_BEFORE.finditer(view.text[: q.start]))
    if not before:
        return False
    stateless, end = _stateless_name(view, before[-1].end(), mentions)
    return stateless and len(view.text[end : q.start]) <= _NAME_TO_AMOUNT


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?=[A-Z])")
# "from the IMF (IMF) under the $3bn": how far the amount may stand after the name
_NAME_TO_AMOUNT = 30


def _stateless_name(view: SentenceView, start: int, mentions: list[Mention]) -> tuple[bool, int]:
    """Whether the capitalised name at ``start`` names no state (a month is no name), and
    where the name (with a bracketed acronym) ends."""
    end = start + _NAME_SPAN.match(view.text[start:]).end()
    acronym = re.match(r"\s*\([A-Z]{2,8}\)", view.text[end:])
    words = view.text[start:end].split()
    if not words or words[0].lower() in MONTHS:
        return False, end  # "from April": a date
    stateless = not any(start <= m.start - view.start < end for m in mentions)
    return stateless, end + (acronym.end() if acronym else 0)


@cache
def _lender_nouns() -> re.Pattern[str]:
    phrases = sorted((r["phrase"] for r in read_table("lender_nouns.tsv")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


# "$1bn from ...", "$500m through ...": the phrase that names where an amount comes from
_SOURCE_AFTER = re.compile(r"^[^.;$£€¥]{0,30}?\b(?:from|through|via|by)\s+(?:the\s+)?", re.I)
_LENDER = "lender"


def lender_in_clause(reading: Reading, view: SentenceView, q: Quantity) -> str | None:
    """A lender that is no state in the clause of amount ``q`` (the IMF, the World Bank,
    "commercial banks"): "source" when it is named as where the amount comes from, just
    after it ("$1bn from commercial banks"); "clause" when it is only in the clause; None."""
    lo, hi = _clause_bounds(view, q)
    spans = [
        (m.start - view.start, m.end - view.start) for m in view.non_state if _is_lender(reading, m)
    ]
    spans += [m.span() for m in _lender_nouns().finditer(view.text)]
    spans = [(s, e) for s, e in spans if lo <= s < hi]
    if not spans:
        return None
    source = _SOURCE_AFTER.match(view.text[q.end :])
    if source is not None and any(
        q.end + source.end() <= s < q.end + source.end() + _SOURCE_REACH for s, _ in spans
    ):
        return "source"
    if any(q.end <= s and _MODIFIER_GAP.match(view.text[q.end : s]) for s, _ in spans):
        return "source"  # "a $7bn IMF bailout": the lender's amount
    if any(s < q.start and _OPENS_CLAUSE.match(view.text[lo:s]) for s, _ in spans):
        return "source"  # "The World Bank, backed by Japan and China, provided $565m"
    return "clause"


# How far after "from" a lender's name may start ("from Middle Eastern commercial banks")
_SOURCE_REACH = 25
# What may stand between an amount and a lender that qualifies its noun ("$7bn IMF loan")
_MODIFIER_GAP = re.compile(r"^\s*(?:[a-z-]+\s+)?$")
# Words that may stand before the subject at the start of a clause
_OPENS_CLAUSE = re.compile(r"^[\W]*(?:(?:while|whereas|but|and)\s+)?(?:the\s+)?$", re.I)


def _is_lender(reading: Reading, m: Mention) -> bool:
    group = reading.known_group(m)
    return group is not None and group.type == _LENDER


@dataclass(frozen=True)
class Sides:
    """The actors of an amount. ``only_for``: the metrics for which a side taken from the
    article's main pair holds (None: any metric). One named side with the other from the
    main pair holds for the amounts a giver hands to a receiver (aid and arms values); a
    sentence that names nobody, for those and for two-way trade."""

    actors: list[str]
    only_for: frozenset[str] | None = None

    def hold_for(self, metric: str) -> bool:
        return bool(self.actors) and (self.only_for is None or metric in self.only_for)


GIVEN_METRICS = frozenset({"aid_value", "arms_value"})
MAIN_PAIR_METRICS = GIVEN_METRICS | {"bilateral_trade"}

# "Overall, Chinese exports ...", "its total imports": one state's amount with the world
_OVERALL = re.compile(r"\b(?:overall|total|worldwide|global)\b(?!\s+of\b)", re.I)
# "global trade", "its total exports": an amount wider than any one pair


@cache
def _wider() -> re.Pattern[str]:
    """ "global trade", "external debt": an amount wider than any one pair
    (``wider_amounts.tsv``)."""
    rows = read_table("wider_amounts.tsv")

    def words(role: str, sets: tuple[str, ...]) -> str:
        chosen = [r["word"] for r in rows if r["role"] == role and r["set"] in sets]
        return "|".join(re.escape(w) for w in chosen)

    anything = (
        rf"(?:{words('qualifier', ('any',))})\s+(?:{words('noun', ('flow', 'debt', 'trade'))})"
    )
    # "total exports", not "total trade": two-way trade is a pair's by nature
    one_way = rf"(?:{words('qualifier', ('one-way',))})\s+(?:{words('noun', ('flow', 'debt'))})"
    debts = rf"(?:{words('qualifier', ('debt',))})\s+(?:{words('noun', ('debt',))})"
    return re.compile(rf"\b(?:{anything}|{one_way}|{debts})\b", re.I)


def _wider_amount(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's clause, up to the first comma after the figure, speaks of an
    amount wider than a pair ("external debt of $130bn", "$22bn in external debt"); "while
    imports from Russia reached $129bn, bringing total trade to $240bn": the total is
    another figure's."""
    lo, hi = _clause_bounds(view, q)
    comma = re.search(r"[,;]", view.text[q.end : hi])
    end = q.end + comma.start() if comma else hi
    return any(not _with_partner(view, lo + w.end()) for w in _wider().finditer(view.text[lo:end]))


# "total trade with Iran", "combined exports to Japan": a total with one partner named
_PARTNER_AFTER = re.compile(r"\s+(?:with|to|from)\s+(?:the\s+)?")


def _with_partner(view: SentenceView, at: int) -> bool:
    """Whether a state is named as the partner right after offset ``at``."""
    found = _PARTNER_AFTER.match(view.text, at)
    return found is not None and any(m.start - view.start == found.end() for m in view.mentions)


def _uncompared(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """ "China overtook the United States as Brazil's top partner, with trade of $150bn":
    a state named as what another overtook is no side of the figure (when two remain)."""
    kept = [m for m in mentions if not _compared(view, m)]
    return kept if len({m.code for m in kept}) >= 2 else mentions


def _compared(view: SentenceView, m: Mention) -> bool:
    at = m.start - view.start
    return bool(_COMPARED_STATE.search(view.text[max(0, at - 40) : at]))


# "$5m to the African Union mission in Somalia": a receiver that is no state, and where it is
_RECEIVER_PLACE = re.compile(
    r"^\s*(?:to|for)\s+the\s+(?P<body>[A-Z][^,;.$£€¥()]{0,60}?)\s+in\s+(?:the\s+)?$"
)


def _place_of_receiver(view: SentenceView, q: Quantity, m: Mention) -> bool:
    """Whether state ``m`` only says where the receiver of amount ``q`` is: a body named by
    no state, just after the amount ("to the Kenyan-led mission in Haiti")."""
    at = m.start - view.start
    found = _RECEIVER_PLACE.match(view.text[q.end : at]) if at > q.end else None
    if found is None:
        return False
    body = q.end + found.start("body")
    return not any(
        body <= o.start - view.start < at and not _leads_a_body(view, o) for o in view.mentions
    )


_LED = re.compile(r"^[-–](?:led|run|headed|commanded)\b", re.I)


def _leads_a_body(view: SentenceView, m: Mention) -> bool:
    """ "the Ghana-led mission", "a Saudi-led coalition": the state that leads a body is no
    side of an amount the body gives or gets."""
    return bool(_LED.match(view.text[m.end - view.start :]))


# ", which borders Nigeria,", ", whose army ...": a clause that says more about a state,
# up to the next comma
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:()]*", re.I)


_SETTING = re.compile(
    r"(?:^|[,;]\s*)(?:(?:[\w-]+\s+)?(?:months?|years?|weeks?|days?|hours?|decades?)\s+"
    r"|(?:shortly|soon|just|long|right|even|only)\s+)?"
    r"(?:after|before|since|following|amid|despite|as|when"
    r"|although|though|ahead\s+of|during)\s(?![^,;]*\b(?:well\s+as|such\s+as)\b)[^,;]{0,120},",
    re.I,
)


def outside_asides(view: SentenceView, q: Quantity, mentions: list[Mention]) -> list[Mention]:
    """The mentions outside any relative clause about a state, and outside any phrase of
    time or circumstance closed by a comma, that does not hold figure ``q``: "troops to
    Cameroon, which borders Nigeria" sends none to Nigeria ("Raqqa, which was the capital
    of its caliphate in Syria" still says where Raqqa is)."""
    ends = {m.end - view.start for m in view.mentions}
    asides = [
        m.span()
        for m in _ASIDE.finditer(view.text)
        if not m.start() <= q.start < m.end() and m.start() in ends
    ]
    # "Six months after Russia's invasion of Ukraine, Biden said ...", ", as Ukraine marked
    # its independence from the Soviet Union,": a phrase of time or circumstance
    asides += [m.span() for m in _SETTING.finditer(view.text) if not m.start() <= q.start < m.end()]
    if not asides:
        return mentions
    return [m for m in mentions if not any(lo <= m.start - view.start < hi for lo, hi in asides)]


# "needs to repay $22bn": what a state pays back to its creditors is no amount given to it
_REPAID = re.compile(r"\b(?:repay|repays|repaid|repaying)\s+(?:[\w-]+\s+){0,2}$", re.I)


# "aid from these countries": givers the sentence does not name; no pair to fill in
@cache
def _group() -> re.Pattern[str]:
    """ "these countries", "the three nations" (``giver_groups.tsv``)."""
    qualifiers = words_pattern("giver_groups.tsv", "qualifier", column="role")
    qualifiers += r"|\d{2,3}"  # "lines of credit covering 67 countries": a total over them
    nouns = words_pattern("giver_groups.tsv", "noun", column="role")
    return re.compile(rf"\b(?:{qualifiers})\s+(?:{nouns})\b", re.I)


@cache
def _regions() -> re.Pattern[str]:
    """Regions a figure may be with (``partner_regions.tsv``)."""
    words = "|".join(re.escape(r["region"]) for r in read_table("partner_regions.tsv"))
    return re.compile(rf"(?<!South )(?<!Central )\b(?:{words})\b(?![- ]Pacific)")


def _region_before(ctx: MeasureContext, view: SentenceView) -> bool:
    """Whether this sentence or the one before it names a region ("trade with China went
    from 0.6% of Latin America's GDP ... Trade volume grew to $180bn"): a figure its
    sentence gives no state of is the region's, not the article's main pair's."""
    before = ctx.reading.sentences[view.index - 1].text if view.index else ""
    return bool(_regions().search(view.text) or _regions().search(before))


def _pair_seen_with(ctx: MeasureContext, counterpart: str) -> list[str]:
    """The one pair of an earlier figure of the text that joins ``counterpart`` to a state
    of the article's main pair; none when there is no such pair, or more than one."""
    found = {pair for pair in ctx.pairs_seen if counterpart in pair and pair & set(ctx.main_pair)}
    if len(found) != 1:
        return []
    other = next(iter(found.pop() - {counterpart}))
    return [other, counterpart]


def _is_counterpart_before(view: SentenceView, m: Mention) -> bool:
    return bool(_COUNTERPART.search(view.text[: m.start - view.start]))


def _only_partner(ctx: MeasureContext, code: str) -> bool:
    """Whether the text names state ``code`` only as a partner ("with Mexico", "with China
    and Mexico"), never as a side that acts or owns."""
    seen = False
    for view in ctx.reading.sentences:
        states = ctx.state_mentions(view)
        for i, m in enumerate(states):
            if m.code != code:
                continue
            seen = True
            listed = (
                i > 0
                and _is_counterpart_before(view, states[i - 1])
                and _joined(view, states[i - 1], m)
            )
            if not (_is_counterpart_before(view, m) or listed):
                return False
    return seen


_TWO_COUNTRIES = re.compile(r"\b(?:two|both) (?:countries|nations|sides|states)\b", re.I)
_CLAUSE_BREAK = re.compile(
    # "..., when Kyrgyzstan secured $2bn from Russia": a clause of its own, with its own sides
    r";|\bwhile\b|\bwhereas\b|,\s*but\b|,\s*(?:when|after|because)\b"
    # "For Pakistan, trade fell to $0.5bn and for Afghanistan, it fell to $1.1bn": the state
    # a clause is about, set against the one before
    r"|\band\s+for\s+(?=(?:the\s+)?[A-Z])",
    re.I,
)


def _clause_bounds(view: SentenceView, q: Quantity) -> tuple[int, int]:
    """Where the clause of the figure starts and ends in its sentence."""
    breaks = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(view.text)] + [len(view.text)]
    return max(b for b in breaks if b <= q.start), min(b for b in breaks if b > q.start)


def _in_clause(view: SentenceView, q: Quantity, mentions: list[Mention]) -> list[Mention]:
    """The mentions in the clause of the figure, when that clause names any state."""
    lo, hi = _clause_bounds(view, q)
    inside = [m for m in mentions if lo <= m.start - view.start < hi]
    return inside or mentions


_JOINED = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?")


def _joint_givers(view: SentenceView, mentions: list[Mention], code: str, q: Quantity):
    """ "Saudi Arabia and the UAE sent 10,000 troops to Yemen": every state of the list
    before the figure that holds the giver gives; a run of four or more is a list of
    something else."""
    before = [m for m in mentions if m.end - view.start <= q.start]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].code == code), None)
    if at is None:
        return [code]
    lo = hi = at
    while lo > 0 and _joined(view, before[lo - 1], before[lo]):
        lo -= 1
    while hi + 1 < len(before) and _joined(view, before[hi], before[hi + 1]):
        hi += 1
    run = before[lo : hi + 1]
    if len(run) > 3 or _COUNTERPART.search(view.text[: run[0].start - view.start]):
        return [code]  # "with Russia and China": partners, not givers
    return list(dict.fromkeys(m.code for m in run))


def _from_list(view: SentenceView, mentions: list[Mention], code: str, q: Quantity) -> list[str]:
    """ "received 20 F-16s from Denmark and the Netherlands": every state of a short list
    after "from" just behind the figure gives."""
    after = [m for m in mentions if m.start - view.start >= q.end]
    at = next((i for i, m in enumerate(after) if m.code == code), None)
    if at is None or not re.search(
        r"\bfrom\s+(?:the\s+)?$", view.text[: after[at].start - view.start]
    ):
        return [code]
    hi = at
    while (
        hi + 1 < len(after)
        and _joined(view, after[hi], after[hi + 1])
        and not _POSSESSIVE.match(view.text[after[hi + 1].end - view.start :])
    ):
        hi += 1  # "from France, New Delhi's ministry said": no list
    run = after[at : hi + 1]
    return [code] if len(run) > 3 else list(dict.fromkeys(m.code for m in run))


_POSSESSIVE = re.compile(r"['’]s?\b")


def _joined(view: SentenceView, a: Mention, b: Mention) -> bool:
    return bool(_JOINED.fullmatch(view.text[a.end - view.start : b.start - view.start]))


# "..., China $267m", "and with Vietnam $230bn": the verb (and noun) left out before a state
_GAP_BEFORE = re.compile(r"(?:[,;]|\band)\s*(?:(?:with|to|from)\s+)?(?:the\s+)?$", re.I)
_GAP_AFTER = re.compile(
    r"^(?:'s)?(?:[\s-]+(?!for\b|with\b)[a-z][a-z-]*){0,2}\s*(?:for\s+|with\s+)?$"
)


def gapped_giver(view: SentenceView, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """ "Russia supplied $406m, China $267m and Germany $30m": a state named just after a
    comma or "and", with the verb left out before its figure, gives that figure."""
    before = [m for m in mentions if m.end - view.start <= q.start]
    if not before:
        return None
    m = before[-1]
    if not _GAP_AFTER.match(view.text[m.end - view.start : q.start]):
        return None
    return m if _GAP_BEFORE.search(view.text[: m.start - view.start]) else None


# "..., $267m from China and $254m from Singapore": the giver named just after the figure
_FROM_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?$", re.I)


def source_after(view: SentenceView, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """The state named as the source just after a figure ("$267m from China")."""
    after = [m for m in mentions if m.start - view.start >= q.end]
    if not after:
        return None
    m = after[0]
    return m if _FROM_AFTER.fullmatch(view.text[q.end : m.start - view.start]) else None


def _enumeration(view: SentenceView, mentions: list[Mention]) -> bool:
    """ "from Russia, China, Singapore, India and Thailand": three or more states in a row."""
    run = 1
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = view.text[a.end - view.start : b.start - view.start]
        run = run + 1 if _LIST_GAP.fullmatch(gap) else 1
        if run >= 3:
            return True
        if (
            run == 2
            and _PAIR_JOINED.search(gap)
            and _SHARED_PARTNER.search(view.text[: a.start - view.start])
        ):
            # "exports to Iraq and Iran totalled $15bn": no one pair's figure; "a sale to
            # France, the Pentagon said" is no pair of partners (two need "and" or "or")
            return True
    return False


_LIST_GAP = re.compile(r"\s*(?:,|and|or|, and)\s*(?:the\s+)?")
_PAIR_JOINED = re.compile(r"\b(?:and|or)\b")
# "to Iraq and Iran", "from Qatar and Oman": two partners who share one figure
_SHARED_PARTNER = re.compile(r"\b(?:to|from|into)\s+(?:the\s+)?$", re.I)


def _main_partner(ctx: MeasureContext, code: str) -> str | None:
    """The article's most named state other than ``code`` (the importer of "imported $400m
    of arms from Russia" when the sentence calls it "the junta"). For a third state, of the
    two the one an earlier figure paired it with ("imports from China rose to $101bn" in a
    story of India's trade with the US and China: India, whose trade with China was given)."""
    others = [c for c in ctx.main_pair if c != code]
    if len(others) == 2:
        paired = [c for c in others if frozenset({c, code}) in ctx.pairs_seen]
        if len(paired) == 1:
            return paired[0]
    return next(iter(others), None)


def _partner_from_context(
    ctx: MeasureContext, view: SentenceView, code: str, main: bool = True
) -> str | None:
    """The other side of ``code`` in the pair of the figures just before (or, with
    ``main``, in the article's main pair)."""
    pairs = [ctx.recent_pair(view, _CARRY_SENTENCES)] + ([ctx.main_pair] if main else [])
    for pair in pairs:
        if code in pair and len(pair) == 2:
            return pair[0] if pair[1] == code else pair[1]
    return None


def _list_entry(reading, view, q: Quantity, mentions: list[Mention]) -> list[str] | None:
    """ "The US ($57.6bn), China ($50.8bn) ... traded more with India": the state before the
    bracket and the one state of the sentence that is not a list entry; [] for an entry
    whose partner the sentence does not name; None for a figure that is no list entry."""
    before = view.text[: q.start]
    if not _LIST_ENTRY.search(before):
        return None
    bracket = before.rstrip()[:-1].rstrip()
    entry = [m for m in mentions if m.end - view.start == len(bracket)]
    if not entry:
        return None
    entries = {
        m.code for m in mentions if re.match(r"\s*\(\s*[$£€¥\d]", view.text[m.end - view.start :])
    }
    rest = [m.code for m in mentions if m.code not in entries]
    return [entry[0].code, rest[0]] if rest else []  # a list entry whose partner is unsaid


def _counterpart(reading, view, q: Quantity, money, mentions: list[Mention]) -> str | None:
    """The state behind "from/to/with/into" after the figure and before the next one."""
    nxt = min((o.start for o in money if o.start > q.start), default=len(view.text))
    for m in mentions:
        pos = m.start - view.start
        gap = view.text[q.end : pos]
        # "$240bn, overtaking its trade with Germany": another clause's partner
        if (
            q.end <= pos < min(nxt, q.end + 80)
            and _COUNTERPART.search(gap)
            and "," not in gap
            and not _RELATIVE.search(gap)
        ):
            return m.code
    return None


# "a $5bn deal that could draw sanctions from the US": a state in a relative clause after
# the figure's noun is no side of the figure
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.I)


def _is_counterpart_elsewhere(reading, view, code: str, money, mentions) -> bool:
    return any(_counterpart(reading, view, o, money, mentions) == code for o in money)


# ---------------------------------------------------------------- counts

_HOST = re.compile(
    r"\b(?:in|to|into|inside|at|for)\s+(?:the\s+)?"
    r"(?:(?:north|south)?(?:-?east|-?west)?(?:ern)?\s+|central\s+)?$",
    re.I,
)
_DEPLOYED = re.compile(
    r"\b(?:in the country|there|stationed|based|deployed|sent|arriving|arrive|arrived|hosting"
    r"|hosts|assigned|send|deploy)\b",
    re.I,
)


def count_actors(
    reading: Reading,
    view: SentenceView,
    ctx: MeasureContext,
    q: Quantity,
    noun_end: int,
    metric: str,
) -> list[str]:
    """The sender and the host (troops), or the seller and the buyer (weapons), of count
    ``q`` whose noun ends at ``noun_end``; [] when the text does not say."""
    every = _in_count_clause(view, q, _with_maker(reading, view, q, noun_end, ctx, metric))
    every = outside_asides(view, q, every)
    # a state that reports the figure is neither its sender nor, from context, its host,
    # wherever else the sentence names it ("..., a Pentagon spokesman said")
    # ... unless it qualifies the counted noun ("the Pentagon said 400 US Marines ...")
    reporters = {m.code for m in every if _reports(view, m, q)} - {
        m.code for m in every if q.end <= m.start - view.start < noun_end
    }
    mentions = [m for m in every if m.code not in reporters]
    named = _codes(mentions)
    giver = _giver(view, q, noun_end, mentions) or _pronoun_giver(ctx, view, q, named)
    if _non_state_sender(view, q, noun_end, mentions):
        return []  # "Hezbollah has sent 7,000 fighters to Syria": no state sends them
    label = _label_host(view, mentions, giver)
    host = label or _host(view, noun_end, mentions, giver)
    if giver and host:
        return [*_joint_givers(view, mentions, giver, q), host]
    if label and metric == "troops" and view.index - ctx.troops_index <= _CARRY_COUNT_SENTENCES:
        # "South Korea: about 28,500." after "Japan: 54,000 US personnel": the same sender
        sender = ctx.last_troops[0]
        if sender and sender != label:
            return [sender, label]
    # the states of an allegation the sentence makes, as far as the sentence names them
    claimed = [c for c in ctx.claim_actors(view) if c in named]
    if len(claimed) >= 2:
        return claimed
    # "800 British troops and 300 French soldiers": each demonym is a sender, not a host
    senders = {c for o in _other_counts(view, q) for c in _qualifiers(view, o, mentions)}
    # "40,000 troops in the region, including 13,000 in Kuwait": Kuwait is the next one's
    # ... unless the figures between are items of one list of weapons ("4 frigates and 30
    # helicopters from Turkey": Turkey sells both)
    end = _list_end(view, noun_end) if metric == "munitions_count" else noun_end
    later = {m.code for m in mentions if m.start - view.start > _next_figure(view, end)}
    # "... reinforce other Chadian troops": a state that qualifies another force sends it
    senders |= {
        m.code
        for m in mentions
        if not q.end <= m.start - view.start < noun_end
        and _FORCE_AFTER.match(view.text[m.end - view.start :])
    }
    others = [c for c in named if c != giver and c not in senders and c not in later]
    if giver and others:
        return list(dict.fromkeys([giver, *_from_list(view, mentions, others[0], q)]))
    if not giver and len(others) >= 2:
        return others[:2]
    one = giver or host or (others[0] if others else None)
    if one is None:
        return list(ctx.recent_pair(view, _CARRY_COUNT_SENTENCES))
    if metric == "troops" and one == giver and _row_label(view, mentions, giver):
        # "Estonia - 55 troops." after "Albania - 71 troops in northern Iraq.": a row of a
        # list of senders, hosted where the row before was
        host = ctx.last_troops[1] if view.index - ctx.troops_index <= _CARRY_COUNT_SENTENCES else ""
        if host and host != giver:
            return [giver, host]
    if not (_DEPLOYED.search(view.text) or _handed_weapons(view, q, metric, giver)):
        # "Finland brings an army of 280,000 troops": its own force
        return [one] if metric == "troops" else []
    partner = _anaphoric_host(ctx, view, q, one)
    if partner is None:
        partner = _count_partner(ctx, view, one, metric)
        # "the Estonian military says 130 soldiers are arriving in the country": a
        # reporter is the host only where the sentence points back to a country
        if partner in reporters and not _THERE.match(view.text[q.end :]):
            partner = None
        if metric == "munitions_count" and partner in _named_elsewhere(ctx, view, named):
            # "Algeria took delivery of 14 jets, a response to Morocco's purchase ...": a
            # state of another clause of the sentence has a role of its own there
            partner = None
    if partner:
        return [one, partner]
    if metric == "troops" and not _DESTINATION.search(view.text[noun_end:]):
        # "Russia had sent 2,500 mercenaries from a company called Wagner", where to unsaid:
        # to the state the article is about
        # (a state this sentence names in another clause has a role of its own there)
        elsewhere = {m.code for m in ctx.state_mentions(view)} - set(named)
        host = _article_state(ctx, {one} | reporters | elsewhere)
        if host:
            return [one, host]
    # a lone state: its own force (troops), or nobody said whose weapons went where
    return [one] if metric == "troops" else []


def _with_maker(
    reading: Reading, view: SentenceView, q: Quantity, noun_end: int, ctx, metric: str
) -> list[Mention]:
    """The actor mentions of a count, with the state a demonym inside the counted phrase
    names ("42 French Rafale jets", "two Israeli missile systems"): the maker and seller of
    the weapons, even where the demonym alone would read as a mere attribute; the sender of
    troops ("1,890 Russian 'instructors'")."""
    mentions = ctx.actor_mentions(view, orgs=False)
    if metric not in ("munitions_count", "troops"):
        return mentions
    inside = [
        m
        for m in view.mentions
        if m.kind == "demonym"
        and q.end <= m.start - view.start < noun_end
        and reading.lex.is_state(m.code)
        and m not in mentions
    ]
    return sorted([*mentions, *inside], key=lambda m: m.start) if inside else mentions


_FORCE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:troops|soldiers|forces|servicemen|personnel|peacekeepers|contingent"
    r"|battalion|brigade)\b"
)


def transfer_words(**columns: str) -> str:
    """A regular expression for any word of ``transfer_words.tsv`` whose ``columns`` hold the
    given values; a word of several tokens matches with any spaces between them."""
    return "|".join(
        r"\s+".join(re.escape(w) for w in row["word"].split())
        for row in read_table("transfer_words.tsv")
        if all(row[k] == v for k, v in columns.items())
    )


# "Chinese firms also supplied at least 1,000 drones": weapons the giver named before them
# handed over, to the other side of the pair the text is about
_HANDED_OVER = re.compile(rf"\b(?:{transfer_words(side='gives')})\b(?:\s+\S+){{0,4}}?\s*$", re.I)


def _handed_weapons(view: SentenceView, q: Quantity, metric: str, giver: str | None) -> bool:
    """Whether weapons counted by ``q`` were handed over by the state named before them."""
    before = view.text[max(0, q.start - 60) : q.start]
    return (
        metric == "munitions_count"
        and giver is not None
        and bool(_HANDED_OVER.search(before) or _BOUGHT.search(before))
    )


# "Israel's purchase in 2010 of 19 F-35s", "Cairo ordered 24 Rafales", "Kyiv has received 31
# tanks": weapons the buyer named before them bought or received, from the other side of the
# pair the text is about
_BOUGHT = re.compile(rf"\b(?:{transfer_words(side='gets')})\b(?:\s+\S+){{0,4}}?\s*$", re.I)


def _named_elsewhere(ctx: MeasureContext, view: SentenceView, named: list[str]) -> set[str]:
    """The states the sentence names outside the clause of a count (``named``)."""
    return {m.code for m in ctx.state_mentions(view)} - set(named)


# Where a force was sent or is: "to the Kursk region", "in eastern Congo", "there"
_DESTINATION = re.compile(r"\b(?:to|in|into|inside|at|across|there|abroad|overseas)\b", re.I)


def _article_state(ctx: MeasureContext, besides: set[str]) -> str | None:
    """The state the article names most, other than ``besides``, when it names it at least
    twice and more than any other."""
    counts = Counter(
        m.code
        for v in ctx.reading.sentences
        for m in v.mentions
        if ctx.reading.lex.is_state(m.code)
        and m.code not in besides
        and not is_dateline(ctx.reading, m)
    )
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


# Where a clause of its own starts for a count: "..., nearly five years after India inked a
# deal with France to buy 36 Rafale jets", "..., likely a response to India's purchase of 36
# jets from France": another buyer's count, told to compare
_COUNT_CLAUSE_BREAK = re.compile(
    r";|\bwhile\b|\bwhereas\b|,\s*but\b"
    r"|(?:,|\s[-–])\s*(?:\w+\s+){0,3}?(?:after|before|when|just\s+as)\b"
    r"|\b(?:a\s+)?response\s+to\b|\bin\s+reply\s+to\b"
    # ", a mission once headed by France": an aside on what
    # the troops do, with its own actors
    r"|,\s*(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:that|which|once|previously|formerly)\b",
    re.I,
)


def _in_count_clause(view: SentenceView, q: Quantity, mentions: list[Mention]) -> list[Mention]:
    """The mentions in the clause of count ``q``, when that clause names a state; all of
    them otherwise."""
    breaks = [0] + [m.start() for m in _COUNT_CLAUSE_BREAK.finditer(view.text)]
    breaks += _as_clauses(view)
    breaks.append(len(view.text))
    lo = max(b for b in breaks if b <= q.start)
    hi = min(b for b in breaks if b > q.start)
    inside = [m for m in mentions if lo <= m.start - view.start < hi]
    return inside or mentions


# "... as France scales back its mission", "as former colonial ruler France withdraws": a
# clause of its own, opened by "as" and a state that does something
_AS = re.compile(
    r"\bas\s+(?:(?:the|its|their|former|colonial|ruler|neighbouring|neighboring)\s+){0,3}"
)
_DOES = re.compile(r"\s+(?:[a-z]+s|is|was|has|had|are|were)\b")


def _as_clauses(view: SentenceView) -> list[int]:
    """Where a clause "as <state> <verb>" starts."""
    out = []
    starts = {m.start - view.start: m for m in view.mentions}
    for m in _AS.finditer(view.text):
        state = starts.get(m.end())
        if state is not None and _DOES.match(view.text[state.end - view.start :]):
            out.append(m.start())
    return out


_THERE = re.compile(r"^[^.;]{0,40}?(?:\b(?:in|to|inside)\s+the\s+country\b|\bthere\b)", re.I)


def _anaphoric_host(ctx: MeasureContext, view: SentenceView, q: Quantity, sender: str):
    """ "The US has 28,500 soldiers in the country" / "stationed there": the state the text
    named last before the sentence, other than the sender."""
    if not _THERE.match(view.text[q.end :]):
        return None
    # "The ambassador to the CAR said 1,890 Russian instructors were in the country": the
    # state named before the figure in its own sentence comes first
    before = [
        m.code
        for m in ctx.state_mentions(view)
        if m.code != sender and m.end - view.start <= q.start
    ]
    if before:
        return before[-1]
    for prev in reversed(ctx.reading.sentences[max(0, view.index - 2) : view.index]):
        named = [m.code for m in ctx.state_mentions(prev) if m.code != sender]
        if named:
            return named[-1]
    return None


def _count_partner(ctx: MeasureContext, view: SentenceView, one: str, metric: str):
    if metric == "troops" and view.index - ctx.troops_index <= _CARRY_COUNT_SENTENCES:
        # "to be joined by 50 French soldiers": the host of the troops just spoken of
        sender, host = ctx.last_troops
        if one != host:
            return host
    partner = _partner_from_context(ctx, view, one)
    if partner is None and ctx.recent_pair(view, _CARRY_COUNT_SENTENCES):
        pair = ctx.recent_pair(view, _CARRY_COUNT_SENTENCES)
        partner = next((c for c in pair if c != one), None)
    return partner


# A state named before one of these verbs, which come before the figure, reports it.
_REPORTING = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in en.REPORTING_VERBS)})\b",
    re.I,
)


def _reports(view: SentenceView, m: Mention, q: Quantity) -> bool:
    """ "The Armenian envoy to Russia said Turkey had sent 4,000 fighters": the envoy's
    state and the place of his post report the figure; they neither send nor host."""
    pos = m.end - view.start
    if _CITING.search(view.text[max(0, m.start - view.start - 60) : m.start - view.start]):
        return True  # "..., the FT reported, citing Ukrainian intelligence officials"
    if pos <= q.start and _ACCORDING.search(view.text[: m.start - view.start]):
        return True  # "According to the Pentagon, 10,000 troops are in Kursk"
    if pos > q.start:
        return False
    said = _REPORTING.search(view.text[pos : q.start])
    if said and _OTHER_SPEAKER.search(view.text[pos : pos + said.start()]):
        # "North Korea has sent 3,000 troops to Russia, South Korea's military said,
        # bringing the total to 14,000": the speaker is the one named after the comma
        return False
    # "Obama said he had ordered 300 troops": the one who says it is the one who sends
    return bool(said) and not _SELF_AFTER.match(view.text[pos + said.end() : q.start])


# ", South Korea's military said": a comma, then a speaker of its own before the verb
_OTHER_SPEAKER = re.compile(r",\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,4}\s*$")


# "said he had", "said that it would", "says we have": the speaker is the subject of what
# it says
_SELF_AFTER = re.compile(
    r"\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:that\s+)?(?:he|she|it|they|we|I)\b"
)


# "citing Ukrainian officials", "quoting a US source", wherever it stands: the source of the
# figure, never a side of it
_CITING = re.compile(
    r"\b(?:citing|quoting|according\s+to)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,3}$", re.I
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w.'-]+\s+){0,3}$", re.I)


def _other_counts(view: SentenceView, q: Quantity) -> list[Quantity]:
    return [o for o in find_quantities(view.text) if o.start != q.start and not o.is_money]


def _qualifiers(view: SentenceView, q: Quantity, mentions: list[Mention]) -> list[str]:
    """States named between a number and the next word or two ("300 French soldiers")."""
    return [m.code for m in mentions if 0 <= m.start - view.start - q.end <= 2]


def _label_host(view: SentenceView, mentions: list[Mention], giver: str | None) -> str | None:
    """ "Japan: about 54,000 US personnel": a flattened table's row label is the host."""
    first = mentions[0] if mentions else None
    if first is None or first.code == giver or view.text[: first.start - view.start].strip():
        return None
    return first.code if _LABEL_END.match(view.text[first.end - view.start :]) else None


# What ends a row's label: "Japan: ...", "Estonia - 55 troops", "Italy — 3,000 troops"
_LABEL_END = re.compile(r"\s*(?::|[—–]|-\s)")


def _row_label(view: SentenceView, mentions: list[Mention], code: str) -> bool:
    """Whether the sentence opens with ``code``'s name as a row label and names no other
    state ("Estonia - 55 troops.")."""
    first = mentions[0] if mentions else None
    return (
        first is not None
        and first.code == code
        and all(m.code == code for m in mentions)
        and not view.text[: first.start - view.start].strip()
        and bool(_LABEL_END.match(view.text[first.end - view.start :]))
    )


# "... it ordered 4 frigates", "it has sent 2,000 troops": a pronoun subject just before the
# verb of the count
_IT_SUBJECT = re.compile(
    r"\bit\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+|also\s+|then\s+){0,2}[a-z]+(?:ed|t)\s+"
    r"(?:(?:about|around|some|nearly|over|at\s+least|up\s+to|more\s+than|another)\s+)?$"
)


def _pronoun_giver(ctx: MeasureContext, view: SentenceView, q: Quantity, named: list[str]):
    """ "Pakistan has turned to other suppliers. In 2018 it ordered 4 frigates": the state
    the sentence before opens with, as its subject, is what "it" stands for."""
    if view.index == 0 or not _IT_SUBJECT.search(view.text[max(0, q.start - 40) : q.start]):
        return None
    before = ctx.reading.sentences[view.index - 1]
    states = ctx.state_mentions(before)
    first = states[0] if states else None
    if first is None or first.code in named:
        return None
    opening = before.text[: first.start - before.start].strip().lower()
    return first.code if opening in ("", "the") else None


def _giver(view: SentenceView, q: Quantity, noun_end: int, mentions) -> str | None:
    """The state that qualifies the counted noun ("3,000 Turkish troops") or the nearest one
    named before the figure in its clause ("Russia had sent 2,500 mercenaries")."""
    inside = [m for m in mentions if q.end <= m.start - view.start < noun_end]
    if inside:
        return inside[0].code
    before = [m for m in mentions if m.end - view.start <= q.start]
    before = [m for m in before if not _HOST.search(view.text[: m.start - view.start])]
    before = [m for m in before if not view.text[m.end - view.start :].lstrip().startswith(":")]
    if before:
        return before[-1].code
    # "2,000 fighters have been enlisted by Turkey": the agent of a passive just after
    agents = [
        m
        for m in mentions
        if noun_end <= m.start - view.start
        and _PASSIVE_BY.search(view.text[noun_end : m.start - view.start])
    ]
    return agents[0].code if agents else None


# "... have been enlisted by", "were sent by the": a passive verb and its agent's "by"
_PASSIVE_BY = re.compile(
    r"^\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:\w+\s+){0,2}?[a-z]+(?:ed|en|t)"
    r"\s+by\s+(?:the\s+)?$",
    re.I,
)


def _host(view: SentenceView, noun_end: int, mentions, giver: str | None) -> str | None:
    """The state the force is in or sent to ("to Azerbaijan", "in Estonia"); one after the
    counted noun first ("fighters from Syria to Azerbaijan")."""
    hosts = [
        m
        for m in mentions
        if m.code != giver
        and _HOST.search(view.text[max(0, m.start - view.start - 24) : m.start - view.start])
    ]
    # "40,000 troops in the region, including 13,000 in Kuwait": a host after the next
    # figure is that figure's
    nxt = _next_figure(view, noun_end)
    aside = _closed_part(view, noun_end, nxt)
    if aside is not None:
        # "12,000 troops, including 500 officers, were in Russia": the part in its aside
        # hosts nowhere of its own; the place after the aside is the whole force's
        hosts = [m for m in hosts if not aside[0] <= m.start - view.start < aside[1]]
        nxt = _next_figure(view, aside[1])
    hosts = [m for m in hosts if m.start - view.start < nxt]
    after = [m for m in hosts if m.start - view.start >= noun_end]
    # "enlisted by Turkey in Syria and sent to Libya": where they were sent, before where
    # something else happened to them
    sent_to = [m for m in after if _SENT_TO.search(view.text[: m.start - view.start])]
    return (sent_to or after or hosts)[0].code if hosts else None


_SENT_TO = re.compile(
    r"\b(?:sent|send|sends|sending|deployed|deploy|deploys|deploying|dispatched|dispatch"
    r"|transferred|moved|flown|shipped)\s+(?:\S+\s+){0,2}?(?:to|into)\s+(?:the\s+)?$",
    re.I,
)


# ", including 500 officers and three generals,": a part of the force just counted, in an
# aside closed by a comma
_PART_ASIDE = re.compile(
    r"\s*,\s*(?:including|among\s+them|of\s+whom|with)\s[^,;:.()]{0,80}?,", re.I
)


def _closed_part(view: SentenceView, noun_end: int, nxt: int) -> tuple[int, int] | None:
    """The span of an aside just after a counted noun that names a part of it, when the next
    figure stands inside it."""
    m = _PART_ASIDE.match(view.text, noun_end)
    if m is None or not m.start() <= nxt < m.end():
        return None
    return m.start(), m.end()


_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)$", re.I)


def _list_end(view: SentenceView, noun_end: int) -> int:
    """Where a list of weapons counts that starts with the count ending at ``noun_end``
    ends ("4 frigates, 12 drones and 30 helicopters")."""
    for o in find_quantities(view.text):
        if o.start < noun_end or o.is_money:
            continue
        found = count_head(view.text, o)
        if found is None or not _LIST_JOIN.match(view.text[noun_end : o.start]):
            break
        noun_end = found[1]
    return noun_end


def _next_figure(view: SentenceView, after: int) -> int:
    """Where the next figure after offset ``after`` starts (the sentence's end if none); the
    price of what was just counted ("32 jets, worth $6.5bn, to Poland") is none."""
    figures = (
        o
        for o in find_quantities(view.text)
        if o.start >= after
        and not is_year(o)
        and not (o.is_money and _PRICE_GAP.match(view.text[after : o.start]))
        # "command of one of three sectors": a number in words that counts nothing
        and (o.is_money or any(c.isdigit() for c in o.text) or count_head(view.text, o))
    )
    return next((o.start for o in figures), len(view.text))


# What stands between a counted noun and its price: "jets, worth", "drones valued at"
_PRICE_GAP = re.compile(
    r"^\s*,?\s*(?:worth|valued\s+at|costing|for|at\s+a\s+(?:total\s+)?cost\s+of)"
    r"(?:\s+(?:about|around|some|nearly|roughly|approximately|almost|over|more\s+than|up\s+to"
    r"|an\s+estimated))?\s*$",
    re.I,
)


def _non_state_sender(view: SentenceView, q: Quantity, noun_end: int, mentions) -> bool:
    """Whether the force's sender is a non-state group: one named as the subject before the
    figure, after any state, with no state qualifying the counted noun."""
    if any(q.end <= m.start - view.start < noun_end for m in mentions):
        return False  # "2,500 Wagner mercenaries" sent by Russia, "300 Syrian fighters"
    before = [m for m in [*mentions, *view.non_state] if m.end - view.start <= q.start]
    if not before:
        return False
    last = max(before, key=lambda m: m.start)
    gap = view.text[last.end - view.start : q.start]
    # the subject of the clause that holds the figure: no comma between ("... made by
    # Lockheed Martin, 135 missiles" names a maker, not a sender)
    if _BARE_PREPOSITION.fullmatch(gap):
        return False  # "a contract with Hyundai Rotem for 180 tanks": no subject that sends
    return last in view.non_state and len(gap) < 60 and not re.search(r"[,;:()]", gap)


_BARE_PREPOSITION = re.compile(
    r"\s*(?:for|of|from|with|to|at)\s+(?:some\s+|about\s+|up\s+to\s+)?", re.I
)
