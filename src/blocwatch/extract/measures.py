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
from functools import cache

from ..model import Claim, Measure
from .dates import MONTHS
from .measure_actors import MeasureContext, count_actors, money_actors
from .metric_heads import count_head, count_nouns, money_metric
from .quantities import Quantity, currency_words, find_quantities
from .reading import Reading, SentenceView

# A sentence is read for figures when it holds a digit, a spelled-out number with a scale
# ("two million"), or one before the noun it counts ("six frigates"); "one of the two
# countries" is not worth the work.
_SPELLED = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|dozen)"
)


@cache
def _unit_cue() -> re.Pattern[str]:
    """A currency, or a noun a figure may count: without one, a number is a date or an age."""
    symbols = "".join(re.escape(c) for c in currency_words() if not c[0].isalpha())
    words = [w for w in currency_words() if w[0].isalpha()] + count_nouns()
    words += ["contingent", "detachment", "battalion", "brigade", "strong", "them", "total"]
    words += ["number", "figure", "count"]
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"[{symbols}]|\b(?:{alternation})\b", re.I)


@cache
def _figure_cue() -> re.Pattern[str]:
    heads = "|".join(sorted(count_nouns(), key=len, reverse=True))
    return re.compile(
        rf"\d|\b{_SPELLED}\b(?:[\s-]+\S+){{0,3}}?[\s-]+(?:thousand|million|billion|trillion"
        rf"|crore|lakh|{heads})\b",
        re.I,
    )


def read_measures(reading: Reading, claims: list[Claim]) -> list[Measure]:
    """Figures the document states, each with its evidence."""
    out: list[Measure] = []
    ctx = MeasureContext.of(reading, claims)
    fallback_year = _HeadlineYear(reading)
    for view in reading.sentences:
        ctx.topic(view)
        if not _figure_cue().search(view.text) or not _unit_cue().search(view.text):
            continue
        ctx.enter(view)
        quantities = find_quantities(view.text)
        found = _money(reading, view, ctx, quantities, fallback_year)
        found += _counts(reading, view, ctx, quantities)
        found += _troops_spoken_of(reading, view, ctx)
        if found:
            ctx.remember(view, found[-1])
        out.extend(found)
    return _without_repeats(out)


