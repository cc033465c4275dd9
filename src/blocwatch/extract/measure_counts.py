"""Counts: troops, fighters and personnel sent to another state, and weapon systems
delivered, each with the noun it counts; "the remaining 36", "and 900 in Syria" and
"some 7,000 of them" count what the sentence counted before."""

from __future__ import annotations

import re
from functools import cache

from ..base.tables import words_pattern
from ..model import Measure
from .dates import MONTH_NAME
from .measure_actors import MeasureContext, count_actors, gapped_giver, transfer_words
from .measure_filters import is_exercise_count, is_upper_bound
from .measure_periods import OPEN, HeadlineYear, opening_period, sentence_periods
from .measure_roles import WITHDRAWING_VERBS, parsed_sides
from .metric_heads import count_head, count_head_from_parse, count_nouns
from .quantities import Quantity, find_quantities, is_year
from .reading import Reading, SentenceView
from .syntax import Parse

_NOT_DEPLOYED = re.compile(
    r"\b(?:killed|wounded|injured|dead|died|casualties|captured|lost|missing|deaths"
    r"|surrendered|defected|deserted|detained|imprisoned|jailed|arrested|prisoners?|POWs?"
    r"|hostages?)\b",
    re.I,
)
# "has lost 150,000 soldiers", "killed 30 fighters": losses, not a force sent
_LOSS_BEFORE = re.compile(
    r"\b(?:lost|losing|losses|killed|killing|wounded|captured|casualties|destroyed|eliminated"
    r"|downed|shot down)\b(?:\s+\S+){0,3}?\s*$",
    re.I,
)
# Weapons counts are figures of a transfer (sold, delivered, ordered, an aid package) ...
_TRANSFER = re.compile(rf"\b(?:{transfer_words(transfer='yes')})\b", re.I)
# ... never of an attack or a loss
_ATTACK = re.compile(
    r"\b(?:launched|fired|shot down|shoots? down|shooting down|intercepted|destroyed|downed"
    r"|attacked|struck|hit"
    r"|lost|shelled|targeted)\b",
    re.I,
)
_COUNT_MODALITY = re.compile(
    r"\b(?:plan|plans|planned|planning|consider|considers|considering|proposal|proposed"
    r"|addition|adding|add|request|requested|asked|may|might|could|possible|potential"
    r"|want|wants|seek|seeks|would|supposed|expected|expects|expect|aims?|intends?"
    r"|targets?|envisages?|envisaged"
    # "pledged to purchase 300 tanks", "an offer to supply 60 jets" (``target_cues.tsv``)
    rf"|{words_pattern('target_cues.tsv', 'count')})\b",
    re.I,
)
# Words of a pledge, which make a count a plan only through a verb they govern ("pledged to
# purchase 300 tanks"); the count they govern directly is what was pledged ("Norway pledged
# 8 tanks to Ukraine"), a figure, as a pledged aid package is
_PLEDGE = re.compile(rf"(?:{words_pattern('target_cues.tsv', 'count')})", re.I)
_SHARED_FORCE = r"(?:multinational|international|joint|allied|coalition|UN|NATO|EU|AU)\b"
_ABOUT = r"(?:(?:about|some|around|roughly|approximately|nearly|almost|up to|at least)\s+)?"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# "a first contingent of about 1,500": a count of troops without the noun after it
_CONTINGENT = re.compile(
    rf"\b(?:contingent|detachment|battalion|brigade|force|garrison)\s+of\s+{_ABOUT}{_NUM}\b"
    r"(?!\s*(?:%|per))"
    # "a 1,200-strong peacekeeping contingent", "a 300-member force"
    # "an 850-strong Mongolian peacekeeping mission": up to two words before the noun, none
    # that makes the force several states' ("a 2,500-strong multinational mission")
    rf"|(?<![\d,.]){_NUM.replace('num', 'strong')}-(?:strong|member|man)\s+"
    rf"(?:(?!{_SHARED_FORCE})[A-Za-z-]+\s+){{0,2}}"
    rf"(?:force|forces|contingent|detachment|battalion|brigade|unit|mission|deployment"
    rf"|garrison)\b"
)


