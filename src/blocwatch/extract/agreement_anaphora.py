"""Which agreement a later mention takes up: "the treaty", "the two countries", a name told
before; the antecedents are indexed so that each look-up takes constant time."""

from __future__ import annotations

from ..lang.en.words import agreements as en
from .agreement_mention import AgreementMention
from .bystanders import modified_pairs, party_mentions
from .reading import Reading, SentenceView
from .roles import codes

_LIST_WORDS = en.LIST_WORDS
_DEFINITE = en.DEFINITE
_ANAPHORA = (
    ("the", "two", "countries"),
    ("the", "two", "nations"),
    ("the", "two", "sides"),
    ("both", "countries"),
    ("both", "nations"),
    ("both", "sides"),
    ("the", "two", "states"),
    # "the two leaders signed": the leaders of the pair named before
    ("the", "two", "leaders"),
    ("the", "two", "presidents"),
    ("both", "leaders"),
)


def names_a_pair(reading: Reading, view: SentenceView) -> bool:
    """ "the two countries", "both sides": the sentence speaks of a pair named before."""
    low = view.text.lower()
    if "two" not in low and "both" not in low:
        return False
    words = [reading.lower(i) for i in range(view.tok, min(view.tok_end, view.tok + 60))]
    return any(
        tuple(words[i : i + len(p)]) == p for p in _ANAPHORA for i in range(len(words) - len(p) + 1)
    ) or bool(modified_pairs(reading, view))


def is_anaphoric(reading: Reading, view: SentenceView, np_start: int) -> bool:
    words = [reading.lower(i) for i in range(view.tok, min(view.tok_end, view.tok + 60))]
    for phrase in _ANAPHORA:
        n = len(phrase)
        at = [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == phrase]
        if any(not _pair_named_before(reading, view, view.tok + i) for i in at):
            return True
    if modified_pairs(reading, view):
        return True  # "The two U.S. allies signed the RAA"
    if _own_partner_list(reading, view, np_start):
        return False
    det = np_start - 1
    # Skip the noun phrase's modifiers back to its determiner: "the 47-article document".
    while det > view.tok and det >= np_start - 5 and reading.lower(det) not in _DEFINITE:
        t = reading.doc[det]
        if not (t.is_alpha or t.like_num or t.text in ("-", "–", '"', "“", "'", "‘")):
            break  # quotes may stand around a name: 'the "Reciprocal Access Agreement"'
        det -= 1
    if reading.lower(det) not in _DEFINITE:
        return reading.lower(np_start - 1) == "bilateral"
    # "The agreement, signed ...": a definite noun phrase before any state is named.
    return not any(m.tok < np_start and reading.lex.is_state(m.code) for m in view.mentions)


def _pair_named_before(reading: Reading, view: SentenceView, tok: int) -> bool:
    """ "Russia-Egypt: The deal was signed ..., with both sides pledging ...": "both sides"
    after two states of its own sentence (and no more) means those two."""
    named = {m.code for m in view.mentions if m.tok < tok and reading.lex.is_state(m.code)}
    return len(named) == 2


def _own_partner_list(reading: Reading, view: SentenceView, np_start: int) -> bool:
    """ "the treaty Moscow concluded with North Korea": the noun phrase names its parties."""
    for i in range(np_start + 1, min(np_start + 5, view.tok_end)):
        if reading.lower(i) in _LIST_WORDS:
            return any(i < m.tok <= i + 3 for m in view.mentions)
    return False


