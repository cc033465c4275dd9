"""What a figure measures, from the noun nearest to it (``metric_heads.tsv``).

For an amount of money, in order: a head noun right after it ("a $2bn deposit", "$400m
worth of arms"); the noun or verb the parse attaches it to ("imports ... accounted for $5bn",
"the deficit was $9bn", "imported $5bn"); a noun just before "of", "worth" or "at" ("a trade
deficit of $9bn"); the nearest head word before it in its clause. For a bare number, the noun
it counts ("4,000 fighters", "11 truck-based rocket launchers").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..base.tables import read_table, words_pattern
from ..lang.en.words import metric_heads as en
from .quantities import Quantity
from .syntax import Parse
from .weapon_models import AIRCRAFT, AIRCRAFT_PLURAL, SYSTEM

# A head of no schema metric ("a $25bn economic agreement"): it counts only as the noun
# right after a figure, where it keeps an earlier figure's metric from carrying over.
NO_METRIC = "none"


@dataclass(frozen=True, slots=True)
class Head:
    metric: str
    unit: str
    weapon_context: bool
    # "containers of munitions": the weapons are named in an "of" phrase just after the noun
    weapons_after: bool = False


@cache
def _heads(kind: str) -> dict[str, list[tuple[tuple[str, ...], Head]]]:
    """last word -> [(the words before it, head)] for the rows of ``kind``, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], Head]]] = {}
    for r in read_table("metric_heads.tsv"):
        if r["kind"] != kind:
            continue
        words = r["word"].lower().split()
        needs = r["needs"]
        head = Head(r["metric"], r["unit"], needs == "weapons", needs == "weapons named after it")
        out.setdefault(words[-1], []).append((tuple(words[:-1]), head))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


def head_at(words: list[str], i: int, kind: str, weapons: bool) -> Head | None:
    """The metric the phrase ending at ``words[i]`` gives, if any ("imports and exports"
    is two-way trade, "exports" alone a one-way flow)."""
    for before, head in _heads(kind).get(words[i].lower(), []):
        n = len(before)
        if n and (i < n or tuple(w.lower() for w in words[i - n : i]) != before):
            continue
        if head.weapon_context and not weapons:
            continue
        return head
    return None


def head_of_word(word: str, prev: str, kind: str, weapons: bool) -> Head | None:
    """The metric ``word`` (after ``prev``) gives, if any."""
    return head_at([prev, word] if prev else [word], 1 if prev else 0, kind, weapons)


# "U.S.", "U.K.": an abbreviation with its dots is one word ("400 U.S. Marines")
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")
# Words a scan for a head noun crosses; anything else that is not a candidate ends it.
_STOP_AFTER = en.STOP_AFTER
_WEAPON_WORDS = re.compile(
    r"\b(?:arms|weapons?|military|defen[cs]e|missiles?|jets?|fighters?|tanks?|aircraft"
    r"|warplanes|helicopters|drones|submarines|frigates|howitzers|artillery|munitions"
    r"|ammunition|rafale|launchers?|air[- ]defen[cs]e|[sf]-\d+\w*|howitzers?|uavs?|unmanned)\b",
    re.I,
)


@cache
def _weapon_nouns() -> re.Pattern[str]:
    """The weapon systems a count may count (``metric_heads.tsv``: munitions counted with no
    other condition, "rockets", "corvettes", "armoured vehicles"), singular or plural ("a
    rocket sale"); not the words with other senses ("rounds" of talks, "batteries", sensor
    "pods")."""
    words = {
        r["word"].lower()
        for r in read_table("metric_heads.tsv")
        if r["kind"] == "count" and r["metric"] == "munitions_count" and not r["needs"]
    } - _NOT_ALONE
    stems = {w[:-1] if w.endswith("s") else w for w in words}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, stems))) + r")s?\b", re.I)


_NOT_ALONE = frozenset({"rounds", "pods", "batteries", "shells", "tanks"})  # "think tank"


def weapon_context(text: str) -> bool:
    """Whether the sentence speaks of weapons (so a "deal" or "sale" is an arms deal)."""
    return bool(_WEAPON_WORDS.search(text) or _weapon_nouns().search(text))


