"""Reading figures: amounts of money (trade, aid, arms deals, one-way flows) and counts (troops,
weapon systems), each with its metric, the actors it is about and its period.

The quantity layer (``quantities.py``) finds and normalises every figure; the metric comes
from the noun nearest the figure (``metric_heads.py``); the actors from the sentence, the
figures just before it, or the article's main pair (``measure_actors.py``). Only actual
figures count: targets, projections, plans and requests do not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from ..base.tables import words_of_kind, words_pattern
from ..lang.en.words import metric_heads as en
from ..model import Claim, Measure
from .headlines import HEADLINE_VIEWS, headline_break
from .measure_actors import (
    GIVEN_METRICS,
    MeasureContext,
    Sides,
    gapped_giver,
    in_ranking,
    money_actors,
    source_after,
)
from .measure_counts import (
    FIGURE_PARSED_CHARS,
    figure_parse,
    is_table_row,
    read_counts,
    troops_spoken_of,
)
from .measure_filters import (
    bracketed_dollars,
    is_aggregate,
    is_base_of_aim,
    is_change,
    is_conversion,
    is_domestic_budget,
    is_remainder,
    is_size_of_body,
    is_target,
    is_threshold,
    is_unit_price,
    is_upper_bound,
    opens_bracket,
)
from .measure_periods import OPEN, HeadlineYear, nearest_period, own_year_phrase, sentence_periods
from .measure_roles import parsed_flow_sides, parsed_sides
from .metric_heads import (
    NO_METRIC,
    count_nouns,
    handed_metric,
    money_metric,
    pays_for_foreign_forces,
    trade_head_after,
    weapon_context,
)
from .quantities import Quantity, currency_words, find_quantities, is_bare_amount
from .reading import Reading, SentenceView
from .roles import is_company_noun
from .weapon_models import AIRCRAFT_PLURAL

# A sentence is read for figures when it holds a digit, a spelled-out number with a scale
# ("two million"), or one before the noun it counts ("six frigates"); "one of the two
# countries" is not worth the work.
_SPELLED = (
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty"
    " sixty seventy eighty ninety hundred dozen"
).split()


@cache
def _unit_cue() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A currency, or a noun a figure may count: without one, a number is a date or an age.
    Two patterns (a currency sign, a word), each quick to search on its own."""
    symbols = "".join(re.escape(c) for c in currency_words() if not c[0].isalpha())
    words = [w for w in currency_words() if w[0].isalpha()] + count_nouns()
    words += ["contingent", "detachment", "battalion", "brigade", "strong", "member", "man"]
    words += ["force", "garrison"]  # "a force of about 1,000 men"
    words += ["them", "total"]
    words += ["number", "figure", "count"]
    words += ["valued", "worth"]  # "a sale valued at 2.75 billion": money, its currency unsaid
    # "USD1.5 billion": a code may stick to the number after it
    return re.compile(rf"[{symbols}]"), re.compile(rf"\b(?:{any_of(words)})(?![A-Za-z])", re.I)


_DIGIT = re.compile(r"\d")


@cache
def _spelled_figure() -> re.Pattern[str]:
    scales = ["thousand", "million", "billion", "trillion", "crore", "lakh"]
    return re.compile(
        rf"\b(?:{any_of(_SPELLED)})\b(?:[\s-]+\S+){{0,4}}?[\s-]+"
        rf"(?:{any_of(scales + count_nouns())})\b"
        # "over a million artillery shells", "half a million rounds"
        rf"|\ba\s+(?:{any_of(scales[:4] + ['dozen'])})\b",
        re.I,
    )


def _may_hold_figure(text: str) -> bool:
    """A digit or a spelled-out figure, and a currency or a noun a figure may count."""
    sign, word = _unit_cue()
    figure = _DIGIT.search(text) or _spelled_figure().search(text) or "illion-dollar" in text
    return bool(figure) and bool(
        sign.search(text) or word.search(text) or is_table_row(text) or _MODELS.search(text)
    )


# "20 F-16s": a plural model designation is a noun a figure may count
_MODELS = re.compile(rf"\b\d+\s+{AIRCRAFT_PLURAL}\b")


