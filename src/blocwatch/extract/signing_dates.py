"""When an agreement was signed: a year among its modifiers ("a 2017 treaty"), "in March of
that year", a year in brackets, or the date nearest to its signing word."""

from __future__ import annotations

import datetime as dt
import re

from ..lang.en.words import agreements as en_agreements
from ..lang.en.words import signing_dates as en
from .dates import MONTHS, WEEKDAYS, days_without_year
from .reading import Cue, Reading, SentenceView
from .signing_clause import _clause_verb, dates_of_other_clauses

_OF_THAT_YEAR = re.compile(
    r"\b(?:in\s+)?(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+of\s+that\s+year\b"
)


def year_before(reading: Reading, np_start: int) -> str | None:
    """A year among the noun phrase's modifiers: "the 2020 trade deal", "a 2017 treaty"."""
    for i in range(np_start - 1, max(0, np_start - 5) - 1, -1):
        if is_year(reading, i):
            return reading.token_text(i)
        t = reading.doc[i]
        # An article or punctuation ends the modifiers: "in 2019 the trade deal" is undated.
        if t.lower_ in ("a", "an", "the") or not (t.is_alpha or t.text in ("-", "–")):
            return None
    return None


def signing_date(reading: Reading, view: SentenceView, np, signing: list[Cue], nps) -> str | None:
    """When the agreement named by noun phrase ``np`` was signed, as precise as the text, or
    None; ``signing`` are the signing words that belong to it, ``nps`` all agreement noun
    phrases of the sentence."""
    start, end, _ = np
    year = year_before(reading, start)
    if year and after_published(reading, year):
        year = None  # "Erdogan to visit in early 2025 following Ankara Agreement": no modifier
    if year:
        # "a 2001 treaty, signed in Moscow in March of that year"
        month = _OF_THAT_YEAR.search(view.text)
        if month and signing:
            return f"{year}-{MONTHS[month.group('month').lower()]:02d}"
        return _with_month_before(reading, start, year)

    # "Partnership (2022)" in a heading.
    if reading.token_text(end) == "(" and reading.doc[end + 1 : end + 2].text.isdigit():
        value = reading.token_text(end + 1)
        if len(value) == 4:
            return value
    if not signing:
        return None
    floor = _reported_from(reading, view, signing[-1].tok)
    # "announced the agreement, which the two sides signed on Friday": the verb that signs,
    # not the one that makes it known, is what the signing date hangs from
    hard = [c for c in signing if c.tok >= floor and c.text.lower() not in _SOFT_SIGN]
    anchor = hard[0].tok if hard else next(c.tok for c in signing if c.tok >= floor)
    foreign = dates_of_other_clauses(reading, view, np, signing) or frozenset()
    foreign |= _dates_of_other_names(reading, view, np, nps)
    foreign |= dates_after_published(reading, view)
    foreign |= dates_of_subordinate_events(reading, view, signing)
    date = nearest_date(reading, view, anchor, nps, np, floor, foreign)
    if date is None and hard and not reading.dates(view):
        date = occasion_date(reading, view)
    return date


_OCCASION_PREPS = en.OCCASION_PREPS
_OCCASION_NOUNS = en.OCCASION_NOUNS
_OCCASION_WORDS = en.OCCASION_WORDS
_OCCASION_REACH = 3  # sentences either side where the meeting's day may be told


def occasion_date(reading: Reading, view: SentenceView) -> str | None:
    """The day of the talks or meeting the sentence signs at ("MoUs were signed during a
    meeting between the two presidents", "After their talks, the leaders witnessed the
    signing of ..."), told by a sentence near it that tells the meeting with one day ("the
    two presidents met in Abu Dhabi on 15 January")."""
    words = reading.lowers(view.tok, view.tok_end)
    if not any(
        w in _OCCASION_PREPS and _OCCASION_NOUNS & set(words[i + 1 : i + 6])
        for i, w in enumerate(words)
    ):
        return None
    near = sorted(
        (s for s in reading.sentences if 0 < abs(s.index - view.index) <= _OCCASION_REACH),
        key=lambda s: abs(s.index - view.index),
    )
    for other in near:
        if not _OCCASION_WORDS & set(reading.lowers(other.tok, other.tok_end)):
            continue
        values = _dates_told(reading, other)
        if len(values) == 1 and len(next(iter(values))) == 10:
            return values.pop()
    return None


