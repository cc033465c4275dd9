"""Amounts that are not figures: conversions into another currency, thresholds, changes,
unit prices, targets and projections, totals that cover more than the pair named."""

from __future__ import annotations

import re

from ..base.tables import words_pattern
from .quantities import Quantity

_CONVERSION_GAP = re.compile(
    r"^\s*(?:,\s*(?:or|equal to|equivalent to|roughly|about|around|nearly|approximately|"
    r"some|worth)\b|(?:or|equal to|equivalent to)\b)(?:\s*(?:nearly|about|roughly|around|"
    # "286bn Belarusian rubles or more than 8tn Russian rubles": the same sum, hedged
    r"approximately|some|over|almost|(?:just\s+|well\s+)?(?:more|less)\s+than|just\s+(?:over|under)))?\s*$",
    re.I,
)
# "(approx Rs 61.5bn)", "(equivalent to USD $225m)", "(JPY) (about $1.27bn)": what may open
# a bracket that gives the amount before it again, in another currency. ``words``: up to two
# lower-case words may come first ("15bn yuan loan ($2.1bn)").
_HEDGE = (
    r"(?i:approx\.?|approximately|about|around|roughly|some|nearly|almost|over|circa|c\.|ca\."
    r"|or|~|equivalent\s+to|equal\s+to|converted\s+to|worth)"
)


def _bracket_gap(words: int) -> re.Pattern[str]:
    return re.compile(
        # ("303 million euros' ($323 million) worth of": the possessive of the currency)
        rf"^['’]?\s*(?:[a-z-]+\s+){{0,{words}}}(?:\([A-Z]{{2,4}}\)\s*)?\(\s*"
        rf"(?:{_HEDGE}\s*)?(?:{_HEDGE}\s*)?(?:[A-Z]{{3}}\s*)?$"
    )


_OPENING_BRACKET = _bracket_gap(0)


def opens_bracket(gap: str) -> bool:
    """Whether ``gap`` (the text between two amounts) opens a bracket that restates the
    first: "(", "(about ", "(JPY) (approximately ", "(equivalent to USD "."""
    return bool(_OPENING_BRACKET.match(gap))


_CONVERSION_END = re.compile(
    r",\s*(?:roughly|about|around|or|nearly|approximately|equal to|equivalent to)"
    r"(?:\s+(?:nearly|about|roughly|around|approximately|some|over|almost))?\s*$",
    re.I,
)


def is_conversion(text: str, q: Quantity, previous: Quantity | None) -> bool:
    """ "13 billion yen ($100 million)", "$1bn, equal to nearly Rs290bn": the same amount
    in another currency adds no fact."""
    if previous is None:
        return False
    gap = text[previous.end : q.start]
    if bracketed_dollars(text, q, previous):
        return False  # "1.74 trillion yuan ($237 billion)": a trade total, see below
    if _CONVERSION_GAP.match(gap) or opens_bracket(gap):
        return True
    # "Rs85 billion worth of oil, roughly $300 million": another currency, just after
    return previous.currency != q.currency and len(gap) < 60 and bool(_CONVERSION_END.search(gap))


# "the $445 billion Qatar Investment Authority": the size of a named body, not a flow
_SIZE_OF_BODY = re.compile(
    r"\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Authority|Fund|Bank|Corporation|Holdings|Group|Company)\b"
)


def is_size_of_body(text: str, q: Quantity) -> bool:
    """ "a $1 trillion Public Investment Fund": an amount that sizes the named body after it."""
    return bool(_SIZE_OF_BODY.match(text[q.end :]))


def bracketed_dollars(text: str, q: Quantity, previous: Quantity | None) -> bool:
    """ "15bn yuan ($2.1bn)": dollars in brackets after another currency. Customs give a
    trade total in both currencies (both kept); a loan or aid stays in the first one."""
    if previous is None:
        return False
    gap = text[previous.end : q.start]  # "15bn yuan loan ($2.1bn)": the noun may come first
    return bool(
        _BRACKET_GAP.match(gap) and q.currency == "USD" and previous.currency not in ("USD", None)
    )


_BRACKET_GAP = _bracket_gap(2)


def is_threshold(text: str, q: Quantity) -> bool:
    """ "crossed the $10 billion mark": a threshold, not a figure."""
    return bool(re.match(r"\s*(?:mark|threshold|barrier|level)\b", text[q.end :], re.I))