def any_of(words: list[str]) -> str:
    """A regular expression for any one of ``words`` (taken literally), its alternatives
    sharing their common prefixes ("(?:fri(?:gates|ghter))"): it matches the same strings as
    the plain alternation, several times faster, since a plain one is tried word by word at
    every position of a sentence. For a yes/no search only: which match it finds first may
    differ."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _alternatives(trie)


def _alternatives(node: dict) -> str:
    branches = [re.escape(char) + _alternatives(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def read_measures(reading: Reading, claims: list[Claim]) -> list[Measure]:
    """Figures the document states, each with its evidence."""
    out: list[Measure] = []
    ctx = MeasureContext.of(reading, claims)
    fallback_year = HeadlineYear(reading)
    for view in reading.sentences:
        ctx.topic(view)
        if not _may_hold_figure(view.text):
            continue
        view = _after_subheading(reading, view)
        ctx.enter(view)
        quantities = find_quantities(view.text)
        found = _money(reading, view, ctx, quantities, fallback_year)
        ctx.note_deal(view, found)
        found += read_counts(reading, view, ctx, quantities, fallback_year)
        found += troops_spoken_of(reading, view, ctx)
        found = _without_restatements(view, quantities, found, out)
        found = _without_headline_retelling(reading, view, quantities, found)
        found = [part for m in found for part in _each(view, m)]
        if "respectively" in view.text:
            _respectively(view, ctx, quantities, found)
        if found:
            ctx.remember(view, found[-1])
            ctx.pairs_seen += [frozenset(m.actors) for m in found if len(set(m.actors)) == 2]
        out.extend(found)
    return _without_repeats(out)


# A sub-heading run into the paragraph after it without a full stop ("... also gave financial
# backing The UN report highlights $406m in weapons ..."): a lower-case word, then a
# capitalised word that opens sentences (the headline breaks' words, and "According"), with
# no word of saying or citing before it ("told The Associated Press" is one sentence).
_SUBHEADING_OPENERS = en.SUBHEADING_OPENERS
_NO_BREAK_AFTER = en.NO_SUBHEADING_BREAK_AFTER
# Words a sub-heading has at least, before its break
_SUBHEADING_WORDS = 3


@cache
def _subheading_break() -> re.Pattern[str]:
    """A lower-case word, a space, and a capitalised paragraph opener: what a sub-heading
    break needs in the text (the tokens then tell)."""
    openers = "|".join(sorted(w.capitalize() for w in _SUBHEADING_OPENERS))
    return re.compile(rf"[a-z]{{3}}\s+(?:{openers})\b")


def _after_subheading(reading: Reading, view: SentenceView) -> SentenceView:
    """The part of the sentence after a sub-heading run into it, where a figure follows the
    break (the heading's words say nothing of the figure: its states, its metric); else the
    sentence. Opening sentences are the headline readers' (``headlines.py``)."""
    if view.index < HEADLINE_VIEWS or not _subheading_break().search(view.text):
        return view  # most sentences: no lower-case word before a capitalised opener
    doc = reading.doc
    cut = None
    for i in range(view.tok + _SUBHEADING_WORDS, view.tok_end - 1):
        prev, tok = doc[i - 1], doc[i]
        if (
            tok.is_title
            and tok.lower_ in _SUBHEADING_OPENERS
            and prev.is_alpha
            and prev.is_lower
            and len(prev) > 2
            and not prev.is_stop
            and prev.lower_ not in _NO_BREAK_AFTER
        ):
            cut = tok.idx
    if cut is None or not _DIGIT.search(reading.text, cut, view.end):
        return view
    first = next(i for i in range(view.tok, view.tok_end) if doc[i].idx >= cut)
    return replace(
        view,
        sentence=replace(view.sentence, start=cut),
        text=reading.text[cut : view.end],
        mentions=[m for m in view.mentions if m.start >= cut],
        cues=[c for c in view.cues if c.start >= cut],
        non_state=[m for m in view.non_state if m.start >= cut],
        tok=first,
        _dates=None,
        _parse=None,
        _parsed=False,
        _cue_index=None,
    )


# "Saudi Arabia and the UAE each pledged", "will each send", "... $3bn apiece": one such
# figure per giver
_EACH = re.compile(
    r"\b(?:each(?!\s+(?:year|month|week|day|time|other|of|quarter|side|country)\b)|apiece)\b",
    re.I,
)


def _each(view: SentenceView, m: Measure) -> list[Measure]:
    """A figure several givers give each ("Germany and France will each send 500 troops to
    Romania"): one figure per giver, with the receiver (the last of its actors)."""
    if len(m.actors) < 3 or not _EACH.search(view.text):
        return [m]
    *givers, receiver = m.actors
    return [replace(m, actors=[giver, receiver], evidence=list(m.evidence)) for giver in givers]


# "$5 billion and $3 billion respectively": the figures of a list, then the word
_RESPECTIVE_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)
_RESPECTIVELY = re.compile(r"^\s*,?\s*respectively\b", re.I)
_NAME_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", re.I)


def _respectively(view: SentenceView, ctx, quantities: list[Quantity], found: list[Measure]):
    """ "Saudi Arabia and the UAE gave $5bn and $3bn respectively": the n-th giver of the
    list gives the n-th figure, to the receiver the figures share. Rewrites ``found``."""
    money = [q for q in quantities if q.is_money]
    for i, q in enumerate(money):
        run = [q]
        while i + len(run) < len(money) and _RESPECTIVE_GAP.match(
            view.text[run[-1].end : money[i + len(run)].start]
        ):
            run.append(money[i + len(run)])
        if len(run) < 2 or not _RESPECTIVELY.match(view.text[run[-1].end :]):
            continue
        names = [m for m in ctx.actor_mentions(view, orgs=True) if m.end - view.start <= q.start]
        listed = _name_list_before(view, names)
        if len(listed) != len(run):
            return
        figures: list[Measure] = []
        for r in run:  # in text order; "$3bn and $3bn respectively" are two figures
            f = next(
                (m for m in found if m.value == r.value and all(m is not g for g in figures)), None
            )
            if f is None:
                return
            figures.append(f)
        codes = {c for f in figures for c in f.actors} - {m.code for m in listed}
        if len(codes) != 1:
            return
        receiver = codes.pop()
        for f, giver in zip(figures, listed, strict=True):
            f.actors = [giver.code, receiver]
        return


def _name_list_before(view: SentenceView, names) -> list:
    """The last list of names joined by commas and "and" among ``names`` (in order)."""
    if not names:
        return []
    out = [names[-1]]
    for m in reversed(names[:-1]):
        if not _NAME_GAP.match(view.text[m.end - view.start : out[0].start - view.start]):
            break
        out.insert(0, m)
    return out