class Antecedents:
    """The agreements named so far that a later mention may refer back to, indexed so that
    each look-up takes constant time however long the text."""

    def __init__(self) -> None:
        self.latest: AgreementMention | None = None  # the latest with two parties or more
        self.latest_strong: AgreementMention | None = None
        self.strong_by_party: dict[str, AgreementMention] = {}
        self.last: AgreementMention | None = (
            None  # the latest of all, and the latest not background
        )
        self.last_told: AgreementMention | None = None
        self._pair: tuple[str, str] | None = None
        self._pair_from: int | None = None  # the sentence the pair was taken from
        self._pair_view: tuple[Reading, SentenceView] | None = None  # a later candidate
        self.by_name: dict[str, AgreementMention] = {}  # in order of naming, the latest last
        self.by_descriptor: dict[tuple[str, ...], AgreementMention] = {}

    def note_pair(self, reading: Reading, view: SentenceView) -> None:
        """Remember a sentence that may name exactly two states ("the two countries" in a
        later sentence means them); which two is worked out only when asked."""
        states = {m.code for m in view.mentions if reading.lex.is_state(m.code)}
        if len(states) >= 2:
            # "Modi and Trump met ... The two countries signed a deal under which Indian forces
            # get US-made helicopters": a later sentence whose states are no pair does not
            # wipe out the pair an earlier one named
            self._settle()
            self._pair_view = (reading, view)

    def _settle(self) -> None:
        if self._pair_view is not None:
            reading, view = self._pair_view
            if self._pair_from is None or view.index > self._pair_from:
                named = codes(party_mentions(reading, view))
                if len(named) == 2:
                    self._pair, self._pair_from = (named[0], named[1]), view.index
            self._pair_view = None

    @property
    def pair(self) -> tuple[str, str] | None:
        """The two states the text last named alone, in a sentence or as an agreement's."""
        self._settle()
        return self._pair

    def keep_pair(self, index: int) -> None:
        """Sentence ``index`` speaks of the pair again ("the two leaders", "both sides")."""
        if self._pair is not None and self._pair_view is None:
            self._pair_from = max(self._pair_from or 0, index)

    def recent_pair(self, index: int, reach: int) -> tuple[str, str] | None:
        """The pair, if the sentence it was taken from is at most ``reach`` sentences before
        sentence ``index``."""
        pair = self.pair
        if pair is None or self._pair_from is None or index - self._pair_from > reach:
            return None
        return pair

    def described(self, m: AgreementMention) -> AgreementMention | None:
        """An earlier agreement with the same proper modifiers ("the Black Sea grain deal")
        and other parties: the same agreement, whoever else the sentence names."""
        prev = self.by_descriptor.get(m.descriptor) if m.descriptor and not m.listed else None
        if prev is None or set(prev.parties) == set(m.parties):
            return None
        return prev

    def named(self, name: str | None) -> AgreementMention | None:
        """The latest agreement with two parties or more of this name (or a longer form)."""
        if not name:
            return None
        return next((m for n, m in reversed(self.by_name.items()) if same_name(n, name)), None)

    def add(self, m: AgreementMention) -> None:
        self.last = m
        if m.strength != "background":
            self.last_told = m
        if len(m.parties) < 2:
            return
        if not (m.kind == "document" and m.strength == "weak" and m.antecedent is None):
            # "said in a statement": a source of news that refers back to no agreement is
            # none a later mention can take its parties from
            self.latest = m
        if len(m.parties) == 2:
            self._pair, self._pair_from = (m.parties[0], m.parties[1]), m.view.index
            self._pair_view = None
        if m.descriptor and m.listed and len(self.by_descriptor) < 50:
            self.by_descriptor[m.descriptor] = m  # parties its own words name
        if m.name:
            self.by_name.pop(m.name, None)
            self.by_name[m.name] = m
            if len(self.by_name) > 50:  # bounded: the oldest name goes
                self.by_name.pop(next(iter(self.by_name)))
        if m.strength == "strong":
            self.latest_strong = m
            for code in m.parties:
                self.strong_by_party[code] = m


def resolve_anaphora(m: AgreementMention, earlier: Antecedents) -> None:
    """Give a mention that refers back ("the treaty", "the two countries") the parties of the
    agreement the text is about: the latest one reported as signed or ratified, else the
    latest named at all. A background treaty named in passing is not what "the treaty" in
    the next sentence means."""
    prev = earlier.named(m.name) or _strong_antecedent(m, earlier) or earlier.latest
    if prev is None or not _may_rename(m, prev):
        return
    if m.anaphoric or set(m.parties) <= set(prev.parties):
        m.parties = list(prev.parties)
        m.anaphoric = True  # it speaks of that agreement: let it add to it
        m.antecedent = prev


def same_name(a: str | None, b: str | None) -> bool:
    """ "Ottawa Convention" and "Ottawa Convention on the Prohibition of ...": one name."""
    if a is None or b is None:
        return False
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a)


def _may_rename(m: AgreementMention, prev: AgreementMention) -> bool:
    """A mention with a proper name refers back only to an agreement of that name, or to an
    unnamed one of its kind: "the Declaration on the Conduct of Parties" is not the
    partnership the article is about."""
    if not m.name or same_name(m.name, prev.name):
        return True
    if prev.name is not None:
        return False
    if prev.kind == m.kind:
        return True
    # "A defence pact with Japan was ratified ... The Reciprocal Access Agreement was approved
    # ... since its signing": a name that states no party, right after an unnamed pact, names
    # it (pact, agreement and treaty are one document's words in news)
    return (
        not m.parties
        and {m.kind, prev.kind} <= _BINDING_KINDS
        and 0 < m.view.index - prev.view.index <= 1
    )


_BINDING_KINDS = frozenset(("agreement", "pact", "treaty"))


def _strong_antecedent(m: AgreementMention, earlier: Antecedents) -> AgreementMention | None:
    """The latest strong mention whose parties include ``m``'s (any, when ``m`` refers back
    by its words or names no party; ``m`` names at most one party otherwise)."""
    if m.anaphoric or not m.parties:
        return earlier.latest_strong
    return earlier.strong_by_party.get(m.parties[0])
