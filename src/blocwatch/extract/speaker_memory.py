"""A document's memory of who spoke for which state, for speakers named in another sentence.

News names a speaker once with a title and a state ("the defence minister of Freedonia,
Anna Berg, said ...") and then goes on with a pronoun ("She added that ..."), the bare family
name ("Berg told reporters ...") or a definite description of an agency ("the ministry
said"). The claim reader takes an accuser from the parse of one sentence; where the subject
of a verb of saying or alleging is such a reference, this memory gives the state it stands
for:

- a person is remembered with the state of their title: a person the actor mentions already
  name (``extract/actors.py``: "<State> <title> <Name>", "<title> <Name> of <State>"), or a
  name set off by commas from a title phrase that names a state, either side of it
  ("<State>'s <Title>, <Name>," and "<Name>, <title> of the <Demonym> <Body>");
- "he"/"she" is the person named last, in its own sentence before it or the two before,
  unless a named speaker the memory cannot place (no state) stands between;
- a bare family name is the person introduced earlier under that name;
- "the <agency noun>" is the agency named last within a few sentences, one whose own name
  ends in the same noun or is a known state agency (``kind == "agency"``);
- "the report" ("the document", "the addendum", "the findings", ...) is the report named
  last whose author the text gives, a state or an organisation: "a UN experts report",
  "a report by U.N. experts", "Ukraine's intelligence report", "U.N. experts said in a new
  report". A report the text brings in without a placeable author ("a confidential report
  seen by Reuters", "a report by Dutch newspaper NOS", "the Washington Post reported")
  places nobody: what "the report" then says is the outlet's, or no one's the text names.

The memory only answers; it never makes a claim. The claim reader asks it only for the
subject of a word of saying, alleging, denying or admitting.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base.tables import words_of_kind
from .actors import Mention
from .reading import Reading

# Pronouns that stand for one person: "it" and "they" stand for a state or a group and are
# read by the parse (``claim_syntax._Tree.antecedent``).
PERSON_PRONOUNS = frozenset(("he", "she"))
# Nouns for a state's agency that "the" refers back to ("the spy agency", "the ministry").
BODY_HEADS = words_of_kind("claim_syntax.tsv", "speaker_body", column="role")
# How many sentences back a pronoun and an agency description look for their speaker.
PRONOUN_SENTENCES = 2
BODY_SENTENCES = 3
_NAME_MAX = 4  # tokens of a person's name
_TITLE_PHRASE_MAX = 10  # tokens of the title phrase set off by commas beside a name
_STOPS = frozenset((",", ".", ";", ":", "(", ")", "—", "–", '"', "“", "”"))
_PERSON_ROLES = frozenset(
    ("head_of_state", "head_of_government", "minister", "official", "spokesperson", "diplomat")
)
# head words of titles that name a body or many people ("government", "officials")
_COLLECTIVE_TITLES = words_of_kind("claim_syntax.tsv", "collective_title", column="role")


def _title_head(words: list[str]) -> str:
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


# verbs of saying a named speaker stands beside: the memory cannot place such a speaker
# without a state, and a pronoun after them is theirs, not an earlier person's
_SAYING = words_of_kind("claim_syntax.tsv", "say", column="role") | words_of_kind(
    "claim_syntax.tsv", "allege", column="role"
)


@dataclass(frozen=True)
class _Person:
    tok: int  # where the person is named (document token index)
    sentence: int
    code: str | None  # None: a named speaker with no state known
    surname: str


@dataclass(frozen=True)
class _Report:
    tok: int
    sentence: int
    codes: tuple[str, ...]  # its author's codes; () when the text gives none it can place
    blocks: bool  # a new report of no placeable author: "the report" after it is not earlier ones


@dataclass(frozen=True)
class _Body:
    tok: int
    sentence: int
    code: str
    head: str | None  # the noun the body's name ends in; None: a known agency of any name


class SpeakerMemory:
    """The people and agencies a document names with a state, in text order."""

    def __init__(self, reading: Reading):
        self.reading = reading
        # the head word of each title of a person ("minister", "spokesperson", "envoy"): a
        # modifier of one ("foreign", "senior") says nothing alone
        # ("secretary of state": the word before "of")
        heads = {
            _title_head(t.lower().split())
            for t, role in reading.lex.titles.items()
            if role in _PERSON_ROLES and t.split()
        }
        self._title_words = frozenset(heads - _COLLECTIVE_TITLES)
        self.people: list[_Person] = []
        self.bodies: list[_Body] = []
        self.reports: list[_Report] = []
        for view in reading.sentences:
            self._read_sentence(view)
            self._read_reports(view)
        self.people.sort(key=lambda p: p.tok)
        self.bodies.sort(key=lambda b: b.tok)

    def _state(self, m: Mention) -> bool:
        return self.reading.lex.is_state(m.code) and m.kind != "dateline"

    def _read_sentence(self, view) -> None:
        r = self.reading
        covered = {i for m in view.mentions for i in range(m.tok, m.tok_end)}
        placed: set[int] = set()
        for m in view.mentions:
            if m.kind in ("person", "official") and self._state(m):
                self.people.append(_Person(m.tok, view.index, m.code, r.token_text(m.tok_end - 1)))
                placed.update(range(m.tok, m.tok_end))
            if self._state(m):
                head = self._body_after(m, view.tok_end)
                if m.kind == "agency":
                    # "the National Intelligence Service" ends in its noun; "the NIS" names none
                    last = r.lower(m.tok_end - 1)
                    self.bodies.append(
                        _Body(m.tok, view.index, m.code, last if last in BODY_HEADS else None)
                    )
                elif head is not None:
                    self.bodies.append(_Body(m.tok, view.index, m.code, head))
        i = view.tok
        while i < view.tok_end:
            end = i
            while end < view.tok_end and end - i < _NAME_MAX and self._name_token(end, covered):
                end += 1
            if end - i < 2 or i in placed:
                i = max(end, i + 1)
                continue
            code = self._titled_beside(view, i, end)
            if code is not None:
                self.people.append(_Person(i, view.index, code, r.token_text(end - 1)))
            elif self._speaks(i, end, view):
                self.people.append(_Person(i, view.index, None, r.token_text(end - 1)))
            i = end

    # --- reports ---------------------------------------------------------------------------

    def _author(self, m: Mention) -> bool:
        """A state or organisation that can write a report (no dateline)."""
        r = self.reading
        return m.kind != "dateline" and r.lex.types.get(m.code) in _AUTHOR_TYPES

    def _read_reports(self, view) -> None:
        r = self.reading
        by_end = {m.tok_end: m for m in view.mentions if self._author(m)}
        by_start = {m.tok: m for m in view.mentions if self._author(m)}
        for i in range(view.tok, view.tok_end):
            word = r.lower(i)
            if word in REPORT_HEADS:
                before = r.lower(i - 1) if i > view.tok else ""
                if word == "reports" and before not in _DETERMINERS:
                    continue  # "the agency reports on ...": a verb
                codes, press = self._report_owners(view, i, by_end, by_start)
                definite = self._definite(view, i)
                self.reports.append(_Report(i, view.index, codes, press or not definite))
            elif word in _REPORTED and r.lower(i - 1) not in _DETERMINERS | _AUXILIARIES:
                # "the UN reported that ...", "the Washington Post reported": a report whose
                # author is the actor right before the verb, or no one the memory can place
                codes = self._speaker_before(view, i, by_end)
                self.reports.append(_Report(i, view.index, codes, True))

    def _definite(self, view, i: int) -> bool:
        """Whether the report noun at ``i`` opens on "the", "this" or "that" (a reference to
        a report named before), past its modifiers."""
        return self._opening(view, i, _DEFINITE) is not None

    def _report_owners(self, view, i: int, by_end, by_start) -> tuple[tuple[str, ...], bool]:
        """The author of the report noun at ``i`` and whether the press wrote it: the actor
        in the words before it ("a UN experts report", "Ukraine's intelligence report"), after
        "by" or "from" right after it ("a report by U.N. experts"), or the speaker of "said
        in a report"."""
        r = self.reading
        words: list[str] = []
        j = i - 1
        while j >= view.tok and i - j <= _REPORT_PHRASE_MAX:
            m = by_end.get(j + 1)
            if m is not None and j + 1 <= i:
                if self._owns(m, words):
                    return (m.code,), False
                j = m.tok - 1
                continue
            word = r.lower(j)
            if word in _REPORT_STOPS or not r.token_text(j)[:1].isalnum() and word not in _POSS:
                break
            words.append(word)
            j -= 1
        if _press(words):
            return (), True
        if r.lower(i + 1) in ("by", "from"):
            words = []
            for j in range(i + 2, min(i + 2 + _REPORT_PHRASE_MAX, view.tok_end)):
                m = by_start.get(j)
                if m is not None:
                    if _press(words):
                        return (), True
                    if self._owns(m, [r.lower(k) for k in range(m.tok_end, m.tok_end + 2)]):
                        return (m.code,), False
                    break
                word = r.lower(j)
                if not r.token_text(j)[:1].isalnum() or word in _REPORT_STOPS - _BY_PHRASE:
                    break
                words.append(word)
            return (), _press(words)
        # "U.N. experts said in a new report", "UN monitors published a report"
        d = self._determiner(view, i)
        if d is not None:
            if r.lower(d - 1) in _ISSUED:
                return self._speaker_before(view, d - 1, by_end), False
            if r.lower(d - 1) == "in" and r.lower(d - 2) in _SAID:
                return self._speaker_before(view, d - 2, by_end), False
        return (), False

    def _determiner(self, view, i: int) -> int | None:
        """Where the article or possessive pronoun of the report noun at ``i`` stands."""
        return self._opening(view, i, _ARTICLES)

    def _opening(self, view, i: int, words) -> int | None:
        """Where a word of ``words`` opens the report noun phrase ending at ``i`` (walking back
        over its modifiers); None when the phrase opens otherwise."""
        r = self.reading
        j = i - 1
        while j >= view.tok and i - j <= _REPORT_PHRASE_MAX:
            word = r.lower(j)
            if word in words:
                return j
            if word in _REPORT_STOPS or not r.token_text(j)[:1].isalnum():
                return None
            j -= 1
        return None

    def _owns(self, m: Mention, between: list[str]) -> bool:
        """Whether mention ``m`` names the author of the report it stands before or after: a
        name of a state or organisation does; a demonym only with a state body noun ("the
        Ukrainian intelligence report", not "a South Korean report", which is the press)."""
        if _press(between):
            return False
        if m.kind != "demonym":
            return True
        return any(w in _STATE_BODIES for w in between)

    def _speaker_before(self, view, verb: int, by_end) -> tuple[str, ...]:
        """The actor named just before a verb of reporting, across capitalised words and
        body nouns ("UN Special Rapporteur Tom Andrews reported", "U.N. experts said"), not
        after a preposition ("sanctions against Libya said")."""
        r = self.reading
        j = verb - 1
        while j >= view.tok and verb - j <= _REPORT_PHRASE_MAX:
            m = by_end.get(j + 1)
            if m is not None:
                # "a panel of UN monitors said" speaks for the UN; "sanctions against
                # Libya said" does not for Libya
                before = r.lower(m.tok - 1)
                if m.kind == "demonym" or before in _REPORT_STOPS - _DEFINITE - {"of"}:
                    return ()
                return (m.code,)
            word = r.token_text(j)
            if not (word[:1].isupper() or word.lower() in _SPEAKER_NOUNS):
                return ()
            j -= 1
        return ()

    def _name_token(self, i: int, covered: set[int]) -> bool:
        word = self.reading.token_text(i)
        return word[:1].isupper() and word.isalpha() and i not in covered

    def _body_after(self, m: Mention, limit: int) -> str | None:
        """ "China's Foreign Ministry", "the Ukrainian Foreign Intelligence Service": the body
        noun a state's name opens (within three words), or None."""
        r = self.reading
        i = m.tok_end + (r.token_text(m.tok_end) in ("'s", "’s"))
        for j in range(i, min(i + 3, limit)):
            word = r.lower(j)
            if word in BODY_HEADS:
                return word
            if not r.token_text(j).isalpha():
                return None
        return None

    def _titled_beside(self, view, start: int, end: int) -> str | None:
        """The state of the title phrase set off by a comma right before or after a name:
        "Freedonia's First Secretary, Anna Berg", "Anna Berg, spokesperson for the
        Freedonian Intelligence Service"; None when no such phrase names a state."""
        r = self.reading
        if r.token_text(end) == ",":
            j = end + 1
            stop = min(view.tok_end, j + _TITLE_PHRASE_MAX)
            while j < stop and r.token_text(j) not in _STOPS:
                j += 1
            code = self._title_state(view, end + 1, j)
            if code is not None:
                return code
        if r.token_text(start - 1) == ",":
            j = start - 2
            first = max(view.tok, start - 1 - _TITLE_PHRASE_MAX)
            while j >= first and r.token_text(j) not in _STOPS:
                j -= 1
            # the name itself may open on its title ("Ambassador Yoseph ...")
            return self._title_state(view, j + 1, start - 1, name=(start, end))
        return None

    def _title_state(self, view, start: int, end: int, name=None) -> str | None:
        r = self.reading
        span = range(start, end)
        words = [r.lower(i) for i in span]
        if name is not None:
            words += [r.lower(i) for i in range(*name)]
        if not any(w in self._title_words for w in words):
            return None
        states = [
            m for m in view.mentions if start <= m.tok and m.tok_end <= end and self._state(m)
        ]
        codes = {m.code for m in states}
        if len(codes) > 1:
            # "Armenia's ambassador to Israel", "Kenya's envoy in Moscow": the state a title
            # is held at is the posting; the one that holds it is the other
            states = [m for m in states if not self._posting(m, start)]
            codes = {m.code for m in states}
        return states[0].code if len(codes) == 1 else None

    def _posting(self, m: Mention, start: int) -> bool:
        """The state follows "to", "in" or "at" (maybe with "the") inside a title phrase."""
        r = self.reading
        i = m.tok - 1
        if r.lower(i) == "the":
            i -= 1
        return i >= start and r.lower(i) in _POSTING_PREPOSITIONS

    def _speaks(self, start: int, end: int, view) -> bool:
        """A name right beside a verb of saying: "..., Yoo added", "said Lee Ji-won"."""
        r = self.reading
        return r.lower(end) in _SAYING or r.lower(start - 1) in _SAYING

    # --- questions ---------------------------------------------------------------------

    def pronoun(self, sentence: int, tok: int) -> str | None:
        """The state of the person "he"/"she" at token ``tok`` refers to, or None."""
        first = max(0, sentence - PRONOUN_SENTENCES)
        before = [p for p in self.people if first <= p.sentence <= sentence and p.tok < tok]
        return before[-1].code if before else None

    def surname(self, sentence: int, tok: int) -> str | None:
        """The state of the person introduced earlier by the family name at ``tok``."""
        word = self.reading.token_text(tok)
        found = [p for p in self.people if p.tok < tok and p.surname == word and p.code is not None]
        return found[-1].code if len(found) == 1 or _one_code(found) else None

    def body(self, sentence: int, tok: int, head: str) -> str | None:
        """The state of the agency "the <head>" at ``tok`` refers to, or None."""
        first = max(0, sentence - BODY_SENTENCES)
        before = [
            b
            for b in self.bodies
            if first <= b.sentence <= sentence
            and b.tok < tok
            and (b.head == head or (b.head is None and head in _ANY_AGENCY))
        ]
        return before[-1].code if before else None

    def report(self, sentence: int, tok: int) -> tuple[str, ...]:
        """The author of the report "the report" at ``tok`` refers to: the codes of the last
        report before it whose author is placed; () when a report of no placeable author
        comes in between, or none is named within :data:`REPORT_SENTENCES`."""
        first = max(0, sentence - REPORT_SENTENCES)
        for rep in reversed(self.reports):
            if rep.tok >= tok or rep.sentence < first:
                continue
            if rep.codes:
                return rep.codes
            if rep.blocks:
                return ()
        return ()