def _without_restatements(
    view: SentenceView, quantities: list[Quantity], found: list[Measure], earlier: list[Measure]
) -> list[Measure]:
    """ "a deal worth INR 63,000 crore (about USD 7.4 billion)" after a headline's "USD 7.4
    billion deal": a figure whose conversion is a figure already read for the same pair and
    metric restates it; its sentence joins that figure's evidence."""
    money = [q for q in quantities if q.is_money]
    kept = []
    for m in found:
        same = _restated(view.text, money, m, earlier) or _rounded_again(
            view.text, money, m, earlier
        )
        if same is None:
            kept.append(m)
        else:
            same.evidence.extend(m.evidence)
    return kept


def _without_headline_retelling(
    reading: Reading, view: SentenceView, quantities: list[Quantity], found: list[Measure]
) -> list[Measure]:
    """ "Poland unveils EUR2bn in aid for Latvia State radio reports Poland's minister has
    unveiled a EUR2bn package ...": a headline that runs into the lede without a full stop
    gives the lede's figure first. In the opening sentences, the same figure (pair, metric,
    value and unit) twice in the sentence, with such a break between its two amounts (the one
    the agreements use, ``headlines.headline_break``), is one figure, not two."""
    if view.index >= HEADLINE_VIEWS or len(found) < 2:
        return found
    kept: list[Measure] = []
    for m in found:
        if any(_same_told(k, m) for k in kept) and _retold_after_break(
            reading, view, quantities, m.value
        ):
            continue
        kept.append(m)
    return kept


def _same_told(a: Measure, b: Measure) -> bool:
    return (
        set(a.actors) == set(b.actors)
        and a.metric == b.metric
        and a.value == b.value
        and a.unit == b.unit
    )


def _retold_after_break(
    reading: Reading, view: SentenceView, quantities: list[Quantity], value: float
) -> bool:
    """Whether two amounts of ``value`` in the sentence have a headline break between them.
    A capitalised word after a function word ("$3bn held by the Arab Bank") is a name's,
    no break."""
    at = [q for q in quantities if q.value == value]
    if len(at) < 2:
        return False
    span = reading.doc.char_span(
        view.start + at[0].end, view.start + at[1].start, alignment_mode="expand"
    )
    if span is None:
        return False
    doc = reading.doc
    return any(
        not doc[i - 1].is_stop and headline_break(reading, i, i + 1)
        for i in range(max(span.start, 1), span.end)
    )


def _restated(text: str, money: list[Quantity], m: Measure, earlier: list[Measure]):
    for q, converted in zip(money, money[1:], strict=False):
        if q.value != m.value or not (
            is_conversion(text, converted, q) or bracketed_dollars(text, converted, q)
        ):
            continue
        unit = converted.currency or "USD"
        return next(
            (
                k
                for k in earlier
                if set(k.actors) == set(m.actors)
                and k.metric == m.metric
                and k.value == converted.value
                and k.unit == unit
            ),
            None,
        )
    return None


# "approximately $6bn" after "$6.5bn": the same deal's figure, rounded
_ROUGHLY = re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost)\s*$", re.I)
_DEAL_METRICS = frozenset({"arms_value", "aid_value"})
_ROUNDING = 0.1  # how far a rounded restatement may lie from the figure it restates


def _rounded_again(text: str, money: list[Quantity], m: Measure, earlier: list[Measure]):
    """A deal's figure given again, rounded ("about $6bn" after "$6.5bn"), for the same pair,
    kind of deal and period."""
    if m.metric not in _DEAL_METRICS:
        return None
    q = next((q for q in money if q.value == m.value), None)
    if q is None or not _ROUGHLY.search(text[: q.start]):
        return None
    return next(
        (
            k
            for k in earlier
            if set(k.actors) == set(m.actors)
            and k.metric in _DEAL_METRICS
            and k.unit == m.unit
            and k.period == m.period
            and k.value != m.value
            and abs(k.value - m.value) <= _ROUNDING * k.value
        ),
        None,
    )


def _without_repeats(measures: list[Measure]) -> list[Measure]:
    """One measure per figure: a figure stated again in another sentence (a military aid
    package's worth, then the worth of the weapons in it, is one) keeps both sentences
    as evidence (a period one sentence gives holds for both); the same amount twice in one
    sentence is two figures ("$2bn in cash and $2bn in fuel")."""
    out: list[Measure] = []
    for m in measures:
        seen = next((k for k in out if _same_figure(k, m)), None)
        if seen is None:
            out.append(m)
            continue
        seen.evidence.extend(m.evidence)
        seen.period = seen.period or m.period
        if _digits(m.value) > _digits(seen.value):
            seen.value = m.value  # "exceeded $155m", then "$155.1m": the exact figure
    return out


def _same_figure(a: Measure, b: Measure) -> bool:
    return (
        set(a.actors) == set(b.actors)
        and (a.metric == b.metric or {a.metric, b.metric} <= _DEAL_METRICS)
        and (a.value == b.value or _rounded(a, b))
        and (a.metric != "munitions_count" or _same_kind(a.unit, b.unit))  # 48 jets, 48 tanks
        and (a.period == b.period or a.period is None or b.period is None)
        and all(e.start != b.evidence[0].start for e in a.evidence)
    )


# Units of weapons counted that name the same thing ("14 F-35 jets", then "the 14 aircraft"),
# and units that may stand for any weapon ("systems")
_AIRCRAFT_UNITS = words_of_kind("count_units.tsv", "aircraft", word="unit")
_ANY_UNITS = words_of_kind("count_units.tsv", "any", word="unit")