def _dates_told(reading: Reading, view: SentenceView) -> set[str]:
    """The dates the sentence tells of events: not a page's stamp, a dateline's day or a date
    after the publication."""
    datelines = {m.tok_end for m in reading.datelines}
    values = set()
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or _page_stamp(reading, span.start):
            continue
        if span.start - 1 in datelines or span.start - 2 in datelines:
            continue
        if after_published(reading, d.value):
            continue
        values.add(d.value)
    return values


def dates_of_subordinate_events(
    reading: Reading, view: SentenceView, signing: list[Cue]
) -> frozenset[int]:
    """Character starts of the sentence's dates that the parse puts in an adverbial clause of
    another time under the signing verb ("Since sanctions hit it in 2014, the country has
    signed a dozen deals", "before the war broke out in 2022"): such a
    date tells when that clause's event happened, not when anything was signed. Parsed only
    where such a conjunction stands before a date."""
    dates = reading.dates(view)
    if not dates or not signing or not _subordinator_before_a_date(reading, view, dates):
        return frozenset()
    parse = view.parse()
    if parse is None:
        return frozenset()
    verbs = {t.i for c in signing if (t := parse.token_at(reading.doc[c.tok].idx)) is not None}
    if not verbs:
        return frozenset()
    out = set()
    for d in dates:
        span = parse.span(d.start, d.end)
        if span is not None and len(span) and _in_other_time_clause(span.root, verbs):
            out.add(d.start)
    return frozenset(out)


_SUBORDINATORS = en.OTHER_TIME_SUBORDINATORS


def _subordinator_before_a_date(reading: Reading, view: SentenceView, dates) -> bool:
    """Whether a conjunction of another time stands in the sentence before one of its dates:
    without one no date can be in such a clause, and no parse is needed."""
    words = reading.lowers(view.tok, view.tok_end)
    first = next((i for i, w in enumerate(words) if w in _SUBORDINATORS), None)
    return first is not None and any(d.start > reading.doc[view.tok + first].idx for d in dates)


def _in_other_time_clause(tok, signing: set[int]) -> bool:
    """Whether the clause of the verb the date's token ``tok`` hangs from, or a clause it sits
    in, is an adverbial clause that a conjunction of another time opens, below the signing
    verb and holding no signing verb itself."""
    verb = _clause_verb(tok)[0]
    while verb is not None and verb.i not in signing:
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children
        ):
            return not any(t.i in signing for t in verb.subtree)
        verb = _clause_verb(verb)[0]
    return False


def dates_after_published(reading: Reading, view: SentenceView) -> frozenset[int]:
    """Character starts of the sentence's dates later than the publication date, at the
    precision of both ("until 2025" in a text of 2022, "completion targeted for 2036"): what
    a text tells as signed was signed by the day it was published, so such a date is of
    something still to come, never of the signing."""
    return frozenset(d.start for d in reading.dates(view) if after_published(reading, d.value))


def after_published(reading: Reading, value: str | None) -> bool:
    """Whether the date ``value`` lies after the publication date (compared at the precision
    of the less precise of the two; False when either is unknown)."""
    published = reading.published
    if not value or not published:
        return False
    n = min(len(value), len(published), 10)
    return value[:n] > published[:n]


def _dates_of_other_names(reading: Reading, view: SentenceView, np, nps) -> frozenset[int]:
    """Character starts of the dates that an agreement named before this one in the sentence
    is told with by a participle of its own ("the old accord between the two states,
    concluded on May 4, 1999, lapses when the new pact takes effect"): they date that
    agreement, not this one."""
    starts = {}
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None:
            starts[span.start] = d.start
    if not starts:
        return frozenset()
    out = set()
    for o in nps:
        if o[1] > np[0]:
            continue
        for i in range(o[1], min(o[1] + 8, np[0])):
            if reading.lower(i) in _SIGNED_AFTER:
                j = i + 1 + (reading.lower(i + 1) in ("in", "on"))
                if j in starts:
                    out.add(starts[j])
                break
    return frozenset(out)


def _with_month_before(reading: Reading, np_start: int, year: str) -> str:
    """ "the June 2024 treaty": the month named right before the modifier year."""
    for i in range(np_start - 1, max(0, np_start - 5) - 1, -1):
        if reading.token_text(i) == year:
            month = MONTHS.get(reading.lower(i - 1).rstrip("."))
            if month and reading.token_text(i - 1)[:1].isupper() and reading.lower(i - 1) != "may":
                return f"{year}-{month:02d}"
            return year
    return year