def money_metric(
    text: str,
    q: Quantity,
    offset: int,
    parse_of: Callable[[], Parse | None],
    conjunct: str | None = None,
    previous: str | None = None,
    previous_end: int = 0,
) -> str | None:
    """The metric of amount ``q`` in sentence ``text`` (``offset``: the sentence's start in
    the document). ``conjunct`` is the metric of an amount it is joined to by "and",
    ``previous`` that of the amount before it in the sentence, which ends at
    ``previous_end``: a head noun of its own overrides both. ``parse_of`` gives the
    sentence's parse, asked for only when the words next to the figure do not say."""
    weapons = weapon_context(text)
    head = _head_after(text, q, weapons)
    if head is None and conjunct:
        return conjunct
    if head is not None:
        return head.metric
    if weapons and _priced_weapons(text, q):
        return "arms_value"  # "84 F-15 jets, worth $30 billion"
    priced = _priced_noun(text, q, weapons)
    if priced is not None:
        return priced.metric  # "Chinese exports to Russia worth $111bn"
    before = _heads_before(text, q, weapons, since=previous_end)
    if len({h.metric for h in before}) == 1:
        return before[0].metric  # one word says it; no need to ask the parse
    before = before or _heads_before(text, q, weapons)
    parse = parse_of()
    if parse is not None:
        if previous and conjoined_with_previous(parse, offset + q.start, offset + q.end):
            return previous
        head = _head_from_parse(parse, offset + q.start, offset + q.end, weapons)
    if head is None and before:
        head = before[0]
    return head.metric if head else None


_PRICE_OF = re.compile(
    r"(?P<noun>[A-Za-z-]+)\s*,?\s*(?:worth|valued\s+at|costing|at\s+a\s+(?:total\s+)?cost\s+of)"
    r"(?:\s+(?:about|around|some|nearly|roughly|approximately|almost|over|more\s+than|up\s+to"
    r"|an\s+estimated))?\s*$",
    re.I,
)


def _priced_weapons(text: str, q: Quantity) -> bool:
    """ "84 F-15 jets, worth $30 billion", "missiles valued at $2bn": the price of weapon
    systems is an arms value."""
    m = _PRICE_OF.search(text[max(0, q.start - 80) : q.start])
    if m is None:
        return False
    head = head_at([m.group("noun")], 0, "count", weapons=True)
    return head is not None and head.metric == "munitions_count"


# "exports to Russia worth", "purchases of Russian oil valued at": the noun phrase a price
# word closes, up to the price word (no comma or clause word between)
_PRICED_PHRASE = re.compile(
    r"(?P<phrase>(?:[\w'’-]+\s+){1,6}?)(?:worth|valued\s+at|totall?ing|amounting\s+to)"
    r"(?:\s+(?:about|around|some|nearly|roughly|approximately|almost|over|more\s+than"
    r"|an\s+estimated|a\s+record|a\s+total\s+of))?\s*$",
    re.I,
)
_PHRASE_WORDS = 6
_PRICE_WORD = re.compile(r"worth|valued|totall?ing|amounting", re.I)


def _priced_noun(text: str, q: Quantity, weapons: bool) -> Head | None:
    """The head noun of the phrase a price word closes just before the figure ("Indian
    purchases of Russian oil worth $50bn"): the figure prices that noun, whatever a noun
    further back in the sentence ("bilateral trade ..., with ...") measures."""
    window = text[max(0, q.start - 90) : q.start]
    if not _PRICE_WORD.search(window):
        return None  # most figures: no price word before them
    m = _PRICED_PHRASE.search(window)
    if m is None:
        return None
    words = _words(m.group("phrase"))[-_PHRASE_WORDS:]
    for i in range(len(words) - 1, -1, -1):
        head = head_at(words, i, "money", weapons)
        if head is not None:
            return None if head.metric == NO_METRIC else head
    return None


def _words(text: str) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(text)]


def _longest_from(words: list[str], i: int, weapons: bool) -> Head | None:
    """The head of the longest phrase that starts at ``words[i]`` ("trade deficit" before
    "trade")."""
    for j in range(min(len(words) - 1, i + 2), i - 1, -1):
        head = head_at(words, j, "money", weapons)
        if head and (j == i or _phrase_len(words, j, head) >= j - i):
            return head
    return None