def _same_kind(a: str, b: str) -> bool:
    """Whether two counts' units may count the same weapons (not "48 howitzers" and "48
    jets")."""
    return a == b or {a, b} <= _AIRCRAFT_UNITS or bool({a, b} & _ANY_UNITS)


# How far a figure given rounded in one sentence may lie from the exact figure in another
# ("exceeded $155 million" in the lead, "$155.1 million" in the quote; "$3bn" in a headline,
# "$3.05bn" in the text): one figure.
_ROUNDED_SPREAD = 0.02


def _rounded(a: Measure, b: Measure) -> bool:
    """Whether one of two figures in the same unit is the other, rounded: within 2 %, with
    fewer significant digits."""
    return (
        a.unit == b.unit
        and abs(a.value - b.value) <= _ROUNDED_SPREAD * max(a.value, b.value)
        and _digits(a.value) != _digits(b.value)
    )


def _digits(value: float) -> int:
    """How many significant digits ``value`` is given with (155e6: 3, 155.1e6: 4)."""
    return len(f"{value:.12g}".split("e")[0].replace(".", "").strip("0"))


# ---------------------------------------------------------------- money


# "a sale valued at 2.75 billion", "worth 900 million": words that say the amount after
# them is money, whatever currency the text leaves out
_VALUED_BEFORE = re.compile(
    r"\b(?:valued\s+at|worth|value\s+of|totall?ing|amounting\s+to|priced\s+at)\s+"
    r"(?:(?:about|around|approximately|nearly|some|over|almost|roughly|more\s+than"
    r"|up\s+to|an\s+estimated)\s+)?$",
    re.I,
)


_VALUED = re.compile(r"\b(?:valued|worth|value|totall?ing|amounting|priced)\b", re.I)


def _valued_amounts(reading: Reading, view: SentenceView, quantities: list[Quantity]):
    """An amount the text values in words without a currency ("a sale valued at 2.75
    billion") is in the currency the article gives its other amounts in (none when it gives
    none)."""
    out = []
    for q in quantities:
        if is_bare_amount(view.text, q) and _VALUED_BEFORE.search(view.text[: q.start]):
            currency = _document_currency(reading)
            if currency is not None:
                q = replace(q, currency=currency)
        out.append(q)
    return out


def _document_currency(reading: Reading) -> str | None:
    """The currency the article gives most of its amounts in."""
    found = Counter(
        q.currency
        for view in reading.sentences
        if _unit_cue()[0].search(view.text) or "USD" in view.text
        for q in find_quantities(view.text)
        if q.is_money
    )
    return found.most_common(1)[0][0] if found else None


def _money(reading, view: SentenceView, ctx, quantities, fallback_year) -> list[Measure]:
    if any(q.currency is None for q in quantities) and _VALUED.search(view.text):
        quantities = _valued_amounts(reading, view, quantities)
    money = [q for q in quantities if q.is_money]
    if not money:
        return []
    periods = sentence_periods(reading, view, fallback_year, ctx.flow_year(view))
    out: list[Measure] = []
    first: Sides | None = None  # the sides of the first amount (a ranking's items read them)
    for i, q in enumerate(money):
        previous = money[i - 1] if i else None
        if _not_a_figure(view.text, q, previous) or _broken_decimal(reading, view, q):
            continue
        if _said_again(view.text, q, money[:i]):
            continue
        # actors first: a figure nobody's is dropped before the parse is asked for
        sides = _gapped(view, ctx, q, previous, out) or money_actors(
            reading, view, ctx, q, money, first
        )
        if i == 0:
            first = sides
        if not sides.actors:
            continue
        metric = _metric(view, ctx, q, previous, out)
        if metric in (None, NO_METRIC) or (
            bracketed_dollars(view.text, q, previous) and not _both_kept(metric, previous)
        ):
            continue
        if is_target(view.text, q, metric) and not is_base_of_aim(view.text, q, money):
            ctx.note_plan(view, sides.actors, metric)  # a plan still says what the text is on
            continue
        if not sides.hold_for(metric):
            continue
        actors = _parsed_sides(view, ctx, q, metric) or sides.actors
        if metric != "bilateral_trade" and _wider_total(view, ctx, q, money, actors):
            continue
        period = _period(view, ctx, q, money, periods, fallback_year, metric, actors)
        if _projected_flow(view, metric) and _after_publication(reading, period):
            ctx.note_plan(view, actors, metric)  # "trade is set to reach $100bn in 2030"
            continue
        out.append(
            Measure(
                actors=list(dict.fromkeys(actors)),
                metric=metric,
                value=q.value,
                unit=_unit(reading, view, q),
                period=period,
                evidence=[view.evidence()],
                confidence=0.7 if metric == "bilateral_trade" else 0.5,
            )
        )
    return out


def _parsed_sides(view: SentenceView, ctx, q: Quantity, metric: str) -> list[str] | None:
    """The giver and the receiver of an amount handed over, from the parse, in a sentence
    that names more actors than the two (``measure_roles.py``)."""
    if len(view.text) >= FIGURE_PARSED_CHARS:
        return None
    mentions = ctx.actor_mentions(view, orgs=True)
    if len({m.code for m in mentions}) < 2:
        return None
    if metric in GIVEN_METRICS:
        return parsed_sides(view, q, mentions)
    if metric in _ANNUAL_METRICS and len({m.code for m in mentions}) > 2:
        # "Tokayev told his Uzbek counterpart that trade between Kazakhstan and Russia ...":
        # the phrase of the flow names its two sides among more
        return parsed_flow_sides(view, q, mentions)
    return None


