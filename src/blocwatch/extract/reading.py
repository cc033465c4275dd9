"""One document as the fact readers see it: tokens, sentences, and in each sentence the actor
mentions, cue phrases and dates found by the cheap first pass."""

from __future__ import annotations

import bisect
import contextvars
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.lang.lex_attrs import lower as _str_lower
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..base.lexicon import Lexicon, NonStateGroup, load_lexicon
from ..base.tables import cue_table
from ..lang import DEFAULT_LANGUAGE
from ..model import Evidence
from .actors import Mention, find_all_mentions, forget_vocabulary, tokenizer
from .dates import DateMention, find_dates, parse_published
from .sentences import Sentence, split_sentences
from .syntax import Parse, parse_sentence, parse_sentences

# Cue tables matched over every text, by name. The first pass keeps a sentence for the fact
# readers only when it holds an actor and one of these.
CUE_TABLES = (
    "agreement_terms.tsv",
    "agreement_verbs.tsv",
    "existence_cues.tsv",
    "proposal_cues.tsv",
    "defense_cues.tsv",
    "provision_cues.tsv",
    "inclusion_cues.tsv",
    "supply_cues.tsv",
    "supplied_items.tsv",
    "stance_cues.tsv",
    "doubt_cues.tsv",
)


@dataclass(frozen=True, slots=True)
class Cue:
    table: str  # table name without .tsv
    value: str
    start: int  # characters
    end: int
    tok: int
    tok_end: int
    text: str
    # An item word heading a named group ("Wagner mercenaries", "Syrian fighters"): what a
    # state sends only where the parse says so, never an item by nearness (``SentenceView.items``).
    group_word: bool = False


@cache
def _cue_matcher(lang: str) -> PhraseMatcher:
    nlp = tokenizer(lang)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for table in CUE_TABLES:
        for cue, value in cue_table(table, lang=lang):
            matcher.add(f"{table[:-4]}|{value}", [nlp.make_doc(cue)])
    return matcher


@dataclass
class SentenceView:
    """A sentence with what the first pass found in it."""

    sentence: Sentence
    text: str
    mentions: list[Mention] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    tok: int = 0
    tok_end: int = 0
    # known non-state groups in the sentence ("the Houthis", "Sudanese rebels"): never a state,
    # so a role they fill (a recipient, say) has no state code
    non_state: list[Mention] = field(default_factory=list)
    _dates: list[DateMention] | None = None
    # the sentence as the article wrote it, where the readers read it with its apostrophes
    # made one kind (see ``read``); evidence quotes the article
    quote: str | None = None
    _parse: Parse | None = None
    _parsed: bool = False
    # The cues by table and by (table, value), with the list they index: the readers ask
    # of every sentence, several times each, whether it holds a cue of a kind.
    _cue_index: tuple[list[Cue], dict[Any, list[Cue]], int] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def index(self) -> int:
        return self.sentence.index

    def cues_of(self, table: str, value: str | None = None) -> list[Cue]:
        """The sentence's cues of ``table`` (with ``value``, if given), in text order."""
        if not self.cues:
            return []
        return list(self._cues_by().get(table if value is None else (table, value), ()))

    def items(self) -> list[Cue]:
        """The sentence's cues of what is supplied (``supplied_items``), but not a word for a
        group ("Syrian fighters"): such a group is what is sent only where the parse says so
        ("sent Syrian fighters to Libya", not "arming Sudanese fighters")."""
        return [c for c in self.cues_of("supplied_items") if not c.group_word]

    def has(self, table: str, value: str | None = None) -> bool:
        """Whether the sentence holds a cue of ``table`` (with ``value``, if given)."""
        return bool(self.cues) and (table if value is None else (table, value)) in self._cues_by()

    def _cues_by(self) -> dict[Any, list[Cue]]:
        index = self._cue_index
        if index is None or index[0] is not self.cues or len(index[0]) != index[2]:
            by: dict[Any, list[Cue]] = {}
            for c in self.cues:
                by.setdefault(c.table, []).append(c)
                by.setdefault((c.table, c.value), []).append(c)
            index = self._cue_index = (self.cues, by, len(self.cues))
        return index[1]

    def evidence(self) -> Evidence:
        return Evidence(self.start, self.end, self.text if self.quote is None else self.quote)

    def parse(self) -> Parse | None:
        """The dependency parse of this sentence, made on first request and kept (None for a
        sentence too long to parse). Ask only for candidate sentences: it is the dear step.
        A document read in turns with others (:func:`in_turns`) waits for it while the other
        documents run on, and gets it from one batch with the sentences they ask for."""
        if not self._parsed:
            turn = _TURN.get()
            if turn is not None:
                turn.wait_for([self])
            else:
                self._parse = parse_sentence(self.text, self.start)
                self._parsed = True
        return self._parse