# What comes before the year of a date: "November 22, 2024", "22 November 2024", "Nov. 2024"
_MONTH = rf"{MONTH_NAME}\b\.?"
_DATE_BEFORE = re.compile(
    rf"\b{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*)?$|\b\d{{1,2}}\s+{_MONTH}\s*,?\s*$"
)
# What follows a year before a count: words, then another number ("2018 Pakistan ordered 4")
_YEAR_BEFORE_COUNT = re.compile(r"^[^\d.;]*\b\d")


def read_counts(
    reading: Reading,
    view: SentenceView,
    ctx: MeasureContext,
    quantities: list[Quantity],
    fallback_year: HeadlineYear,
) -> list[Measure]:
    out: list[Measure] = []
    listed: list[tuple[Quantity, int, str, list[str]]] = []  # weapons counted, in order
    for q in quantities:
        if q.is_money:
            continue
        found = count_head(view.text, q) or _parsed_count_head(view, q)
        if found is not None and is_year(q) and _YEAR_BEFORE_COUNT.match(view.text[q.end :]):
            continue  # "In 2018 Pakistan ordered 4 frigates": a year, then the count
        if found is not None and is_year(q) and _DATE_BEFORE.search(view.text[: q.start]):
            continue  # "November 22, 2024 Russia has supplied missiles": a date's year
        if found is not None and is_year(q) and _year_of_a_noun(view.text, q, found[1]):
            continue  # "The 2017 deal allows Nigerian servicemen ...": the deal's year
        if found is None:
            out.extend(_elliptical(view, ctx, q, out) or _table_row(view, ctx, q))
            continue
        head, noun_end = found
        if not _actual_count(view, q, noun_end, head.metric):
            continue
        actors = _parsed_count_sides(view, ctx, q, head.metric) or count_actors(
            reading, view, ctx, q, noun_end, head.metric
        )
        if head.metric == "munitions_count" and len(actors) < 2:
            # "a $29bn deal with Saudi Arabia to supply 84 jets": the deal's seller and buyer
            deal = ctx.deal_of(view)
            if deal and set(actors) <= set(deal):
                actors = deal
        if head.metric == "munitions_count":
            listed.append((q, noun_end, head.unit, actors))
        if head.metric == "troops" and len(actors) < 2 and not _sent(view, q):
            continue
        if head.metric == "troops" and is_exercise_count(view.text, q.start, noun_end):
            continue  # "South Korea's 500,000 troops": a state's own forces, sent nowhere
        if actors:
            period = _count_period(reading, view, q, noun_end, fallback_year)
            out.append(_count(view, head.metric, q.value, head.unit, actors, period))
    out.extend(_listed_weapons(view, listed))
    for m in _CONTINGENT.finditer(view.text):
        group = "num" if m.group("num") else "strong"
        value = float(m.group(group).replace(",", ""))
        q = Quantity(m.start(group), m.end(group), value, None, m.group(group))
        if count_head(view.text, q):
            continue  # "a brigade of 4,800 soldiers": counted with its noun already
        if _planned(view, q, "troops"):
            continue  # "committed to deploy a contingent of 1,000": a force still to come
        actors = count_actors(reading, view, ctx, q, q.end, "troops")
        # a troop figure is between a sender and a host; a lone state tells it or owns it
        if value >= 10 and len(actors) == 2 and not is_exercise_count(view.text, q.start, q.end):
            out.append(_count(view, "troops", value, "troops", actors))
    return out


# "the 2017 deal", "its 2019 agreement": a year that qualifies the noun after it
_YEAR_ATTRIBUTE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)


def _parsed_count_head(view: SentenceView, q: Quantity):
    """The noun a bare number counts by the parse, where the words right after the number
    do not reach it ("600 new Russian 'instructors'"); asked only where a counted noun
    follows the number closely."""
    if q.value < 1 or is_year(q):
        return None
    near = _count_noun_after().match(view.text, q.end)
    if near is None or _OTHER_NUMBER.search(view.text, q.end, near.start("noun")):
        return None  # no counted noun close after it, or another number first
    parse = figure_parse(view)
    return count_head_from_parse(parse, view.text, view.start, q) if parse is not None else None