def _projected_flow(view: SentenceView, metric: str) -> bool:
    """Whether a figure is a flow of trade, which a year still to come cannot have (a host
    payment agreed for a later year is a figure)."""
    return metric in _ANNUAL_METRICS and not pays_for_foreign_forces(view.text)


def _after_publication(reading: Reading, period: str | None) -> bool:
    """Whether a flow is dated after the year the text was published: a projection, no
    figure."""
    pub = reading.published_date
    return bool(period) and pub is not None and int(period[:4]) > pub.year


def _both_kept(metric: str, previous: Quantity) -> bool:
    """ "Sh144bn ($1.8bn)": a figure stays in the currency given first. China's customs give
    trade in yuan and in dollars, both official; news repeats both, and both are kept."""
    return metric == "bilateral_trade" and previous.currency == "CNY"


def _period(
    view: SentenceView, ctx, q: Quantity, money, periods, fallback_year, metric: str, actors
) -> str | None:
    """The figure's period: one its sentence gives, else (for a yearly flow) the period of
    the same pair's flow in the sentence just before ("Trade reached $5bn in March. Exports
    to Iran were $3bn."), else the headline's year, unless the sentence dates itself by a
    fiscal year or follows a figure dated by a part of a year ("In the first quarter, trade
    came to $5bn. Exports rose to $3bn."), whose span it continues."""
    period = nearest_period(view.text, q, money, periods)
    if period is None:
        period = _period_referred_to(view, ctx, fallback_year)
    if period is None and _IN_THE_SAME_PERIOD.search(view.text):
        period = ctx.flow_period(view, actors, same_pair=False)
    if period is None and metric in _ANNUAL_METRICS and not own_year_phrase(view.text):
        period = ctx.flow_period(view, actors)
    if period == OPEN:
        ctx.open_index = view.index
    elif (
        period is None
        and metric in _ANNUAL_METRICS
        and not own_year_phrase(view.text)
        and view.index - ctx.open_index > _OPEN_SPAN_SENTENCES
    ):
        period = fallback_year.get()
    return period or None  # OPEN: dated only by part of a year


# "It stood at $65bn with China in the same period": the period of the flow just before (not
# "compared with the same period of 2023", the base of a comparison)
_IN_THE_SAME_PERIOD = re.compile(
    r"(?<!compared )(?<!than )(?<!with )(?<!to )\b(?:in|during|over)\s+the\s+same\s+period\b"
    r"(?!\s+(?:of|in|last|a\s+year))",
    re.I,
)


# "... reached $8.2bn that month", "in the same year": the month or year the sentence before
# named
_THAT_SPAN = re.compile(r"\b(?:that|the\s+same)\s+(?P<span>month|year)\b", re.I)


def _period_referred_to(view: SentenceView, ctx, fallback_year) -> str | None:
    """The month (or year) that "that month" ("the same year") in the sentence points back
    to: the last one the sentence before names."""
    found = _THAT_SPAN.search(view.text)
    the_period = found is None and _THE_PERIOD.search(view.text)
    if (found is None and not the_period) or view.index == 0:
        return None
    before = ctx.reading.sentences[view.index - 1]
    named = [p for _, _, p in sentence_periods(ctx.reading, before, fallback_year) if p]
    if the_period:
        # "exports for the period amounted to $4bn": the span the sentence before dated
        # its figure by, the first it names (the later ones are compared with)
        return named[0] if named else None
    size = 7 if found.group("span").lower() == "month" else 4
    named = [p for p in named if len(p) == size]
    return named[-1] if named else None


# "exports for the period amounted to", "during the reporting period": the period the
# sentence before gave
_THE_PERIOD = re.compile(
    r"\b(?:for|in|during|over)\s+the\s+(?:reporting\s+|review\s+|said\s+)?period\b"
    r"(?!\s+(?:of|from|between|to|since|under|when|in|ending|ended)\b)",
    re.I,
)


# Flows counted over a year take the headline's year; a deal, a loan or a package is dated
# by its own sentence ("comes after Chile's order in 2015 of 12 frigates" dates no later deal).
_ANNUAL_METRICS = frozenset({"bilateral_trade", "other"})


# How many sentences after a part-year figure its span still holds.
_OPEN_SPAN_SENTENCES = 2


def _gapped(view: SentenceView, ctx, q: Quantity, previous, found: list[Measure]):
    """ "Russia supplied $406m in arms, China $267m": the state before a figure whose verb
    is left out gives it, to the receiver of the figure before it (the side that is not
    that figure's giver: its own gapped state, or the state named nearest before it).
    ``found``: this sentence's figures."""
    if previous is None or not found or len(found[-1].actors) != 2 or in_ranking(view, q):
        return None
    mentions = ctx.state_mentions(view)
    owned = _owner_again(view, q, previous, found[-1].actors, ctx.actor_mentions(view, orgs=True))
    if owned is not None:
        return owned
    giver = gapped_giver(view, q, mentions)
    if giver is None:
        return _listed_source(view, q, previous, found[-1].actors, mentions)
    last = found[-1].actors
    before = [m for m in mentions if m.end - view.start <= previous.start and m.code in last]
    chained = gapped_giver(view, previous, mentions)  # "..., China $267m and India $51m"
    last_giver = chained if chained is not None and chained.code in last else None
    last_giver = last_giver or (before[-1] if before else None)
    if last_giver is None:
        return None
    receiver = last[1] if last[0] == last_giver.code else last[0]
    return Sides([giver.code, receiver]) if giver.code != receiver else None