def _without_repeats(measures: list[Measure]) -> list[Measure]:
    """One measure per figure: a figure stated again in another sentence keeps both sentences
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
    return out


def _same_figure(a: Measure, b: Measure) -> bool:
    return (
        set(a.actors) == set(b.actors)
        and a.metric == b.metric
        and a.value == b.value
        and (a.period == b.period or a.period is None or b.period is None)
        and all(e.start != b.evidence[0].start for e in a.evidence)
    )


# ---------------------------------------------------------------- money


def _money(reading, view: SentenceView, ctx, quantities, fallback_year) -> list[Measure]:
    money = [q for q in quantities if q.is_money]
    if not money:
        return []
    periods = _periods(reading, view, fallback_year)
    out: list[Measure] = []
    for i, q in enumerate(money):
        previous = money[i - 1] if i else None
        if _not_a_figure(view.text, q, previous):
            continue
        # actors first: a figure nobody's is dropped before the parse is asked for
        sides = money_actors(reading, view, ctx, q, money)
        if not sides.actors:
            continue
        metric = _metric(view, ctx, q, previous, out)
        if metric is None or _is_target(view.text, q, metric):
            continue
        if not sides.hold_for(metric):
            continue
        actors = sides.actors
        if metric != "bilateral_trade" and _is_aggregate(view.text, q, money):
            continue
        period = _nearest_period(view.text, q, money, periods) or fallback_year.get()
        out.append(
            Measure(
                actors=actors,
                metric=metric,
                value=q.value,
                unit=_unit(reading, q),
                period=period,
                evidence=[view.evidence()],
                confidence=0.7 if metric == "bilateral_trade" else 0.5,
            )
        )
    return out


_RUPEE = {"PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "IND": "INR"}


def _metric_of_bracketed(text: str, q: Quantity, previous, found: list[Measure]):
    """ "1.74 trillion yuan ($237 billion)": the bracketed amount measures what the one
    before it measures."""
    if previous is None or not found or text[previous.end : q.start].strip() != "(":
        return None
    return found[-1].metric


def _not_a_figure(text: str, q: Quantity, previous: Quantity | None) -> bool:
    return (
        _is_conversion(text, q, previous)
        or _is_threshold(text, q)
        or _is_change(text, q)
        or _is_unit_price(text, q)
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
        parse_of=lambda: view.parse() if len(view.text) < _PARSED_CHARS else None,
        conjunct=_metric_of_conjunct(view, q, previous, found),
        previous=found[-1].metric if same_sentence and previous is not None else None,
        previous_end=previous.end if previous is not None else 0,
    )
    return metric or ctx.inherited_metric(view)


# Longer sentences are tables or run-on text: the head is read from the words alone.
_PARSED_CHARS = 600


def _metric_of_conjunct(view, q: Quantity, previous, found: list[Measure]):
    """ "..., and a further $500m as bonds": a conjunct measures what the amount before it
    does (the parse finds the rest of the conjuncts)."""
    if previous is None or not found or found[-1].evidence[0].start != view.start:
        return None
    gap = view.text[previous.end : q.start]
    if _CONJUNCT_GAP.search(gap) and len(gap) < 120 and not re.search(r"[;:]", gap):
        return found[-1].metric
    return None


def _unit(reading: Reading, q: Quantity) -> str:
    if q.currency != "RS":
        return q.currency or "USD"
    # "Rs": the rupee of the rupee country the article names most
    named = Counter(m.code for v in reading.sentences for m in v.mentions if m.code in _RUPEE)
    return _RUPEE[named.most_common(1)[0][0]] if named else "INR"


_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(|,\s*(?:or|equal to|equivalent to|roughly|about|around|nearly|approximately|"
    r"some|worth)\b|(?:or|equal to|equivalent to)\b)(?:\s*(?:nearly|about|roughly|around|"
    r"approximately|some|over|almost))?\s*$",
    re.I,
)


_CONVERSION_END = re.compile(
    r",\s*(?:roughly|about|around|or|nearly|approximately|equal to|equivalent to)"
    r"(?:\s+(?:nearly|about|roughly|around|approximately|some|over|almost))?\s*$",
    re.I,
)


def _is_conversion(text: str, q: Quantity, previous: Quantity | None) -> bool:
    """ "13 billion yen ($100 million)", "$1bn, equal to nearly Rs290bn": the same amount
    in another currency adds no fact."""
    if previous is None:
        return False
    gap = text[previous.end : q.start]
    if gap.strip() == "(" and q.currency == "USD" and previous.currency != "USD":
        return False  # "1.74 trillion yuan ($237 billion)": the text gives both, keep both
    if _CONVERSION_GAP.match(gap):
        return True
    # "Rs85 billion worth of oil, roughly $300 million": another currency, just after
    return previous.currency != q.currency and len(gap) < 60 and bool(_CONVERSION_END.search(gap))


def _is_threshold(text: str, q: Quantity) -> bool:
    """ "crossed the $10 billion mark": a threshold, not a figure."""
    return bool(re.match(r"\s*(?:mark|threshold|barrier|level)\b", text[q.end :], re.I))


# Words that make a figure an aim, whatever it measures ...
def _is_change(text: str, q: Quantity) -> bool:
    """ "imports dropped by $109 billion", "11 billion less than": a change, not a level."""
    return bool(
        re.search(r"\bby\s*$", text[: q.start], re.I)
        or re.match(r"\s*(?:less|more|lower|higher)\s+than\b", text[q.end :], re.I)
    )


def _is_unit_price(text: str, q: Quantity) -> bool:
    """ "(~$39.6m - launcher)", "$2m each", "$5m per jet": the price of one item."""
    return bool(
        re.match(r"\s*(?:-|–|each\b|apiece\b|per\s|a\s+(?:piece|unit)\b)", text[q.end :], re.I)
    )


_TARGET_WORDS = (
    r"goal|goals|target|targets|targeted|aim|aims|aiming|aimed|seek|seeks|seeking|sought"
    r"|request|requests|requested|asked|asking|proposed|proposal"
)
# ... and, for trade and flows, projections and modality ("trade could reach $30bn"). A
# pledged aid package is a figure even when it is "expected to be announced".
_TRADE_TARGET_WORDS = (
    r"plan|plans|planned|planning|potential|projected|projection|projections|forecast"
    r"|forecasts|expected|expects|expect|hope|hopes|hoped|want|wants|could|might|may"
    r"|envisage|envisages|envisaged|would"
)
# "raise trade to $200bn", "bring turnover to $30bn": a growth verb and "to" just before it
_TRADE_GROWTH_TO = re.compile(
    r"\b(?:raise|raising|boost|boosting|bring|bringing|increase|increasing|double|doubling"
    r"|lift|lifting|take|taking|push|pushing|expand|expanding)\b(?:\s+\S+){0,6}?\s+to\s*$",
    re.I,
)
_TARGET_AFTER = re.compile(
    r"^[^.;$£€¥]{0,25}?\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b"
    r"|^[^.;$£€¥]{0,25}?\bin\s+the\s+(?:near|coming|next)\b",
    re.I,
)
_CLAUSE_OPEN = re.compile(r"[;:]|,\s*(?:while|but|and|whereas)\b|\bwhile\b|\bbut\b", re.I)


def _is_target(text: str, q: Quantity, metric: str) -> bool:
    """ "a goal of $200 billion by 2030", "could bring trade to $30bn": an aim, not a
    figure. The words count in the figure's clause, before it."""
    before = text[: q.start]
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(before)]
    clause = before[opens[-1] :] if opens else before
    if re.search(rf"\b(?:{_TARGET_WORDS})\b", clause, re.I):
        return True
    if metric not in ("bilateral_trade", "other"):
        return False
    return bool(
        re.search(rf"\b(?:{_TRADE_TARGET_WORDS})\b", clause, re.I)
        or _TRADE_GROWTH_TO.search(clause)
        or _TARGET_AFTER.match(text[q.end :])
    )