def _reported_from(reading: Reading, view: SentenceView, tok: int) -> int:
    """ "in December 2021 Islamabad announced that a deal had been signed": the token after
    the "that" of a reporting verb before the signing word at ``tok`` (dates before it tell
    when the news came, not when the deal was signed), else the sentence's first token."""
    for i in range(tok - 1, max(view.tok, tok - 12), -1):
        if reading.lower(i) == "that" and reading.lower(i - 1) in _REPORTED:
            return i + 1
    return view.tok


_REPORTED = en.REPORTED
_SOFT_SIGN = en_agreements.SOFT_SIGN


def nearest_date(
    reading: Reading,
    view: SentenceView,
    tok: int,
    nps,
    np,
    floor: int = 0,
    foreign: frozenset[int] = frozenset(),
) -> str | None:
    """The date nearest to token ``tok`` that is not inside another noun phrase (nor before
    token ``floor``, nor one of the ``foreign`` dates: their character starts)."""
    best, best_dist, seen = None, 10**9, 0
    opening = None
    # the page's own stamp ("date 2018-10-10" opening the text) dates the step only when the
    # sentence tells no other date ("signed last Tuesday" is the step's day)
    stamp: tuple[str, int] | None = None
    datelines = {m.tok_end for m in reading.datelines}
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or span.start < floor or d.start in foreign:
            continue
        if span.start - 1 in datelines or span.start - 2 in datelines:
            continue  # "Moscow, 5 May --": the day the story was filed
        if _page_stamp(reading, span.start):
            if not _perfect_before(reading, tok):
                stamp = (d.value, abs(span.start - tok))
            continue  # "date 2023-03-29 ... have been signed": the page's day, not the step's
        if span.start < tok and _bare_stamp(reading, view, d, span.start):
            continue  # "Qatar and the US sign deals 15 May 2025 During ...": a byline's day
        if _in_dateline_brackets(reading, span.start, datelines):
            continue  # "WASHINGTON (Sputnik - 04th February, 2022)": the filing day too
        if span.start < tok and _span_of_time_before(reading, span.end, tok):
            continue  # "Thursday's deal comes two months after X and Y signed": not its date
        if span.start > tok and _span_of_time_before(reading, tok, span.start):
            continue  # "the signing comes months after X and Y fought in May": the war's date
        if span.start > tok and _made_known_by(reading, tok, span.start):
            continue  # "the signing of the deal, first announced by China on Tuesday"
        if _bounds_a_span(reading, span.start):
            continue  # "a memorandum on gas shipments until 2025": the end of a span
        if _of_a_future_step(reading, tok, span.start):
            continue  # "under the deal, Latvia will provide aid this year": the aid's time
        if _opens_sentence(reading, view, span):
            opening = d.value
        if d.kind == "years_after" and span.start > tok:
            continue  # "sealed it 56 years after ... signed": the date of the later clause
        if _of_an_event(reading, span.start, tok):
            continue  # "joined ... after Russia's invasion of Ukraine in February 2022"
        if d.kind == "year" and any(
            o is not np and o[0] - 5 <= span.start < o[0] and year_before(reading, o[0])
            for o in nps
        ):
            continue  # "the 2016 memorandum": the year of another agreement
        seen += 1
        dist = abs(span.start - tok)
        precise = len(d.value)
        if dist < best_dist or (dist == best_dist and best and precise > len(best)):
            best, best_dist = d.value, dist
    if best is None and stamp is not None:
        best, best_dist = stamp
        seen += 1
    # A long lead sentence with one agreement and one date ("declared on Friday that ...,
    # setting out ... in a joint statement issued in Beijing") dates it however far apart.
    alone = seen == 1 and len(nps) == 1
    if best_dist <= 25 or (alone and best_dist <= 50):
        return _day_of_today(reading, view, best)
    # "On January 6, the Agreement between ... (a long name) ... was signed by ...": a date
    # fronted before the subject dates the main clause's verb however long the subject is.
    return opening if seen == 1 and opening else None