# "..., whereas that with the US fell to", "while those to Japan came to": the noun of the
# figure before, of the same owner, with another partner
_THAT_WITH = re.compile(
    r"\b(?:that|those)\s+(?:[a-z-]+\s+)?(?:with|to|from|into)\s+(?:the\s+)?$", re.I
)
_PARTNER_BEFORE = re.compile(r"\b(?:with|to|from|into)\s+(?:the\s+)?$", re.I)


def _owner_again(view: SentenceView, q: Quantity, previous, last: list[str], mentions):
    """ "China's trade with the EU hit 2.75tn yuan, whereas that with the US fell to 2.25tn":
    the state after "that with" is the partner of the owner of the figure before (the side
    of that figure no "with" names)."""
    gap_start = previous.end
    partner = next(
        (
            m
            for m in mentions
            if gap_start <= m.start - view.start < q.start
            and _THAT_WITH.search(view.text[gap_start : m.start - view.start])
        ),
        None,
    )
    if partner is None or partner.code in last:
        return None
    named_as_partner = {
        m.code
        for m in mentions
        if m.end - view.start <= previous.start
        and _PARTNER_BEFORE.search(view.text[: m.start - view.start])
    }
    owners = [c for c in last if c not in named_as_partner]
    return Sides([owners[0], partner.code]) if len(owners) == 1 else None


# "... from Russia, " or "... from China and ": the figure before came from a named source
_FROM_THEN_NEXT = re.compile(r"\bfrom\s[^,;]*(?:,|\band)\s*$", re.I)


def _listed_source(view: SentenceView, q: Quantity, previous, last: list[str], mentions):
    """ "$406m from Russia, $267m from China": in a list of figures each followed by its
    source, each goes from its own source to the receiver of the figure before it (the
    side of that pair no "from" of this sentence names)."""
    giver = source_after(view, q, mentions)
    gap = view.text[previous.end : q.start]
    if giver is None or len(gap) > 150 or not _FROM_THEN_NEXT.search(gap):
        return None
    sources = {
        m.code
        for m in mentions
        if re.search(r"\bfrom\s+(?:the\s+)?$", view.text[: m.start - view.start])
    }
    receivers = [c for c in last if c not in sources]
    if len(receivers) != 1 or receivers[0] == giver.code:
        return None
    return Sides([giver.code, receivers[0]])


def _wider_total(view: SentenceView, ctx, q: Quantity, money, actors: list[str]) -> bool:
    """ "a $95bn package, including $61bn for Ukraine": a total that covers more than the
    pair of its part. "$12bn in aid, including $5bn in loans" names no other side: the
    total is the pair's own figure too."""
    if not is_aggregate(view.text, q, money):
        return False
    part = next(o for o in money if o.start > q.end)
    return len(actors) < 2 or any(
        m.start - view.start > part.start for m in ctx.state_mentions(view)
    )