@cache
def _count_noun_after() -> re.Pattern[str]:
    """A noun a figure may count within a few words after a number."""
    nouns = "|".join(re.escape(n) for n in sorted(count_nouns(), key=len, reverse=True))
    return re.compile(rf"[^.;:]{{0,60}}?\b(?P<noun>{nouns})\b", re.I)


# A number between a count and its noun, but for a measure joined by a hyphen ("6-inch")
_OTHER_NUMBER = re.compile(r"\d+(?![\d,.]*-)")


def _year_of_a_noun(text: str, q: Quantity, noun_end: int) -> bool:
    """Whether a year after a determiner qualifies a noun of its own, with the counted noun
    further on ("The 2017 deal allows Nigerian servicemen"; not "the 2000 soldiers")."""
    return bool(_YEAR_ATTRIBUTE.search(text[: q.start])) and len(text[q.end : noun_end].split()) > 2


def _parsed_count_sides(
    view: SentenceView, ctx: MeasureContext, q: Quantity, metric: str
) -> list[str] | None:
    """The sender and the receiver of weapons or troops handed over, from the parse, in a
    sentence that names at least two states (``measure_roles.py``)."""
    mentions = ctx.actor_mentions(view, orgs=False)
    if len({m.code for m in mentions}) < 2 or len(view.text) >= FIGURE_PARSED_CHARS:
        return None
    return parsed_sides(view, q, mentions, troops=metric == "troops")


# A figure's sentence longer than this is a table or run-on text: its roles and head are
# read from the words alone (the parse is dear there and rarely right).
FIGURE_PARSED_CHARS = 600


def figure_parse(view: SentenceView) -> Parse | None:
    """The sentence's parse for reading its figures, or None for a sentence too long for it."""
    return view.parse() if len(view.text) < FIGURE_PARSED_CHARS else None


# What joins the items of a list of weapons: "two launchers, 40 vehicles and 25 tanks"
_LIST_GAP = re.compile(r"^[^.;:$£€¥]{0,80}?(?:,|\band\b|\bas\s+well\s+as\b)[^.;:$£€¥]{0,25}$", re.I)


def _listed_weapons(
    view: SentenceView, listed: list[tuple[Quantity, int, str, list[str]]]
) -> list[Measure]:
    """ "Kyiv will receive two launchers, 40 vehicles and 25 tanks from Germany": the items
    of a list of weapons share the seller and the buyer of the item that names them."""
    out = []
    for i, (q, _, unit, actors) in enumerate(listed):
        if actors:
            continue
        for j in (*range(i + 1, len(listed)), *range(i - 1, -1, -1)):
            lo, hi = sorted((i, j))
            chain = listed[lo : hi + 1]
            joined = all(
                _LIST_GAP.match(view.text[a[1] : b[0].start])
                for a, b in zip(chain, chain[1:], strict=False)
            )
            if not joined:
                break
            if len(listed[j][3]) == 2:
                out.append(_count(view, "munitions_count", q.value, unit, listed[j][3]))
                break
    return out


# "six jets now, the remaining 36 later": a number standing for the noun counted before it
_ELLIPTICAL = re.compile(r"\b(?:the\s+remaining|the\s+other|another|a\s+further)\s+$", re.I)