def _phrase_len(words: list[str], j: int, head: Head | None) -> int:
    if head is None:
        return 0
    for before, h in _heads("money").get(words[j].lower(), []):
        if h is head:
            return len(before)
    return 0


_BRACKET = re.compile(r"^\s*\([^()]{0,40}\)")


def _skip_partner(words: list[str]) -> list[str]:
    """ "$2bn from China as loans": a "from/to" and the name after it stand between an
    amount and its head."""
    if len(words) > 1 and words[0].lower() in ("from", "to") and words[1][:1].isupper():
        rest = words[2:]
        while rest and rest[0][:1].isupper():
            rest = rest[1:]
        return rest
    return words


def trade_head_after(text: str, q: Quantity) -> bool:
    """Whether the noun right after the figure is two-way trade ("$46bn in bilateral trade")."""
    head = _head_after(text, q, weapon_context(text))
    return head is not None and head.metric == "bilateral_trade"


def _head_after(text: str, q: Quantity, weapons: bool) -> Head | None:
    """ "$2bn interest-free deposit", "$400m worth of arms", "$2bn in bilateral support"."""
    after = _BRACKET.sub("", text[q.end :], count=1)  # "£40m (€47m) in aid"
    words = _skip_partner(_words(after)[:10])
    in_name = False  # "$10bn of North Korea's debt": a name after "of" is crossed whole
    for i, word in enumerate(words[:5]):
        low = word.lower()
        if low in _STOP_AFTER:
            return None
        head = _longest_from(words, i, weapons)
        if head:
            return head
        if word[:1].isupper():
            in_name = in_name or (i > 0 and words[i - 1].lower() in ("of", "in"))
            if not in_name:
                return None  # "$445 billion Qatar Investment Authority": a name, not a head
        else:
            in_name = False
    return None


# The verbs and nouns a figure's parse may lead to: the verb's subject says what was counted.
_LINKS = frozenset({"nsubj", "nsubjpass"})


def _head_from_parse(parse: Parse, start: int, end: int, weapons: bool) -> Head | None:
    tok = parse.head_of(start, end)
    steps = 0
    while tok is not None and steps < 4 and tok.head is not tok:
        tok = tok.head
        steps += 1
        head = _lookup(tok, weapons)
        if head:
            return head
        if tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ in _LINKS:
                    found = _lookup(child, weapons)
                    if found:
                        return found
            return None
    return None


def _is_amount(tok: Token) -> bool:
    return tok.lower_ in ("million", "billion", "trillion", "bn", "m", "mn", "crore", "lakh")


def conjoined_with_previous(parse: Parse | None, start: int, end: int) -> bool:
    """Whether the amount at ``start``..``end`` is a conjunct of an amount before it
    ("$406m of arms from Russia and $267m from China")."""
    if parse is None:
        return False
    tok = parse.head_of(start, end)
    return bool(
        tok is not None
        and tok.dep_ == "conj"
        and (tok.head.like_num or _is_amount(tok.head))
        and parse.doc_char(tok.head) < start
    )


def _lookup(tok: Token, weapons: bool) -> Head | None:
    words = [t.lower_ for t in tok.doc]
    for conj in tok.conjuncts:
        # "imports and exports": the phrase the conjuncts make, when the table has it
        if conj.i > tok.i and _phrase_len(words, conj.i, head_at(words, conj.i, "money", weapons)):
            return head_at(words, conj.i, "money", weapons)
    prev = tok.nbor(-1).lower_ if tok.i > 0 else ""
    head = head_of_word(tok.lower_, prev, "money", weapons) or head_of_word(
        tok.lemma_.lower(), prev, "money", weapons
    )
    return None if head is None or head.metric == NO_METRIC else head


_CLAUSE_START = re.compile(r"[;:]|\b(?:while|whereas|but)\b", re.I)


# How far back a head word may stand from its figure (a clause, not a table of figures).
_BEFORE_CHARS = 300