# Currencies several states share a name for ("Rs", "crowns"): the code by state, and the
# code when the text names none of them
_SHARED_NAMES = {
    "RS": ({"PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "IND": "INR"}, "INR"),
    "CROWN": ({"SWE": "SEK", "NOR": "NOK", "DNK": "DKK", "CZE": "CZK", "ISL": "ISK"}, "SEK"),
}


def _metric_of_bracketed(text: str, q: Quantity, previous, found: list[Measure]):
    """ "1.74 trillion yuan ($237 billion)": the bracketed amount measures what the one
    before it measures."""
    if previous is None or not found or not opens_bracket(text[previous.end : q.start]):
        return None
    return found[-1].metric


def _converted(text: str, q: Quantity, previous, metric: str) -> bool:
    """ "15bn yuan ($2.1bn)" for a loan: the same amount again, in dollars."""
    return metric != "bilateral_trade" and bracketed_dollars(text, q, previous)


def _broken_decimal(reading: Reading, view: SentenceView, q: Quantity) -> bool:
    """ "a surplus of 42. 5 billion dollars": a sentence cut inside a number leaves its
    tail ("5 billion dollars") as a sentence of its own; no figure."""
    return not view.text[: q.start].strip() and bool(
        re.search(r"\d\.\s*$", reading.text[max(0, view.start - 8) : view.start])
    )


# An amount below this is a price or a typo ("$9.551 worth of goods" with its scale lost).
_LEAST_AMOUNT = 1000.0


# How many characters before two equal amounts must read the same for the second to be the
# first again
_REPEAT_REACH = 12


def _said_again(text: str, q: Quantity, earlier: list[Quantity]) -> bool:
    """The same amount in the same words again within one run of text ("... rose to $13.7bn
    in Q1 ... rose to $13.7bn in Q1", where a page repeats its headline and lead with no stop
    between them): one figure. "$2bn in cash and $2bn in fuel" are two."""
    words = text[max(0, q.start - _REPEAT_REACH) : q.start].lower()
    return any(
        o.value == q.value
        and o.currency == q.currency
        and text[max(0, o.start - _REPEAT_REACH) : o.start].lower() == words
        for o in earlier
    )


def _not_a_figure(text: str, q: Quantity, previous: Quantity | None) -> bool:
    return (
        q.value < _LEAST_AMOUNT
        or is_conversion(text, q, previous)
        or is_threshold(text, q)
        or is_upper_bound(text, q)
        or is_size_of_body(text, q)
        or is_change(text, q)
        or is_unit_price(text, q)
        or is_remainder(text, q)
        or is_domestic_budget(text)
    )


# "..., and a further $500m as bonds", "and $267m from China": one more of the same
_CONJUNCT_GAP = re.compile(
    r"\b(?:and|or)\s+(?:(?:a\s+further|another|an\s+additional|a\s+second|a\s+third|also)\s+)?$",
    re.I,
)


def _metric(view: SentenceView, ctx, q: Quantity, previous, found: list[Measure]):
    bracketed = _metric_of_bracketed(view.text, q, previous, found)
    if bracketed:
        return bracketed
    same_sentence = bool(found) and found[-1].evidence[0].start == view.start
    metric = money_metric(
        view.text,
        q,
        view.start,
        parse_of=lambda: figure_parse(view),
        conjunct=_metric_of_conjunct(view, q, previous, found),
        previous=found[-1].metric if same_sentence and previous is not None else None,
        previous_end=previous.end if previous is not None else 0,
    )
    if metric in (NO_METRIC, None) and _arms_deal_before(view, ctx, q):
        return "arms_value"  # "... a deal to export tanks to Poland. The deal is worth $5.7bn"
    if metric == NO_METRIC:
        return None  # "a $25bn economic agreement": its own noun, no metric carried over
    if metric == "other" and _batch_by_companies(view.text, q):
        return None  # "Chinese and Kenyan firms signed 20 agreements worth $3bn": no states'
    if metric in _TRADE_METRICS and _ONE_WAY.search(view.text[q.end : q.end + 60]):
        return "other"  # "of which $61bn was Russian exports to India": one side's flow
    if metric == "bilateral_trade" and _ONE_DIRECTION.search(view.text[: q.start]):
        return "other"  # "trade in the other direction was only $4bn"
    if metric == "other" and _ARMS_FLOW.search(view.text):
        return "arms_value"  # "approved exports worth EUR94m", of "arms exports to Israel"
    if metric in _PAYMENT_METRICS and pays_for_foreign_forces(view.text):
        return "other"  # "Seoul will pay $1bn for the upkeep of US troops": no aid, no arms
    if metric == "arms_value" and _given_for_nothing(view.text, q):
        return "aid_value"  # "Germany will give Ukraine weapons worth EUR500m": aid
    if metric == "bilateral_trade" and previous is not None and not trade_head_after(view.text, q):
        # "Trade hit $65bn, of which Russian oil made up $46bn": the part after the total
        return _part_of_trade(view, previous.end)
    if metric or _OWN_NOUN.search(view.text[max(0, q.start - 90) : q.start]):
        return metric  # "reserves stood at $11bn": its own noun, no metric carried over
    inherited = ctx.inherited_metric(view)
    if inherited == "bilateral_trade":
        return _part_of_trade(view, 0)
    return inherited or handed_metric(view.text, q)


# "20 agreements worth", "documents valued at", "$3bn in deals": the worth of a batch of
# documents signed (metric_heads.tsv: other)
_BATCH_BEFORE = re.compile(
    r"\b(?:agreements|accords|deals|documents)\s*,?\s*(?:worth|valued\s+at|totall?ing"
    r"|amounting\s+to)(?:\s+[a-z]+){0,2}\s*$",
    re.I,
)
_BATCH_AFTER = re.compile(
    r"^\s*(?:in|of|worth\s+of)\s+(?:[a-z-]+\s+)?(?:agreements|accords|deals|documents)\b", re.I
)
_BUSINESS_WORDS = en.BUSINESS_WORDS


def _batch_by_companies(text: str, q: Quantity) -> bool:
    """Whether the figure is the worth of a batch of documents that companies or business
    people signed ("Chinese and Kenyan firms signed 20 agreements worth $3bn", "business
    leaders inked 40 deals worth"): deals of no states, no figure between states (the studied
    gold leaves them out)."""
    before = text[: q.start]
    if not (_BATCH_BEFORE.search(before) or _BATCH_AFTER.match(text[q.end :])):
        return False
    # the signers: the words just before, in the figure's clause ("on the sidelines of a
    # business forum, Egypt and Greece signed ..." is the states' batch)
    clause = re.split(r"[,;:]", before)[-1]
    words = re.findall(r"[a-z]+", clause.lower())[-_SIGNER_REACH:]
    return any(is_company_noun(w) or w in _BUSINESS_WORDS for w in words)


# Words before a batch's figure in which its signers are named
_SIGNER_REACH = 10


# "The deal is worth", "the contract, valued at": a deal the sentence before spoke of
_THE_DEAL = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?(?:deal|contract|agreement|order)\b"
    r"[^.;$£€¥]{0,40}$"
)


def _arms_deal_before(view: SentenceView, ctx, q: Quantity) -> bool:
    """Whether the figure prices "the deal" its clause names, and the sentence before (of
    no figure of its own) spoke of a deal for weapons: an arms deal priced a sentence later."""
    if view.index == 0 or not _THE_DEAL.search(view.text[: q.start]):
        return False
    before = ctx.reading.sentences[view.index - 1].text
    return bool(re.search(r"\b(?:deal|contract|agreement|order)", before)) and weapon_context(
        before
    )


@cache
def _gift_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    gift, sale = (words_pattern("gift_cues.tsv", kind) for kind in ("gift", "sale"))
    return re.compile(rf"\b(?:{gift})\b", re.I), re.compile(rf"\b(?:{sale})\b", re.I)


_GIFT_CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|,\s*but\b|\.\s", re.I)


def _given_for_nothing(text: str, q: Quantity) -> bool:
    """Whether the clause of an amount of weapons says they are given (a weapons package,
    weapons donated or given), and nothing in it speaks of a sale, a purchase or a deal
    (``gift_cues.tsv``)."""
    breaks = [0, *(m.end() for m in _GIFT_CLAUSE_BREAK.finditer(text)), len(text)]
    lo = max(b for b in breaks if b <= q.start)
    hi = min((b for b in breaks if b > q.end), default=len(text))
    clause = text[lo:hi]
    gift, sale = _gift_cues()
    return bool(gift.search(clause)) and not sale.search(clause)


def _part_of_trade(view: SentenceView, since: int) -> str | None:
    """The metric of a figure with no head noun of its own after a two-way trade figure (in
    the sentence before, or before ``since`` in its own sentence): a share of it
    ("Of this, $46bn was crude") is no figure, one side's goods ("India spent $46bn on
    Russian oil", "Russian oil made up $46bn of it") a one-way flow, anything else the total
    again."""
    share, goods = _trade_part_cues()
    for m in view.mentions:
        at = m.end - view.start
        if m.kind == "demonym" and at > since and goods.match(view.text, at):
            return "other"
    return None if share.search(view.text, since) else "bilateral_trade"


@cache
def _trade_part_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    share, goods, time = (
        words_pattern("trade_part_cues.tsv", kind) for kind in ("share", "goods", "time")
    )
    return (
        # "of this year", "of that month": a time, no share of the total
        re.compile(rf"\b(?:{share})\b(?!\s+(?:{time})\b)", re.I),
        re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{goods})\b", re.I),
    )