_INCLUDING = re.compile(r"^[^.;$£€¥]{0,60}?\b(?:including|of which)\b", re.I)


def _is_aggregate(text: str, q: Quantity, money: list[Quantity]) -> bool:
    """ "a $95 billion aid package, including $61 billion for Ukraine": the total covers more
    than the pair named; the part is their figure."""
    after = _INCLUDING.match(text[q.end :])
    return bool(after) and any(n.start >= q.end + after.end() for n in money)


# ---------------------------------------------------------------- counts

_NOT_DEPLOYED = re.compile(
    r"\b(?:killed|wounded|injured|dead|died|casualties|captured|lost|missing|deaths"
    r"|surrendered|defected|deserted)\b",
    re.I,
)
# "has lost 150,000 soldiers", "killed 30 fighters": losses, not a force sent
_LOSS_BEFORE = re.compile(
    r"\b(?:lost|losing|losses|killed|killing|wounded|captured|casualties|destroyed|eliminated"
    r"|downed|shot down)\b(?:\s+\S+){0,3}?\s*$",
    re.I,
)
# Weapons counts are figures of a transfer (sold, delivered, ordered, an aid package) ...
_TRANSFER = re.compile(
    r"\b(?:sell|sells|sold|sale|sales|deal|deals|deliver|delivers|delivered|delivery"
    r"|deliveries|supply|supplies|supplied|send|sends|sent|order|orders|ordered|buy|buys"
    r"|bought|acquire|acquired|acquisition|purchase|purchased|transfer|transferred|provide"
    r"|provided|providing|donate|donated|ship|shipped|shipment|package|aid|receive"
    r"|received|handed)\b",
    re.I,
)
# ... never of an attack or a loss
_ATTACK = re.compile(
    r"\b(?:launched|fired|shot down|intercepted|destroyed|downed|attacked|struck|hit"
    r"|lost|shelled|targeted)\b",
    re.I,
)
_COUNT_MODALITY = re.compile(
    r"\b(?:plan|plans|planned|planning|consider|considers|considering|proposal|proposed"
    r"|addition|adding|add|request|requested|asked|may|might|could|possible|potential"
    r"|want|wants|seek|seeks|would)\b",
    re.I,
)
_ABOUT = r"(?:(?:about|some|around|roughly|approximately|nearly|almost|up to|at least)\s+)?"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# "a first contingent of about 1,500": a count of troops without the noun after it
_CONTINGENT = re.compile(
    rf"\b(?:contingent|detachment|battalion|brigade)\s+of\s+{_ABOUT}{_NUM}\b(?!\s*(?:%|per))"
    # "a 1,200-strong peacekeeping contingent"
    rf"|(?<![\d,.]){_NUM.replace('num', 'strong')}-strong\s+(?:[a-z-]+\s+)?"
    rf"(?:force|forces|contingent|detachment|battalion|brigade|unit|mission|deployment)\b"
)


