"""The quantity layer: every amount of money and every count a sentence states, normalised.

One normaliser for all the shapes news gives a figure: number, scale and currency in any
order ("$4.5bn", "4.5 bln dollars", "USD 4.5 billion", "Rs 10,000 crore", "13 billion yen"),
spelled-out numbers ("three million", "nearly two thousand"), and ranges ("10,000 to
12,000", "between 3,000 and 5,000": the figure is the lower bound, as an annotator reading
"at least" would take it). Percentages are never quantities of this kind.

This module knows nothing of metrics or actors: it says where a figure is, what it is worth
and in what unit. The tables ``quantity_scales.tsv`` and ``currencies.tsv`` hold the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..base.tables import read_table


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure in a sentence: ``start``/``end`` are offsets in the sentence's text."""

    start: int
    end: int
    value: float
    currency: str | None  # an ISO 4217 code, or "RS" for rupees whose country the text decides
    text: str

    @property
    def is_money(self) -> bool:
        return self.currency is not None


@cache
def _scales() -> dict[str, float]:
    return {r["word"].lower(): float(r["factor"]) for r in read_table("quantity_scales.tsv")}


@cache
def _currencies() -> dict[str, str]:
    return {r["word"].lower(): r["code"] for r in read_table("currencies.tsv")}


@cache
def _iso_codes() -> frozenset[str]:
    """Three-letter codes, which count only in capitals ("TRY 4 billion", not "try 5")."""
    return frozenset(
        r["word"].lower() for r in read_table("currencies.tsv") if r["source"] == "ISO 4217"
    )


@cache
def _capitalised_abbreviations() -> frozenset[str]:
    """Short forms that count only capitalised ("Dh5bn", "RM2bn", not "rm 2")."""
    return frozenset(
        r["word"].lower() for r in read_table("currencies.tsv") if "in capitals" in r["source"]
    )


def scale_words() -> list[str]:
    """Every scale word the normaliser knows ("million", "bn", "crore", "dozen")."""
    return list(_scales())


def currency_words() -> list[str]:
    """Every currency word and symbol the normaliser knows ("$", "usd", "rupees")."""
    return list(_currencies())