@dataclass
class Reading:
    """A document prepared for the fact readers."""

    doc_id: str
    text: str
    published: str | None
    doc: Doc
    sentences: list[SentenceView]
    lex: Lexicon
    # names in datelines ("MOSCOW, Oct 2 (Reuters) -"): where the story was filed, no party
    datelines: list[Mention] = field(default_factory=list)
    lang: str = DEFAULT_LANGUAGE  # the language whose tables the first pass matched
    # what readers build once per document and share (see ``kept``)
    _kept: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def kept(self, name: str, build: Callable[[Reading], Any]) -> Any:
        """What ``build(self)`` returns, built on the first call for ``name`` and kept with
        this document: a per-document structure that several readers consult (a speaker
        memory) lives and dies with its document, in any thread."""
        if name not in self._kept:
            self._kept[name] = build(self)
        return self._kept[name]

    @cached_property
    def published_date(self) -> dt.date | None:
        return parse_published(self.published)[0]

    def dates(self, view: SentenceView) -> list[DateMention]:
        if view._dates is None:
            view._dates = find_dates(self.text, view.start, view.end, self.published)
        return view._dates

    def parse_ahead(self, views: list[SentenceView]) -> None:
        """Parse these sentences now, in one batch, for readers that will ask for them."""
        parse_ahead(views)

    def phrase_head(self, parse: Parse, start: int, end: int) -> Token | None:
        """The syntactic head, in ``parse``, of the document's tokens ``start``..``end``
        (end exclusive): "the defence pact" -> "pact"."""
        last = self.doc[end - 1]
        return parse.head_of(self.doc[start].idx, last.idx + len(last.text))

    def known_group(self, m: Mention) -> NonStateGroup | None:
        """The non-state group (non_state_actors.tsv) the words of mention ``m`` name, if the
        lexicon knows them as written (a group found by its noun, "Syrian rebels", is not)."""
        return self.lex.non_state.get(self.text[m.start : m.end])

    def token_text(self, i: int) -> str:
        """The word of token ``i`` as written ("" outside the document)."""
        # The readers ask this hundreds of thousands of times per thousand documents: from
        # the second call on, the instance answers by a dict look-up (no Python frame).
        self.token_text = _WordAt(enumerate(self._texts)).__getitem__  # type: ignore[method-assign]
        return self.token_text(i)

    def lower(self, i: int) -> str:
        """The lower-case word of token ``i`` ("" outside the document)."""
        self.lower = _WordAt(enumerate(self._lowers)).__getitem__  # type: ignore[method-assign]
        return self.lower(i)

    def lowers(self, start: int, end: int) -> list[str]:
        """The lower-case words of tokens ``start``..``end`` (within the document)."""
        return self._lowers[max(0, start) : max(0, end)]

    def texts(self, start: int, end: int) -> list[str]:
        """The words of tokens ``start``..``end`` as written (within the document)."""
        return self._texts[max(0, start) : max(0, end)]

    # The readers ask for token words hundreds of thousands of times per thousand documents:
    # plain lists answer faster than building a spaCy Token each time.
    @cached_property
    def _texts(self) -> list[str]:
        return _words(self.doc, ORTH)

    @cached_property
    def _lowers(self) -> list[str]:
        # A token's LOWER is its lexeme's, which the vocabulary's getter makes from the word
        # (``str.lower`` in spaCy's languages): lowering the words is cheaper than looking
        # each hash up, and when a language's getter is another, its lexemes are asked.
        if self.doc.vocab.lex_attr_getters.get(LOWER) is _str_lower:
            return list(map(str.lower, self._texts))
        return _words(self.doc, LOWER)


class _WordAt(dict):
    """Token index -> word, with "" for an index outside the document (a negative one too)."""

    __slots__ = ()

    def __missing__(self, i: int) -> str:
        return ""


def parse_ahead(views: list[SentenceView]) -> None:
    """Parse these sentences (of one document or several) now, in one batch through the
    model, for readers that will ask for them: the same parses as one by one, made faster
    (the model's cost per call is paid once)."""
    todo = list({id(v): v for v in views if not v._parsed}.values())
    if not todo:
        return
    turn = _TURN.get()
    if turn is not None:
        turn.wait_for(todo)
        return
    for view, parse in zip(todo, parse_sentences([(v.text, v.start) for v in todo]), strict=True):
        view._parse, view._parsed = parse, True


# --- documents read in turns ----------------------------------------------------------------
# A reader asks for a sentence's parse when its cheap tests have passed, one sentence at a
# time: parsed one by one, such sentences cost the model's per-call overhead each (about
# 6 ms a sentence against 2.5 ms in a batch). Read in turns, the documents of a batch each
# run until they ask for a parse (or end); the sentences asked for are then parsed in one
# batch, and each document runs on from where it asked. Every reader sees its parse at the
# moment it asks, as one by one, so the facts are the same. A document waits for its parse
# in a thread of its own (the only way to leave a reader in the middle of its work), but
# only one thread ever runs at a time, and a thread whose document ends without asking goes
# on with the next document: most documents of a news stream ask for nothing, and cost no
# thread of their own.