_EVENT_NOUNS = en.EVENT_NOUNS
_TIME_UNITS = en.TIME_UNITS
_SPAN_BOUNDS = en.SPAN_BOUNDS
_SPAN_GLUE = en.SPAN_GLUE


_MADE_KNOWN_BY = en.MADE_KNOWN_BY
# Words of a signing: the date after one of them is its own again ("announced by the two
# sides, who signed it on Friday").
_SIGNING_WORDS = en.SIGNED_AFTER | frozenset(("signing", "sign", "signs"))


def _made_known_by(reading: Reading, tok: int, start: int) -> bool:
    """Whether a participle that makes news known, with its agent ("announced by China",
    "unveiled by the leaders"), stands between the step word at ``tok`` and the date at token
    ``start`` with no signing word after it: the date is the news's."""
    for i in range(start - 1, tok, -1):
        word = reading.lower(i)
        if word in _SIGNING_WORDS or word in (";", ":"):
            return False
        if word == "by" and reading.lower(i - 1) in _MADE_KNOWN_BY:
            return True
    return False


def _of_a_future_step(reading: Reading, tok: int, start: int) -> bool:
    """Whether a verb of the future ("will", "shall") stands between the step word at ``tok``
    and the date at token ``start``, with no signing word after it: the date tells when
    something the agreement provides for is to happen, not when it was signed."""
    lo, hi = (tok + 1, start) if tok < start else (start + 1, tok)
    if hi - lo > 20:
        return False
    for i in range(hi - 1, lo - 1, -1):
        word = reading.lower(i)
        if word in _SIGNING_WORDS or word in (";", ":"):
            return False
        if word in _FUTURE_WORDS:
            return True
    return False


_FUTURE_WORDS = en.FUTURE_WORDS


def _bounds_a_span(reading: Reading, start: int) -> bool:
    """Whether the date at token ``start`` is where a span of time ends or begins ("until
    2025", "through the end of 2030", "starting in 2012"): the span's bound, not the day of
    a step."""
    for i in range(start - 1, max(start - 5, 0) - 1, -1):
        word = reading.lower(i)
        if word in _SPAN_BOUNDS:
            return True
        if word not in _SPAN_GLUE:
            return False
    return False


def _page_stamp(reading: Reading, start: int) -> bool:
    """Whether the date at token ``start`` is a page's own stamp: "date 2024-06-20" at the
    start of a line."""
    if reading.lower(start - 1) != "date":
        return False
    if start < 2:
        return True
    before = reading.doc[start - 2]
    return before.is_space or "\n" in before.whitespace_ or "\n" in before.text


_DATE_INTRO = en.DATE_INTRO  # "on 15 May 2025": words that introduce a date in running text


def _bare_stamp(reading: Reading, view: SentenceView, d, start: int) -> bool:
    """ "US and Qatar sign strategic deals 15 May 2025 During ...", "By Anadolu Agency June
    14, 2023 7:46 am": a full date that no preposition or comma introduces, right after a
    word of a headline or a byline, is when the page was filed, not when anything was
    signed."""
    if d.relative or len(d.value) != 10 or start <= view.tok:
        return False
    before = reading.token_text(start - 1)
    return before.isalpha() and before.lower() not in _DATE_INTRO and before.lower() not in WEEKDAYS


def _perfect_before(reading: Reading, tok: int) -> bool:
    """ "have been signed", "has signed": a perfect tells that the step is done, not when."""
    i = tok - 1 - (reading.lower(tok - 1) == "been")
    return reading.lower(i) in ("has", "have")


def _in_dateline_brackets(reading: Reading, start: int, datelines: set[int]) -> bool:
    """Whether token ``start`` lies in the brackets right after a dateline's place."""
    for i in range(start - 1, max(start - 12, 0) - 1, -1):
        if reading.token_text(i) == ")":
            return False
        if reading.token_text(i) == "(":
            return i in datelines or i - 1 in datelines
    return False


def _span_of_time_before(reading: Reading, end: int, tok: int) -> bool:
    """Whether a span of time ("two months", "a week", "days") with "after" or "before", or
    a relative clause on a place (", where"), stands between a date ending at token ``end``
    and the step word at ``tok``: the date is of another event than the step."""
    for i in range(end, tok):
        if reading.lower(i) in ("after", "before") and reading.lower(i - 1) in _TIME_UNITS:
            return True
        if (
            reading.lower(i) == ","
            and reading.lower(i + 1) == "where"
            and "from" in reading.lowers(max(end, i - 4), i)
        ):
            # "arrived early Thursday from Pyongyang, where he signed a pact": the place came
            # from is where an earlier day's step was taken (not "held talks in Moscow on
            # Monday, where they signed": that day's)
            return True
    return False