# Words that make a figure an aim, whatever it measures ...
def is_change(text: str, q: Quantity) -> bool:
    """ "imports dropped by $109 billion", "11 billion less than": a change, not a level."""
    return bool(
        re.search(r"\bby\s*$", text[: q.start], re.I)
        or re.match(r"\s*(?:less|more|lower|higher)\s+than\b", text[q.end :], re.I)
    )


# "exports of less than $5bn", "turnover is below $1 billion", "fewer than 200 troops": a
# ceiling, not a level the text gives ("just under $11bn" and "up to $400m" are the level)
_UPPER_BOUND_BEFORE = re.compile(
    r"(?<!just\s)(?<!slightly\s)(?<!a\sbit\s)(?<!little\s)"
    r"\b(?:(?:less|fewer)\s+than|below|no\s+more\s+than|not\s+more\s+than|at\s+most"
    r"|\b(?:is|was|are|were|at|stood|remained|remains|stands|stays|stayed)\s+under)"
    r"\s*(?:an?\s+|one\s+)?(?:US)?$",
    re.I,
)


def is_upper_bound(text: str, q: Quantity) -> bool:
    """ "Indian exports at less than $5 billion", "turnover below $1 billion": a ceiling on a
    figure the text does not give, no figure of its own."""
    return bool(_UPPER_BOUND_BEFORE.search(text[max(0, q.start - 40) : q.start]))


def is_unit_price(text: str, q: Quantity) -> bool:
    """ "(~$39.6m - launcher)", "$2m each", "$5m per jet": the price of one item."""
    return bool(
        re.match(r"\s*(?:-|–|each\b|apiece\b|per\s|a\s+(?:piece|unit)\b)", text[q.end :], re.I)
    )


def _target_words(kind: str) -> str:
    """The words of ``target_cues.tsv`` of ``kind`` (any: every figure; flow: trade and
    one-way flows), as alternatives of a regular expression."""
    return words_pattern("target_cues.tsv", kind)


# "approached China to reschedule $3.4bn", "urged Riyadh to deposit $2bn": a request
_ASKED_TO = re.compile(
    r"\b(?:approached|urged|pressed|appealed\s+to|called\s+on|lobbied)\s+(?:\S+\s+){1,3}?to\s+\w+",
    re.I,
)
# "turnover will reach $7.5bn": a level to come, the future verb right before the figure
_NEAR = (
    r"\s+(?:to\s+)?(?:about\s+|around\s+|over\s+|nearly\s+|some\s+|almost\s+"
    r"|up\s+to\s+|more\s+than\s+)?$"
)
_WILL_REACH = re.compile(
    r"\b(?:will|shall)\s+(?:\w+\s+)?(?:reach|hit|exceed|top|surpass|total|be|rise|grow"
    r"|increase|climb|amount|stand)\w*" + _NEAR,
    re.I,
)
# "Trade With Russia to Reach $3b": a headline's infinitive (in a sentence, "rose 41%, to
# reach $73bn" is what happened)
_HEADLINE_TO_REACH = re.compile(r"\bto\s+(?:reach|hit|exceed|top|surpass|cross)" + _NEAR, re.I)
_HEADLINE_WORDS = 14


def _headline_projection(text: str, clause: str) -> bool:
    """Whether a short line without a full stop ends, before the figure, in "to reach"."""
    return (
        not re.search(r"[.!?\"'”]\s*$", text)
        and len(text.split()) <= _HEADLINE_WORDS
        and bool(_HEADLINE_TO_REACH.search(clause))
    )