# The reader thread running in this context (None: not read in turns).
_TURN: contextvars.ContextVar[_Reader | None] = contextvars.ContextVar("reading_turn", default=None)


class _Abandoned(BaseException):
    """Raised in a reader thread waiting for a parse when its batch is given up."""


@dataclass(eq=False)
class _Turns:
    """One call of :func:`in_turns`: the jobs, each in a copy of the caller's context, what
    they returned or raised, and the next one to start."""

    jobs: list[tuple[contextvars.Context, Callable[[], Any]]]
    back: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    results: list[Any] = field(default_factory=list)
    errors: list[BaseException | None] = field(default_factory=list)
    next: int = 0

    def __post_init__(self) -> None:
        self.results = [None] * len(self.jobs)
        self.errors = [None] * len(self.jobs)


class _Reader:
    """A thread that runs the jobs of a :class:`_Turns`, from the next one on, while the
    scheduler waits for it; it hands the turn back when the jobs run out or when the job
    it runs asks for parses (it then waits with that job until they are made)."""

    def __init__(self, turns: _Turns) -> None:
        self.turns = turns
        self.go = threading.Semaphore(0)  # this thread may run
        self.asked: list[SentenceView] = []
        self.waiting = False  # a job of this thread waits for ``asked``
        self.closing = False
        self.thread = threading.Thread(target=self._loop, daemon=True, name="blocwatch-reader")
        self.thread.start()

    def wait_for(self, views: list[SentenceView]) -> None:
        """Hands the turn back until ``views`` are parsed."""
        # A job given up may catch the give-up (a bare ``except BaseException``) and ask
        # again: no one would answer, and the join in ``in_turns`` would wait for ever.
        if self.closing:
            raise _Abandoned
        self.asked, self.waiting = views, True
        self.turns.back.release()
        self.go.acquire()
        self.asked, self.waiting = [], False
        if self.closing:
            raise _Abandoned

    def _loop(self) -> None:
        while True:
            self.go.acquire()
            if self.closing:
                return
            turns = self.turns
            while turns.next < len(turns.jobs):
                i = turns.next
                turns.next += 1
                context, job = turns.jobs[i]
                context.run(self._run, i, job)
            if self.closing:
                return
            turns.back.release()

    def _run(self, i: int, job: Callable[[], Any]) -> None:
        _TURN.set(self)
        try:
            self.turns.results[i] = job()
        except _Abandoned:
            pass
        except BaseException as exc:  # handed to the caller of in_turns
            self.turns.errors[i] = exc


def in_turns(jobs: list[Callable[[], Any]]) -> list[Any]:
    """``[job() for job in jobs]``, each job (one document's readers) run in turns with the
    others, so that the sentences they ask the parser for one at a time are parsed in
    batches (see above). The jobs run one at a time, each in a copy of the caller's
    context: in their order up to their first question, then, after each batch of parses,
    those that asked, in the order they asked. The first job to raise (in their order)
    raises here, after all have run."""
    if len(jobs) < 2:
        return [job() for job in jobs]
    turns = _Turns([(contextvars.copy_context(), job) for job in jobs])
    readers: list[_Reader] = []
    idle: list[_Reader] = []
    waiting: list[_Reader] = []

    def give_turn(reader: _Reader) -> None:
        reader.go.release()
        turns.back.acquire()
        (waiting if reader.waiting else idle).append(reader)

    try:
        while turns.next < len(jobs):
            if not idle:
                readers.append(_Reader(turns))
                idle.append(readers[-1])
            give_turn(idle.pop())
        while waiting:
            parse_ahead([v for reader in waiting for v in reader.asked])
            asked, waiting = waiting, []
            for reader in asked:
                give_turn(reader)
    finally:
        turns.next = len(jobs)
        # one at a time, as always: each reader ends (its waiting job given up) before the next
        for reader in readers:
            reader.closing = True
            reader.go.release()
            reader.thread.join()
    for error in turns.errors:
        if error is not None:
            raise error
    return turns.results


def _words(doc: Doc, attr: int) -> list[str]:
    """Every token's ``attr`` string (its text, its lower-case form), read from the token
    array: building a spaCy Token per word costs more than the words themselves."""
    return list(map(doc.vocab.strings.__getitem__, doc.to_array(attr).tolist())) if len(doc) else []