def _elliptical(
    view: SentenceView, ctx: MeasureContext, q: Quantity, found: list[Measure]
) -> list[Measure]:
    """ "six jets now, while the remaining 36 will follow": the noun counted just before.
    "2,500 troops in Iraq and 900 in Syria": the same sender, another host."""
    if not found or found[-1].evidence[0].start != view.start:
        return []
    last = found[-1]
    mentions = ctx.state_mentions(view)
    giver = gapped_giver(view, q, mentions)
    if giver is not None and len(last.actors) == 2 and giver.code not in last.actors:
        # "1,000 troops to Estonia, France 300 and Denmark 200": another sender, the same host
        # (the side of the count before that neither opens the sentence nor is a sender
        # named before a bare number)
        senders = {mentions[0].code} | {
            g.code
            for o in _counts_before(view, q)
            if (g := gapped_giver(view, o, mentions)) is not None
        }
        hosts = [c for c in last.actors if c not in senders]
        host = hosts[0] if len(hosts) == 1 else last.actors[1]
        return [_count(view, last.metric, q.value, last.unit, [giver.code, host])]
    source = _elliptical_source(view, q, mentions)
    if source is not None and len(last.actors) == 2 and source not in last.actors:
        # "14 tanks from Poland, 8 from Canada and 4 from Norway": another source, the same
        # receiver (the side of the count before no "from" names)
        sources = {
            m.code for m in mentions if _FROM_BEFORE.search(view.text[: m.start - view.start])
        }
        receivers = [c for c in last.actors if c not in sources]
        if len(receivers) == 1:
            return [_count(view, last.metric, q.value, last.unit, [source, receivers[0]])]
    if _same_verb_as_count_before(view, q, last.unit):
        # "26 soldiers withdrew from Gan ..., and 12 withdrew from Kadhdhoo": the same noun
        return [_count(view, last.metric, q.value, last.unit, last.actors)]
    host = _elliptical_host(view, q)
    if host and len(found[-1].actors) == 2 and _ANOTHER_PART.search(view.text[: q.start]):
        last = found[-1]
        return [_count(view, last.metric, q.value, last.unit, [last.actors[0], host])]
    if not _ELLIPTICAL.search(view.text[: q.start]):
        return []
    if re.match(r"\s*(?:[a-z]+\s+){0,2}(?:of|per|percent|%)", view.text[q.end :], re.I):
        return []
    last = found[-1]
    return [_count(view, last.metric, q.value, last.unit, last.actors)]


# "Italy: 12,000." after "Germany: 35,000 US troops.": a row of a flattened table
_ROW = re.compile(rf"^\s*[A-Z][\w .'-]{{1,40}}:\s*{_ABOUT}{_NUM}\s*\.?\s*$", re.I)
_ROW_SENTENCES = 3


def is_table_row(text: str) -> bool:
    """ "Italy: 12,000.": a label and a bare number, a row of a flattened table."""
    return bool(_ROW.match(text))


def _table_row(view: SentenceView, ctx: MeasureContext, q: Quantity) -> list[Measure]:
    """A row with a state's name and a bare number, just after rows of troops: the same
    sender, hosted by the row's state."""
    if not _ROW.match(view.text) or view.index - ctx.troops_index > _ROW_SENTENCES:
        return []
    sender = ctx.last_troops[0]
    host = next((m.code for m in ctx.actor_mentions(view, orgs=False)), None)
    if not sender or host is None or host == sender or q.value < 10:
        return []
    return [_count(view, "troops", q.value, "troops", [sender, host])]


_ANOTHER_PART = re.compile(
    r"(?:\band|,|\bincluding|\bwith)\s*(?:about\s+|some\s+|around\s+)?$", re.I
)


_VERB_AFTER = re.compile(r"^\s+(?P<verb>[a-z]{3,}(?:ed|ew|ent|ft))\b")
_JOINED_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bwhereas)\s*(?:another\s+)?$", re.I)


def _same_verb_as_count_before(view: SentenceView, q: Quantity, unit: str) -> bool:
    """Whether bare number ``q``, joined to the clause before, is followed by the verb that
    followed the noun counted before it ("26 soldiers withdrew ..., and 12 withdrew ...")."""
    verb = _VERB_AFTER.match(view.text[q.end :])
    if verb is None or not _JOINED_BEFORE.search(view.text[: q.start]):
        return False
    said = rf"\b{re.escape(unit)}\s+{re.escape(verb.group('verb'))}\b"
    return bool(re.search(said, view.text[: q.start], re.I))


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def _counts_before(view: SentenceView, q: Quantity) -> list[Quantity]:
    return [o for o in find_quantities(view.text) if o.end <= q.start and not o.is_money]


def _elliptical_source(view: SentenceView, q: Quantity, mentions) -> str | None:
    """The state right after "from" after a bare number ("8 from Canada")."""
    return _named_right_after(view, q, _FROM_AFTER, mentions)