# "raise trade to $200bn", "bring turnover to $30bn": a growth verb and "to" just before it
_GROWTH_VERBS = (
    r"(?:raise|raising|boost|boosting|bring|bringing|increase|increasing|double|doubling"
    r"|lift|lifting|take|taking|push|pushing|expand|expanding)"
)
_TRADE_GROWTH_TO = re.compile(
    # ("a fivefold increase in imports to $32bn": the noun, what happened)
    r"(?<!\ba\s)(?<!fold\s)(?<!%\s)(?<!cent\s)"
    # a verb with no object, its starting level right after it ("exports were 70 times
    # higher, increasing from $245,000 to $18m") tells a change that happened; in the
    # infinitive ("to double from $5bn to $10bn") it is still an aim
    rf"(?:(?<=\bto\s){_GROWTH_VERBS}\b|\b{_GROWTH_VERBS}\b(?!\s+from\b))"
    r"(?:\s+\S+){0,6}?\s+to\s*$",
    re.I,
)
_TARGET_AFTER = re.compile(
    r"^[^.;$£€¥]{0,25}?\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b"
    r"|^[^.;$£€¥]{0,25}?\bin\s+the\s+(?:near|coming|next)\b",
    re.I,
)
# "a $100 billion trade target", "a 5 trillion yen investment goal": the noun after it
_AIM_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:target|goal|ambition|objective)s?\b", re.I)
# "$1bn under negotiation", "a $2bn loan still being discussed": not yet a fact
_UNSETTLED_AFTER = re.compile(
    # ("during the period under review" is the span of the figures, no review of them)
    r"^[^.;,]{0,40}?(?<!period\s)(?<!months\s)(?<!quarter\s)(?<!year\s)"
    r"\b(?:under\s+(?:negotiations?|discussion|consideration|review)"
    r"|being\s+(?:negotiated|discussed|considered|sought)|yet\s+to\s+be\s+(?:agreed|signed)"
    r"|will\s+be\s+(?:made\s+available|provided|disbursed|released))\b",
    re.I,
)
# "$11 billion of arms to Iraq in the near future": a promise of what is to come
_FUTURE_AFTER = re.compile(
    r"^[^.;$£€¥]{0,40}?\bin\s+the\s+(?:near|coming)\s+(?:future|years|months|weeks)\b", re.I
)
# "the $3.4bn Pakistan had requested", "$2bn that Cairo sought": a figure asked for, in the
# relative clause just after it
_ASKED_AFTER = re.compile(
    r"^\s*(?:(?:that|which)\s+)?(?:[A-Z][\w.'-]*\s+){1,3}(?:had\s+|has\s+|have\s+)?"
    r"(?:initially\s+|originally\s+|first\s+)?"
    r"(?:requested|sought|asked\s+for|demanded|wanted|hoped\s+for)\b"
)
# "$1.3bn will be ...": the figure is the subject of a future copula
_FUTURE_COPULA = re.compile(r"\s*(?:will|would|shall|is\s+to|are\s+to)\s+be\b", re.I)
CLAUSE_OPEN = re.compile(
    r"[;:]|,\s*(?:while|but|and|whereas)\b|\bwhile\b|\bbut\b"
    # "Washington had been in talks since February, when Bishkek secured $2bn": a clause of
    # its own, which the aim of the main clause does not reach; ", since" only before a
    # capital or a subject ("since Bishkek", "since it"), not a time ("since last year"):
    # the capital is tested case-sensitively in a pattern that is not
    r"|,\s*(?:when|after|because|since\s+(?=(?-i:[A-Z])|the\b|it\b|they\b))",
    re.I,
)


def is_target(text: str, q: Quantity, metric: str) -> bool:
    """ "a goal of $200 billion by 2030", "could bring trade to $30bn": an aim, not a
    figure. The words count in the figure's clause, before it."""
    before = text[: q.start]
    opens = [m.end() for m in CLAUSE_OPEN.finditer(before)]
    clause = before[opens[-1] :] if opens else before
    # "Lasso - who could be the target of an impeachment - went to renegotiate a $5bn debt":
    # an aside between dashes or in brackets says nothing of the figure
    clause = _ASIDE.sub(" ", clause)
    if re.search(rf"\b(?:{_target_words('any')})\b", clause, re.I) or _AIM_AFTER.match(
        text[q.end :]
    ):
        return True
    if _ASKED_TO.search(clause):
        return True
    if _ASKED_AFTER.match(text[q.end :]):
        return True  # "falls short of the $3.4bn Pakistan had requested"
    if _UNSETTLED_AFTER.match(text[q.end :]) or _FUTURE_AFTER.match(text[q.end :]):
        return True
    if _FUTURE_COPULA.match(text[q.end :]):
        return True  # "a loan of $1.3bn will be a refinancing": what is still to come
    if metric not in ("bilateral_trade", "other"):
        return False
    modal_clause = _MONTH_MAY.sub("", clause)  # "in January-May": a month, not a modal
    return bool(
        re.search(rf"\b(?:{_target_words('flow')})\b", modal_clause, re.I)
        or _WILL_REACH.search(clause)
        or _headline_projection(text, clause)
        or _TRADE_GROWTH_TO.search(clause)
        or _TARGET_AFTER.match(text[q.end :])
        or _PLAN_AFTER.match(text[q.end :])
    )