# spaCy's vocabulary keeps a lexeme for every distinct word it has tokenised, so in a long
# ingest of real news (new names, numbers) it grows for as long as the process runs. After
# this many documents, or as soon as a tokenizer's vocabulary holds more than
# VOCABULARY_CAP lexemes, the tokenizers and the matchers built on their vocabularies start
# afresh (rebuilding them takes about 0.7 s). The cap bounds an extracting process's memory
# whatever the input: the tables' own words are about 11,500 lexemes (160 MB of process),
# and every 10,000 lexemes more cost about 8 MB; synthetic news of made-up names reaches the
# cap every 700 documents or so (a rebuild costs a few per cent of their time), real news
# far later.
FRESH_VOCABULARY_EVERY = 20_000
VOCABULARY_CAP = 60_000
_documents_read = 0


# "table|value" labels of the cue matcher by match id (a hash of the label: the same in every
# vocabulary), split once.
_CUE_LABELS: dict[int, tuple[str, str]] = {}


def _cue_label(doc: Doc, match_id: int) -> tuple[str, str]:
    label = _CUE_LABELS.get(match_id)
    if label is None:
        table, value = doc.vocab.strings[match_id].split("|", 1)
        label = _CUE_LABELS[match_id] = (table, value)
    return label


def _fresh_vocabulary_when_due(lang: str) -> None:
    global _documents_read
    _documents_read += 1
    if _documents_read % FRESH_VOCABULARY_EVERY == 0 or len(tokenizer(lang).vocab) > VOCABULARY_CAP:
        forget_vocabulary()
        _cue_matcher.cache_clear()


_APOSTROPHES = str.maketrans({"\u02bc": "\u2019"})


def read(doc_id: str, text: str, published: str | None, lang: str = DEFAULT_LANGUAGE) -> Reading:
    """Tokenise ``text`` and run the first pass: actor mentions and cues, by sentence, with
    the tokenizer and tables of language ``lang`` (a code of ``lang.LANGUAGES``)."""
    _fresh_vocabulary_when_due(lang)
    lex = load_lexicon(lang)
    # Some outlets write the apostrophe as U+02BC ("Finlandʼs"), a letter to the tokenizer:
    # read it as the usual one (U+2019, one character for one, so every offset holds).
    article, text = text, text.translate(_APOSTROPHES)
    doc = tokenizer(lang)(text)
    pub = parse_published(published)[0]
    found = find_all_mentions(doc, pub, lex, text, lang)
    mentions = found.actors
    cues = []
    # A cue word inside a name ("United States", "Rapid Support Forces") is not a cue.
    named = {i for m in [*mentions, *found.non_state] for i in range(m.tok, m.tok_end)}
    # But "Syrian fighters", "Wagner mercenaries" (a group named by a word for fighters) may be
    # what a state sends: that word stays an item cue, and the claim reader decides its role.
    group_heads = {
        m.tok_end - 1 for m in found.non_state if doc[m.tok_end - 1].lower_ in lex.non_state_nouns
    }
    for match_id, s, e in _cue_matcher(lang)(doc):
        table, value = _cue_label(doc, match_id)
        group_word = table == "supplied_items" and s in group_heads
        if (s in named or e - 1 in named) and not group_word:
            continue
        # The span's characters from its tokens (a Span object costs more than the cue).
        start, last = doc[s].idx, doc[e - 1]
        end = last.idx + len(last)
        cues.append(Cue(table, value, start, end, s, e, text[start:end], group_word))
    sentences = [SentenceView(s, text[s.start : s.end]) for s in split_sentences(text)]
    if article != text:
        for view in sentences:
            if article[view.start : view.end] != view.text:
                view.quote = article[view.start : view.end]
    starts = [v.start for v in sentences]
    for m in mentions:
        _place(sentences, starts, m.start, m.end).mentions.append(m) if sentences else None
    for m in found.non_state:
        _place(sentences, starts, m.start, m.end).non_state.append(m) if sentences else None
    for c in sorted(cues, key=lambda c: (c.start, -c.end)):
        if sentences:
            _place(sentences, starts, c.start, c.end).cues.append(c)
    for view in sentences:
        span = doc.char_span(view.start, view.end, alignment_mode="expand")
        if span is not None:
            view.tok, view.tok_end = span.start, span.end
        view.cues = _longest_cues(view.cues)
    return Reading(doc_id, text, published, doc, sentences, lex, found.datelines, lang)


def _place(sentences: list[SentenceView], starts: list[int], start: int, end: int):
    i = max(0, bisect.bisect_right(starts, start) - 1)
    return sentences[i]


def _longest_cues(cues: list[Cue]) -> list[Cue]:
    """Within one table, a cue inside a longer cue of the same table is dropped."""
    kept: list[Cue] = []
    for c in sorted(cues, key=lambda c: (c.start, -(c.end - c.start))):
        if any(k.table == c.table and k.start <= c.start and c.end <= k.end for k in kept):
            continue
        kept.append(c)
    kept.sort(key=lambda c: (c.start, c.end))
    return kept