def _elliptical_host(view: SentenceView, q: Quantity) -> str | None:
    """The actor right after "in", "to" or "into" after a bare number ("500 in Mali")."""
    return _named_right_after(view, q, _INTO_AFTER, view.mentions)


_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
_INTO_AFTER = re.compile(r"\s+(?:in|to|into)\s+(?:the\s+)?")


def _named_right_after(
    view: SentenceView, q: Quantity, preposition: re.Pattern, mentions
) -> str | None:
    """The code of the mention that starts right after ``preposition`` after amount ``q``."""
    m = preposition.match(view.text, q.end)
    if not m:
        return None
    at = view.start + m.end()
    return next((x.code for x in mentions if x.start == at), None)


def _actual_count(view: SentenceView, q: Quantity, noun_end: int, metric: str) -> bool:
    text = view.text
    if _after_a_name(view, q) and (q.value < 100 or _DESIGNATION_BEFORE.search(text[: q.start])):
        return False  # "14 Challenger 2 tanks", "MArG 155 howitzers": part of a model name
    if _CALIBRE_AFTER.match(text[q.end :]):
        return False  # "12 million rounds of 152 mm shells": a calibre, not a count
    if metric == "troops" and q.value < 10:
        return False  # "two soldiers were hurt": people, not a force
    if metric == "munitions_count" and (_ATTACK.search(text) or not _TRANSFER.search(text)):
        return False  # "Russia launched 40 drones": an attack, not a delivery
    if _NOT_DEPLOYED.search(text[noun_end : noun_end + 30].split(",")[0]):
        return False
    if _NOT_DEPLOYED.search(text[q.end : noun_end]):
        return False  # "4,700 casualties fighting alongside its forces", "18 detained soldiers"
    if _LOSS_BEFORE.search(text[max(0, q.start - 40) : q.start]):
        return False
    if is_upper_bound(text, q):
        return False  # "fewer than 200 soldiers remain": a ceiling, no count
    return not _planned(view, q, metric)


# A maker's or model's name in capitals inside or throughout ("MArG", "HIMARS", "KAAN") just
# before a number: the number belongs to the designation ("MArG 155 howitzers")
_DESIGNATION_BEFORE = re.compile(r"\b(?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{3,})\s*$")
# A unit of length after a number: the calibre of the weapons ("152 mm", "155-millimetre")
_CALIBRE_AFTER = re.compile(
    r"\s*-?\s*(?:mm|millimet(?:re|er)s?|milimet(?:re|er)s?|cm|calibre|caliber|inch(?:es)?)\b",
    re.I,
)


def _planned(view: SentenceView, q: Quantity, metric: str) -> bool:
    """Whether a word of modality shortly before a count governs it ("plans to buy 20 jets",
    "committed to deploy a contingent of 1,000")."""
    before = view.text[max(0, q.start - 80) : q.start]
    words = [
        m
        for m in _COUNT_MODALITY.finditer(before)
        # a pledge word makes a plan only before the verb it governs ("pledged to send")
        if not _PLEDGE.fullmatch(m.group(0)) or _TO_VERB.match(before[m.end() :])
    ]
    return bool(words) and _modality_governs(view, q, metric)


_TO_VERB = re.compile(r"\s+to\s+[a-z]+\b")


def _modality_governs(view: SentenceView, q: Quantity, metric: str) -> bool:
    """Whether a word of modality before a count governs it in the parse: the count hangs
    from it ("plans to buy 20 jets", "a proposal to send 500 troops"), or it is an auxiliary
    of a verb or an adjective of a noun the count hangs from ("could send", "a possible sale
    of four jets"). "with an expected delivery date of 2023,
    and 24 helicopters": the word qualifies another noun. Troops a withdrawal takes away are
    there, whatever the modality of the withdrawal ("would withdraw 1,000 soldiers from
    Niger"). Without a parse, any such word before the count does."""
    parse = figure_parse(view)
    token = parse.token_at(view.start + q.start) if parse is not None else None
    if token is None:
        return True
    through_verb = False  # a verb between the count and the word ("to purchase 300 tanks")
    for node in token.ancestors:
        if metric == "troops" and node.lemma_.lower() in WITHDRAWING_VERBS:
            return False
        # ... or qualifies a noun the count hangs from ("a possible sale of four jets")
        words = [node, *(c for c in node.children if c.dep_ in ("aux", "auxpass", "amod"))]
        if any(
            _COUNT_MODALITY.fullmatch(w.text) and (through_verb or not _PLEDGE.fullmatch(w.text))
            for w in words
        ):
            return True
        through_verb = through_verb or node.pos_ == "VERB"
    return False