_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "a few": 0,  # never a figure: kept so that "a few thousand" is not read as 1,000
    "dozen": 12,
    "hundred": 100,
}
_WORD_NUMBER = (
    r"(?:(?:a|one|three)\s+quarters?\s+of\s+an?|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half|"
    r"half\s+an?|a\s+half|half|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a|an|a dozen|dozen)(?:\s+hundred)?"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?"


def _scale_pattern() -> str:
    words = sorted(_scales(), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def _currency_pattern(letters: bool) -> str:
    words = [w for w in _currencies() if w[0].isalpha() == letters]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    scale = _scale_pattern()
    words = _currency_pattern(letters=True)
    symbols = _currency_pattern(letters=False)
    # "1.5-2 billion", "1,500-2,000": a range written with a dash is its lower bound; only
    # before a scale, or between numbers with thousands separators ("2023-24" is a year)
    dashed = (
        rf"(?:\s?[-–]\s?(?:{_DIGITS})(?=\s?-?(?:{scale})\b)"
        rf"|(?<=\d,\d\d\d)\s?[-–]\s?\d{{1,3}}(?:,\d{{3}})+(?![\d]|[.,]\d))?"
    )
    # "$117,7 million": a decimal comma, read only before a scale (a thousands separator
    # always has three digits after it)
    decimal_comma = rf"(?P<dec>\d{{1,3}},\d{{1,2}})(?=\s?-?(?:{scale})\b)"
    number = (
        rf"{decimal_comma}|(?P<num>{_DIGITS})(?![\d]|[.,]\d){dashed}|(?P<word>{_WORD_NUMBER})\b"
    )
    # "of$3 billion": a symbol may stick to the word before it; a currency word may not.
    pre = rf"(?P<pre>(?<![A-Za-z])(?:{words})|{symbols})\s?\.?\s?"
    return re.compile(
        rf"(?:{pre}|(?<![\w.,/$-]))(?:{number})"
        rf"(?:\s?-?(?P<scale>{scale})\b(?:\s+(?P<scale2>{scale})\b)?)?"
        rf"(?:\s?-?(?P<post>{words})\b)?"
        rf"(?!\s?(?:%|per\s?cent|percent|pc\b|°|-(?:year|month|day|strong|point)))"
        rf"(?![A-Za-z\d])",  # "155mm", "5G", "2+2": a measure of something else, or a name
        re.IGNORECASE,
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every money amount and every count in ``text``, in order. A spelled-out number counts
    only with a scale ("two million") or before a noun ("six jets"): the caller decides
    which counts matter; "one" and "a" alone never make a money figure."""
    return list(_quantities_of(text))


@lru_cache(maxsize=64)  # a sentence's figures are asked for by several readers in a row
def _quantities_of(text: str) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    pos = 0
    while (m := _pattern().search(text, pos)) is not None:
        q = _quantity(m)
        if q is not None:
            out.append(q)
            pos = m.end()
        else:
            # "a USD 400 million": the article swallowed the currency; look again after it
            pos = m.start() + 1
    out += _dollar_adjectives(text, out)
    decimals = _spelled_decimals(text)
    if decimals:  # "five-point-seven billion": one figure, not "five" and "seven billion"
        out = [q for q in out if not any(d.start <= q.start < d.end for d in decimals)]
        out += decimals
    out.sort(key=lambda q: q.start)
    return tuple(_currency_of_the_run(text, _ranges_as_lower_bound(text, out)))


# "another billion-dollar (783 million euros) loan", "a million-dollar grant": one scale of
# dollars, written as an adjective (not "multibillion-dollar", no figure)
_DOLLAR_ADJECTIVE = re.compile(
    r"\b(?:an?|another|one)\s+(?P<scale>million|billion|trillion)-dollar\b", re.IGNORECASE
)


_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
# "five-point-seven billion dollars", "fourteen point eight trillion won": a decimal in words,
# as broadcasters' scripts write it
_SPELLED_DECIMAL = re.compile(
    r"\b(?P<int>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three"
    r"|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,3})[- ]point[- ](?P<frac>(?:zero|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:[- ](?:zero|one|two|three|four|five|six|seven|eight|nine))*)\b",
    re.IGNORECASE,
)


def _spelled_decimals(text: str) -> list[Quantity]:
    """Decimals written in words before a scale ("five-point-seven billion dollars"), read
    as the same figure written in digits would be."""
    if "point" not in text:
        return []
    out = []
    for m in _SPELLED_DECIMAL.finditer(text):
        whole = m.group("int")
        whole = whole if whole[0].isdigit() else f"{_word_value(whole):g}"
        words = re.split(r"[- ]", m.group("frac").lower())
        digits = whole + "." + "".join(str(_DIGIT_WORDS.index(w)) for w in words)
        rest = text[m.end() : m.end() + 60]
        q = _quantities_of(digits + rest)
        if not q or q[0].start != 0 or q[0].end <= len(digits):
            continue  # no scale or currency after it: "four point five percent"
        end = m.end() + q[0].end - len(digits)
        out.append(Quantity(m.start(), end, q[0].value, q[0].currency, text[m.start() : end]))
    return out


def _dollar_adjectives(text: str, found: list[Quantity]) -> list[Quantity]:
    if "-dollar" not in text:
        return []
    out = []
    for m in _DOLLAR_ADJECTIVE.finditer(text):
        start = m.start("scale")
        if any(q.start <= start < q.end for q in found):
            continue
        value = _scales()[m.group("scale").lower()]
        out.append(Quantity(start, m.end(), value, "USD", m.group(0)[start - m.start() :]))
    return out


def _quantity(m: re.Match[str]) -> Quantity | None:
    if m.group("dec"):
        number = float(m.group("dec").replace(",", "."))
    elif m.group("num"):
        number = float(m.group("num").replace(",", ""))
    else:
        number = _word_value(m.group("word"))
        if number is None:
            return None
        if number <= 1 and not m.group("scale"):
            return None  # "a", "one" alone: no figure
    factor = 1.0
    for key in ("scale", "scale2"):
        if m.group(key):
            factor *= _scales()[m.group(key).lower()]
    pre, post = m.group("pre"), m.group("post")
    if m.group("word") and pre and not m.group("scale"):
        return None  # "$ a" is no figure
    word = (pre or post or "").strip(" .")
    currency = _currencies().get(word.lower()) if word else None
    if word.lower() in _iso_codes() and not word.isupper():
        currency = None
    if word.lower() in _capitalised_abbreviations() and not word[:1].isupper():
        currency = None  # "rm 2": no ringgit
    return Quantity(m.start(), m.end(), number * factor, currency, m.group(0))


def _word_value(words: str) -> float | None:
    low = re.sub(r"\s+", " ", words.lower().replace("-", " "))
    if low.endswith(" and a half"):  # "one and a half billion"
        whole = _word_value(low[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if " quarter" in low:  # "a quarter of a billion", "three quarters of a million"
        return 0.75 if low.startswith("three") else 0.25
    if low.startswith("half") or low == "a half":
        return 0.5  # "half a million"
    parts = low.split(" ")
    total = 0.0
    for part in parts:
        if part == "hundred":
            total = (total or 1) * 100
        elif part in _UNITS:
            total += _UNITS[part]
        else:
            return None
    return total


# What may follow an amount whose currency the text leaves out: punctuation, the end, or a
# word that starts no noun ("to 77.5 billion, while", "18.13 in 2021-22"); "1.4 billion
# people" counts something else.
_AFTER_BARE_AMOUNT = re.compile(
    r"^(?:\s*(?:[,.;:)]|$)|\s+(?:in|and|while|whereas|from|to|for|during|over|last|this"
    r"|against|compared|versus|vs|a\s+year|annually|per\s+year|respectively)\b)",
    re.IGNORECASE,
)
# "grew from $4.1 billion in 2015-16 to 7.85 in 2019-20": a change whose second figure
# leaves out the currency and the scale the first one gave
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO_GAP = re.compile(r"^[^\d$]{0,25}?\bto\s*$|^\s+in\s+[\d/-]{4,9}\s+to\s*$", re.I)
_MONEY_SCALES = frozenset(
    {
        "trillion",
        "tn",
        "trn",
        "tln",
        "billion",
        "bn",
        "bln",
        "million",
        "mn",
        "mln",
        "crore",
        "crores",
        "lakh",
        "lakhs",
        "bil",
        "milliard",
    }
)


def is_bare_amount(text: str, q: Quantity) -> bool:
    """Whether ``q`` is an amount written with a scale of money and no currency, and no noun
    of its own after it ("valued at 2.75 billion."; not "1.4 billion people")."""
    scale = _scale_word(q) if q.currency is None else None
    return (
        scale is not None
        and scale.lower() in _MONEY_SCALES
        and bool(_AFTER_BARE_AMOUNT.match(text[q.end :]))
    )


def _currency_of_the_run(text: str, found: list[Quantity]) -> list[Quantity]:
    """An amount the text writes without its currency, in a sentence whose other amounts give
    one ("India's exports went up to 77.5 billion, while imports rose to $40.8 billion";
    "trade grew from $9.3 billion to 18.13"), is in that currency: a scaled amount followed by
    no noun of its own, or the bare second figure of a change from an amount with a scale."""
    money = [q for q in found if q.is_money]
    if not money or len(money) == len(found):
        return found
    out = []
    for i, q in enumerate(found):
        if q.is_money or is_year(q) or not _AFTER_BARE_AMOUNT.match(text[q.end :]):
            out.append(q)
            continue
        scale = _scale_word(q)
        before = next((b for b in reversed(found[:i]) if not is_year(b)), None)
        if scale is not None and scale.lower() in _MONEY_SCALES:
            near = min(money, key=lambda m: abs(m.start - q.start))
            out.append(replace(q, currency=near.currency))
        elif (
            scale is None
            and before is not None
            and before.is_money
            and re.fullmatch(r"\d{1,3}(?:\.\d+)?", q.text)
            and (before_scale := _scale_word(before)) in _MONEY_SCALES
            and _FROM_BEFORE.search(text[: before.start])
            and _TO_GAP.match(text[before.end : q.start])
        ):
            value = float(q.text) * _scales()[before_scale]
            out.append(replace(q, value=value, currency=before.currency))
        else:
            out.append(q)
    return out


_RANGE_GAP = re.compile(r"^\s*(?:to|-|–|and)\s*$", re.IGNORECASE)
# "from $6bn", "from a meagre $245,000", "from just $2bn": the start of a change, with the
# words of size or emphasis that may stand between "from" and the figure
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:from|by)(?:\s+(?:a|an|just|only|mere|meagre|meager|modest|paltry|some|about"
    r"|around|roughly|nearly|almost|approximately|barely|less\s+than|more\s+than|over|under)){0,2}"
    r"|rose|fell|grew|up|down|increased|decreased|dropped|declined)\s*$",
    re.I,
)


def _ranges_as_lower_bound(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "10,000 to 12,000 troops", "between $3bn and $5bn": one figure, the lower bound, in
    the unit and scale of the upper one when the lower leaves them out ("3 to 5 billion").
    "from $6bn to $9bn" is a change, two figures."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and _is_range(text, q, nxt):
            out.append(_lower_bound(q, nxt, text))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


def _is_range(text: str, low: Quantity, high: Quantity) -> bool:
    gap = _RANGE_GAP.match(text[low.end : high.start])
    if not gap or _CHANGE_BEFORE.search(text[: low.start]) or is_year(low) or is_year(high):
        return False
    if low.value >= high.value and _bare_number(low) >= _bare_number(high):
        return False
    if gap.group(0).strip().lower() == "and":
        return text[: low.start].rstrip().lower().endswith("between")
    return True


# "245,000": a number written out to its units, which no scale written after a later number
# multiplies
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


def _lower_bound(low: Quantity, high: Quantity, text: str) -> Quantity:
    value = low.value
    high_scale = _scale_word(high)
    if high_scale and not _scale_word(low) and not _THOUSANDS.search(low.text):
        # "3 to 5 billion", "two to three dozen": the scale written once belongs to both
        value = low.value * _scales()[high_scale]
    currency = low.currency or high.currency
    return Quantity(low.start, high.end, value, currency, text[low.start : high.end])


def _scale_word(q: Quantity) -> str | None:
    """The scale word of a figure ("billion" of "$5 billion", "dozen" of "three dozen")."""
    words = [w for w in re.findall(r"[A-Za-z]+", q.text.lower()) if w in _scales()]
    return words[-1] if words else None


def is_year(q: Quantity) -> bool:
    """A bare four-digit number that reads as a year ("in 2021")."""
    return q.currency is None and q.text.isdigit() and 1900 <= q.value <= 2100


def _bare_number(q: Quantity) -> float:
    m = re.search(_DIGITS, q.text)
    if m:
        return float(m.group(0).replace(",", "")) or 1.0
    return 1.0