def _of_an_event(reading: Reading, start: int, tok: int) -> bool:
    """The date at token ``start`` comes a few words after an event noun ("the invasion of
    Ukraine in February 2022") that stands between it and the step word at ``tok``."""
    for i in range(start - 1, max(start - 6, tok), -1):
        if reading.lower(i) in _EVENT_NOUNS:
            return True
        if reading.lower(i) in (",", ";", "and"):
            return False
    return False


def _day_of_today(reading: Reading, view: SentenceView, value: str | None) -> str | None:
    """ "met virtually on 6 January 2022 ... The two leaders today signed" in a text
    published on 7 January: "today" is the day the text's lead names, a day or two before it
    was published, not the publication day. A day a day or two earlier that the sentence
    itself tells ("... today,' the premier said on Thursday") is that day too; for a spoken
    "today" a weekday in the lead ("signed on Thursday") counts as much as a full date."""
    published = reading.published_date
    if value is None or published is None or value != published.isoformat():
        return value
    relative = [d for d in reading.dates(view) if d.relative and d.value == value]
    if not relative:
        return value
    spoken = any(reading.text[d.start : d.end].lower() == "today" for d in relative)
    for lead in [*reading.sentences[: min(3, view.index)], view]:
        for d in reading.dates(lead):
            told = spoken or lead is view or not d.relative  # a weekday: only for "today"
            if told and len(d.value) == 10 and d.value < value:
                gap = published.toordinal() - _ordinal(d.value)
                if 0 < gap <= 2:
                    return d.value
    return value


def _ordinal(value: str) -> int:
    return dt.date.fromisoformat(value).toordinal()


def _opens_sentence(reading: Reading, view: SentenceView, span) -> bool:
    """Whether the date is the sentence's fronted adverbial: "On May 2, ...", "In 2019, ..."."""
    return (
        span.start == view.tok + 1
        and reading.lower(view.tok) in ("on", "in")
        and reading.lower(span.end) == ","
    )


# Words that may continue an agreement's name after its noun: "Treaty of Friendship,
# Cooperation and Mutual Security between the Russian Federation and ...".
_NAME_GLUE = en.NAME_GLUE
_SIGNED_AFTER = en.SIGNED_AFTER
_BE = en.BE
_OBJECT_OPENERS = en.OBJECT_OPENERS


def trailing_date(reading: Reading, view: SentenceView, np, nps) -> tuple[str | None, bool]:
    """A date told right after the agreement's name, before any other agreement is named:
    "the Treaty of Friendship ... signed on 3 July 1997", "COMCASA (Communications ...
    Agreement) in 2018", "a previous agreement, which was signed in 1993". Returns the date
    (or None) and whether a signing word introduced it."""
    later = [o[0] for o in nps if o[0] > np[0]]
    stop = min([view.tok_end, np[1] + 30, *later])
    starts = {}
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None:
            starts[span.start] = d.value
    i = after_name(reading, np[1], stop)
    if reading.lower(i) == ",":
        i += 1
    while i < stop and reading.lower(i) in _BE:
        i += 1
    signed = reading.lower(i) in _SIGNED_AFTER
    if signed and reading.lower(i + 1) in _OBJECT_OPENERS:
        # "Peru, which has an earlier deal with Bolivia, signed a pact with Chile": the verb
        # of the sentence's subject, with an object of its own, not the deal's participle
        return None, False
    if signed:
        i += 1
    if reading.lower(i) in ("in", "on", "of"):
        i += 1
    if i in starts and i < stop and (signed or reading.lower(i - 1) in ("in", "on", "of")):
        if after_published(reading, starts[i]) or _bounds_a_span(reading, i):
            return None, signed  # "the pact on gas supplies until 2030": no signing date
        return starts[i], signed
    return None, signed


