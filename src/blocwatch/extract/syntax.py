"""The statistical parse, for candidate sentences only.

The first pass (``reading.py``) is cheap and sees every sentence; the dependency parse is
dear, so a fact reader asks for it only on a sentence that deserves it (a trigger and two
actors, a claim cue, a figure cue). A parse is made once per sentence and kept on the
sentence's view, so several readers asking for the same sentence share it.

Roles taken from the tree (the passive agent, conjuncts, a "with/among/between" list, the
subject of a reporting verb) generalise across phrasings where token windows do not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .attribute_rules import install as compile_attribute_ruler
from .attribute_rules import remember_lemmas
from .model import load_model

# The parser's pipes: named entities are not needed (the lexicon finds actors), and leaving
# them out saves about a quarter of the model's time.
_EXCLUDE = ("ner",)
# A longer "sentence" is a table or run-on text: no parse, the readers fall back to rules.
MAX_PARSED_CHARS = 800


@lru_cache(maxsize=1)
def parser():
    """spaCy's English small model without NER (loaded once per process), its attribute
    ruler replaced by the same rules compiled into look-up tables (the same tags, lemmas and
    morphology; the Matcher it replaces cost about as much as the tagger) and its lemmatizer
    given a memory (the same lemmas)."""
    nlp = load_model(exclude=list(_EXCLUDE))
    compile_attribute_ruler(nlp)
    _lemma_index_as_sets(nlp)
    remember_lemmas(nlp)
    return nlp


def _lemma_index_as_sets(nlp, name: str = "lemmatizer") -> None:
    """The rule lemmatizer's index of known lemmas by part of speech held as sets, not lists:
    it asks whether each form a suffix rule makes is in the index (``form in index``), and
    in the English model's list of 57,000 nouns a word not there took about 0.7 ms, which
    every new word of real news paid once or twice. The same answers, so the same lemmas."""
    lemmatizer = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])


@dataclass(frozen=True, slots=True)
class Parse:
    """The dependency parse of one sentence, with its offset in the document's text."""

    doc: Doc
    offset: int  # character offset of the sentence in the document

    def token_at(self, char: int) -> Token | None:
        """The token covering document character ``char`` (None outside the sentence)."""
        span = self.doc.char_span(
            char - self.offset, char - self.offset + 1, alignment_mode="expand"
        )
        return span[0] if span is not None and len(span) else None

    def span(self, start: int, end: int) -> Span | None:
        """The tokens covering the document characters ``start``..``end``."""
        return self.doc.char_span(start - self.offset, end - self.offset, alignment_mode="expand")

    def head_of(self, start: int, end: int) -> Token | None:
        """The syntactic head of the tokens covering ``start``..``end`` (a mention's head)."""
        span = self.span(start, end)
        return span.root if span is not None and len(span) else None

    def doc_char(self, token: Token) -> int:
        """Where ``token`` starts in the document's text."""
        return token.idx + self.offset


def parse_sentences(sentences: list[tuple[str, int]]) -> list[Parse | None]:
    """:func:`parse_sentence` for several sentences at once, in one batch through the model
    (the same parses, made faster: the model's per-call cost is paid once)."""
    wanted = [i for i, (text, _) in enumerate(sentences) if text and len(text) <= MAX_PARSED_CHARS]
    out: list[Parse | None] = [None] * len(sentences)
    docs = parser().pipe(sentences[i][0] for i in wanted)
    for i, doc in zip(wanted, docs, strict=True):
        out[i] = Parse(doc, sentences[i][1])
    return out


def parse_sentence(text: str, offset: int) -> Parse | None:
    """Parse one sentence (``text`` starting at document character ``offset``); None when
    the sentence is too long to be a sentence."""
    if not text or len(text) > MAX_PARSED_CHARS:
        return None
    return Parse(parser()(text), offset)