def _press(words: list[str]) -> bool:
    return any(w in _PRESS for w in words)


def _one_code(found: list[_Person]) -> bool:
    return len({p.code for p in found}) == 1


# prepositions before the state where a title is held ("ambassador to Israel", "envoy in Kyiv")
_POSTING_PREPOSITIONS = frozenset(("to", "in", "at"))
# what an agency known by an acronym ("the NIS", "the SVR") is called in other words
_ANY_AGENCY = frozenset(("agency", "service"))


# Report nouns "the <noun> said" refers back with, and how many sentences back.
REPORT_HEADS = words_of_kind("claim_syntax.tsv", "report_head", column="role")
REPORT_SENTENCES = 12
_AUTHOR_TYPES = frozenset(("state", "organisation"))
_REPORT_PHRASE_MAX = 7  # words between a report noun and its author, either side
_ARTICLES = frozenset(("a", "an", "the", "its", "their"))
# "the report", "its investigation": a report named before, not a new one
_DEFINITE = frozenset(("the", "this", "that", "its", "their"))
_DETERMINERS = frozenset(("a", "an", "the", "this", "that", "its", "their", "his", "her"))
_AUXILIARIES = frozenset(("was", "were", "been", "be", "is", "are", "being", "as", "widely"))
_POSS = frozenset(("'s", "’s", "'", "’"))
_REPORTED = frozenset(("reported",))
_SAID = frozenset(("said", "says", "wrote", "writes", "stated", "states", "found", "concluded"))
# verbs whose subject writes the report that is their object ("UN monitors issued a report")
_ISSUED = frozenset(
    (
        "published",
        "publishes",
        "released",
        "releases",
        "issued",
        "issues",
        "delivered",
        "submitted",
        "presented",
        "compiled",
        "produced",
    )
)
# words that end the phrase of a report noun (looking back) or its "by" phrase (looking on)
_REPORT_STOPS = frozenset(
    (
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her",
        "by", "of", "in", "on", "to", "from", "with", "for", "at", "against", "about", "over",
        "and", "or", "but", "which", "who", "said", "says", "reported", "seen", "obtained",
        "cited", "citing", "according", "published", "released",
    )
)  # fmt: skip
_BY_PHRASE = frozenset(("the", "of", "for", "and"))  # "by experts for the UN Security Council"
_SPEAKER_NOUNS = frozenset(("experts", "expert", "panel", "monitors", "investigators", "group"))
# the press ("a report by US publication the Wall Street Journal", "Russian media reports")
_PRESS = words_of_kind("claim_syntax.tsv", "outlet", column="role") | frozenset(
    ("news", "think-tank", "tank")
)
_STATE_BODIES = words_of_kind("claim_syntax.tsv", "state_noun", column="role")


def memory(reading: Reading) -> SpeakerMemory:
    """The speaker memory of ``reading`` (made once per document, kept with it)."""
    return reading.kept("speaker_memory", SpeakerMemory)