def after_name(reading: Reading, i: int, stop: int) -> int:
    """From token ``i`` right after an agreement word, the token after the rest of its name,
    its acronym in brackets and the parties named after it."""
    while i < stop:
        t = reading.doc[i]
        if t.text == "(":
            close = next(
                (j for j in range(i + 1, min(stop, i + 10)) if reading.lower(j) == ")"), None
            )
            if close is None or any(reading.doc[j].like_num for j in range(i + 1, close)):
                return i
            i = close + 1
        elif (
            (t.is_alpha and t.text[:1].isupper())
            or (t.lower_ in _NAME_GLUE and not _date_follows(reading, i))
            or _joined(reading, i)
            or (t.text == "," and _name_goes_on(reading, i))
        ):
            i += 1
        else:
            return i
    return i


def _joined(reading: Reading, i: int) -> bool:
    """A hyphen inside a word ("Japan-U.S."), or a possessive: not a dash between phrases."""
    t = reading.doc[i]
    if t.text in ("'s", "’s"):
        return True
    return t.text in ("-", "–") and not t.whitespace_ and not reading.doc[i - 1].whitespace_


def _date_follows(reading: Reading, i: int) -> bool:
    nxt = reading.doc[i + 1] if i + 1 < len(reading.doc) else None
    return nxt is not None and (nxt.like_num or nxt.lower_ in MONTHS or nxt.lower_ in WEEKDAYS)


def _name_goes_on(reading: Reading, i: int) -> bool:
    """ "Friendship, Cooperation and ...": a comma inside a name, between capitalised words."""
    before = reading.token_text(i - 1)
    after = reading.token_text(i + 1)
    return before[:1].isupper() and after[:1].isupper() and reading.lower(i + 1) not in MONTHS


def respective_dates(reading: Reading, view: SentenceView, nps) -> dict[int, str]:
    """ "the LEMOA and the COMCASA in 2016 and 2018 respectively": the dates listed before
    "respectively" go to the agreements listed before them, in order (by noun phrase start)."""
    word = next(
        (i for i in range(view.tok, view.tok_end) if reading.lower(i) == "respectively"), None
    )
    if word is None:
        return {}
    before = [np for np in nps if np[1] <= word]
    if not before:
        return {}
    dates = []
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and before[-1][1] <= span.start < word:
            dates.append(d.value)
    if len(dates) < 2 or len(dates) > len(before):
        return {}
    if any(after_published(reading, date) for date in dates):
        return {}  # "completion targeted for 2036 and 2037, respectively": dates to come
    return {np[0]: date for np, date in zip(before[-len(dates) :], dates, strict=True)}


def is_year(reading: Reading, i: int) -> bool:
    """Whether token ``i`` is a year of the 20th or 21st century."""
    t = reading.doc[i] if i < len(reading.doc) else None
    return t is not None and t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")


def year_after(reading: Reading, view: SentenceView, code: str, after: int) -> str | None:
    """The date right after a party in a list: "with Britain in 2023", "with France in
    February" (resolved against the publication date), "Japan (2018)"."""
    for m in view.mentions:
        if m.code == code and m.tok >= after:
            i = m.tok_end
            if reading.lower(i) == "(" and is_year(reading, i + 1) and reading.lower(i + 2) == ")":
                return reading.token_text(i + 1)
            if reading.lower(i) not in ("in", "on"):
                # "with Australia in 2022, and Britain last year": a relative date right after
                at = reading.doc[i].idx if i < len(reading.doc) else -1
                return next((d.value for d in reading.dates(view) if d.start == at), None)
            if is_year(reading, i + 1):
                return reading.token_text(i + 1)
            starts = {reading.doc[j].idx for j in (i, i + 1) if j < len(reading.doc)}
            return next((d.value for d in reading.dates(view) if d.start in starts), None)
    return None


def unresolved_day(reading: Reading, view: SentenceView, tok: int) -> tuple[int, int] | None:
    """(month, day) of a day named without a year nearest to token ``tok`` ("signed on
    February 22" in a text with no publication date), when no date of the sentence resolves."""
    if reading.dates(view):
        return None
    at = reading.doc[tok].idx
    days = days_without_year(reading.text, view.start, view.end)
    if not days:
        return None
    _, month, day = min(days, key=lambda d: abs(d[0] - at))
    return month, day


def date_soon_after(reading: Reading, view: SentenceView, tok: int, reach: int) -> str | None:
    """The first date of the sentence that starts within ``reach`` tokens after ``tok``."""
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and tok <= span.start <= tok + reach:
            return d.value
    return None