def _after_a_name(view: SentenceView, q: Quantity) -> bool:
    """Whether a capitalised word other than a state's name stands just before the number
    ("Challenger 2"; not "sold Pakistan 4 warships")."""
    before = view.text[: q.start].rstrip()
    if q.start == 0 or not re.search(r"\b[A-Z][A-Za-z-]*$", before):
        return False
    return not any(m.end - view.start == len(before) for m in view.mentions)


def _sent(view: SentenceView, q: Quantity) -> bool:
    """Whether a word of sending or deploying comes shortly before the figure ("sent 11,000
    troops", "deployed about 2,000 soldiers"): troops sent somewhere, even unnamed."""
    return any(
        c.value in ("give", "deploy") and 0 <= view.start + q.start - c.end <= _SENT_REACH
        for c in view.cues_of("supply_cues")
    )


_SENT_REACH = 24  # characters: "sent as many as 11,000"


# How far from a count (in characters) the year it is dated by may stand: "the purchase in
# 2010 of 19 F-35s", "sent 1,500 troops to Mali in 2013"
_COUNT_PERIOD_REACH = 30
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "by 2026", "until 2030", "from 2022", "between 2019 and": no year the count belongs to
_NOT_ITS_YEAR = re.compile(
    r"\b(?:by|before|until|till|from|between|since|after|through)\s+(?:early\s+|late\s+|mid-?)?$",
    re.I,
)


# "In 2018", "During March 2019": how far into the sentence the period that opens it stands
_OPENING_REACH = 12


def _count_period(
    reading: Reading, view: SentenceView, q: Quantity, noun_end: int, fallback_year: HeadlineYear
) -> str | None:
    """The year (or month) a count is dated by: one given right next to it in its clause
    ("Israel's purchase in 2010 of 19 F-35s"), never a year it is due by or counted from."""
    if not _YEAR.search(view.text):
        return None
    best, best_dist = None, _COUNT_PERIOD_REACH + 1
    periods = sentence_periods(reading, view, fallback_year)
    for start, end, period in periods:
        if period == OPEN or _NOT_ITS_YEAR.search(view.text[:start]):
            continue
        lo, hi = (end, q.start) if end <= q.start else (noun_end, start)
        gap = view.text[lo:hi] if lo <= hi else ""
        if lo > hi or re.search(r"[,;:()\d]", gap):
            continue  # another clause, or another figure, stands between
        if hi - lo < best_dist:
            best, best_dist = period, hi - lo
    if best is None:
        # "In 2018 Pakistan ordered 4 frigates and 30 helicopters": a year opening the
        # sentence dates all of its counts
        dated = [p for p in periods if p[2] != OPEN]
        best = opening_period(view.text, dated, _OPENING_REACH)
    pub = reading.published_date
    if best and pub is not None and int(best[:4]) > pub.year:
        return None  # a year still to come
    return best


def _count(
    view: SentenceView, metric: str, value: float, unit: str, actors, period: str | None = None
) -> Measure:
    return Measure(
        actors=list(dict.fromkeys(actors)),  # a state named twice is one side
        metric=metric,
        value=value,
        unit=unit,
        period=period,
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


def troops_spoken_of(reading: Reading, view: SentenceView, ctx: MeasureContext) -> list[Measure]:
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
        # "Ukraine put the total number at 12,000": a lone state is who tells the number,
        # not who sent the troops or hosts them
        if value >= 10 and len(actors) == 2 and not is_exercise_count(view.text, q.start, q.end):
            out.append(_count(view, "troops", value, "troops", actors))
    return out
