"""Reading figures: bilateral trade and other money values, troop numbers; values normalised
("$244.8 billion" -> 244.8e9 USD), with their period and the actors they are about."""

from __future__ import annotations

import re

from ..model import Claim, Measure
from .dates import MONTHS
from .reading import Reading, SentenceView
from .roles import codes, state_mentions

_SCALE = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
}
_SYMBOL = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "CNY"}
_CODE = {
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "cny": "CNY",
    "rmb": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "rubles": "RUB",
    "roubles": "RUB",
    "rupees": "INR",
    "yen": "JPY",
}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALES = r"(?P<scale>trillion|billion|million|thousand|tn|bn|mn|m|b|k)"
_MONEY_SYMBOL = re.compile(
    rf"(?P<sym>US\$\s?|\$|£|€|¥|\b(?:USD|EUR|GBP|CNY|RMB)\s?){_NUM}\s*{_SCALES}?\b(?!\s*%)",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(
    rf"\b{_NUM}\s*{_SCALES}\s+(?P<cur>yuan|renminbi|dollars|euros|pounds|rubles|roubles|rupees|yen)\b",
    re.IGNORECASE,
)
_ABOUT = r"(?:(?:about|some|around|roughly|approximately|nearly|almost|up to|at least)\s+)?"
_COUNTS = (
    # "11,000 troops", "10,000 North Korean soldiers"
    re.compile(rf"\b{_NUM}\s+(?:(?:North Korean|\w+)\s+)?(?:troops|soldiers|servicemen)\b"),
    # "a first contingent of about 1,500"
    re.compile(
        rf"\b(?:contingent|detachment|battalion|brigade)\s+of\s+{_ABOUT}{_NUM}\b(?!\s*(?:%|per))"
    ),
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


def read_measures(reading: Reading, claims: list[Claim]) -> list[Measure]:
    """Figures the document states, each with its evidence."""
    out: list[Measure] = []
    fallback_year = _headline_year(reading)
    last_pair: list[str] = []
    last_metric: tuple[int, str] | None = None  # (sentence index, metric) of the last figure
    for view in reading.sentences:
        if any(ch.isdigit() for ch in view.text):
            # "the two countries" names its pair anew, whatever pair came before
            last_pair = _pair_referred_to(reading, view) or last_pair
            inherited = last_metric[1] if last_metric and view.index - last_metric[0] <= 2 else None
            found, last_pair = _money(reading, view, fallback_year, last_pair, inherited)
            out.extend(found)
            if found:
                last_metric = (view.index, found[-1].metric)
            out.extend(_troops(reading, view, claims))
    return _without_repeats(out)


def _without_repeats(measures: list[Measure]) -> list[Measure]:
    """One measure per figure: a figure stated twice keeps both sentences as evidence."""
    kept: dict[tuple, Measure] = {}
    for m in measures:
        key = (frozenset(m.actors), m.metric, m.value, m.unit, m.period)
        if key in kept:
            kept[key].evidence.extend(e for e in m.evidence if e not in kept[key].evidence)
        else:
            kept[key] = m
    return list(kept.values())


def _pair_referred_to(reading: Reading, view: SentenceView) -> list[str]:
    """ "Trade between the two countries ...": the last two states the text named before."""
    low = view.text.lower()
    if not any(p in low for p in ("two countries", "two nations", "bilateral", "both countries")):
        return []
    seen: list[str] = []
    for prev in reversed(reading.sentences[max(0, view.index - 4) : view.index]):
        # any state named counts here, a place ("Russia's Far East") as much as an actor
        for m in reversed([m for m in prev.mentions if reading.lex.is_state(m.code)]):
            if m.code not in seen:
                seen.append(m.code)
    return seen[:2] if len(seen) >= 2 else []


def _money(reading: Reading, view: SentenceView, fallback_year, last_pair, inherited=None):
    cues = view.cues_of("metric_cues")
    if not cues and not inherited:
        return [], last_pair
    out = []
    actors = codes(state_mentions(reading, view))
    if len(actors) < 2 and last_pair and set(actors) <= set(last_pair):
        actors = list(last_pair)
    if len(actors) < 2:
        return [], last_pair
    actors = actors[:2]
    matches = _money_matches(view.text)
    periods = _periods(reading, view, fallback_year)
    for m in matches:
        start = view.start + m.start()
        metric = _metric(reading, view, start, cues) if cues else inherited
        if metric is None or _is_target(view.text, m):
            continue
        if metric != "bilateral_trade" and _is_aggregate(view.text, m, matches):
            continue
        value = _value(m)
        if value is None:
            continue
        unit = _unit(m)
        if unit != "USD" and view.text[: m.start()].rstrip().endswith("("):
            continue  # "£40 million (€47.4 million)": a conversion adds no fact
        period = _nearest_period(view.text, m, matches, periods) or fallback_year
        out.append(
            Measure(
                actors=list(actors),
                metric=metric,
                value=value,
                unit=unit,
                period=period,
                evidence=[view.evidence()],
                confidence=0.7 if metric == "bilateral_trade" else 0.5,
            )
        )
    return out, (actors if out else last_pair)


_TARGET_BEFORE = re.compile(
    r"\b(?:goal|target|aim|aims|plan|plans|seek|seeks|raise|raising|to reach)\b[^.$£€¥]{0,30}$",
    re.I,
)
_TARGET_AFTER = re.compile(r"^\s*(?:by|before)\s+(?:19|20)\d\d\b")


def _is_target(text: str, m: re.Match[str]) -> bool:
    """ "a goal of $200 billion by 2024": an aim, not a figure."""
    return bool(_TARGET_BEFORE.search(text[: m.start()]) or _TARGET_AFTER.match(text[m.end() :]))


_INCLUDING = re.compile(r"^[^.;$£€¥]{0,60}?\b(?:including|of which)\b", re.I)


def _is_aggregate(text: str, m: re.Match[str], matches: list[re.Match[str]]) -> bool:
    """ "a $95 billion aid package, including $61 billion for Ukraine": the total covers more
    than the pair named; the part is their figure."""
    after = _INCLUDING.match(text[m.end() :])
    return bool(after) and any(n.start() >= m.end() + after.end() for n in matches)


def _money_matches(text: str) -> list[re.Match[str]]:
    found = list(_MONEY_SYMBOL.finditer(text)) + list(_MONEY_WORD.finditer(text))
    return sorted(found, key=lambda m: m.start())


def _metric(reading: Reading, view: SentenceView, start: int, cues) -> str | None:
    before = [c for c in cues if c.end <= start]
    if before:
        return before[-1].value
    after = [c for c in cues if c.start >= start and c.start - start < 40]
    return after[0].value if after else None


def _value(m: re.Match[str]) -> float | None:
    try:
        number = float(m.group("num").replace(",", ""))
    except (TypeError, ValueError):
        return None
    scale = (m.group("scale") or "").lower()
    return number * _SCALE.get(scale, 1.0)


def _unit(m: re.Match[str]) -> str:
    if "sym" in m.re.groupindex and m.group("sym"):
        sym = m.group("sym").strip().lower().replace(" ", "")
        return _SYMBOL.get(sym, _CODE.get(sym, sym.upper()))
    return _CODE.get((m.group("cur") or "").lower(), "USD")


_MONTH_ONLY = re.compile(
    r"\b[Ii]n\s+(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b(?!\s*\d)"
)


def _periods(reading: Reading, view: SentenceView, fallback_year: str | None):
    """(offset in the sentence, period) for each year or month the sentence names."""
    out = [
        (d.start - view.start, d.value)
        for d in reading.dates(view)
        if d.kind in ("year", "my")
        or (d.kind == "in_month" and d.value)
        or (d.kind == "relative" and len(d.value) == 4)
    ]
    if fallback_year:
        for m in _MONTH_ONLY.finditer(view.text):
            if not any(abs(pos - m.start()) < 12 for pos, _ in out):
                month = MONTHS[m.group("month").lower()]
                out.append((m.start(), f"{fallback_year}-{month:02d}"))
    return out


def _nearest_period(text: str, match: re.Match[str], matches, periods) -> str | None:
    """The period nearest to a figure that no other figure stands between: in "$244.8
    billion, compared with $240.1 billion in 2023" the year belongs to the second."""
    best, best_dist = None, 10**9
    for pos, period in periods:
        lo, hi = sorted((pos, match.start()))
        if any(o is not match and lo < o.start() < hi for o in matches):
            continue
        dist = pos - match.end() if pos >= match.end() else match.start() - pos
        if dist < best_dist:
            best, best_dist = period, dist
    if best_dist < 160:
        return best
    return _opening_period(text, periods)


def _opening_period(text: str, periods) -> str | None:
    """ "In December alone, trade rose to $21.97bn, with imports of $10.67bn": a period that
    opens the sentence holds for all of its figures."""
    if not re.match(r"(?:In|During|For|Over)\b", text):
        return None
    opening = [period for pos, period in periods if pos <= 25]
    return opening[0] if opening else None


def _headline_year(reading: Reading) -> str | None:
    for view in reading.sentences[:2]:
        for d in reading.dates(view):
            if d.kind == "year":
                return d.value
    return None


def _troops(reading: Reading, view: SentenceView, claims: list[Claim]) -> list[Measure]:
    out = []
    for value, actors in _troop_counts(reading, view, claims):
        out.append(
            Measure(
                actors=actors,
                metric="troops",
                value=value,
                unit="troops",
                period=None,
                evidence=[view.evidence()],
                confidence=0.6,
            )
        )
    return out


def _troop_counts(reading: Reading, view: SentenceView, claims: list[Claim]):
    """(value, actors) of each troop count in the sentence, with the states it concerns."""

    named = codes(state_mentions(reading, view))
    here = [c for c in _claim_actors(view, claims) if c in named] or named
    if len(here) < 2:
        # The claim's beneficiary is not a state (troops "alongside M23 rebels in eastern
        # Congo"): the count concerns the sender and the state it is in.
        here = list(dict.fromkeys(here + codes(state_mentions(reading, view, place_ok=True))))
    for pattern in _COUNTS:
        for m in pattern.finditer(view.text):
            value = float(m.group("num").replace(",", ""))
            if value >= 10 and here:
                yield value, here
    previous = reading.sentences[view.index - 1] if view.index > 0 else None
    for m in (m for pattern in _COUNTS_OF_THEM for m in pattern.finditer(view.text)):
        before = view.text[: m.start()]
        if _TROOP_WORDS.search(before):
            source = view
        elif previous is not None and _TROOP_WORDS.search(previous.text):
            source = previous
        else:
            continue
        actors = here if view is source else _claim_actors(source, claims)
        value = float(m.group("num").replace(",", ""))
        if value >= 10 and actors:
            yield value, actors


def _claim_actors(view: SentenceView, claims: list[Claim]) -> list[str]:
    for c in claims:
        if any(e.start == view.start for e in c.evidence):
            return list(dict.fromkeys(c.subject + c.beneficiary))
    return []
