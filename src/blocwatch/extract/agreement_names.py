"""The proper name of an agreement ("Treaty on Comprehensive Strategic Partnership"), its
proper modifiers ("the Black Sea grain deal") and a partnership's rank words."""

from __future__ import annotations

from ..lang.en.words import agreements as en
from .dates import MONTHS, WEEKDAYS
from .plans import title_case
from .reading import Reading, SentenceView

_DEFINITE = en.DEFINITE


def proper_descriptor(reading: Reading, view: SentenceView, start: int) -> tuple[str, ...]:
    """The modifiers before an agreement word when one of them is a proper word that names
    no state: "the Black Sea grain deal" -> ("black", "sea", "grain"). Two mentions with the
    same descriptor speak of the same agreement."""
    names = {i for m in view.mentions for i in range(m.tok, m.tok_end)}
    words = []
    i = start - 1
    while i >= view.tok and i >= start - 5:
        t = reading.doc[i]
        if not t.is_alpha or t.lower_ in _DEFINITE or t.lower_ in ("a", "an") or i in names:
            break
        words.append(t)
        i -= 1
    if not any(t.text[:1].isupper() for t in words) or title_case(reading, view):
        return ()
    return tuple(t.lower_ for t in reversed(words))


def partnership_level(reading: Reading, view: SentenceView, start: int, end: int) -> frozenset[str]:
    """The rank words of a partnership's noun phrase and the modifiers right before it
    ("comprehensive", "strategic": the ranks of upgrades; "special" or "global" are often
    left out of a short mention of the same partnership)."""
    i = start
    while i > view.tok and start - i < 4 and reading.doc[i - 1].is_alpha:
        i -= 1
        if reading.lower(i) in _DEFINITE or reading.lower(i) in ("a", "an", "to", "from"):
            i += 1
            break
    words = set()
    for j in range(i, end):
        words.update(reading.lower(j).split("-") + [reading.lower(j)])
    return frozenset(words & en.PARTNERSHIP_LEVELS)


def _name_goes_on(doc, start: int, e: int, mention_toks: set[int]) -> bool:
    """ "Treaty on Strategic Partnership and Mutual Assistance": after a name's "on/of" part,
    "and" with a capitalised word (not a state) goes on with the name."""
    return (
        doc[e].lower_ == "and"
        and any(doc[i].lower_ in ("on", "of", "for") for i in range(start, e))
        and e + 1 not in mention_toks
    )


def _name_hyphen(doc, t, floor: int) -> bool:
    """A hyphen joining two capitalised words of a name: "Inter-Governmental Agreement"."""
    return (
        t.text == "-"
        and not t.whitespace_
        and t.i - 1 > floor
        and not doc[t.i - 1].whitespace_
        and doc[t.i - 1].is_alpha
        and doc[t.i - 1].text[:1].isupper()
    )


def proper_name(reading: Reading, view: SentenceView, start: int, end: int) -> str | None:
    """A proper name around the noun phrase: "Status of Forces Agreement", "Treaty on
    Comprehensive Strategic Partnership", "Defence Framework Agreement"."""
    doc = reading.doc
    if not doc[end - 1].text[:1].isupper() and not doc[start].text[:1].isupper():
        return None
    if title_case(reading, view):
        return None  # in a headline every word is capitalised: no sign of a name
    mention_toks = {i for m in view.mentions for i in range(m.tok, m.tok_end)}
    s = start
    while s - 1 >= view.tok and s - 1 not in mention_toks:
        t = doc[s - 1]
        if (
            t.text[:1].isupper()
            and t.is_alpha
            and s - 1 > view.tok
            or t.text in ("“", "”", '"')
            and s - 2 >= view.tok
            or t.like_num
            and t.i + 1 < len(doc)
            and doc[t.i + 1].text == "-"
            or _name_hyphen(doc, t, view.tok)
        ):
            s -= 1
        else:
            break
    e = end
    while e + 1 < view.tok_end and (
        doc[e].lower_ in ("on", "of", "for") or _name_goes_on(doc, start, e, mention_toks)
    ):
        # "Treaty on Friendship", "Treaty on the Foundations of Relations"
        article = doc[e + 1].lower_ == "the" and e + 2 < view.tok_end
        word = doc[e + 1 + article]
        if not word.text[:1].isupper() or word.lower_ in MONTHS or word.lower_ in WEEKDAYS:
            break  # "the Shusha Declaration on June 15" ends before the date
        e += 2 + article
        while (
            e < view.tok_end
            and (doc[e].text[:1].isupper() or doc[e].lower_ in ("and", "of"))
            and doc[e].is_alpha
        ):
            e += 1
    name = doc[s:e].text.replace("“", "").replace("”", "").replace('"', "").strip()
    if len(name.split()) < 2 and not doc[start].text.isupper():
        return None
    if not any(w[:1].isupper() for w in name.split()[:-1]) and e == end:
        return None
    return name
