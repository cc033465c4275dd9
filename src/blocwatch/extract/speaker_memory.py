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
  ends in the same noun or is a known state agency (``kind == "agency"``).

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
        for view in reading.sentences:
            self._read_sentence(view)
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


def _one_code(found: list[_Person]) -> bool:
    return len({p.code for p in found}) == 1


# prepositions before the state where a title is held ("ambassador to Israel", "envoy in Kyiv")
_POSTING_PREPOSITIONS = frozenset(("to", "in", "at"))
# what an agency known by an acronym ("the NIS", "the SVR") is called in other words
_ANY_AGENCY = frozenset(("agency", "service"))


def memory(reading: Reading) -> SpeakerMemory:
    """The speaker memory of ``reading`` (made once per document, kept with it)."""
    return reading.kept("speaker_memory", SpeakerMemory)