def _counts(reading, view: SentenceView, ctx, quantities: list[Quantity]) -> list[Measure]:
    out: list[Measure] = []
    for q in quantities:
        if q.is_money:
            continue
        found = count_head(view.text, q)
        if found is None:
            out.extend(_elliptical(view, q, out))
            continue
        head, noun_end = found
        if not _actual_count(view.text, q, noun_end, head.metric):
            continue
        actors = count_actors(reading, view, ctx, q, noun_end, head.metric)
        if actors:
            out.append(_count(view, head.metric, q.value, head.unit, actors))
    for m in _CONTINGENT.finditer(view.text):
        group = "num" if m.group("num") else "strong"
        value = float(m.group(group).replace(",", ""))
        q = Quantity(m.start(group), m.end(group), value, None, m.group(group))
        if count_head(view.text, q):
            continue  # "a brigade of 4,800 soldiers": counted with its noun already
        actors = count_actors(reading, view, ctx, q, q.end, "troops")
        if value >= 10 and actors:
            out.append(_count(view, "troops", value, "troops", actors))
    return out


# "six jets now, the remaining 36 later": a number standing for the noun counted before it
_ELLIPTICAL = re.compile(r"\b(?:the\s+remaining|the\s+other|another|a\s+further)\s+$", re.I)


def _elliptical(view: SentenceView, q: Quantity, found: list[Measure]) -> list[Measure]:
    """ "six jets now, while the remaining 36 will follow": the noun counted just before.
    "2,500 troops in Iraq and 900 in Syria": the same sender, another host."""
    if not found or found[-1].evidence[0].start != view.start:
        return []
    host = _elliptical_host(view, q)
    if host and len(found[-1].actors) == 2 and re.search(r"(?:\band|,)\s*$", view.text[: q.start]):
        last = found[-1]
        return [_count(view, last.metric, q.value, last.unit, [last.actors[0], host])]
    if not _ELLIPTICAL.search(view.text[: q.start]):
        return []
    if re.match(r"\s*(?:[a-z]+\s+){0,2}(?:of|per|percent|%)", view.text[q.end :], re.I):
        return []
    last = found[-1]
    return [_count(view, last.metric, q.value, last.unit, last.actors)]


def _elliptical_host(view: SentenceView, q: Quantity) -> str | None:
    m = re.match(r"\s+(?:in|to|into)\s+(?:the\s+)?", view.text[q.end :])
    if not m:
        return None
    at = view.start + q.end + m.end()
    return next((x.code for x in view.mentions if x.start == at), None)


def _actual_count(text: str, q: Quantity, noun_end: int, metric: str) -> bool:
    if re.search(r"\b[A-Z][A-Za-z-]*\s*$", text[: q.start]) and q.start > 0 and q.value < 100:
        return False  # "14 Challenger 2 tanks": the 2 is part of a model name
    if metric == "troops" and q.value < 10:
        return False  # "two soldiers were hurt": people, not a force
    if metric == "munitions_count" and (_ATTACK.search(text) or not _TRANSFER.search(text)):
        return False  # "Russia launched 40 drones": an attack, not a delivery
    if _NOT_DEPLOYED.search(text[noun_end : noun_end + 30].split(",")[0]):
        return False
    if _LOSS_BEFORE.search(text[max(0, q.start - 40) : q.start]):
        return False
    before = text[max(0, q.start - 80) : q.start]
    return not _COUNT_MODALITY.search(before)


def _count(view: SentenceView, metric: str, value: float, unit: str, actors) -> Measure:
    return Measure(
        actors=list(actors),
        metric=metric,
        value=value,
        unit=unit,
        period=None,
        evidence=[view.evidence()],
        confidence=0.6,
    )


# "some 10,000 of them": a count of the troops a sentence at most one back spoke of.
# "put the number there at 11,000": the same, as an estimate of that count.
_COUNTS_OF_THEM = (
    re.compile(rf"\b{_NUM}\s+of\s+them\b"),
    re.compile(
        rf"\b(?:put|puts|estimated|estimates|placed|places)\s+(?:the|their)\s+"
        rf"(?:number|figure|total|count)(?:\s+\w+){{0,3}}?\s+at\s+{_ABOUT}{_NUM}(?![\d,])"
    ),
    # "bringing the total to about 14,000"
    re.compile(
        rf"\b(?:bringing|brings|taking|takes|raising|raises)\s+the\s+(?:total|number|count)"
        rf"\s+to\s+{_ABOUT}{_NUM}(?![\d,])"
    ),
)
_TROOP_WORDS = re.compile(r"\b(?:troops|soldiers|servicemen)\b", re.I)