_TRADE_METRICS = frozenset({"bilateral_trade", None})
# "arms exports", "defence equipment", "exports of weapons": a one-way flow of weapons, whose
# value is an arms value (gold-schema conventions), wherever the sentence names it
_ARMS_FLOW = re.compile(
    r"\b(?:arms|weapons?|weaponry|defen[cs]e|military)\s+(?:exports?|imports?|equipment|sales)\b"
    r"|\b(?:exports?|imports?|sales)\s+of\s+(?:arms|weapons|weaponry)\b",
    re.I,
)
# "$61bn was Russian exports", "$5bn were imports of oil": the flow a figure is, named after it
_ONE_WAY = re.compile(
    r"^\s*(?:was|were|is|are|came\s+from|consisted\s+of)\s+(?:the\s+)?"
    r"(?:[A-Za-z-]+\s+){0,2}?(?:exports|imports|purchases|shipments|deliveries)\b",
    re.I,
)
# "trade in the other direction", "one-way trade": a flow that goes one way only
_ONE_DIRECTION = re.compile(
    r"\b(?:(?:in|going|flowing)\s+the\s+(?:other|opposite|reverse)\s+(?:direction|way)"
    r"|one-way)\b[^.;$£€¥]{0,40}$",
    re.I,
)


# What a host's payment for foreign forces may be read as, wrongly, from its nouns or from
# none ("pay" in a sentence of weapons words, "contribute" of no metric)
_PAYMENT_METRICS = frozenset({"aid_value", "arms_value", None})


# A figure's own noun that names no metric of the schema: no metric carries over to it
# "reserves stood at $11bn", "bank deposits soared to Rs31tn": a state's own stock
_OWN_NOUN = re.compile(r"\b(?:reserves?|bank\s+deposits)\b[^.;$£€¥]*$", re.I)


# "..., and it declined to": a clause whose subject is the figure before's own noun
_PRONOUN_SUBJECT = re.compile(
    r"(?:,|\band|\bbut|\bbefore|\bthen)\s+(?:and\s+)?it\s+(?:\w+\s+){0,2}?(?:to|at)\s*$",
    re.I,
)


# "..., while those to the US rose to": the noun of the figure before, with another partner
_PRONOUN_HEAD = re.compile(r"\b(?:those|that)\s+(?:to|from|with|into)\s", re.I)


def _metric_of_conjunct(view, q: Quantity, previous, found: list[Measure]):
    """ "..., and a further $500m as bonds": a conjunct measures what the amount before it
    does (the parse finds the rest of the conjuncts)."""
    if previous is None or not found or found[-1].evidence[0].start != view.start:
        return None
    gap = view.text[previous.end : q.start]
    if (_PRONOUN_SUBJECT.search(gap) or _PRONOUN_HEAD.search(gap)) and len(gap) < 200:
        # "trade hit $15bn in 2022, and it fell to $11bn in 2023"; "exports to China fell
        # to EUR97bn, while those to the US rose to EUR158bn"
        return found[-1].metric
    if _CONJUNCT_GAP.search(gap) and len(gap) < 120 and not re.search(r"[;:]", gap):
        return found[-1].metric
    return None


def _unit(reading: Reading, view: SentenceView, q: Quantity) -> str:
    if q.currency == "CNY" and "¥" in q.text:
        # "¥": yen in an article about Japan that names China less, yuan otherwise
        named = Counter(m.code for v in reading.sentences for m in v.mentions)
        return "JPY" if named["JPN"] > named["CHN"] else "CNY"
    if q.currency not in _SHARED_NAMES:
        return q.currency or "USD"
    # "Rs", "crowns": the currency of the one such state the figure's sentence names, else
    # of the one the article names most
    codes, default = _SHARED_NAMES[q.currency]
    own = {m.code for m in view.mentions if m.code in codes}
    if len(own) == 1:
        return codes[own.pop()]
    named = Counter(m.code for v in reading.sentences for m in v.mentions if m.code in codes)
    return codes[named.most_common(1)[0][0]] if named else default