def _heads_before(text: str, q: Quantity, weapons: bool, since: int = 0) -> list[Head]:
    """The head words before the figure in its clause, nearest first ("a trade deficit of
    $9bn", "loans to Kyiv rose to $300m")."""
    before = text[max(since, q.start - _BEFORE_CHARS) : q.start]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1] :] if starts else before
    words = _words(clause)
    out = []
    for i in range(len(words) - 1, -1, -1):
        head = head_at(words, i, "money", weapons)
        if head and head.metric == NO_METRIC and not out:
            # "the rollover will support ... reserves which stand at $8bn": the nearest noun
            # measures nothing, and no farther head gives the figure its metric ... unless a
            # head of what a deal hands over qualifies it ("a credit deal worth", "a deposit
            # agreement of"; "export contracts worth" of companies stay no flow)
            qualifier = head_at(words, i - 1, "money", weapons) if i else None
            if qualifier is None or qualifier.metric not in ("aid_value", "arms_value"):
                return []
        if head and head.metric != NO_METRIC:
            out.append(head)
    return out


# How many words may stand between a verb of handing over and its amount ("provided
# Bangladesh an additional", "will extend to Sri Lanka a further")
_HANDED_REACH = 6


def handed_metric(text: str, q: Quantity) -> str | None:
    """The metric a verb of handing money over gives an amount it governs, when nothing else
    does ("JICA has provided 2,655 million yen for engineering services", "the US will give
    Sh14.5bn to ..."): a verb of ``metric_heads.tsv`` of kind handed, at most a few words
    before the amount in its clause."""
    before = text[max(0, q.start - 80) : q.start]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)] + [
        m.end() for m in re.finditer(r"[,.()\"“”]", before)
    ]
    clause = before[max(starts) :] if starts else before
    words = _words(clause)[-_HANDED_REACH - 1 :]
    for i in range(len(words) - 1, -1, -1):
        head = head_at(words, i, "handed", weapons=False)
        if head is not None:
            return head.metric
    return None


_COUNT_MODIFIER = re.compile(r"^(?:[A-Za-z][\w'’.-]*|\d{1,3}[A-Za-z]?)$")


_WEAPONS_OF = re.compile(
    r"\s+(?:filled\s+with|of|carrying|loaded\s+with)\s+(?:\w+\s+){0,2}?"
    r"(?:munitions|ammunition|weapons|arms|shells|missiles|rockets)\b",
    re.I,
)


# How many words a count's noun may stand after the number: "32 Lockheed Martin F-35 fighter
# jets", "30 Leopard 1 A5 main battle tanks" (model names run long).
_COUNT_REACH = 6


def count_head(text: str, q: Quantity) -> tuple[Head, int] | None:
    """The noun bare number ``q`` counts, within five modifier words ("4,000 fighters",
    "3,000 Turkish ground troops", "11 truck-based rocket launchers"), with where the noun
    ends in ``text``; the longer phrase wins ("personnel carriers" over "personnel")."""
    words = list(_WORD.finditer(text[q.end :]))[: _COUNT_REACH + 1]
    texts = [m.group(0) for m in words]
    # "12 IRIS-T systems", "four NASAMS launchers": a model name in the count says weapons
    weapons = weapon_context(text) or any(SYSTEM.match(w) for w in texts[:_COUNT_REACH])
    if words and _MODELS.match(texts[0]):
        return _MODEL_COUNT, q.end + words[0].end()  # "20 F-16s", "12 Su-35s"
    for i, m in enumerate(words[:_COUNT_REACH]):
        word = m.group(0)
        if word.lower() == "of" and i + 1 < len(texts) and _POSSESSOR.match(texts[i + 1]):
            continue  # "300 of its soldiers", "some 500 of Britain's troops"
        if not _COUNT_MODIFIER.match(word) or word.lower() in _COUNT_STOPS:
            return None
        head = head_at(texts, i, "count", weapons)
        if head:
            longer = head_at(texts, i + 1, "count", weapons) if i + 1 < len(texts) else None
            if longer and _count_phrase_len(texts, i + 1, longer) >= 1:
                return longer, q.end + words[i + 1].end()
            if head.metric == "troops" and any(_AIRCRAFT_MODEL.match(w) for w in texts[:i]):
                head = _AIRCRAFT  # "36 Su-27 fighters", "12 J-10C fighters": aircraft
            if head.weapons_after and not _WEAPONS_OF.match(text[q.end + m.end() :]):
                return None
            return head, q.end + m.end()
    return None