def _troops_spoken_of(reading: Reading, view: SentenceView, ctx) -> list[Measure]:
    out = []
    previous = reading.sentences[view.index - 1] if view.index > 0 else None
    for m in (m for pattern in _COUNTS_OF_THEM for m in pattern.finditer(view.text)):
        if _TROOP_WORDS.search(view.text[: m.start()]):
            source = view
        elif previous is not None and _TROOP_WORDS.search(previous.text):
            source = previous
        else:
            continue
        value = float(m.group("num").replace(",", ""))
        q = Quantity(m.start("num"), m.end("num"), value, None, m.group("num"))
        actors = (
            count_actors(reading, view, ctx, q, q.end, "troops")
            if source is view
            else ctx.claim_actors(source)
        )
        if value >= 10 and actors:
            out.append(_count(view, "troops", value, "troops", actors))
    return out


# ---------------------------------------------------------------- periods

_MONTH_ONLY = re.compile(
    r"\b[Ii]n\s+(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b(?!\s*\d)"
)


# A year after these words is a comparison ("doubled compared to 2021"), not the period.
_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|than|since|versus|vs\.?)\s*(?:in\s+)?$", re.I)
# ... and after these, a fiscal year ("FY2024"), never the period
_NOT_PERIOD = re.compile(r"(?:\bFY\s?|\bfiscal\s+(?:year\s+)?)$", re.I)
# "since 2011": where a running total starts, not its period ("since 2010, when" is one)
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
# "April-August", "January to November": a part of a year, whose period stays null.
_PART_YEAR = re.compile(
    rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS if len(m) > 3)})\s*(?:-|–|to|through)\s*"
    rf"(?:{'|'.join(m.capitalize() for m in MONTHS if len(m) > 3)})\b"
)


def _periods(reading: Reading, view: SentenceView, headline: _HeadlineYear):
    """(offset in the sentence, period) for each year or month the sentence names that can
    be a figure's period."""
    out = [
        (d.start - view.start, d.end - view.start, d.value)
        for d in reading.dates(view)
        if d.kind in ("year", "my")
        or (d.kind == "in_month" and d.value)
        or (d.kind == "relative" and len(d.value) == 4)
    ]
    months = list(_MONTH_ONLY.finditer(view.text))
    fallback_year = headline.get() if months else None
    if fallback_year:
        for m in months:
            if not any(abs(pos - m.start()) < 12 for pos, _, _ in out):
                month = MONTHS[m.group("month").lower()]
                out.append((m.start(), m.end(), f"{fallback_year}-{month:02d}"))
    part_year = [m.span() for m in _PART_YEAR.finditer(view.text)]
    kept = []
    for start, end, value in out:
        if any(lo - 4 <= start <= hi for lo, hi in part_year):
            continue
        if _COMPARED.search(view.text[:start]) and len(out) > 1:
            continue
        if (
            _NOT_PERIOD.search(view.text[:start])
            or _SINCE.search(view.text[:start])
            and not (re.match(r"\s*when\b", view.text[end:]))
        ):
            continue
        kept.append((start, end, value))
    return kept


def _nearest_period(text: str, q: Quantity, money: list[Quantity], periods) -> str | None:
    """The period nearest to a figure that no other figure stands between: in "$244.8
    billion, compared with $240.1 billion in 2023" the year belongs to the second. One just
    after the figure ("$500m in June 2012") wins over one as near before it."""
    best, best_dist = None, 10**9
    for start, end, period in periods:
        lo, hi = sorted((start, q.start))
        if any(o is not q and lo < o.start < hi for o in money):
            continue
        dist = start - q.end if start >= q.end else (q.start - end) * 2
        if start < q.start and _CLAUSE_OPEN.search(text[end : q.start]):
            dist += 200  # "in May 2011, and a further $500m ... in June 2012"
        if dist < best_dist:
            best, best_dist = period, dist
    if best_dist < 160:
        return best
    if len(periods) == 1 and best is not None:
        return best  # the one period the sentence gives
    return _opening_period(text, periods)


def _opening_period(text: str, periods) -> str | None:
    """ "In December alone, trade rose to $21.97bn, with imports of $10.67bn": a period that
    opens the sentence holds for all of its figures."""
    if not re.match(r"(?:In|During|For|Over)\b", text):
        return None
    opening = [period for pos, _, period in periods if pos <= 25]
    return opening[0] if opening else None


class _HeadlineYear:
    """The year the headline or lead gives, found on first use (most documents have no
    figure that needs it)."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self._value: str | None = None
        self._done = False

    def get(self) -> str | None:
        if not self._done:
            self._value, self._done = _headline_year(self.reading), True
        return self._value


def _headline_year(reading: Reading) -> str | None:
    for view in reading.sentences[:2]:
        for d in reading.dates(view):
            before = reading.text[view.start : d.start]
            if d.kind == "year" and not (_NOT_PERIOD.search(before) or _SINCE.search(before)):
                return d.value
    return None
