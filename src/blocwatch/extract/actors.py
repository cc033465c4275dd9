"""Finding states and organisations in text: names, demonyms, capitals and seats of power used
as metonyms, officials by name (resolved by their term at the article's date), and people
introduced in the text itself with a title ("Iranian President Masoud Pezeshkian")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, filter_spans

from .lexicon import Lexicon, load_lexicon
from .tables import read_table


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that stands for an actor."""

    start: int  # character offsets into the document text
    end: int
    code: str
    kind: str  # name, demonym, capital, seat, org, agency, official, person
    tok: int  # token index of the first token in the document's token stream
    tok_end: int

    @property
    def is_place_like(self) -> bool:
        return self.kind in ("capital", "seat")


@lru_cache(maxsize=1)
def tokenizer() -> spacy.language.Language:
    """A blank English pipeline: the tokenizer alone, fast enough to run on every text."""
    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    # Datelines glue words with dashes ("(Jiji Press)--Japan"): split them off.
    infixes = [*nlp.Defaults.infixes, r"--+", r"—", r"(?<=[)\]:])(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@lru_cache(maxsize=1)
def _matcher() -> tuple[PhraseMatcher, dict[str, tuple[str, str]]]:
    lex = load_lexicon()
    nlp = tokenizer()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    labels: dict[str, tuple[str, str]] = {}
    forms: dict[str, tuple[str, str]] = dict(lex.aliases)
    for name in lex.officials:
        forms.setdefault(name, ("", "official"))
    for row in read_table("non_actor_phrases.tsv"):
        forms.setdefault(row["phrase"], ("", "none"))
    for form, (code, kind) in forms.items():
        if len(form) < 2:
            continue
        key = f"{kind}|{code}|{form}"
        labels[key] = (code, kind)
        variants = {form}
        if form.isupper() or kind in ("capital", "official"):
            variants.add(form.upper())  # datelines: "MOSCOW (Reuters) -"
        matcher.add(key, [nlp.make_doc(v) for v in variants])
    return matcher, labels


def forget_vocabulary() -> None:
    """Start the tokenizer and the actor matcher afresh, with an empty vocabulary (matchers
    built on the old tokenizer's vocabulary must be rebuilt too)."""
    tokenizer.cache_clear()
    _matcher.cache_clear()


def find_mentions(doc: Doc, on: dt.date | None, lex: Lexicon | None = None) -> list[Mention]:
    """Every actor mention in ``doc`` (a tokenised document), in text order, the longest match
    winning where two overlap. Officials resolve by their term on ``on``; people introduced with
    a title and a state in the text count for that state wherever they appear again."""
    lex = lex or load_lexicon()
    matcher, labels = _matcher()
    spans = []
    for match_id, s, e in matcher(doc):
        key = doc.vocab.strings[match_id]
        span = doc[s:e]
        span.label_ = key
        spans.append(span)
    mentions: list[Mention] = []
    for span in filter_spans(spans):
        code, kind = labels[span.label_]
        if kind == "none":
            continue
        if kind == "official":
            code = lex.official(_name_of(span.label_), on) or ""
        if not code:
            continue
        mentions.append(Mention(span.start_char, span.end_char, code, kind, span.start, span.end))
    mentions.extend(_titled_people(doc, mentions, lex))
    mentions.extend(_contextual(doc, mentions, lex))
    mentions.sort(key=lambda m: m.start)
    return _without_overlaps(mentions)


def _contextual(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Short forms that name a state only where the text is about its region: "the North"
    in an article that names North or South Korea (``contextual_aliases.tsv``)."""
    present = {m.code for m in mentions}
    rules = {alias: code for alias, (code, context) in lex.contextual.items() if present & context}
    if not rules:
        return []
    covered = {i for m in mentions for i in range(m.tok, m.tok_end)}
    out = []
    for token in doc:
        code = rules.get(token.text)
        if (
            code
            and token.i not in covered
            and token.i > 0
            and doc[token.i - 1].lower_ == "the"
            and not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())
        ):
            out.append(
                Mention(token.idx, token.idx + len(token), code, "name", token.i, token.i + 1)
            )
    return out


def _name_of(label: str) -> str:
    return label.split("|", 2)[2]


# Titles that introduce a person; "forces" or "government" introduce an organ, not a name.
_PERSON_ROLES = frozenset(
    ("head_of_state", "head_of_government", "minister", "official", "spokesperson", "diplomat")
)
# People introduced in the article: "<Demonym|State|State's> <Title ...> <Name Name>".
_NAME_TOKEN_MAX = 4


def _titled_people(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    covered = {i for m in mentions for i in range(m.tok, m.tok_end)}
    introduced: dict[str, str] = {}
    found: list[Mention] = []
    for m in mentions:
        if m.kind not in ("name", "demonym", "seat", "agency", "org"):
            continue
        i = m.tok_end
        if i < len(doc) and doc[i].text in ("'s", "’s"):
            i += 1
        title_end = _title_end(doc, i, lex)
        if title_end == i:
            continue
        name = _person_name(doc, title_end, covered)
        if name is None:
            continue
        s, e = name
        found.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), m.code, "person", s, e))
        full = doc[s:e].text
        introduced[full] = m.code
        # The name alone later: the last token ("Sogavare"), or the first where the family
        # name leads ("Pak" of "Pak Myong Ho").
        introduced.setdefault(doc[e - 1].text, m.code)
        introduced.setdefault(doc[s].text, m.code)
    if not introduced:
        return found
    taken = covered | {i for f in found for i in range(f.tok, f.tok_end)}
    for token in doc:
        code = introduced.get(token.text)
        if code and token.i not in taken and token.text[:1].isupper():
            found.append(
                Mention(token.idx, token.idx + len(token), code, "person", token.i, token.i + 1)
            )
    return found


def _title_end(doc: Doc, i: int, lex: Lexicon) -> int:
    """The token index after a run of title words starting at ``i`` (``i`` if none)."""
    best = i
    j = i
    while j < len(doc) and j - i < 5:
        j += 1
        phrase = doc[i:j].text
        role = lex.titles.get(phrase) or lex.titles.get(phrase.lower())
        if role in _PERSON_ROLES:
            best = j
        elif not doc[j - 1].text[:1].isalpha():
            break
    return best


def _person_name(doc: Doc, i: int, covered: set[int]) -> tuple[int, int] | None:
    j = i
    while (
        j < len(doc)
        and j - i < _NAME_TOKEN_MAX
        and doc[j].text[:1].isupper()
        and doc[j].is_alpha
        and j not in covered
    ):
        j += 1
    if j - i < 2:  # a single capitalised word after a title is too often not a name
        return None
    return i, j


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out
