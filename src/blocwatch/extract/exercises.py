"""Joint military exercises: which states drilled together, under what name, when, where and
in which domain (land, sea, air, combined).

A sentence states an exercise when it names one (an exercise noun: drills, exercises, war
games ...), at least two states taking part, and says it happened or is under way ("held
joint naval drills", "conducted joint military exercises": status ``held``) or announces it
("will hold ... an exercise named X": ``scheduled``). Cue phrases are data
(``lang/en/exercise_cues.tsv``). Decided the way the agreement reader decides plans:

- an intention ("plan to", "agreed to hold", "could hold") is no exercise, as a proposed
  treaty is no agreement; nor is one called off or denied ("cancelled", "did not take part");
- a treaty that "outlines" or "provides for" joint exercises states a provision of that
  agreement (``military_exercises``), not an exercise; "for military exercises" is a purpose;
- a state that condemns, protests or watches the drills ("observers from ...") is no
  participant, nor is a state named as the place ("off the coast of Oman").

A later sentence about "the drills" with fewer than two states adds its name, dates, place
and domain (and its sentence as evidence) to the document's one exercise, when it has just
one. "The two nations" (countries, sides, navies ...) are the two states of the latest
sentence that names exactly two. Each document's reports of one exercise are one fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..base.tables import cue_table
from ..model import Evidence, Extraction
from .dates import MONTH_NAME, find_dates
from .reading import Reading, SentenceView

# The dev files annotate no exercises: this is the precision measured by hand on a probe of
# 61 unseen real articles (4 of 6 exercises right, 2026-12-05, before the fixes it prompted).
CONFIDENCE = 0.67
GENERIC = frozenset(
    "the a an joint military naval annual their its these those this that large-scale"
    " trilateral bilateral multilateral new first last latest major".split()
)
_PLACE_WORDS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b"
)


@dataclass
class Exercise:
    """A joint military exercise as one document states it."""

    participants: list[str]
    name: str | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    domain: str | None = None
    status: str = "held"
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = CONFIDENCE


@cache
def _cues() -> dict[str, re.Pattern]:
    """One pattern per cue value, whole words, case-insensitive."""
    by_value: dict[str, list[str]] = {}
    for cue, value in cue_table("exercise_cues.tsv"):
        by_value.setdefault(value, []).append(re.escape(cue))
    return {
        value: re.compile(rf"(?<![\w-])(?:{'|'.join(cues)})(?![\w-])", re.IGNORECASE)
        for value, cues in by_value.items()
    }


def read_exercises(reading: Reading, so_far: Extraction | None = None) -> list[Exercise]:
    """The joint exercises one read text states (the exercise kind's extractor hook)."""
    found: list[Exercise] = []
    cues = _cues()
    pair: list[str] = []  # the states of the latest sentence naming exactly two
    for view in reading.sentences:
        named = _states(reading, view)
        if len(named) == 2:
            pair = named
        # "exercise restraint" is a verb: only an exercise noun elsewhere makes a candidate.
        if not cues["noun"].search(cues["verb"].sub(" ", view.text)):
            continue
        if cues["provision"].search(view.text) or cues["plan"].search(view.text):
            continue
        if _negated(view.text):
            continue
        status = _status(view.text)
        if status is None:
            continue
        participants = _participants(reading, view)
        if len(participants) < 2 and _THE_TWO.search(view.text):
            participants = pair  # "the two nations have conducted joint drills"
        if len(participants) < 2:
            if len(found) == 1 and _refers_back(view.text):
                _fill(found[0], _exercise(reading, view, found[0].participants, status))
            continue
        if (
            len(found) == 1
            and _refers_back(view.text)
            and set(participants) <= set(found[0].participants)
        ):
            # "Footage aired by Chinese television showed the drill": a second report of the
            # one exercise, its states those of the outlets.
            _fill(found[0], _exercise(reading, view, found[0].participants, status))
            continue
        fact = _exercise(reading, view, participants, status)
        same = next((f for f in found if _same(f, fact)), None)
        if same is None:
            found.append(fact)
        else:
            _fill(same, fact)
    return found


# How far a negation reaches: a "not" shortly before the exercise noun ("did not take part
# in the drills"), or a calling-off shortly after it ("the drills were cancelled"); a "not"
# elsewhere in the sentence is about something else ("... though they are not building a
# bloc").
NEGATION_BEFORE, NEGATION_AFTER = 60, 40


def _negated(text: str) -> bool:
    cues = _cues()
    for noun in cues["noun"].finditer(text):
        before = text[max(0, noun.start() - NEGATION_BEFORE) : noun.start()]
        after = text[noun.end() : noun.end() + NEGATION_AFTER]
        if cues["negation"].search(before):
            return True
        if cues["called_off"].search(after):
            return True
    return False


def _status(text: str) -> str | None:
    cues = _cues()
    if cues["scheduled"].search(text):
        return "scheduled"
    return "held" if cues["held"].search(text) else None


_THE_TWO = re.compile(
    r"\bthe two (?:nations|countries|states|sides|militaries|navies|armies|governments)\b",
    re.IGNORECASE,
)


def _states(reading: Reading, view: SentenceView) -> list[str]:
    return sorted({m.code for m in view.mentions if reading.lex.types.get(m.code) == "state"})


def _participants(reading: Reading, view: SentenceView) -> list[str]:
    """The states of the sentence that take part: not a place ("in", "off", "near" before
    it), not a state reacting to the drills or watching them."""
    cues = _cues()
    observers = [m.start() for m in cues["observer"].finditer(view.text)]
    watching = _watching(reading, view)
    setting = _setting(view.text)
    out: list[str] = []
    for m in view.mentions:
        if reading.lex.types.get(m.code) != "state" or m.code in out or m.code in watching:
            continue
        if any(s <= m.start - view.start < e for s, e in setting):
            continue
        before = reading.text[max(view.start, m.start - 20) : m.start].lower()
        after = reading.text[m.end : min(view.end, m.end + 30)]
        if re.search(
            r"\b(?:in|off|near|into|over|at|coast of|waters of|gulf of|sea of)\s+(?:the\s+)?$",
            before,
        ):
            continue
        # "Pyongyang condemned the drills", "Beijing has protested": a reaction.
        if cues["reaction"].match(re.sub(r"^(?:has|have|had)\s+", "", after.strip())):
            continue
        if any(o < m.start - view.start for o in observers):
            continue
        out.append(m.code)
    return sorted(out)


_MONTH_NAME = rf"{MONTH_NAME}\.?"
_DAY = r"([0-3]?\d)(?:st|nd|rd|th)?"
_UNTIL = r"\s*(?:-|–|—|to|until|till|through)\s*"
_NOT_A_MEASURE = r"(?!\s*(?:%|per\b|percent\b))"
# A span of days in one month, the month written once: "5-12 September", "from 1 to 5
# August", "between 2 and 4 September", "September 5 to 12", "Sept. 5-12, 2025".
_YEAR_AFTER = r"(?:,?\s+((?:19|20)\d\d))?"
_DAY_SPANS = [
    (re.compile(rf"\b{_DAY}{_UNTIL}{_DAY}\s+({_MONTH_NAME}){_YEAR_AFTER}"), "day first"),
    (
        re.compile(rf"\bbetween\s+{_DAY}\s+and\s+{_DAY}\s+({_MONTH_NAME}){_YEAR_AFTER}"),
        "day first",
    ),
    (
        re.compile(rf"\b({_MONTH_NAME})\s+{_DAY}{_UNTIL}{_DAY}\b{_NOT_A_MEASURE}{_YEAR_AFTER}"),
        "month first",
    ),
    (
        re.compile(
            rf"\bbetween\s+({_MONTH_NAME})\s+{_DAY}\s+and\s+{_DAY}\b{_NOT_A_MEASURE}{_YEAR_AFTER}"
        ),
        "month first",
    ),
]


def _spelled_out(text: str) -> str:
    """The sentence with a span of days written out in full ("5-12 September 2025" becomes
    "5 September 2025 to 12 September 2025"), so the date finder reads both ends with the
    sentence's own year, plan and publication date."""

    def day_first(m: re.Match) -> str:
        year = f" {m[4]}" if m[4] else ""
        return f"{m[1]} {m[3]}{year} to {m[2]} {m[3]}{year}"

    def month_first(m: re.Match) -> str:
        year = f", {m[4]}" if m[4] else ""
        return f"{m[1]} {m[2]}{year} to {m[1]} {m[3]}{year}"

    for pattern, order in _DAY_SPANS:
        text = pattern.sub(day_first if order == "day first" else month_first, text)
    return text


def _dates(reading: Reading, view: SentenceView) -> list:
    """The dates of the sentence, a span of days counted as its two ends."""
    text = _spelled_out(view.text)
    if text == view.text:
        return reading.dates(view)
    return find_dates(text, 0, len(text), reading.published)


def _setting(text: str) -> list[tuple[int, int]]:
    """The spans of the sentence that tell the drills' setting, not who drills: from a
    background cue after the first exercise noun to the end ("... drills, the first since
    Moscow invaded Ukraine"; "... began, against the backdrop of China's build-up"), and a
    leading clause up to its comma ("Amid tensions with China, Manila and Washington ...")."""
    cues = _cues()
    spans = []
    lead = cues["background"].match(text)
    if lead and "," in text[lead.end() :]:
        spans.append((0, text.index(",", lead.end())))
    noun = cues["noun"].search(text)
    later = cues["background"].search(text, noun.end()) if noun else None
    if later:
        spans.append((later.start(), len(text)))
    return spans


_AS_OBSERVER = re.compile(r"(?:'s)?[^,;]{0,60}?\bas\s+(?:an?\s+)?observers?\b", re.I)


def _watching(reading: Reading, view: SentenceView) -> set[str]:
    """States the sentence says watch the drills ("Japan's troops took part as observers"):
    no participant anywhere in the sentence, though named again elsewhere in it."""
    return {
        m.code
        for m in view.mentions
        if _AS_OBSERVER.match(reading.text, m.end, min(view.end, m.end + 70))
    }


def _exercise(reading: Reading, view: SentenceView, participants, status: str) -> Exercise:
    name = _name(reading, view)
    # A year in the exercise's name ("Marine Security Belt 2025") is no date of it.
    found = [
        d for d in _dates(reading, view) if not (d.kind == "year" and name and d.value in name)
    ]
    start = found[0].value if found else None
    end = found[1].value if len(found) > 1 and found[1].value >= found[0].value else None
    return Exercise(
        participants=list(participants),
        name=name,
        start=start,
        end=end,
        place=_place(reading, view),
        domain=_domain(view.text),
        status=status,
        evidence=[view.evidence()],
    )


_NAMED = re.compile(
    r"\b(?:named|dubbed|code-?named|called|known as)\s+[\"'“‘]?"
    r"([A-Z][\w’'-]*(?:[ -][A-Z0-9][\w’'-]*)*)"
)
_BEFORE_NOUN = re.compile(
    r"((?:[A-Z][\w’'-]*|\d{4})(?:[ -](?:[A-Z][\w’'-]*|\d{4}))*)\s+"
    r"(?:(?:joint|naval|military|maritime|air|annual)\s+)*(?:exercises?|drills?|war\s?games)\b"
)


def _name(reading: Reading, view: SentenceView) -> str | None:
    """The exercise's name: after "named"/"dubbed", else the capitalised words just before
    the noun ("the Balikatan exercises"), without state names and generic words."""
    m = _NAMED.search(view.text)
    if m:
        return m.group(1).strip("-'’")
    named = {(mm.start - view.start, mm.end - view.start) for mm in view.mentions}
    for m in _BEFORE_NOUN.finditer(view.text):
        words = []
        for w in re.finditer(r"[^\s]+", m.group(1)):
            at = m.start(1) + w.start()
            if any(s <= at < e for s, e in named):
                words = []
                continue
            words.append(w.group())
        while words and words[0].lower() in GENERIC:
            words.pop(0)
        if words and not (len(words) == 1 and words[0].lower() in GENERIC):
            return " ".join(words)
    return None


_PLACE = re.compile(
    r"\b(?:in|off|near|over|around)\s+(?:the\s+)?(?:coast\s+of\s+|waters\s+(?:off|of)\s+)?"
    r"([A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w’'-]*)*)"
)


def _place(reading: Reading, view: SentenceView) -> str | None:
    """Where the drills were: the first place named before a second exercise noun (in "held
    drills, with a bloc exercise in Belarus planned", Belarus is the other one's place)."""
    nouns = list(_cues()["noun"].finditer(view.text))
    reach = nouns[1].start() if len(nouns) > 1 else len(view.text)
    for m in _PLACE.finditer(view.text, 0, reach):
        place = m.group(1)
        if _PLACE_WORDS.match(place) or place[:1].isdigit():
            continue
        return place
    return None


def _domain(text: str) -> str | None:
    cues = _cues()
    if cues["combined"].search(text):
        return "combined"
    found = [d for d in ("land", "sea", "air") if cues[d].search(text)]
    if len(found) == 1:
        return found[0]
    return "combined" if found else None


def _refers_back(text: str) -> bool:
    return bool(
        re.search(
            r"\b(?:the|these|those)\s+(?:\w+\s+){0,2}(?:exercises?|drills?|war\s?games)\b",
            text,
            re.I,
        )
    )


def _same(a: Exercise, b: Exercise) -> bool:
    """Two statements of one document about one exercise: same states, names and start
    dates that do not disagree."""
    if a.participants != b.participants:
        return False
    names_fit = not (a.name and b.name) or a.name.lower() == b.name.lower()
    starts_fit = (
        not (a.start and b.start) or a.start.startswith(b.start) or b.start.startswith(a.start)
    )
    return names_fit and starts_fit


def _fill(kept: Exercise, more: Exercise) -> None:
    for attr in ("name", "start", "end", "place", "domain"):
        if getattr(kept, attr) is None:
            setattr(kept, attr, getattr(more, attr))
    if kept.status != "held" and more.status == "held":
        kept.status = "held"
    seen = {(e.start, e.end) for e in kept.evidence}
    kept.evidence.extend(e for e in more.evidence if (e.start, e.end) not in seen)


def exercise_matches(gold: dict, pred: dict) -> bool:
    """Scoring (``eval``): a predicted exercise matches a gold one when their sets of
    participants are equal (codes case-insensitively), as agreements match by parties."""

    def codes(record: dict) -> set[str]:
        return {str(c).strip().upper() for c in record.get("participants") or ()}

    return codes(gold) == codes(pred)