# "a $45-billion investment plan", "a $20bn trade projection": the noun after the figure
# says it is planned or foreseen
_PLAN_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:plans?|proposals?|projections?|forecasts?|pledges?)\b", re.I
)


_MONTH_MAY = re.compile(r"\bMay\b")
_ASIDE = re.compile(r"\s[-—–]\s[^—–]{1,200}?\s[-—–]\s|\([^()]{1,200}\)")


# "raise trade from $100bn to $500bn", "reach $10bn from the 2016 result of $2.18bn": the
# level an aim starts from
_FROM_LEVEL = re.compile(
    r"\bfrom\s+(?:(?:the|its|their|a|current|present|today's|this\s+year's|last\s+year's)\s+)*"
    r"(?:(?:19|20)\d\d\s+)?(?:(?:results?|levels?|figures?|volumes?|total)\s+of\s+)?"
    r"(?:about|around|some|nearly|roughly|just|over|more\s+than|almost)?\s*$",
    re.I,
)


def is_base_of_aim(text: str, q: Quantity, money: list[Quantity]) -> bool:
    """Whether ``q`` is the level an aim in its sentence starts from ("to increase trade
    from $100 billion to $500 billion a year"): an actual figure, though its clause speaks
    of a target. Only with another amount, the aim, in the sentence."""
    return bool(_FROM_LEVEL.search(text[max(0, q.start - 60) : q.start])) and any(
        o is not q and o.value > q.value for o in money
    )


_INCLUDING = re.compile(r"^[^.;$£€¥]{0,60}?\b(?:including|of which)\b", re.I)


def is_aggregate(text: str, q: Quantity, money: list[Quantity]) -> bool:
    """ "a $95 billion aid package, including $61 billion for Ukraine": the total covers more
    than the pair named; the part is their figure."""
    after = _INCLUDING.match(text[q.end :])
    return bool(after) and any(n.start >= q.end + after.end() for n in money)


# "a $355bn military spending bill", "the act authorises $5bn": one state's own budget,
# appropriation or spending law; its lines are no figure between two states
_DOMESTIC_BUDGET = re.compile(
    r"\b(?:authori[sz]ation\s+act|appropriations?\s+(?:bill|act|law)|spending\s+(?:bill|law)"
    r"|(?:defen[cs]e|military)\s+(?:budget|spending\s+bill)|budget\s+(?:bill|law)"
    r"|the\s+bill\s+(?:grants|provides|includes|allocates)"
    r"|authori[sz]es\s+(?:nearly\s+|about\s+|some\s+|almost\s+|over\s+)?[$\d])",
    re.I,
)


def is_domestic_budget(text: str) -> bool:
    """Whether the sentence gives lines of one state's own budget or spending law."""
    return bool(_DOMESTIC_BUDGET.search(text))


# "$350m left of the credit line", "$300m of it unused": what is left, not what was given
_REMAINDER_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:left|remaining|unused|unspent|undisbursed|unutili[sz]ed)\b",
    re.I,
)
_REMAINDER_BEFORE = re.compile(
    r"\b(?:remaining|unused|unspent|undisbursed)\s+(?:about\s+|some\s+)?$", re.I
)


def is_remainder(text: str, q: Quantity) -> bool:
    """ "about $350m left on the line": the unused balance of a credit, not a flow."""
    return bool(_REMAINDER_AFTER.match(text[q.end :]) or _REMAINDER_BEFORE.search(text[: q.start]))


_EXERCISE = re.compile(r"\b(?:exercises?|drills?|war\s?games|manoeuvres|maneuvers)\b", re.I)
_SENT_AFTER = re.compile(
    r"\b(?:deployed|stationed|sent|dispatched|arrived|based|assigned|posted|garrisoned)\b", re.I
)


def is_exercise_count(text: str, start: int, end: int) -> bool:
    """ "2,000 personnel from both countries will take part in the drills": those who take
    part in an exercise (named before the figure or in its own clause) are no troops sent to
    another state, unless the figure's own clause sends them ("3,000 of them deployed to
    Belarus")."""
    clause = re.split(r"[,;]", text[end:], maxsplit=1)[0]
    if not (_EXERCISE.search(text[:start]) or _EXERCISE.search(clause)):
        return False  # "..., although the number changes during exercises": not its clause
    return not _SENT_AFTER.search(clause) and not _SENT_AFTER.search(
        text[max(0, start - 30) : start]
    )