_COUNT_STOPS = en.COUNT_STOPS


# How many tokens a counted noun may stand after its number in the parse ("600 new Russian
# 'instructors'", "6 million 6-inch artillery shells")
_PARSED_COUNT_REACH = 8


# Dependencies that make a number and its noun no single count: a conjunct or a range
_NOT_ONE_COUNT = frozenset({"cc", "conj", "prep", "quantmod"})


def count_head_from_parse(
    parse: Parse, text: str, offset: int, q: Quantity
) -> tuple[Head, int] | None:
    """The noun bare number ``q`` counts by the parse, where the words after it are no plain
    run of modifiers (quotes, brackets, a hyphenated measure between): the noun the number
    (or the scale word that carries it) modifies as its ``nummod``, looked up with the words
    of its phrase before it ("police officers"). With where the noun ends in ``text``
    (``offset``: where ``text`` starts in the document)."""
    tok = parse.head_of(offset + q.start, offset + q.end)
    if tok is None or tok.dep_ != "nummod" or tok.head.i <= tok.i:
        return None
    noun = tok.head
    if noun.i - tok.i > _PARSED_COUNT_REACH or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in _NOT_ONE_COUNT for c in tok.children) or any(
        t.dep_ in _NOT_ONE_COUNT or (t.like_num and t.nbor(1).text != "-")
        for t in noun.doc[tok.i + 1 : noun.i]
    ):
        return None  # "3,000-4,000 soldiers", "12 or 14 drones": a range or a choice
    words = [t.text for t in noun.doc[tok.i + 1 : noun.i + 1]]
    weapons = weapon_context(text) or any(SYSTEM.match(w) for w in words)
    head = head_at(words, len(words) - 1, "count", weapons) or head_at(
        [*words[:-1], noun.lemma_], len(words) - 1, "count", weapons
    )
    if head is None or head.weapons_after:
        return None
    end = parse.doc_char(noun) - offset + len(noun.text)
    return head, end


# A possessor after "of" in a count ("300 of its soldiers"); "300 of the 1,000 troops" is a
# share of another figure and stays no count
_POSSESSOR = re.compile(r"^(?:its|their|[A-Z][\w.-]*['’]s)$")


# A model designation before "fighters" makes them aircraft ("Su-35", "F-16", "MiG-29").
_AIRCRAFT_MODEL = re.compile(rf"^(?:{AIRCRAFT}|Rafales?|Gripens?)$")
_AIRCRAFT = Head("munitions_count", "fighter jets", False)
# A plural model designation counts weapon systems on its own ("F-16s", "MiG-29s").
_MODELS = re.compile(rf"^{AIRCRAFT_PLURAL}$")
_MODEL_COUNT = Head("munitions_count", "aircraft", False)


def _count_phrase_len(words: list[str], j: int, head: Head) -> int:
    for before, h in _heads("count").get(words[j].lower(), []):
        if h is head:
            return len(before)
    return 0


def is_head_word(word: str) -> bool:
    """Whether ``word`` is a metric head of any kind ("exports", "aid", "troops")."""
    low = word.lower()
    return low in _heads("money") or low in _heads("count")


def count_nouns() -> list[str]:
    """The last words of the count heads ("troops", "jets", "launchers")."""
    return list(_heads("count"))


@cache
def _stationing_pattern() -> re.Pattern[str]:
    cues, forces, paid_for = (
        words_pattern("stationing_cues.tsv", kind) for kind in ("cue", "forces", "paid for")
    )
    return re.compile(
        rf"\b(?:{cues})\b|\b(?:costs?|expenses?|expenditures?|bill|hosting)\s+(?:\S+\s+){{1,5}}?"
        rf"(?:{forces})\b|\bfor\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{paid_for})\b"
        rf"|\btowards?\s+(?:the\s+)?(?:\S+\s+){{0,2}}?(?:{forces}|{paid_for})\b",
        re.I,
    )


def pays_for_foreign_forces(text: str) -> bool:
    """Whether the sentence speaks of what a host state pays for another state's forces on
    its soil ("for the upkeep of US forces", "the cost of stationing troops"): such a
    payment is metric ``other`` (``stationing_cues.tsv``)."""
    return bool(_stationing_pattern().search(text))
